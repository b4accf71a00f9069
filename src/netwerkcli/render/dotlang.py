"""Graphviz DOT text shared by the drawings' ``to_dot()``."""

from __future__ import annotations


def quote(text: str) -> str:
    """A DOT string literal: backslashes, quotes and new lines escaped."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
