"""Answers files: YAML with the answers of a session, for use without a terminal.

    rol: houding          # optional; must match --rol when both are given
    casus: ABC-12         # optional; a code, not a name
    antwoorden:
      passie: 8
      volgende-stap: |
        Meer doorvragen naar wie er om het gezin heen staan.

Every problem is reported at once, as ``bestand:regel:kolom: melding``.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

import yaml

from netwerkcli.errors import InvalidFile, Probleem
from netwerkcli.loader import compose
from netwerkcli.messages import reflectie as msg
from netwerkcli.reflect.model import (
    FOLLOW_UP_ID,
    SCALE_MAX,
    SCALE_MIN,
    Kind,
    Question,
    QuestionSet,
)
from netwerkcli.reflect.session import Value, parse_choice
from netwerkcli.sink import Sink

MAX_BYTES = 1_000_000
_TOP_KEYS = ("rol", "casus", "antwoorden")


@dataclass(frozen=True)
class AnswersFile:
    role: str | None
    case: str | None
    answers: dict[str, Value]


def _where(name: str, node: yaml.Node, text: str) -> Probleem:
    return Probleem(name, node.start_mark.line + 1, node.start_mark.column + 1, text)


def _construct(node: yaml.Node) -> object:
    """The Python value of a node, as the safe loader would build it."""
    loader = yaml.SafeLoader("")
    try:
        return loader.construct_object(node, deep=True)
    finally:
        loader.dispose()


Pair = tuple[str, yaml.Node, yaml.Node]  # key, key node, value node


def _mapping(name: str, node: yaml.Node, problems: list[Probleem]) -> list[Pair]:
    if not isinstance(node, yaml.MappingNode):
        problems.append(_where(name, node, msg.ANSWERS_NOT_MAPPING))
        return []
    pairs: list[Pair] = []
    seen: set[str] = set()
    for key_node, value_node in node.value:
        key = str(key_node.value)
        if key in seen:
            problems.append(_where(name, key_node, msg.ANSWERS_DUPLICATE.format(key=key)))
            continue
        seen.add(key)
        pairs.append((key, key_node, value_node))
    return pairs


def _suggest(word: str, candidates: list[str]) -> str:
    close = difflib.get_close_matches(word, candidates, n=1)
    return msg.DID_YOU_MEAN.format(word=close[0]) if close else ""


def parse(text: str, name: str) -> tuple[AnswersFile, list[Probleem], yaml.Node | None]:
    """Read the file's structure; the answers themselves are checked by :func:`check`."""
    problems: list[Probleem] = []
    empty = AnswersFile(None, None, {})
    if len(text.encode("utf-8")) > MAX_BYTES:
        return empty, [Probleem(name, 0, 0, msg.ANSWERS_TOO_LARGE)], None
    sink = Sink(name)
    root = compose(text, sink, msg.ANSWERS_EMPTY)  # Dutch syntax messages, as for family files
    if root is None:
        return empty, sink.problems, None
    role = case = None
    answers_node: yaml.Node | None = None
    for key, key_node, node in _mapping(name, root, problems):
        if key not in _TOP_KEYS:
            hint = _suggest(key, list(_TOP_KEYS))
            problems.append(_where(name, key_node, msg.ANSWERS_UNKNOWN_KEY.format(key=key) + hint))
        elif key == "antwoorden":
            answers_node = node
        elif not isinstance(node, yaml.ScalarNode) or not str(node.value).strip():
            problems.append(_where(name, node, msg.ANSWERS_NOT_TEXT.format(key=key)))
        elif key == "rol":
            role = str(node.value)
        else:
            case = str(node.value)
    if answers_node is None and not problems:
        problems.append(Probleem(name, 0, 0, msg.ANSWERS_NONE))
    return AnswersFile(role, case, {}), problems, answers_node


def check(
    name: str, answers_node: yaml.Node, qset: QuestionSet, follow_up: bool
) -> tuple[dict[str, Value], list[Probleem]]:
    """Check every answer against the question set: known id, right type, scale in range."""
    problems: list[Probleem] = []
    answers: dict[str, Value] = {}
    known = {q.id: q for q in qset.with_next_step()}
    ids = list(known) + ([FOLLOW_UP_ID] if follow_up else [])
    for key, key_node, node in _mapping(name, answers_node, problems):
        if key == FOLLOW_UP_ID and follow_up:
            question = Question(FOLLOW_UP_ID, Kind.OPEN, "")
        elif key in known:
            question = known[key]
        else:
            hint = _suggest(key, ids)
            text = msg.ANSWERS_UNKNOWN_QUESTION.format(key=key, role=qset.role) + hint
            problems.append(_where(name, key_node, text))
            continue
        if not isinstance(node, yaml.ScalarNode):
            text = msg.ANSWERS_SCALE_TYPE if question.kind is Kind.SCALE else msg.ANSWERS_NOT_TEXT
            problems.append(_where(name, node, text.format(key=key)))
            continue
        value = _construct(node)
        if value is None or value == "":
            answers[key] = None
            continue
        answer, problem = _value(key, question, value)
        if problem:
            problems.append(_where(name, node, problem))
        else:
            answers[key] = answer
    return answers, problems


def _value(key: str, question: Question, value: object) -> tuple[Value, str | None]:
    """The answer ``value`` to ``question``, or the text of what is wrong with it."""
    if question.kind is Kind.SCALE:
        if isinstance(value, bool) or not isinstance(value, int):
            return None, msg.ANSWERS_SCALE_TYPE.format(key=key)
        if not SCALE_MIN <= value <= SCALE_MAX:
            return None, msg.ANSWERS_SCALE_RANGE.format(
                key=key, value=value, low=SCALE_MIN, high=SCALE_MAX
            )
        return value, None
    if question.kind is Kind.CHOICE:
        choice = parse_choice(str(value), question.options)
        if choice is None:
            options = "; ".join(f"{i}. {o}" for i, o in enumerate(question.options, 1))
            return None, msg.ANSWERS_CHOICE.format(key=key, options=options)
        return choice, None
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return str(value).strip(), None
    return None, msg.ANSWERS_NOT_TEXT.format(key=key)


def raise_if(problems: list[Probleem]) -> None:
    if problems:
        raise InvalidFile(sorted(problems))
