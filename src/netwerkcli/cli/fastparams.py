"""Typer's checking of option values, without pydantic for the plain values netwerk has.

From 0.29 on, Typer checks every value of every command (even an option that was not given)
through pydantic, whose import alone takes longer than Typer's own: ``netwerk check`` waited
for it every time. netwerk's options are plain (text, a path, a number, lists of those); for
them this module does what Typer's check does. Anything else, and every value this module does
not accept at once (``--schaal abc``), goes to Typer's own check, so the error messages are
Typer's. With a Typer before 0.29 (no pydantic) or one that moved these names, nothing is
patched.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

_INTEGER = re.compile(r"[+-]?\d+")
_DECIMAL = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")


class _NotPlain(Exception):
    """This value needs Typer's own check."""


def _text(value: Any, param: Any, ctx: Any) -> str:
    if not isinstance(value, str):
        raise _NotPlain
    return value


def _flag(value: Any, param: Any, ctx: Any) -> bool:
    if not isinstance(value, bool):
        raise _NotPlain
    return value


def _integer(value: Any, param: Any, ctx: Any) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and _INTEGER.fullmatch(value.strip()):
        return int(value)
    raise _NotPlain


def _decimal(value: Any, param: Any, ctx: Any) -> float:
    if isinstance(value, float | int) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, str) and _DECIMAL.fullmatch(value.strip()):
        return float(value)
    raise _NotPlain


def _path_check(info: Any) -> Callable[[Any, Any, Any], Path]:
    from typer._param_types import coerce_cli_path

    def path(value: Any, param: Any, ctx: Any) -> Path:
        if isinstance(value, Path):
            return value
        if not isinstance(value, str):
            raise _NotPlain
        # Typer's own check of the path's options (exists, readable, ...), with its messages
        return Path(coerce_cli_path(value, info, path_type=None, param=param, ctx=ctx))  # type: ignore[arg-type]

    return path


def _leaf(annotation: Any, info: Any) -> Callable[[Any, Any, Any], Any] | None:
    if annotation is str:
        return _text
    if annotation is bool:
        return _flag
    if annotation is int:
        return _integer
    if annotation is float:
        return _decimal
    if annotation is Path and getattr(info, "path_type", None) is None:
        return _path_check(info)
    return None


def _plain_check(descriptor: Any) -> Callable[[Any, Any, Any], Any] | None:
    """A check for the descriptor's values, or None when it needs Typer's own."""
    info = descriptor.parameter_info
    if (
        descriptor.file_annotation is not None
        or descriptor.choices is not None
        or info.parser is not None
        or info.min is not None
        or info.max is not None
    ):
        return None
    annotation = descriptor.annotation
    if getattr(annotation, "__origin__", None) is list:
        (item_type,) = annotation.__args__
        item = _leaf(item_type, info)
        if item is None:
            return None

        def items(value: Any, param: Any, ctx: Any) -> list[Any]:
            if not isinstance(value, list | tuple):
                raise _NotPlain
            return [item(v, param, ctx) for v in value]

        return items
    return _leaf(annotation, info)


class _PlainValues:
    """Checks one parameter's values; falls back to Typer's own check (built when needed)."""

    def __init__(
        self, descriptor: Any, check: Callable[[Any, Any, Any], Any], full: Callable[[Any], Any]
    ) -> None:
        self.descriptor = descriptor
        self.check = check
        self.full = full
        self._typer: Any = None

    def coerce(self, value: Any, param: Any, ctx: Any) -> Any:
        many = param.multiple or param.nargs == -1
        if value is None:
            return () if many else None
        if not (many and isinstance(value, str)):  # a lone text for a list: Typer's message
            try:
                return self.check(value, param, ctx)
            except _NotPlain:
                pass
        if self._typer is None:
            self._typer = self.full(self.descriptor)
        return self._typer.coerce(value, param=param, ctx=ctx)


TYPER_CHECK: Callable[[Any], Any] | None = None  # Typer's own, once replaced


def install() -> None:
    """Give Typer's parameters the plain check where it applies (once; no-op before 0.29)."""
    global TYPER_CHECK
    if TYPER_CHECK is not None:
        return
    core: Any = importlib.import_module("typer.core")
    full = getattr(core, "build_runtime_param", None)
    if full is None or not hasattr(core, "_TyperParameter"):
        return
    TYPER_CHECK = full

    def build_runtime_param(descriptor: Any) -> Any:
        try:
            check = _plain_check(descriptor)
        except (AttributeError, TypeError, ValueError):  # a descriptor of another shape
            check = None
        if check is None:
            return full(descriptor)
        return _PlainValues(descriptor, check, full)

    core.build_runtime_param = build_runtime_param
