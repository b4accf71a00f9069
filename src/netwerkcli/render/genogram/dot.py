"""The same drawing as Graphviz DOT with every position pinned (render with ``neato -n2``).

For ``--formaat dot`` and for golden files: the structure (who, which symbol, which line) and the
computed positions, so a change in the layout shows up in a readable diff.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from netwerkcli.model import Geslacht
from netwerkcli.render.dotlang import quote
from netwerkcli.render.genogram.classes import person_classes
from netwerkcli.render.genogram.style import BOND, DESCENT_LINE, PARTNER_LINE, SIZES
from netwerkcli.render.svg import num

if TYPE_CHECKING:
    from netwerkcli.render.genogram.build import Genogram

SHAPE = {Geslacht.MAN: "box", Geslacht.VROUW: "circle", Geslacht.X: "diamond"}


def render_dot(g: Genogram) -> str:
    height = g.legend_top

    def pos(x: float, y: float) -> str:
        return quote(f"{num(x)},{num(height - y)}!")

    inch = SIZES.symbol / 72
    lines = [
        f"graph {quote('genogram')} {{",
        f"  label={quote(g.labels.title())};",
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
                f"width={num(inch)}",
                f"pos={pos(n.x, n.y)}",
                f"label={quote(lab.age)}",
                f"xlabel={quote(chr(10).join([*lab.name_lines, *filter(None, [lab.place])]))}",
                f"id={quote('persoon-' + k)}",
                f"class={quote(person_classes(n, g.gezin.kern))}",
            ]
            if p.id == g.gezin.kern:
                attrs.append("peripheries=2")
            if p.onbekend:
                attrs.append('style="dashed"')
            if p.is_overleden:
                attrs.append('style="diagonals"')
            lines.append(f"  {quote('persoon-' + k)} [{', '.join(attrs)}];")
    for pl in g.partner_lines:
        style = PARTNER_LINE[pl.pair.soort]
        label = g.relation_labels.get(frozenset((pl.pair.a, pl.pair.b)), "")
        soort = pl.pair.soort.value if pl.pair.soort else "onbekend"
        lines.append(
            f"  {quote('persoon-' + pl.pair.a)} -- {quote('persoon-' + pl.pair.b)} "
            f"[id={quote(f'relatie-{pl.pair.a}-{pl.pair.b}')}, class={quote('relatie ' + soort)}, "
            f"style={style.dot_style}, label={quote(label)}];"
        )
    for i, d in enumerate(g.descents):
        ax, ay = d.start
        point = f"unie-{i}"
        lines.append(f"  {quote(point)} [shape=point, width=0.03, pos={pos(ax, ay)}];")
        dot_style = DESCENT_LINE[d.union.kind].dot_style
        for c in d.union.children:
            lines.append(
                f"  {quote(point)} -- {quote('persoon-' + c)} "
                f"[class={quote('afstamming ' + d.union.kind)}, style={dot_style}];"
            )
    for b in g.bonds:
        st = BOND[b.band.soort]
        extra = ", dir=forward" if b.band.gericht else ""
        lines.append(
            f"  {quote('persoon-' + b.a)} -- {quote('persoon-' + b.b)} "
            f"[class={quote('band ' + b.band.soort.value)}, color={quote(st.colour)}, "
            f"penwidth={num(st.width)}, constraint=false{extra}];"
        )
    for main, copy, _ in g.foster_links:
        lines.append(
            f"  {quote('persoon-' + main)} -- {quote('persoon-' + copy)} "
            '[class="pleegkoppeling", color="#999999", penwidth=0.6];'
        )
    lines.append("}")
    return "\n".join(lines) + "\n"
