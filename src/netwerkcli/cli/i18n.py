"""Dutch for the texts that Typer (and the click it vendors) print itself.

Typer has no translation catalogue of its own, so the few texts a user sees from it (panel titles,
'Usage:', usage errors, the help and completion options) are replaced here. Every patch is
defensive: when a Typer release moves a name, that text stays English and nothing breaks.

Typer's rich help and error module (``typer.rich_utils``) is large, and a command that runs
without an error never needs it: it is patched when Typer first imports it (an import hook), not
at start-up. Its Markdown support (which pulls in markdown-it) is not loaded at all: netwerk's
help texts use rich markup, never Markdown.
"""

from __future__ import annotations

import inspect
import re
import sys
import types
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from importlib.abc import Loader
    from importlib.machinery import ModuleSpec

from netwerkcli.messages import cli as texts

RICH_UTILS = "typer.rich_utils"


def translate(message: str) -> str:
    """Translate one of Typer's English messages; unknown messages pass unchanged."""
    dutch = _first_match(texts.USAGE_ERRORS, message)
    return message if dutch is None else dutch


def _first_match(table: list[tuple[str, str]], message: str) -> str | None:
    for pattern, dutch in table:
        match = re.fullmatch(pattern, message.strip(), flags=re.DOTALL)
        if match:
            groups = {k: v or "" for k, v in match.groupdict().items()}
            if "msg" in groups:  # what Typer says about the value itself
                groups["msg"] = _first_match(texts.VALUE_ERRORS, groups["msg"]) or groups["msg"]
            return dutch.format(**groups)
    return None


def _patch_constants(rich_utils: Any) -> None:
    for name, value in texts.RICH_CONSTANTS.items():
        if hasattr(rich_utils, name):
            setattr(rich_utils, name, value)


def _dutch_gettext(message: str) -> str:
    return texts.GETTEXT.get(message, message)


def _patch_gettext(module: Any) -> None:
    if hasattr(module, "_"):
        module._ = _dutch_gettext


def _patch_errors(rich_utils: Any) -> None:
    original: Callable[[Any], None] | None = getattr(rich_utils, "rich_format_error", None)
    if original is None:
        return

    def rich_format_error(exc: Any) -> None:
        english = exc.format_message
        exc.format_message = lambda: translate(english())
        original(exc)

    rich_utils.rich_format_error = rich_format_error


def _patch_plain_errors() -> None:
    """Usage errors as Click shows them without rich, in Dutch, the message red like ours."""
    try:
        from typer._click import exceptions
    except ImportError:
        return

    def show_usage_error(self: Any, file: Any = None) -> None:
        from netwerkcli import console

        ctx = getattr(self, "ctx", None)
        if ctx is not None:
            lines = [ctx.get_usage()]
            if ctx.command.get_help_option(ctx) is not None:
                option = ctx.help_option_names[0]
                lines.append(texts.TRY_HELP.format(command=ctx.command_path, option=option))
            console.info("\n".join(lines) + "\n")
        console.error(texts.ERROR.format(message=translate(self.format_message())))

    def show_error(self: Any, file: Any = None) -> None:
        from netwerkcli import console

        console.error(texts.ERROR.format(message=translate(self.format_message())))

    for name, show in (("ClickException", show_error), ("UsageError", show_usage_error)):
        cls = getattr(exceptions, name, None)
        if isinstance(cls, type) and "show" in vars(cls):
            setattr(cls, "show", show)  # noqa: B010  (a method of a class typed as plain type)


def _patch_usage_and_help() -> None:
    try:
        from typer._click import core as click_core
        from typer._click import formatting
    except ImportError:  # a Typer that no longer vendors click
        return

    write_usage = formatting.HelpFormatter.write_usage

    def dutch_write_usage(self: Any, prog: str, args: str = "", prefix: str | None = None) -> None:
        write_usage(self, prog, args, texts.USAGE_PREFIX if prefix is None else prefix)

    formatting.HelpFormatter.write_usage = dutch_write_usage  # type: ignore[method-assign]

    get_help_option = click_core.Command.get_help_option

    def dutch_help_option(self: Any, ctx: Any) -> Any:
        option = get_help_option(self, ctx)
        if option is not None:
            option.help = texts.HELP_OPTION
        return option

    click_core.Command.get_help_option = dutch_help_option  # type: ignore[method-assign]


def _patch_help_labels() -> None:
    """Usage line and type column in Dutch: [OPTIES], BESTANDEN..., PAD instead of <path>."""
    try:
        from typer import core
        from typer._click import core as click_core
    except ImportError:
        return

    for cls in (click_core.Command, getattr(core, "TyperGroup", None)):
        if cls is not None and "collect_usage_pieces" in vars(cls):
            cls.collect_usage_pieces = _dutch_pieces(cls.collect_usage_pieces)  # type: ignore[method-assign]

    argument = getattr(core, "TyperArgument", None)
    if argument is not None and hasattr(argument, "_usage_display_name"):

        def usage_name(self: Any) -> str:
            name = str(self.metavar or self.display_name_raw).upper()
            name = name if self.required else f"[{name}]"
            return name + ("..." if self.nargs != 1 else "")

        argument._usage_display_name = usage_name

    for cls_name in ("TyperArgument", "TyperOption"):
        cls = getattr(core, cls_name, None)
        original = getattr(cls, "display_type_rich", None)
        if cls is None or original is None:
            continue
        cls.display_type_rich = _dutch_type(original)


def _dutch_pieces(original: Callable[[Any, Any], list[str]]) -> Callable[[Any, Any], list[str]]:
    def collect_usage_pieces(self: Any, ctx: Any) -> list[str]:
        return [texts.USAGE_WORDS.get(piece, piece) for piece in original(self, ctx)]

    return collect_usage_pieces


