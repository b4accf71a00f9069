"""Content shipped in ``content/`` (question sets), plus an organisation's own additions.

The folder is packaged into the wheel as ``netwerkcli/content``; from a source checkout (an
editable install) the repository's ``content/`` is used. ``NETWERK_INHOUD`` names an extra folder
whose ``sociogram/*.yaml`` files add sociogram questions without code changes.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from netwerkcli.errors import NetwerkError
from netwerkcli.fields import normal_choice
from netwerkcli.messages import gezin as texts
from netwerkcli.messages import sociogram as sociogram_texts
from netwerkcli.yamlsafe import FAST_LOADER, yaml

ENV_EXTRA = "NETWERK_INHOUD"
QUESTION_NAME = re.compile(r"[a-z][a-z0-9-]*")  # usable as a key in `cirkel:` and in file names


@cache  # the package does not move while netwerk runs
def content_dir() -> Path:
    # the package's own folder (what importlib.resources gives for a package on disk, without
    # loading importlib.resources at start-up)
    packaged = Path(__file__).resolve().parent / "content"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "content"


@dataclass(frozen=True)
class SociogramVraag:
    """One sociogram question of ``content/sociogram/*.yaml``, with its three rings."""

    naam: str  # the key used in `cirkel:`
    vraag: str  # the question as asked, from the source
    titel: str
    ringen: tuple[str, str, str]  # ring names, innermost first
    bron: str
    # the ring that means 'not' (on `helpen`, ring 3 'zeker niet'): drawn as a warning, not as 'far'
    nee_ring: int | None = None

    def ring_number(self, value: str) -> int | None:
        """1..3 for a ring name such as 'zeker niet' (ASCII capitals ignored), else None."""
        folded = normal_choice(value)
        for number, name in enumerate(self.ringen, start=1):
            if normal_choice(name) == folded:
                return number
        return None


def _question_files() -> list[Path]:
    files = sorted((content_dir() / "sociogram").glob("*.yaml"))
    extra = os.environ.get(ENV_EXTRA)
    if extra:
        files += sorted((Path(extra) / "sociogram").glob("*.yaml"))
    return files


@cache
def _load_questions(files: tuple[Path, ...]) -> dict[str, SociogramVraag]:
    questions: dict[str, SociogramVraag] = {}
    for path in files:
        try:
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=FAST_LOADER)
            bron = str(data.get("bron", ""))
            for item in data["vragen"]:
                rings = tuple(str(r) for r in item["ringen"])
                if len(rings) != 3 or len({r.casefold() for r in rings}) != 3:
                    raise ValueError("ringen")
                nee_ring = item.get("nee_ring")
                if nee_ring is not None and nee_ring not in (1, 2, 3):
                    raise ValueError("nee_ring")
                naam = str(item["naam"])
                if not QUESTION_NAME.fullmatch(naam):
                    raise ValueError("naam")
                if naam in questions:
                    raise NetwerkError(
                        sociogram_texts.DUPLICATE_QUESTION.format(vraag=naam, pad=path),
                        sociogram_texts.DUPLICATE_QUESTION_HINT,
                    )
                questions[naam] = SociogramVraag(
                    naam=naam,
                    vraag=str(item["vraag"]),
                    titel=str(item.get("titel", item["vraag"])),
                    ringen=(rings[0], rings[1], rings[2]),
                    bron=str(item.get("bron", bron)),
                    nee_ring=nee_ring,
                )
        except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError, AttributeError):
            raise NetwerkError(texts.BAD_CONTENT_FILE.format(pad=path)) from None
    return questions


def sociogram_vragen() -> dict[str, SociogramVraag]:
    """All sociogram questions by name: the shipped ones first, then an organisation's own."""
    return _load_questions(tuple(_question_files()))
