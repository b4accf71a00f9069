"""The same drawing as Graphviz DOT with every position pinned (render with ``neato -n2``).

For ``--formaat dot`` and for golden files: the structure (who, which symbol, which line) and the
computed positions, so a change in the layout shows up in a readable diff.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from netwerkcli.model import Geslacht
from netwerkcli.render.genogram.classes import person_classes
from netwerkcli.render.genogram.style import BOND, DESCENT_LINE, PARTNER_LINE, SIZES

if TYPE_CHECKING:
    from netwerkcli.render.genogram.build import Genogram

SHAPE = {Geslacht.MAN: "box", Geslacht.VROUW: "circle", Geslacht.X: "diamond"}


def _q(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _num(v: float) -> str:
    text = f"{v:.1f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def render_dot(g: Genogram) -> str:
    height = g.legend_top

    def pos(x: float, y: float) -> str:
        return _q(f"{_num(x)},{_num(height - y)}!")

    inch = SIZES.symbol / 72
    lines = [
        f"graph {_q('genogram')} {{",
        f"  label={_q(g.labels.title())};",
        '  labelloc="t";',
        '  node [fontname="DejaVu Sans", fontsize=10, fixedsize=true];',
        '  edge [fontname="DejaVu Sans", fontsize=8];',
        "  splines=false;",
    ]
    for row in g.rows:
        for k in row:
            n = g.nodes[k]
            p = n.person
            lab = g.node_labels[k]
            shape = "triangle" if p.zwangerschap is not None else SHAPE[p.geslacht]
            attrs = [
                f"shape={shape}",
                f"width={_num(inch)}",
                f"pos={pos(n.x, n.y)}",
                f"label={_q(lab.age)}",
                f"xlabel={_q(chr(10).join([*lab.name_lines, *filter(None, [lab.place])]))}",
                f"id={_q('persoon-' + k)}",
                f"class={_q(person_classes(n, g.gezin.kern))}",
            ]
            if p.id == g.gezin.kern:
                attrs.append("peripheries=2")
            if p.onbekend:
                attrs.append('style="dashed"')
            if p.is_overleden:
                attrs.append('style="diagonals"')
            lines.append(f"  {_q('persoon-' + k)} [{', '.join(attrs)}];")
    for pl in g.partner_lines:
        style = PARTNER_LINE[pl.pair.soort]
        label = g.relation_labels.get(frozenset((pl.pair.a, pl.pair.b)), "")
        soort = pl.pair.soort.value if pl.pair.soort else "onbekend"
        lines.append(
            f"  {_q('persoon-' + pl.pair.a)} -- {_q('persoon-' + pl.pair.b)} "
            f"[id={_q(f'relatie-{pl.pair.a}-{pl.pair.b}')}, class={_q('relatie ' + soort)}, "
            f"style={style.dot_style}, label={_q(label)}];"
        )
    for i, d in enumerate(g.descents):
        ax, ay = d.drop[0]
        point = f"unie-{i}"
        lines.append(f"  {_q(point)} [shape=point, width=0.03, pos={pos(ax, ay)}];")
        dot_style = DESCENT_LINE[d.union.kind].dot_style
        for c in d.union.children:
            lines.append(
                f"  {_q(point)} -- {_q('persoon-' + c)} "
                f"[class={_q('afstamming ' + d.union.kind)}, style={dot_style}];"
            )
    for b in g.bonds:
        st = BOND[b.band.soort]
        extra = ", dir=forward" if b.band.gericht else ""
        lines.append(
            f"  {_q('persoon-' + b.a)} -- {_q('persoon-' + b.b)} "
            f"[class={_q('band ' + b.band.soort.value)}, color={_q(st.colour)}, "
            f"penwidth={_num(st.width)}, constraint=false{extra}];"
        )
    for main, copy, _ in g.foster_links:
        lines.append(
            f"  {_q('persoon-' + main)} -- {_q('persoon-' + copy)} "
            '[class="pleegkoppeling", color="#999999", penwidth=0.6];'
        )
    lines.append("}")
    return "\n".join(lines) + "\n"
