"""The sociogram: the family's network in three circles, per question (seed 002).

``build_sociogram(gezin, vraag)`` gives a :class:`Sociogram` with ``to_svg()``, ``to_dot()``,
``warnings`` and the rows for the text view. Placement is computed here, in Python, and the SVG is
written by our own writer: no layout engine runs, so nobody can be moved out of their ring.
"""

from netwerkcli.render.sociogram.build import (
    Figure,
    Sociogram,
    build_sociogram,
    build_sociograms,
    question,
    questions_for_all,
)

__all__ = [
    "Figure",
    "Sociogram",
    "build_sociogram",
    "build_sociograms",
    "question",
    "questions_for_all",
]
