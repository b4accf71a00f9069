"""The family model: what a ``gezin.yaml`` file says, validated and frozen.

Field names are the file's own Dutch keys, because they are the users' words. Closed vocabularies
are enums whose values are exactly what the file may say. This module imports nothing of ours.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property


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


@dataclass(frozen=True, order=True)
class Datum:
    """A year, or a full date. Comparisons use the earliest day the value can mean."""

    jaar: int
    maand: int | None = None
    dag: int | None = None

    @property
    def is_year_only(self) -> bool:
        return self.maand is None

    @property
    def earliest(self) -> dt.date:
        return dt.date(self.jaar, self.maand or 1, self.dag or 1)

    @property
    def latest(self) -> dt.date:
        return dt.date(self.jaar, self.maand or 12, self.dag or 31)

    def __str__(self) -> str:
        if self.maand is None or self.dag is None:
            return str(self.jaar)
        return f"{self.jaar:04d}-{self.maand:02d}-{self.dag:02d}"


def age_at(born: Datum, at: dt.date) -> int:
    """Age in whole years at ``at``; from a year alone, the age reached during that year."""
    if born.maand is None or born.dag is None:
        return at.year - born.jaar
    before_birthday = (at.month, at.day) < (born.maand, born.dag)
    return at.year - born.jaar - (1 if before_birthday else 0)


@dataclass(frozen=True)
class Plek:
    """Where a record stands in its file (1-based line and column), for messages."""

    regel: int = 0
    kolom: int = 0


@dataclass(frozen=True)
class Persoon:
    id: str
    naam: str | None = None
    geslacht: Geslacht = Geslacht.X
    geboren: Datum | None = None
    # None: alive; True: deceased, year unknown ('overleden: ja'); a Datum: deceased then.
    overleden: Datum | bool | None = None
    ouders: tuple[str, ...] = ()
    adoptieouders: tuple[str, ...] = ()
    pleegouders: tuple[str, ...] = ()
    donor: str | None = None
    tweeling: str | None = None
    eeneiig: bool = False
    zwangerschap: Zwangerschap | None = None
    onbekend: bool = False
    woonplaats: str | None = None
    buitenland: str | None = None
    notitie: str | None = None
    plek: Plek = field(default=Plek(), compare=False, repr=False)

    @property
    def is_overleden(self) -> bool:
        return self.overleden is not None and self.overleden is not False

    @property
    def sterfdatum(self) -> Datum | None:
        return self.overleden if isinstance(self.overleden, Datum) else None

    def leeftijd(self, peildatum: dt.date) -> int | None:
        """Age at ``peildatum`` (or at death); None when unknown or for a pregnancy."""
        if self.geboren is None or self.zwangerschap is not None:
            return None
        end = peildatum
        if self.sterfdatum is not None:
            end = min(end, self.sterfdatum.latest)
        elif self.is_overleden:
            return None
        age = age_at(self.geboren, end)
        return age if age >= 0 else None


@dataclass(frozen=True)
class Relatie:
    partners: tuple[str, str]
    soort: RelatieSoort
    van: Datum | None = None
    tot: Datum | None = None
    plek: Plek = field(default=Plek(), compare=False, repr=False)


@dataclass(frozen=True)
class Band:
    """An emotional bond. Undirected (``tussen``) or directed (``van`` → ``naar``)."""

    personen: tuple[str, str]  # for a directed bond: (van, naar)
    soort: BandSoort
    gericht: bool = False
    notitie: str | None = None
    plek: Plek = field(default=Plek(), compare=False, repr=False)


@dataclass(frozen=True)
class Huishouden:
    naam: str
    leden: tuple[str, ...]
    plek: Plek = field(default=Plek(), compare=False, repr=False)


@dataclass(frozen=True)
class NetwerkPersoon:
    """A person placed in the sociogram; ``id`` may name a person of ``personen``."""

    id: str
    kring: Kring
    # sociogram question -> ring 1..3 (1 = innermost), in the file's order
    cirkel: tuple[tuple[str, int], ...]
    naam: str | None = None
    relatie: str | None = None
    steun: tuple[Steun, ...] = ()
    # support the family gives this person in return (seed 001: "steun van beide kanten")
    steun_terug: tuple[Steun, ...] = ()
    # The consent that counts, by the young person's age (see netwerkcli.consent): the file's
    # one value, or what the parties of `toestemming_van` together give. The loader fills it in.
    toestemming: Toestemming = Toestemming.ONBEKEND
    # consent per party, when the file gives it per party ({jongere: ja, ouders: nee})
    toestemming_van: tuple[tuple[Partij, Toestemming], ...] = ()
    contact: Contact | None = None
    via: Via | None = None
    buitenland: str | None = None
    notitie: str | None = None
    plek: Plek = field(default=Plek(), compare=False, repr=False)

    def ring(self, vraag: str) -> int | None:
        """The ring for a sociogram question, or None when the file gives none."""
        for name, ring in self.cirkel:
            if name == vraag:
                return ring
        return None


@dataclass(frozen=True)
class Afspraak:
    """One agreement of the family plan: who gives what support, for whom, how often, how long.

    ``wie`` is an id of ``personen`` or ``netwerk``; a professional outside the network is named by
    their function in ``professional`` instead. ``voor`` is who receives the support: empty for the
    family; an id of someone outside the family for support the family gives back (seed 001).
    """

    steun: Steun
    wat: str
    wie: str | None = None
    professional: str | None = None
    voor: str | None = None
    hoe_vaak: str | None = None
    van: Datum | None = None
    tot: Datum | None = None
    na_de_hulp: bool = False
    geevalueerd: Datum | None = None
    notitie: str | None = None
    plek: Plek = field(default=Plek(), compare=False, repr=False)


@dataclass(frozen=True)
class Gezin:
    gezin: str
    versie: int = 1
    kern: str | None = None
    peildatum: dt.date | None = None
    kern_plek: Plek = field(default=Plek(), compare=False, repr=False)
    personen: tuple[Persoon, ...] = ()
    relaties: tuple[Relatie, ...] = ()
    banden: tuple[Band, ...] = ()
    huishoudens: tuple[Huishouden, ...] = ()
    netwerk: tuple[NetwerkPersoon, ...] = ()
    afspraken: tuple[Afspraak, ...] = ()

    @cached_property
    def _by_id(self) -> dict[str, Persoon]:
        return {p.id: p for p in self.personen}

    def persoon(self, id: str) -> Persoon | None:
        return self._by_id.get(id)

    def datum(self, today: dt.date | None = None) -> dt.date:
        """The date at which ages are computed: ``peildatum``, or today."""
        return self.peildatum or today or dt.date.today()

    def weergavenaam(self, np: NetwerkPersoon) -> str:
        """The display name of a network person: its own, or that of the person it names."""
        if np.naam:
            return np.naam
        person = self.persoon(np.id)
        if person is not None and person.naam:
            return person.naam
        return np.id

    def huishouden_van(self, id: str) -> Huishouden | None:
        for h in self.huishoudens:
            if id in h.leden:
                return h
        return None
