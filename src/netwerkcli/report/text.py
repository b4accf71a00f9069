"""Text from the family file made safe for each medium: one line, bounded, escaped.

Every free text shown by the plan and the report passes ``plain`` first (no control characters,
no bidi overrides that could make a text look like something else, at most ``MAX_TEXT``
characters), then the escaping of its medium.
"""

from __future__ import annotations

import html
import re
import unicodedata

MAX_TEXT = 300
_HIDING = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~])")


def plain(text: str, limit: int = MAX_TEXT) -> str:
    """One line without control characters, cut to ``limit`` characters with '…'."""
    kept = "".join(
        " " if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c
        for c in text
        if c not in _HIDING
    )
    line = " ".join(kept.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def for_html(text: str, limit: int = MAX_TEXT) -> str:
    return html.escape(plain(text, limit), quote=True)


def for_markdown(text: str, limit: int = MAX_TEXT) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", plain(text, limit))
