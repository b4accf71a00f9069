"""Benchmark (not a test): build and write the sociogram of 60 people, for each question.

    .venv/bin/python benchmarks/sociogram.py

Target: under 1 s per drawing. Two networks: 60 people spread over all kringen, and the worst
case of 60 relatives with long names in one ring.
"""

from __future__ import annotations

import time

from netwerkcli.model import Gezin, Kring, NetwerkPersoon, Persoon
from netwerkcli.render.sociogram import build_sociogram

FIRST = ["Mohammed", "Anna-Sophie", "Willem", "Fatima-Zahra", "Johannes", "Margaretha", "Noor"]
LAST = ["van der Heijden", "El Idrissi", "Vandenbroucke", "Oosterhuis", "Kowalczyk", "Yılmaz"]


def network(spread: bool) -> Gezin:
    kringen = list(Kring)
    people = []
    for i in range(60):
        kring = kringen[i % len(kringen)] if spread else Kring.FAMILIE
        rings = (("belang", 1 + i % 3), ("helpen", 1 + (i // 3) % 3), ("weten", 1 + (i // 7) % 3))
        if not spread:
            rings = (("belang", 1), ("helpen", 1 + i % 3), ("weten", 1 + i % 2))
        name = f"{FIRST[i % len(FIRST)]} {LAST[i % len(LAST)]}"
        people.append(NetwerkPersoon(id=f"p{i:02d}", naam=name, kring=kring, cirkel=rings))
    return Gezin(
        gezin="Benchmark",
        kern="kind",
        personen=(Persoon(id="kind", naam="Kind"),),
        netwerk=tuple(people),
    )


def main() -> None:
    for label, spread in (("60 in alle kringen", True), ("60 familie in cirkel 1", False)):
        family = network(spread)
        for vraag in ("belang", "helpen", "weten"):
            start = time.perf_counter()
            sociogram = build_sociogram(family, vraag)
            svg = sociogram.to_svg()
            elapsed = time.perf_counter() - start
            print(
                f"{label:24} {vraag:7} {elapsed:6.3f} s  "
                f"straal {sociogram.plan.radius:5.0f}  svg {len(svg) // 1024} kB"
            )


if __name__ == "__main__":
    main()
