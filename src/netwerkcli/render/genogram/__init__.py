"""The genogram: a family drawn over its generations, laid out and drawn by netwerk itself.

``build_genogram(gezin)`` returns a :class:`Genogram` with ``to_svg()``, ``to_dot()`` and
``warnings``. No layout engine is needed: see ``docs/genogram.md`` for why.
"""

from netwerkcli.render.genogram.build import Genogram, build_genogram

__all__ = ["Genogram", "build_genogram"]
