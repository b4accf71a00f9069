"""The classes of a person's group: one function for the SVG, the DOT text and the legend."""

from __future__ import annotations

from typing import TYPE_CHECKING

from netwerkcli.model import Geslacht

if TYPE_CHECKING:
    from netwerkcli.render.genogram.structure import Node

GESLACHT_CLASS = {Geslacht.MAN: "man", Geslacht.VROUW: "vrouw", Geslacht.X: "x"}


def person_classes(node: Node, kern: str | None, folded: bool = False) -> str:
    """The spec's classes of a person's group (plus pleegkind and geadopteerd); a stand-in for
    a folded branch is ``persoon samengevouwen``."""
    p = node.person
    if folded:
        return "persoon samengevouwen"
    classes = ["persoon", GESLACHT_CLASS[p.geslacht]]
    if p.is_overleden:
        classes.append("overleden")
    if p.id == kern:
        classes.append("kern")
    if p.onbekend:
        classes.append("onbekend")
    if p.zwangerschap is not None:
        classes += ["zwangerschap", p.zwangerschap.value]
    if p.buitenland:
        classes.append("buitenland")
    if node.foster_copy:
        classes.append("pleegkind")
    if p.adoptieouders:
        classes.append("geadopteerd")
    return " ".join(classes)
