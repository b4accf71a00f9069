"""`netwerk nieuw --sjabloon`: a family file to fill in by hand, every key explained in comments.

The comments come from the field table (``fields.py``), so the template names every key the
loader knows, with the same help as the JSON Schema. The example records make a valid file that
already draws both pictures; the user replaces them.
"""

from __future__ import annotations

import textwrap

from netwerkcli.fields import RECORDS, Field, Kind
from netwerkcli.messages import sjabloon as example

WIDTH = 98


def _comment(text: str, first: str = "# ", more: str = "#   ") -> list[str]:
    return textwrap.wrap(text, WIDTH, initial_indent=first, subsequent_indent=more)


def _keys(record: str) -> list[str]:
    lines = []
    for field in RECORDS[record]:
        lines += _comment(_describe(field), "#   - ", "#       ")
    return lines


def _describe(field: Field) -> str:
    required = example.REQUIRED if field.required else ""
    text = f"{field.key}{required}: {field.help}"
    if field.choices is not None and field.kind is not Kind.CONSENT:
        text += example.CHOICES.format(keuzes=", ".join(c.value for c in field.choices))
    return text


def template_text(path: str) -> str:
    lines = [*_comment(example.HEADER.format(pad=path)), *_comment(example.RULES), ""]
    lines += [*_comment(example.TOP), *_keys("gezin")]
    lines += ["versie: 1", f"gezin: {example.CASE}", f"kern: {example.KERN_ID}", ""]
    for section, record in (
        ("personen", "persoon"),
        ("relaties", "relatie"),
        ("banden", "band"),
        ("huishoudens", "huishouden"),
        ("netwerk", "netwerk"),
        ("afspraken", "afspraak"),
    ):
        lines += _comment(example.SECTIONS[section])
        lines += _keys(record)
        lines += [f"{section}:", *example.RECORDS[section], ""]
    return "\n".join(lines).rstrip("\n") + "\n"
