"""What the drawing could not do cleanly, said as warnings rather than drawn wrongly."""

from __future__ import annotations

from netwerkcli.labels import Labels
from netwerkcli.messages import genogram as texts
from netwerkcli.render.genogram import connectors
from netwerkcli.render.genogram.family import Facts
from netwerkcli.render.genogram.geometry import Rows
from netwerkcli.render.genogram.structure import Structure


def warnings(
    s: Structure,
    f: Facts,
    plan: Rows,
    partner_lines: list[connectors.PartnerLine],
    descents: list[connectors.Descent],
    labels: Labels,
) -> list[str]:
    out: list[str] = []
    for pl in partner_lines:
        a, b = s.nodes[pl.pair.a], s.nodes[pl.pair.b]
        names = {"a": labels.name(a.person), "b": labels.name(b.person)}
        if a.row != b.row:
            out.append(texts.PARTNERS_ROWS.format(**names))
        elif pl.routed and _strangers_between(f, plan, a.key, b.key):
            out.append(texts.PARTNERS_APART.format(**names))
    for ui in range(len(f.unions)):
        kids = f.kids_below(ui)
        ps = [plan.index[c] for c in kids]
        parents = _names(labels, s, f.unions[ui].parents)
        if ps != sorted(ps):
            out.append(texts.BIRTH_ORDER.format(ouders=parents))
        elif ps and max(ps) - min(ps) + 1 > len(ps) and _strangers(f, plan, kids):
            out.append(texts.SIBSHIP_SPLIT.format(ouders=parents))
    crossing = connectors.drawn_crossings(descents, partner_lines)
    if crossing:
        who = sorted({_line_names(labels, s, line) for pair in crossing for line in pair})
        out.append(texts.CROSSINGS.format(aantal=len(crossing), wie="; ".join(who)))
    return out


def _names(labels: Labels, s: Structure, keys: tuple[str, ...]) -> str:
    return f" {texts.AND} ".join(labels.name(s.nodes[k].person) for k in keys)


def _line_names(labels: Labels, s: Structure, line: object) -> str:
    if isinstance(line, connectors.Descent):
        return _names(labels, s, line.union.parents)
    assert isinstance(line, connectors.PartnerLine)
    return _names(labels, s, (line.pair.a, line.pair.b))


def _strangers_between(f: Facts, plan: Rows, a: str, b: str) -> bool:
    """Someone between two partners who is a partner of neither (a split, the last resort)."""
    row = plan.rows[f.row_of[a]]
    lo, hi = sorted((plan.index[a], plan.index[b]))
    return any(not (f.is_partner(k, a) or f.is_partner(k, b)) for k in row[lo + 1 : hi])


def _strangers(f: Facts, plan: Rows, kids: list[str]) -> bool:
    """Someone between the children who is neither a child nor a parentless partner of one."""
    ps = [plan.index[c] for c in kids]
    row = plan.rows[f.row_of[kids[0]]]
    for k in row[min(ps) : max(ps) + 1]:
        if k in kids:
            continue
        if k in f.parentless and any(f.is_partner(k, c) for c in kids):
            continue
        return True
    return False
