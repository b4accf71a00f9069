"""Text from the family file made safe for each medium: one line, bounded, escaped.

Every free text shown by the plan and the report passes ``plain`` first (no control characters,
no bidi overrides that could make a text look like something else, at most ``MAX_TEXT``
characters), then the escaping of its medium.
"""

from __future__ import annotations

import html
import re

from netwerkcli import chars

MAX_TEXT = 300
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~])")


def plain(text: str, limit: int = MAX_TEXT) -> str:
    """One line without control characters, cut to ``limit`` characters with '…'."""
    line = " ".join(chars.NEVER.sub(" ", text).split())
    return chars.clipped(line, limit)


def for_html(text: str, limit: int = MAX_TEXT) -> str:
    return html.escape(plain(text, limit), quote=True)


def for_markdown(text: str, limit: int = MAX_TEXT) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", plain(text, limit))
