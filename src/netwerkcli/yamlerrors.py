"""YAML syntax errors explained in Dutch, at the place where the mistake is (not where it shows).

PyYAML reports where it got stuck. For the two mistakes people make most that is the wrong place:
an unclosed quote is found at the end of the file (or where the next quote happens to close it),
and one space too much indentation turns the next key into text, found at its colon. This module
looks back for the cause and reports that.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

from netwerkcli.messages import gezin as texts

# a line that starts a key ("  naam: Noor"), an item ("  - id: a", "  - {id: a}") or both
_LINE = re.compile(r"^(?P<indent> *)(?P<dash>-(?: +|$))?(?P<rest>.*)$")
_KEY = re.compile(r"(?P<key>[^\s#:'\"{}\[\],&*!|>%@`-][^:#]*?) *:(?:\s|$)")
_INDENT_PROBLEMS = (
    "mapping values are not allowed here",
    "expected <block end>",
    "did not find expected key",
    "did not find expected '-' indicator",
)
MAX_SHIFT = 3  # more than this is not 'a space too many' but a different structure


@dataclass(frozen=True)
class Place:
    line: int  # 1-based
    column: int  # 1-based
    text: str


def explain(exc: yaml.MarkedYAMLError, text: str, look_back: bool = True) -> Place:
    """The place and Dutch text for a syntax error that PyYAML raised on ``text``.

    Without ``look_back`` the text is not scanned again for a quote closed too late (which
    takes seconds on a text of megabytes).
    """
    mark = exc.problem_mark or exc.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
    problem = exc.problem or ""
    lines = text.splitlines()
    current = lines[line - 1] if 0 < line <= len(lines) else ""
    plain = _plain_cause(exc, text, current, line, column)
    if plain is not None:
        return plain
    late_quote = _quote_closed_late(text, line) if look_back else None
    if late_quote is not None:
        return late_quote
    if any(p in problem for p in _INDENT_PROBLEMS):
        shifted = _indentation(lines, line)
        if shifted is not None:
            return shifted
    for english, dutch in texts.YAML_PROBLEMS:
        if english in problem:
            return Place(line, column, texts.YAML_SYNTAX.format(uitleg=dutch))
    return Place(line, column, texts.YAML_SYNTAX.format(uitleg=texts.YAML_CHECK_LINE))


def _plain_cause(
    exc: yaml.MarkedYAMLError, text: str, current: str, line: int, column: int
) -> Place | None:
    """The causes PyYAML names itself: a tab, a quote never closed, a second document, an
    alias that names nothing."""
    problem = exc.problem or ""
    context = exc.context or ""
    if "\t" in current or "'\\t'" in problem:
        return Place(line, column, texts.TAB)
    if "quoted scalar" in context and exc.context_mark is not None:
        opening = exc.context_mark
        quote = text[opening.index] if opening.index < len(text) else '"'
        return Place(opening.line + 1, opening.column + 1, texts.UNCLOSED_QUOTE.format(teken=quote))
    if "expected a single document" in context + problem:
        return Place(line, column, texts.MULTIPLE_DOCUMENTS)
    if "found undefined alias" in problem or "found undefined" in context:
        return Place(line, column, texts.UNDEFINED_ALIAS)
    return None


def _quote_closed_late(text: str, error_line: int) -> Place | None:
    """A quoted text that runs over a line end before the error: most likely a missing quote."""
    found = None
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if token.start_mark.line + 1 > error_line:
                break
            if (
                isinstance(token, yaml.ScalarToken)
                and token.style in ('"', "'")
                and token.end_mark.line > token.start_mark.line
            ):
                found = token
    except yaml.YAMLError:
        pass
    if found is None:
        return None
    start = found.start_mark
    return Place(
        start.line + 1,
        start.column + 1,
        texts.QUOTE_CLOSED_LATE.format(teken=found.style, regel=found.end_mark.line + 1),
    )


@dataclass(frozen=True)
class _Start:
    number: int  # 1-based line number
    column: int  # 0-based column of what the line starts (the dash, or else the key)
    key: str | None  # the key, when the line has one
    item: bool  # the line starts a list item


def _start(lines: list[str], number: int) -> _Start | None:
    raw = lines[number - 1]
    if not raw.strip() or raw.lstrip().startswith("#"):
        return None
    match = _LINE.match(raw)
    assert match is not None  # the pattern matches every line
    indent = len(match["indent"])
    key_match = _KEY.match(match["rest"])
    key = key_match["key"] if key_match else None
    if match["dash"]:
        return _Start(number, indent, key, True)
    return _Start(number, indent, key, False)


def _indentation(lines: list[str], number: int) -> Place | None:
    """'naam' one space further in than 'id' above it: say so, at the key that moved."""
    if not 0 < number <= len(lines):
        return None
    current = _start(lines, number)
    if current is None or (current.key is None and not current.item):
        return None
    levels = _levels(lines, current)
    columns = {level.column for level in levels}
    if not levels or current.column in columns:
        return None
    # on a tie the outer level: after a nested block, a line usually goes back out
    nearest = min(levels, key=lambda level: (abs(level.column - current.column), level.column))
    shift = current.column - nearest.column
    if abs(shift) > MAX_SHIFT:
        return None
    spaces = texts.ONE_SPACE if abs(shift) == 1 else texts.SPACES.format(aantal=abs(shift))
    direction = texts.FURTHER if shift > 0 else texts.LESS
    if current.item:
        message = texts.ITEM_INDENT.format(spaties=spaces, richting=direction, regel=nearest.number)
    else:
        message = texts.KEY_INDENT.format(
            sleutel=current.key,
            spaties=spaces,
            richting=direction,
            vorige=nearest.key,
            regel=nearest.number,
        )
    return Place(number, current.column + 1, message)


def _levels(lines: list[str], current: _Start) -> list[_Start]:
    """The columns the line could line up with: each enclosing level above it, nearest first."""
    levels: list[_Start] = []
    limit = None
    for above in range(current.number - 1, 0, -1):
        start = _start(lines, above)
        if start is None:
            continue
        column = start.column + (_dash_width(lines[above - 1]) if start.item else 0)
        if not current.item and start.key is not None and (limit is None or column < limit):
            levels.append(_Start(above, column, start.key, False))
            limit = column
        elif current.item and start.item and (limit is None or start.column < limit):
            levels.append(start)
            limit = start.column
        if limit == 0:
            break
    return levels


def _dash_width(line: str) -> int:
    """How far the key of '  - id: a' stands right of the dash (2 for '- ')."""
    stripped = line.lstrip(" ")
    return len(stripped) - len(stripped[1:].lstrip(" "))
