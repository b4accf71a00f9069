"""The family model: what a ``gezin.yaml`` file says, validated and frozen.

Field names are the file's own Dutch keys, because they are the users' words. Closed vocabularies
are enums whose values are exactly what the file may say (``vocab.py``). This module imports
nothing else of ours.

The records have no generated ``repr`` (``repr=False``): a repr would print a family's names and
dates wherever an object is shown (a log, a debugger, a traceback with locals), and each
generated method is code that ``dataclasses`` writes and compiles every time netwerk starts
(issue 11: start-up). Every class has a docstring for the same reason: without one,
``dataclasses`` builds one from the class's signature. Equality, hashing, ordering (``Datum``)
and frozenness stay: the model's users compare, sort and look up records.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property

from netwerkcli.vocab import (
    BandSoort as BandSoort,
)
from netwerkcli.vocab import (
    Contact as Contact,
)
from netwerkcli.vocab import (  # the vocabularies belong to the model; re-exported here
    Geslacht as Geslacht,
)
from netwerkcli.vocab import (
    Kring as Kring,
)
from netwerkcli.vocab import (
    Partij as Partij,
)
from netwerkcli.vocab import (
    RelatieSoort as RelatieSoort,
)
from netwerkcli.vocab import (
    Steun as Steun,
)
from netwerkcli.vocab import (
    Toestemming as Toestemming,
)
from netwerkcli.vocab import (
    Via as Via,
)
from netwerkcli.vocab import (
    Zwangerschap as Zwangerschap,
)


@dataclass(frozen=True, order=True, repr=False)
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


@dataclass(frozen=True, repr=False)
class Persoon:
    """A person of the genogram: the family and whoever else the drawing needs."""

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


@dataclass(frozen=True, repr=False)
class Relatie:
    """A relationship between two partners (married, together, divorced, ...)."""

    partners: tuple[str, str]
    soort: RelatieSoort
    van: Datum | None = None
    tot: Datum | None = None
    plek: Plek = field(default=Plek(), compare=False, repr=False)


@dataclass(frozen=True, repr=False)
class Band:
    """An emotional bond. Undirected (``tussen``) or directed (``van`` → ``naar``)."""

    personen: tuple[str, str]  # for a directed bond: (van, naar)
    soort: BandSoort
    gericht: bool = False
    notitie: str | None = None
    plek: Plek = field(default=Plek(), compare=False, repr=False)


@dataclass(frozen=True, repr=False)
class Huishouden:
    """A household: the people who live together, drawn inside one outline."""

    naam: str
    leden: tuple[str, ...]
    plek: Plek = field(default=Plek(), compare=False, repr=False)


@dataclass(frozen=True, repr=False)
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


@dataclass(frozen=True, repr=False)
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


@dataclass(frozen=True, repr=False)
class Gezin:
    """A whole family file: the family, its genogram, its network and its plan."""

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
