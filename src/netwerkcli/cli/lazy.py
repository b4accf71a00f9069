"""Commands that load when they are used, so that start-up stays quick.

``netwerk check`` should not wait for the drawing code, nor ``netwerk --help`` for the code of
any command. ``netwerkcli.cli.COMMANDS`` names each command's module and the line that lists it
in ``netwerk --help``; the root group (``app.NetwerkGroup``) holds a :class:`LazyCommands` map
that imports a command's module the first time the command itself is needed, and builds only
that command.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping, MutableMapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import typer


@dataclass(frozen=True, eq=False, repr=False)
class Lazy:
    """A command that loads when used: its module in ``netwerkcli.cli`` and its line in the
    list of ``netwerk --help``."""

    module: str
    summary: str


class LazyCommands(MutableMapping[str, Any]):
    """The root group's commands by name; a lazy one is imported and built on first lookup.

    Iterating (and ``in``) gives the names without loading anything.
    """

    def __init__(
        self, built: MutableMapping[str, Any], lazy: Mapping[str, Lazy], load: Callable[[str], Any]
    ) -> None:
        self.built = built
        self.lazy = lazy
        self.load = load

    def __getitem__(self, name: str) -> Any:
        if name not in self.built and name in self.lazy:
            self.built[name] = self.load(name)
        return self.built[name]

    def __setitem__(self, name: str, command: Any) -> None:
        self.built[name] = command

    def __delitem__(self, name: str) -> None:
        del self.built[name]

    def __contains__(self, name: object) -> bool:
        return name in self.built or name in self.lazy

    def __iter__(self) -> Iterator[str]:
        yield from self.lazy
        yield from (name for name in self.built if name not in self.lazy)

    def __len__(self) -> int:
        return len(set(self.lazy) | set(self.built))


def build(source: typer.Typer, name: str, module: str) -> Any:
    """Import ``netwerkcli.cli.<module>`` and build the command ``name`` it adds to ``source``.

    Only that command is built (with Typer's public ``get_command``, on a Typer holding just
    it), not the others of the app.
    """
    import typer.main  # not at the top: ``netwerkcli.cli`` imports this module, the quick way too

    importlib.import_module(f"netwerkcli.cli.{module}")
    single = typer.Typer(add_completion=False, rich_markup_mode=source.rich_markup_mode)
    for info in source.registered_commands:
        if info.name == name:
            single.registered_commands = [info]
            return typer.main.get_command(single)
    for group in source.registered_groups:
        if group.name == name:
            single.registered_groups = [group]
            built: Any = typer.main.get_command(single)
            return built.commands[name]
    raise LookupError(f"netwerkcli.cli.{module} adds no command {name!r}")
