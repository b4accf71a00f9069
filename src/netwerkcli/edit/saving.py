"""Applying a change to a family file: checked like `netwerk check`, written in one step, or not.

The new text is loaded with the same loader as ``netwerk check``. With an error the file stays
exactly as it was and the caller gets :class:`EditRefused` with the problems ``check`` would print
for the changed file. A byte-order mark and the file's permissions are kept.
"""

from __future__ import annotations

import codecs
import datetime as dt
import stat
from collections.abc import Callable
from pathlib import Path

import yaml
from yaml.nodes import MappingNode

from netwerkcli.errors import InvalidFile, Probleem
from netwerkcli.fileio import write_file
from netwerkcli.loader import Loaded, load_text, read_text
from netwerkcli.messages import bewerk as texts

PRIVATE = 0o600  # a family file netwerk creates is readable by its owner only


class EditRefused(InvalidFile):
    """The change would make the file invalid; ``problems`` as check would report them."""


def read_for_edit(path: Path) -> str:
    """The file's text, when its structure can be edited; else the problems check reports."""
    text = read_text(path)
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        root = None
    if not isinstance(root, MappingNode):
        load_text(text, str(path))  # raises InvalidFile with the Dutch message and its place
        raise InvalidFile([Probleem(str(path), 0, 0, texts.NOT_EDITABLE)])  # pragma: no cover
    return text


def edit_file(
    path: Path, make: Callable[[str], str], today: dt.date | None = None
) -> tuple[Loaded, bool]:
    """Apply ``make`` to the file's text; returns the loaded result and whether it changed."""
    text = read_for_edit(path)
    new_text = make(text)
    try:
        loaded = load_text(new_text, str(path), today)
    except InvalidFile as exc:
        raise EditRefused(exc.problems) from None
    if new_text == text:
        return loaded, False
    write_family_file(path, new_text)
    return loaded, True


def write_family_file(path: Path, text: str, create: bool = False) -> None:
    """Write ``text`` in one step, keeping the byte-order mark and permissions of the old file."""
    data = text.encode("utf-8")
    mode = PRIVATE
    if not create:
        try:
            if path.read_bytes().startswith(codecs.BOM_UTF8):
                data = codecs.BOM_UTF8 + data
            mode = stat.S_IMODE(path.stat().st_mode)
        except OSError:
            pass
    write_file(path, data, mode)
