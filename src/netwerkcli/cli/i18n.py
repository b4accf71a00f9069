"""Dutch for the texts that Typer (and the click it vendors) print itself.

Typer has no translation catalogue of its own, so the few texts a user sees from it (panel titles,
'Usage:', usage errors, the help and completion options) are replaced here. Every patch is
defensive: when a Typer release moves a name, that text stays English and nothing breaks.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from typing import Any

from netwerkcli.messages import cli as texts


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


def _patch_constants() -> None:
    from typer import rich_utils

    for name, value in texts.RICH_CONSTANTS.items():
        if hasattr(rich_utils, name):
            setattr(rich_utils, name, value)


def _patch_gettext() -> None:
    from typer import core, rich_utils

    def dutch_gettext(message: str) -> str:
        return texts.GETTEXT.get(message, message)

    for module in (core, rich_utils):
        if hasattr(module, "_"):
            module._ = dutch_gettext  # type: ignore[attr-defined]


def _patch_errors() -> None:
    from typer import rich_utils

    original: Callable[[Any], None] | None = getattr(rich_utils, "rich_format_error", None)
    if original is None:
        return

    def rich_format_error(exc: Any) -> None:
        english = exc.format_message
        exc.format_message = lambda: translate(english())
        original(exc)

    rich_utils.rich_format_error = rich_format_error  # type: ignore[assignment]


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


_installed = False


def install() -> None:
    global _installed
    if _installed:
        return
    _installed = True
    _patch_constants()
    _patch_gettext()
    _patch_errors()
    _patch_usage_and_help()
    _patch_help_labels()
    _patch_completion()