def _dutch_type(original: Callable[[Any, Any], str | None]) -> Callable[[Any, Any], str | None]:
    def display_type_rich(self: Any, ctx: Any) -> str | None:
        value = original(self, ctx)
        if value is None or value == getattr(self, "metavar", None):
            return value  # a metavar the command chose itself
        bare = value.strip("<>")
        many = bare.endswith("...") or bare.startswith("list[")
        bare = bare.removesuffix("...").removeprefix("list[").removesuffix("]").strip("<>")
        if "|" in bare:  # a choice: the values themselves are the words the user types
            return value.strip("<>")
        label = texts.TYPE_LABELS.get(bare.casefold(), bare.upper())
        if label is None:
            return None
        return label + ("..." if many else "")

    return display_type_rich


def _patch_completion() -> None:
    try:
        from typer import completion
    except ImportError:
        return
    callbacks = {"install_completion": _install_completion, "show_completion": _show_completion}
    for func_name in (
        "_install_completion_placeholder_function",
        "_install_completion_no_auto_placeholder_function",
    ):
        func = getattr(completion, func_name, None)
        if func is None:
            continue
        for param in inspect.signature(func).parameters.values():
            dutch = texts.COMPLETION_HELP.get(param.name)
            if dutch and hasattr(param.default, "help"):
                param.default.help = dutch
            if param.name in callbacks and hasattr(param.default, "callback"):
                param.default.callback = callbacks[param.name]


def _completion_shell(value: Any) -> str:
    """The shell asked for (``--install-completion bash``) or detected; Dutch when unknown."""
    from typer import _completion_shared as shared

    from netwerkcli import console

    shell = value if isinstance(value, str) else shared._get_shell_name()
    known = [s.value for s in shared.Shells]
    if shell not in known:
        console.error(
            texts.COMPLETION_NO_SHELL.format(shell=f" ({shell})" if shell else ""),
            texts.COMPLETION_SHELLS.format(shells=", ".join(known)),
        )
        raise SystemExit(1)
    return str(shell)


def _install_completion(ctx: Any, param: Any, value: Any) -> Any:
    """Typer's ``--install-completion``, with its messages in Dutch."""
    if not value or ctx.resilient_parsing:
        return value
    from typer import _completion_shared as shared

    from netwerkcli import console

    shell, path = shared.install(shell=_completion_shell(value))
    console.success(texts.COMPLETION_INSTALLED.format(shell=shell, path=path))
    console.info(texts.COMPLETION_RESTART)
    raise SystemExit(0)


def _show_completion(ctx: Any, param: Any, value: Any) -> Any:
    """Typer's ``--show-completion``: the script for the shell, or a Dutch message."""
    if not value or ctx.resilient_parsing:
        return value
    from typer import _completion_shared as shared

    from netwerkcli import console

    prog_name = ctx.find_root().info_name or "netwerk"
    complete_var = "_{}_COMPLETE".format(prog_name.replace("-", "_").upper())
    script = shared.get_completion_script(
        prog_name=prog_name, complete_var=complete_var, shell=_completion_shell(value)
    )
    console.data(script)
    raise SystemExit(0)


def _patch_rich_utils(rich_utils: Any) -> None:
    """The patches for Typer's rich help and errors, run once it is imported."""
    _patch_constants(rich_utils)
    _patch_gettext(rich_utils)
    _patch_errors(rich_utils)


class _LazyMarkdown:
    """Stands in for ``rich.markdown.Markdown`` in Typer's help module: loads it only if used."""

    def __new__(cls, *args: Any, **kwargs: Any) -> Any:
        from rich.markdown import Markdown

        return Markdown(*args, **kwargs)


class _PatchedLoader:
    """Loads ``typer.rich_utils`` as usual, without Markdown, then patches it.

    (A loader and a finder by protocol: subclassing ``importlib.abc`` would import
    ``importlib.resources`` and ``tempfile`` at start-up.)
    """

    def __init__(self, inner: Loader) -> None:
        self.inner = inner

    def create_module(self, spec: ModuleSpec) -> types.ModuleType | None:
        return self.inner.create_module(spec)

    def exec_module(self, module: types.ModuleType) -> None:
        stub = None
        if "rich.markdown" not in sys.modules:
            stub = types.ModuleType("rich.markdown")
            stub.Markdown = _LazyMarkdown  # type: ignore[attr-defined]
            sys.modules["rich.markdown"] = stub
        try:
            self.inner.exec_module(module)
        finally:
            if stub is not None and sys.modules.get("rich.markdown") is stub:
                del sys.modules["rich.markdown"]  # a later `import rich.markdown` gets the real one
        _patch_rich_utils(module)


class _RichUtilsHook:
    """Finds ``typer.rich_utils`` the normal way and hands it a patching loader."""

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None,
        target: types.ModuleType | None = None,
    ) -> ModuleSpec | None:
        if fullname != RICH_UTILS:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec: ModuleSpec | None = finder.find_spec(fullname, path, target)
            if spec is not None and spec.loader is not None:
                spec.loader = _PatchedLoader(spec.loader)  # type: ignore[assignment]
                return spec
        return None


_installed = False


def install() -> None:
    global _installed
    if _installed:
        return
    _installed = True
    from typer import core

    _patch_gettext(core)
    _patch_plain_errors()
    _patch_usage_and_help()
    _patch_help_labels()
    _patch_completion()
    if RICH_UTILS in sys.modules:  # imported already (by a test, say): patch it now
        _patch_rich_utils(sys.modules[RICH_UTILS])
    else:
        sys.meta_path.insert(0, _RichUtilsHook())
