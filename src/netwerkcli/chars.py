"""Characters that are never part of a name or a note: one definition for the whole program.

- control characters (C0 other than tab and newline, DEL, C1): escape sequences that clear the
  terminal, retitle its window or ring its bell;
- the line and paragraph separators U+2028 and U+2029;
- bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which make a text
  display as something other than what it says;
- lone surrogates (no UTF-8 exists for them) and the non-characters U+FFFE and U+FFFF.

The loader refuses them in every text of a family file (with the place), the terminal shows
them escaped (``console.printable``). The joiners and direction marks that Arabic and Persian
names need (ZWJ, ZWNJ, U+061C, U+200E, U+200F) are ordinary characters here.
"""

from __future__ import annotations

import re

# (first, last) code points of each range
_RANGES = (
    (0x00, 0x08),  # control characters (C0), without tab (09) and newline (0a)
    (0x0B, 0x1F),
    (0x7F, 0x9F),  # DEL and the C1 control characters
    (0x2028, 0x2029),  # line and paragraph separator
    (0x202A, 0x202E),  # bidi embeddings and overrides
    (0x2066, 0x2069),  # bidi isolates
    (0xD800, 0xDFFF),  # surrogates (alone: a text from a YAML escape such as "\\ud800")
    (0xFFFE, 0xFFFF),  # non-characters
)
NEVER = re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in _RANGES) + "]")
NEVER_ON_ONE_LINE = re.compile(NEVER.pattern[:-1] + "\t\n]")  # a name: no tab or newline either
# The same class written with \\u escapes, for a JSON Schema pattern (ECMA-262).
NEVER_ESCAPED = "[" + "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in _RANGES) + "]"
NEVER_ON_ONE_LINE_ESCAPED = NEVER_ESCAPED[:-1] + "\\t\\n]"


def escaped(char: str) -> str:
    """How a character that is never data is shown: ``\\x1b``, ``\\u202e``."""
    return repr(char)[1:-1]


def first_never(text: str, lines: bool = True) -> int | None:
    """The index of the first character of ``text`` that is never data, or None.

    With ``lines`` False, a tab or a newline counts as such too (a name is one line).
    """
    match = (NEVER if lines else NEVER_ON_ONE_LINE).search(text)
    return match.start() if match else None


def clipped(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, ending in '…' when it was cut."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
