"""The closed vocabularies of the family file: enums whose values are exactly what it may say.

Apart from the model (which re-exports them), so that the field table and the command-line
options can use them without loading the model's dataclasses at start-up.
"""

from __future__ import annotations

from enum import StrEnum


class Geslacht(StrEnum):
    MAN = "m"
    VROUW = "v"
    X = "x"  # other or unknown: drawn as a diamond


class Zwangerschap(StrEnum):
    ZWANGER = "zwanger"
    MISKRAAM = "miskraam"
    ABORTUS = "abortus"
    DOODGEBOREN = "doodgeboren"


class RelatieSoort(StrEnum):
    GETROUWD = "getrouwd"
    GEREGISTREERD = "geregistreerd"
    SAMENWONEND = "samenwonend"
    RELATIE = "relatie"
    VERLOOFD = "verloofd"
    UIT_ELKAAR = "uit-elkaar"
    GESCHEIDEN = "gescheiden"

    @property
    def is_ended(self) -> bool:
        return self in (RelatieSoort.UIT_ELKAAR, RelatieSoort.GESCHEIDEN)


class BandSoort(StrEnum):
    HECHT = "hecht"
    ZEER_HECHT = "zeer-hecht"
    AFSTANDELIJK = "afstandelijk"
    CONFLICT = "conflict"
    VIJANDIG = "vijandig"
    VERBROKEN = "verbroken"
    MISHANDELING = "mishandeling"


class Kring(StrEnum):
    FAMILIE = "familie"
    VRIENDEN = "vrienden"
    BUURT = "buurt"
    SCHOOL = "school"
    WERK = "werk"
    VERENIGING = "vereniging"
    GELOOF = "geloof"
    HULPVERLENING = "hulpverlening"
    ONLINE = "online"
    ANDERS = "anders"


class Steun(StrEnum):
    PRAKTISCH = "praktisch"
    EMOTIONEEL = "emotioneel"
    ADVIES = "advies"
    GEZELSCHAP = "gezelschap"
    OPPAS = "oppas"
    FINANCIEEL = "financieel"
    VERVOER = "vervoer"


class Toestemming(StrEnum):
    JA = "ja"
    NEE = "nee"
    ONBEKEND = "onbekend"


class Partij(StrEnum):
    """Who gives consent for a network person: the young person (kern), the parents."""

    JONGERE = "jongere"
    OUDERS = "ouders"


class Contact(StrEnum):
    DAGELIJKS = "dagelijks"
    WEKELIJKS = "wekelijks"
    MAANDELIJKS = "maandelijks"
    ZELDEN = "zelden"
    GEEN = "geen"


class Via(StrEnum):
    BEZOEK = "bezoek"
    TELEFOON = "telefoon"
    SOCIALE_MEDIA = "sociale-media"
    POST = "post"
