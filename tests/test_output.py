"""Shared drawing output: format choice, file names, conversion, right-to-left names."""

from __future__ import annotations

from pathlib import Path

import pytest

from netwerkcli.errors import NetwerkError
from netwerkcli.render.output import Formaat, choose_target, visual_order


def test_default_target_is_next_to_the_input() -> None:
    target = choose_target(Path("map/gezin.yaml"), None, None, "sociogram", "helpen")
    assert target.path == Path("map/gezin-sociogram-helpen.svg")
    assert target.formaat is Formaat.SVG


def test_format_from_extension_and_stdout() -> None:
    assert choose_target(Path("g.yaml"), "x.PDF", None, "genogram").formaat is Formaat.PDF
    assert choose_target(Path("g.yaml"), "-", "dot", "genogram").path is None


@pytest.mark.parametrize(("uitvoer", "formaat"), [("x.jpg", None), ("x.png", "pdf"), ("x", "gif")])
def test_unclear_formats_are_refused(uitvoer: str, formaat: str | None) -> None:
    with pytest.raises(NetwerkError):
        choose_target(Path("g.yaml"), uitvoer, formaat, "genogram")


def test_arabic_is_shaped_for_png_but_svg_keeps_the_name_as_written() -> None:
    svg = '<svg><text x="1" y="2">فاطمة &amp; Noor</text><text>Noor</text></svg>'
    shown = visual_order(svg)
    assert "فاطمة" not in shown  # joined presentation forms, in display order
    assert "ﺔﻤﻃﺎﻓ" in shown
    assert "Noor &amp; ﺔﻤﻃﺎﻓ" in shown and "<text>Noor</text>" in shown  # right-to-left line
    assert (
        visual_order("<svg><text>Zoë Öztürk</text></svg>") == "<svg><text>Zoë Öztürk</text></svg>"
    )
