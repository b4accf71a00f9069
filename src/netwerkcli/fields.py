"""The family file's keys as data: one table that drives both the loader and the JSON Schema.

Each record type (top level, person, relationship, ...) is a tuple of :class:`Field`. The loader
refuses keys not in the table and parses values by ``kind``; ``schema.py`` turns the same table
into a JSON Schema, so the editor's completion and the program can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, StrEnum

from netwerkcli.vocab import (
    BandSoort,
    Contact,
    Geslacht,
    Kring,
    RelatieSoort,
    Steun,
    Toestemming,
    Via,
    Zwangerschap,
)


class Kind(Enum):
    VERSION = "version"  # the integer 1
    TEXT = "text"  # free text (any scalar is taken as text)
    ID = "id"  # a new id: lower-case letters, digits and '-', starting with a letter
    REF = "ref"  # the id of a person in `personen`
    REFS = "refs"  # a list of such ids (a single id is accepted too)
    DATE = "date"  # a year (2012) or a date (2012-03-14)
    DATE_OR_YES = "date-or-yes"  # as DATE, or `ja` when the date is unknown
    CHOICE = "choice"  # one value of `choices`
    CHOICES = "choices"  # a list of values of `choices`
    YES = "yes"  # ja / nee
    RINGS = "rings"  # the sociogram map question -> ring
    CONSENT = "consent"  # one choice of `choices`, or a map party (jongere/ouders) -> choice
    RECORDS = "records"  # a list of records of `record`


@dataclass(frozen=True)
class Field:
    """One key of a record: how its value is read, and its line in the JSON Schema."""

    key: str
    kind: Kind
    help: str
    required: bool = False
    choices: type[StrEnum] | None = None
    count: tuple[int, int] | None = None  # min and max items of a REFS list
    record: str | None = None  # for RECORDS: the name of the record type
    lines: bool = False  # for TEXT: several lines allowed (a note), and a longer maximum

    @property
    def max_length(self) -> int:
        """The most characters a value may have (TEXT, ID and REF)."""
        if self.kind is Kind.TEXT:
            return NOTE_LENGTH if self.lines else TEXT_LENGTH
        return ID_LENGTH


# Texts are bounded, so that no file makes a drawing or a message wait: a name, a title or a
# place fits on one line of at most TEXT_LENGTH characters; a note (notitie) may have several
# lines, NOTE_LENGTH in all (longer reports belong in the case file). The same numbers as the
# intake's (`netwerk nieuw`); an id made from a name fits too.
TEXT_LENGTH = 200
NOTE_LENGTH = 2000
ID_LENGTH = TEXT_LENGTH


PERSOON = (
    Field(
        "id", Kind.ID, "Uniek kenmerk: kleine letters, cijfers en -, begint met een letter.", True
    ),
    Field("naam", Kind.TEXT, "Naam zoals die op de tekening komt."),
    Field("geslacht", Kind.CHOICE, "m, v of x (anders/onbekend).", choices=Geslacht),
    Field("geboren", Kind.DATE, "Geboortejaar (2012) of -datum (2012-03-14)."),
    Field(
        "overleden", Kind.DATE_OR_YES, "Jaar of datum van overlijden, of ja als die onbekend is."
    ),
    Field(
        "ouders",
        Kind.REFS,
        "De (biologische of juridische) ouders: een of twee id's.",
        count=(1, 2),
    ),
    Field("adoptieouders", Kind.REFS, "Adoptieouders: een of twee id's.", count=(1, 2)),
    Field("pleegouders", Kind.REFS, "Pleegouders: een of twee id's.", count=(1, 2)),
    Field("donor", Kind.REF, "Id van een bekende donor (zaad- of eicel)."),
    Field("tweeling", Kind.TEXT, "Een label dat de kinderen van één meerling delen."),
    Field("eeneiig", Kind.YES, "ja bij een eeneiige tweeling."),
    Field(
        "zwangerschap",
        Kind.CHOICE,
        "Voor een zwangerschap in plaats van een geboren persoon.",
        choices=Zwangerschap,
    ),
    Field("onbekend", Kind.YES, "ja voor een onbekende persoon die toch getekend moet worden."),
    Field("woonplaats", Kind.TEXT, "Woonplaats."),
    Field("buitenland", Kind.TEXT, "Land waar de persoon woont, als dat in het buitenland is."),
    Field("notitie", Kind.TEXT, "Vrije tekst; komt niet op de tekening.", lines=True),
)

RELATIE = (
    Field("partners", Kind.REFS, "Precies twee verschillende personen.", True, count=(2, 2)),
    Field("soort", Kind.CHOICE, "Soort relatie.", True, choices=RelatieSoort),
    Field("van", Kind.DATE, "Jaar of datum waarop de relatie begon."),
    Field("tot", Kind.DATE, "Jaar of datum waarop de relatie eindigde."),
)

BAND = (
    Field("tussen", Kind.REFS, "Twee personen (een band zonder richting).", count=(2, 2)),
    Field("van", Kind.REF, "Van wie een gerichte band uitgaat."),
    Field("naar", Kind.REF, "Naar wie een gerichte band gaat."),
    Field("soort", Kind.CHOICE, "Soort band.", True, choices=BandSoort),
    Field("notitie", Kind.TEXT, "Vrije tekst.", lines=True),
)

HUISHOUDEN = (
    Field("naam", Kind.TEXT, "Naam van het huishouden, zoals 'Bij mama'.", True),
    Field("leden", Kind.REFS, "De personen die hier wonen.", True, count=(1, 10_000)),
)

NETWERK = (
    Field("id", Kind.ID, "Id van een persoon uit personen, of een nieuw id.", True),
    Field("naam", Kind.TEXT, "Naam (nodig bij een nieuw id)."),
    Field("relatie", Kind.TEXT, "Hoe deze persoon bij het gezin hoort, zoals 'buurvrouw'."),
    Field("kring", Kind.CHOICE, "Sector van het sociogram.", True, choices=Kring),
    Field("cirkel", Kind.RINGS, "Per sociogramvraag de cirkel: 1 (binnen), 2 of 3.", True),
    Field("steun", Kind.CHOICES, "Welke steun deze persoon geeft.", choices=Steun),
    Field(
        "steun-terug",
        Kind.CHOICES,
        "Welke steun het gezin deze persoon geeft (steun van beide kanten).",
        choices=Steun,
    ),
    Field(
        "toestemming",
        Kind.CONSENT,
        "Mag deze persoon meedoen en over de hulp horen? Eén antwoord, of per partij: "
        "{jongere: ja, ouders: ja}. Wie beslist hangt af van de leeftijd van de jongere.",
        choices=Toestemming,
    ),
    Field("contact", Kind.CHOICE, "Hoe vaak er contact is.", choices=Contact),
    Field("via", Kind.CHOICE, "Hoe het contact meestal gaat.", choices=Via),
    Field("buitenland", Kind.TEXT, "Land, als de persoon in het buitenland woont."),
    Field("notitie", Kind.TEXT, "Vrije tekst.", lines=True),
)

AFSPRAAK = (
    Field("wie", Kind.REF, "Wie de steun geeft: een id uit personen of netwerk."),
    Field(
        "professional",
        Kind.TEXT,
        "In plaats van wie: een professional buiten het netwerk, met de functie ('wijkcoach').",
    ),
    Field(
        "voor",
        Kind.REF,
        "Voor wie de steun is (een id); leeg: voor het gezin. Steun die het gezin aan iemand "
        "uit het netwerk geeft, leg je vast met voor: <id van die persoon>.",
    ),
    Field("steun", Kind.CHOICE, "Soort steun.", True, choices=Steun),
    Field("wat", Kind.TEXT, "Wat precies, zoals 'haalt Noor op woensdag uit school'.", True),
    Field("hoe-vaak", Kind.TEXT, "Hoe vaak, zoals 'elke woensdag' of 'als het nodig is'."),
    Field("van", Kind.DATE, "Vanaf wanneer (jaar of datum)."),
    Field("tot", Kind.DATE, "Tot wanneer (jaar of datum); leeg: zonder einddatum."),
    Field("na-de-hulp", Kind.YES, "ja als de afspraak doorloopt als de hulp stopt."),
    Field("geevalueerd", Kind.DATE, "Datum waarop de afspraak het laatst is geëvalueerd."),
    Field("notitie", Kind.TEXT, "Vrije tekst.", lines=True),
)

TOP = (
    Field("versie", Kind.VERSION, "De versie van het formaat: 1.", True),
    Field("gezin", Kind.TEXT, "Naam van de casus, voor titels.", True),
    Field("kern", Kind.REF, "Id van de jongere om wie het gaat (dubbele rand)."),
    Field("peildatum", Kind.DATE, "Datum (JJJJ-MM-DD) waarop leeftijden worden berekend."),
    Field("personen", Kind.RECORDS, "De personen van het genogram.", record="persoon"),
    Field("relaties", Kind.RECORDS, "Partnerrelaties.", record="relatie"),
    Field("banden", Kind.RECORDS, "Emotionele banden.", record="band"),
    Field("huishoudens", Kind.RECORDS, "Wie met wie samenwoont.", record="huishouden"),
    Field("netwerk", Kind.RECORDS, "De mensen om het gezin heen (sociogram).", record="netwerk"),
    Field("afspraken", Kind.RECORDS, "Het plan: wie welke steun geeft.", record="afspraak"),
)

RECORDS: dict[str, tuple[Field, ...]] = {
    "gezin": TOP,
    "persoon": PERSOON,
    "relatie": RELATIE,
    "band": BAND,
    "huishouden": HUISHOUDEN,
    "netwerk": NETWERK,
    "afspraak": AFSPRAAK,
}

ID_PATTERN = r"^[a-z][a-z0-9-]*$"
# the words a ja/nee value may be written as (any ASCII capitals, see normal_choice)
YES = {"ja": True, "yes": True, "true": True, "nee": False, "no": False, "false": False}
SUPPORTED_VERSIONS = (1,)


# Words people write for a choice, mapped to the value the file expects (for 'bedoelde je').
SYNONYMS = {
    "vrouw": "v",
    "meisje": "v",
    "f": "v",
    "man": "m",
    "jongen": "m",
    "onbekend": "x",
    "anders": "x",
    "gehuwd": "getrouwd",
    "scheiding": "gescheiden",
    "uit elkaar": "uit-elkaar",
    "samenwonen": "samenwonend",
    "zeer hecht": "zeer-hecht",
    "sociale media": "sociale-media",
    # via: apps count as social media (docs/gezinsbestand.md, 'Vragen die vaak gesteld worden')
    "whatsapp": "sociale-media",
    "facebook": "sociale-media",
    "instagram": "sociale-media",
    "signal": "sociale-media",
    "telegram": "sociale-media",
    "app": "sociale-media",
    "videobellen": "sociale-media",
    "bellen": "telefoon",
    "sms": "telefoon",
    "langs": "bezoek",
    "brief": "post",
    # kring
    "sport": "vereniging",
    "club": "vereniging",
    "kerk": "geloof",
    "moskee": "geloof",
    "buren": "buurt",
    "hulpverlener": "hulpverlening",
    "professional": "hulpverlening",
    "schoolmaatschappelijk werk": "hulpverlening",
    "vriend": "vrienden",
    "vriendin": "vrienden",
    "familieleden": "familie",
}


def normal_choice(text: str) -> str:
    """A choice as the file may spell it: surrounding spaces and ASCII capitals do not matter.

    Only ASCII letters are folded ('M', 'Nee', 'SOCIALE-MEDIA'), so that the JSON Schema's
    patterns accept exactly the spellings the loader accepts (see ``schema.py``).
    """
    text = text.strip()
    return text.lower() if text.isascii() else text
