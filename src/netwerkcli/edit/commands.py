"""What the editing commands do, callable without Typer: find the record, change it, save or refuse.

Every function reads the file, changes one record (or, when asked, a person with every reference
to them), checks the result like ``netwerk check`` and writes it in one step. On any problem the
file is left exactly as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from netwerkcli.edit import changes, references, yamltext
from netwerkcli.edit.references import Reference
from netwerkcli.edit.saving import edit_file, read_for_edit
from netwerkcli.errors import NetwerkError
from netwerkcli.fieldvalues import id_from_name
from netwerkcli.loader import Loaded
from netwerkcli.messages import bewerk as texts
from netwerkcli.sink import suggestion

Confirm = Callable[[list[Reference]], bool]


@dataclass(frozen=True)
class Outcome:
    loaded: Loaded | None  # None when nothing was read to the end (the user said no)
    changed: bool
    message: str


def _ids(text: str, record: str) -> list[str]:
    section = changes.SECTIONS[record]
    data = changes.plain(yamltext.compose(text)).get(section) or []
    return [str(r["id"]) for r in data if isinstance(r, dict) and "id" in r]


def _one(path: Path, text: str, record: str, id: str) -> changes.Found:
    found = changes.find(text, record, lambda r: r.get("id") == id)
    if not found:
        raise NetwerkError(
            texts.NOT_FOUND.format(
                wat=texts.WHAT[record].capitalize(),
                id=id,
                bestand=path,
                suggestie=suggestion(id, _ids(text, record)),
            )
        )
    return found[0]  # a second one is a duplicate id: check reports it after the change


def new_id(text: str, wanted: str | None, name: str | None) -> str:
    """The given id, or one made from the name that no person or network person has yet."""
    if wanted:
        return wanted
    if not name:
        raise NetwerkError(texts.NEED_NAME_OR_ID)
    taken = set(_ids(text, "persoon")) | set(_ids(text, "netwerk"))
    base = id_from_name(name)
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


def _message(template: str, path: Path, record: str, id: str) -> str:
    return template.format(bestand=path, wat=texts.LABEL[record], id=id)


def _result(path: Path, record: str, id: str, loaded: Loaded, changed: bool, done: str) -> Outcome:
    template = done if changed else texts.UNCHANGED
    return Outcome(loaded, changed, _message(template, path, record, id))


# -- people and network people: found by id -------------------------------------------------
def add(path: Path, record: str, values: Mapping[str, Any], wanted_id: str | None) -> Outcome:
    """Add a person (``persoon``) or a network person (``netwerk``)."""
    text = read_for_edit(path)
    id = new_id(text, wanted_id, values.get("naam"))
    loaded, changed = edit_file(path, lambda t: changes.add(t, record, {"id": id, **values}))
    return _result(path, record, id, loaded, changed, texts.ADDED)


def change(
    path: Path, record: str, id: str, values: Mapping[str, Any], clear: tuple[str, ...]
) -> Outcome:
    if not values and not clear:
        raise NetwerkError(texts.NO_CHANGE_GIVEN)
    text = read_for_edit(path)
    found = _one(path, text, record, id)
    loaded, changed = edit_file(path, lambda t: changes.change(t, record, found, values, clear))
    return _result(path, record, id, loaded, changed, texts.CHANGED)


def remove_network(path: Path, id: str) -> Outcome:
    text = read_for_edit(path)
    found = _one(path, text, "netwerk", id)
    loaded, _ = edit_file(path, lambda t: changes.remove(t, found))
    return Outcome(loaded, True, _message(texts.REMOVED, path, "netwerk", id))


def remove_person(path: Path, id: str, with_references: bool, confirm: Confirm | None) -> Outcome:
    """Remove a person; with references: only when asked for or confirmed, else refused."""
    text = read_for_edit(path)
    _one(path, text, "persoon", id)
    found = references.references(text, id)
    if found and not with_references and confirm is not None and not confirm(found):
        return Outcome(None, False, texts.KEPT)
    if found and not with_references and confirm is None:
        lines = "\n".join(texts.REFERENCE_LINE.format(regel=r.line, tekst=r.text) for r in found)
        raise NetwerkError(
            texts.REFERENCED.format(id=id, bestand=path, lijst=lines), texts.REFERENCED_HINT
        )
    loaded, _ = edit_file(path, lambda t: references.remove_person(t, id))
    if found:
        message = texts.REMOVED_WITH.format(
            bestand=path, wat=texts.LABEL["persoon"], id=id, aantal=len(found)
        )
    else:
        message = _message(texts.REMOVED, path, "persoon", id)
    return Outcome(loaded, True, message)


# -- relationships: found by their two partners ---------------------------------------------
def _relation(path: Path, text: str, one: str, two: str, line: int | None) -> changes.Found:
    pair = {one, two}
    found = changes.find(text, "relatie", lambda r: set(changes.id_list(r.get("partners"))) == pair)
    if line is not None:
        found = [f for f in found if f.line == line]
        if not found:
            raise NetwerkError(texts.NO_SUCH_LINE.format(regel=line, een=one, twee=two))
    if not found:
        raise NetwerkError(texts.NOT_FOUND_PAIR.format(een=one, twee=two, bestand=path))
    if len(found) > 1:
        lines = ", ".join(str(f.line) for f in found)
        raise NetwerkError(
            texts.MANY_PAIRS.format(aantal=len(found), een=one, twee=two, regels=lines)
        )
    return found[0]


def _pair_id(one: str, two: str) -> str:
    return f"{one} + {two}"


def add_relation(path: Path, one: str, two: str, values: Mapping[str, Any]) -> Outcome:
    record = {"partners": [one, two], **values}
    loaded, changed = edit_file(path, lambda t: changes.add(t, "relatie", record))
    return _result(path, "relatie", _pair_id(one, two), loaded, changed, texts.ADDED)


def change_relation(
    path: Path,
    one: str,
    two: str,
    values: Mapping[str, Any],
    clear: tuple[str, ...],
    line: int | None,
) -> Outcome:
    if not values and not clear:
        raise NetwerkError(texts.NO_CHANGE_GIVEN)
    found = _relation(path, read_for_edit(path), one, two, line)
    loaded, changed = edit_file(path, lambda t: changes.change(t, "relatie", found, values, clear))
    return _result(path, "relatie", _pair_id(one, two), loaded, changed, texts.CHANGED)


def remove_relation(path: Path, one: str, two: str, line: int | None) -> Outcome:
    found = _relation(path, read_for_edit(path), one, two, line)
    loaded, _ = edit_file(path, lambda t: changes.remove(t, found))
    return Outcome(loaded, True, _message(texts.REMOVED, path, "relatie", _pair_id(one, two)))
