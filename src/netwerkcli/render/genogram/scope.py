"""Smaller genograms of wide families: fewer generations (``--generaties``) or folded branches
(``--compact``).

Wide family trees print small. ``--generaties N`` keeps the young person's row and the N-1 rows
above it (the drawing's own rows), with the young person's own children and grandchildren.
``--compact`` keeps the young person's close family in full (ancestors and their partners, the
children of all of them, and those children's partners: brothers and sisters, half and step ones,
aunts and uncles) and folds every other branch: the children of an aunt and their families become
one mark "3 kinderen" below her. What is left out takes its relations, bonds and household
memberships with it; whoever is left keeps everything else.
"""

from __future__ import annotations

import dataclasses

from netwerkcli.errors import NetwerkError
from netwerkcli.messages import genogram as texts
from netwerkcli.model import Gezin, Persoon
from netwerkcli.render.genogram.generations import assign_rows
from netwerkcli.render.genogram.graph import reachable
from netwerkcli.render.genogram.structure import build_structure


def around_kern(gezin: Gezin, generations: int) -> tuple[Gezin, int]:
    """The family with only the chosen generations, and how many people were left out."""
    if generations < 1:
        raise NetwerkError(texts.GENERATIONS_TOO_FEW)
    if not gezin.kern or gezin.persoon(gezin.kern) is None:
        raise NetwerkError(texts.GENERATIONS_NEED_KERN, texts.GENERATIONS_NEED_KERN_HINT)
    s = build_structure(gezin)
    assign_rows(s)
    kern_row = s.nodes[gezin.kern].row
    top = kern_row - (generations - 1)
    kept = {n.person.id for n in s.nodes.values() if n.row >= top}
    kept &= {n.person.id for n in s.nodes.values() if n.row <= kern_row} | _descendants(
        gezin, gezin.kern
    )
    if len(kept) == len(gezin.personen):
        return gezin, 0
    smaller = _only(gezin, kept)
    return smaller, len(gezin.personen) - len(smaller.personen)


def _only(gezin: Gezin, kept: set[str]) -> Gezin:
    """The family with only the people of ``kept``, and what refers only to them."""

    def only(ids: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(i for i in ids if i in kept)

    personen = tuple(
        dataclasses.replace(
            p,
            ouders=only(p.ouders),
            adoptieouders=only(p.adoptieouders),
            pleegouders=only(p.pleegouders),
            donor=p.donor if p.donor in kept else None,
        )
        for p in gezin.personen
        if p.id in kept
    )
    relaties = tuple(r for r in gezin.relaties if set(r.partners) <= kept)
    banden = tuple(b for b in gezin.banden if set(b.personen) <= kept)
    huishoudens = tuple(
        dataclasses.replace(h, leden=only(h.leden)) for h in gezin.huishoudens if only(h.leden)
    )
    return dataclasses.replace(
        gezin, personen=personen, relaties=relaties, banden=banden, huishoudens=huishoudens
    )


FOLD_PREFIX = "samengevouwen-"


def fold_branches(gezin: Gezin) -> tuple[Gezin, dict[str, int]]:
    """The family with every branch outside the young person's close family folded: per union
    one stand-in for its children (and their families). Returns the stand-ins' ids with the
    number of people each one stands for."""
    if not gezin.kern or gezin.persoon(gezin.kern) is None:
        raise NetwerkError(texts.COMPACT_NEEDS_KERN, texts.GENERATIONS_NEED_KERN_HINT)
    parents = {p.id: (*p.ouders, *p.adoptieouders, *p.pleegouders) for p in gezin.personen}
    partners: dict[str, set[str]] = {}
    for r in gezin.relaties:
        a, b = r.partners
        partners.setdefault(a, set()).add(b)
        partners.setdefault(b, set()).add(a)
    core = _close_family(gezin, gezin.kern, parents, partners)
    folded: dict[tuple[str, ...], list[str]] = {}
    for p in gezin.personen:
        if p.id in core:
            continue
        own = tuple(sorted(q for q in parents[p.id] if q in core))
        if own:
            folded.setdefault(own, []).append(p.id)
    if not folded and len(core) == len(gezin.personen):
        return gezin, {}
    stand_ins: dict[str, int] = {}
    extra = []
    for own, kids in folded.items():
        branch = set(kids) | {d for k in kids for d in _descendants(gezin, k)}
        branch |= {q for k in branch for q in partners.get(k, ()) if q not in core}
        stand_in = FOLD_PREFIX + "-".join(own)
        stand_ins[stand_in] = len(branch)
        extra.append(
            Persoon(
                stand_in,
                naam=texts.FOLDED_NAME.format(aantal=len(kids))
                if len(kids) > 1
                else texts.FOLDED_ONE,
                ouders=own,
            )
        )
    smaller = _only(gezin, core)
    smaller = dataclasses.replace(smaller, personen=smaller.personen + tuple(extra))
    return smaller, stand_ins


def _close_family(
    gezin: Gezin, kern: str, parents: dict[str, tuple[str, ...]], partners: dict[str, set[str]]
) -> set[str]:
    """The young person's close family: their ancestors and descendants, the partners of those,
    the children of those (siblings, aunts and uncles) and their partners."""
    lineage = {kern} | reachable(kern, parents) | _descendants(gezin, kern)
    elders = lineage | {q for k in lineage for q in partners.get(k, ())}
    core = set(elders)
    for p in gezin.personen:  # children of the elders: siblings, aunts and uncles
        if any(q in elders for q in parents[p.id]):
            core.add(p.id)
    return core | {q for k in core for q in partners.get(k, ())}


def left_out(before: Gezin, after: Gezin, stand_ins: dict[str, int]) -> int:
    """How many people of ``before`` are not drawn themselves in ``after``."""
    return len(before.personen) - (len(after.personen) - len(stand_ins))


def _descendants(gezin: Gezin, root: str) -> set[str]:
    children: dict[str, list[str]] = {}
    for p in gezin.personen:
        for parent in (*p.ouders, *p.adoptieouders, *p.pleegouders):
            children.setdefault(parent, []).append(p.id)
    return reachable(root, children)
