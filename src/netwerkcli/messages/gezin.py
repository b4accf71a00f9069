"""Dutch texts for the family file: loading, checking, the schema, `netwerk check`.

Each message says what is wrong and what would be right. They follow ``bestand:regel:kolom:``,
so they start with a lower-case letter, as compiler messages do.
"""

BAD_CONTENT_FILE = "het inhoudsbestand {pad} is onleesbaar of onvolledig"

# -- the file itself --------------------------------------------------------------------------
NOT_FOUND = "bestand niet gevonden; controleer de naam en de map"
IS_DIRECTORY = "dit is een map, geen bestand; geef het gezinsbestand zelf (zoals gezin.yaml)"
NO_ACCESS = "geen toestemming om dit bestand te lezen"
UNREADABLE = "kan dit bestand niet lezen: {reden}"
TOO_LARGE = (
    "het bestand is {mb:.1f} MB; hier mag het hoogstens {max} MB zijn. Is dit wel het goede "
    "bestand?"
)
EMPTY = "het bestand is leeg; begin met 'versie: 1' en 'gezin: <naam van de casus>'"
TOO_LARGE_STREAM = (
    "dit is meer dan {max} MB; hier mag het hoogstens {max} MB zijn. Is dit wel het goede bestand?"
)
BINARY = (
    "dit is geen tekstbestand (het bevat binaire gegevens); netwerk leest YAML-tekst, zoals "
    "examples/de-vries.yaml"
)
NOT_UTF8 = (
    "het bestand is niet in UTF-8 opgeslagen; sla het in je editor op als 'UTF-8' "
    "(bijvoorbeeld via 'Opslaan als')"
)
TAB = "een tab gevonden; YAML springt in met spaties, niet met tabs. Vervang de tab door spaties"
MULTIPLE_DOCUMENTS = "het bestand bevat meer dan één document (---); zet één gezin per bestand"
UNDEFINED_ALIAS = "een alias (*naam) verwijst naar een anker (&naam) dat niet bestaat"
YAML_SYNTAX = "de YAML-opmaak klopt niet: {uitleg}"
YAML_CHECK_LINE = "controleer inspringing, dubbele punten en aanhalingstekens op deze regel"
YAML_PROBLEMS = [
    (
        "mapping values are not allowed here",
        "hier mag geen dubbele punt staan; zet de tekst tussen aanhalingstekens of begin een "
        "nieuwe regel",
    ),
    ("could not find expected ':'", "er ontbreekt een dubbele punt (:) na een sleutel"),
    ("expected <block end>, but found", "de inspringing klopt niet met de regels erboven"),
    ("did not find expected key", "de inspringing klopt niet, of er ontbreekt een '-' of ':'"),
    (
        "did not find expected '-' indicator",
        "een lijst gaat hier niet verder; begin elk item met '- ' op dezelfde inspringing",
    ),
    ("found unexpected end of stream", "het bestand houdt halverwege op"),
    ("found unexpected ':'", "een dubbele punt op een onverwachte plek"),
    ("did not find expected ',' or ']'", "een lijst [ ... ] is niet goed gesloten met ]"),
    ("did not find expected ',' or '}'", "een map { ... } is niet goed gesloten met }"),
    ("found unknown escape character", 'een onbekende \\-code in een tekst tussen "..."'),
    (
        "found character that cannot start any token",
        "dit teken kan hier niet staan; zet de tekst tussen aanhalingstekens",
    ),
    ("found a tab character", "een tab; gebruik spaties"),
]
UNCLOSED_QUOTE = (
    "hier begint een tekst met {teken} die nergens wordt gesloten; zet aan het eind van de tekst "
    "ook een {teken}"
)
QUOTE_CLOSED_LATE = (
    "de tekst die hier met {teken} begint, wordt pas op regel {regel} gesloten; zet aan het eind "
    "van de tekst op deze regel ook een {teken}"
)
KEY_INDENT = (
    "'{sleutel}' springt {spaties} {richting} in dan '{vorige}' op regel {regel}; zet sleutels "
    "van hetzelfde onderdeel recht onder elkaar"
)
ITEM_INDENT = (
    "dit item springt {spaties} {richting} in dan het item op regel {regel}; zet de '-' van "
    "alle items van een lijst recht onder elkaar"
)
ONE_SPACE = "1 spatie"
SPACES = "{aantal} spaties"
FURTHER = "verder"
LESS = "minder ver"
ALIAS_BOMB = (
    "aliassen (&anker en *verwijzing) maken dit bestand bij het uitvouwen groter dan 5 MB; "
    "zo'n bestand wordt niet gelezen"
)
TOO_DEEP = (
    "het bestand is te diep genest (duizenden haakjes [ of { in elkaar); is dit wel een "
    "gezinsbestand?"
)
ALIAS_LOOP = "een alias verwijst naar zichzelf; zo'n bestand is oneindig groot"

# -- structure --------------------------------------------------------------------------------
RECORD_NAMES = {
    "gezin": "het gezinsbestand",
    "persoon": "een persoon",
    "relatie": "een relatie",
    "band": "een band",
    "huishouden": "een huishouden",
    "netwerk": "een persoon in het netwerk",
    "afspraak": "een afspraak",
}
TOP_NOT_MAPPING = (
    "het bestand moet bestaan uit sleutels met waarden, zoals 'versie: 1' en 'gezin: Familie "
    "De Vries'"
)
VERSION_MISSING = "de sleutel 'versie' ontbreekt; zet bovenaan 'versie: 1'"
VERSION_UNSUPPORTED = "versie {waarde} kan dit programma niet lezen; het leest versie {versies}"
EXPECTED_MAPPING = (
    "hier hoort {wat}: sleutels met waarden (zoals 'id: noor'), geen losse tekst of lijst"
)
EXPECTED_LIST = "'{sleutel}' moet een lijst zijn: elk item op een eigen regel met '- '"
EXPECTED_SCALAR = "'{sleutel}' moet één waarde zijn, geen lijst of map"
KEY_NOT_TEXT = "een sleutel moet een woord zijn"
DUPLICATE_KEY = (
    "de sleutel '{sleutel}' staat hier twee keer (eerder op regel {regel}); laat er één staan"
)
UNKNOWN_KEY = "onbekende sleutel '{sleutel}' in {wat}{suggestie}. Toegestaan: {toegestaan}"
DID_YOU_MEAN = " (bedoelde je '{optie}'?)"
MISSING_KEY = "de verplichte sleutel '{sleutel}' ontbreekt in {wat}"
EMPTY_VALUE = "'{sleutel}' is leeg; vul een waarde in of laat de sleutel weg"
NEVER_CHAR = (
    "'{sleutel}' bevat een teken dat niet in een tekst hoort ({teken}, het {plaats}e teken): "
    "een stuurteken of een teken dat de leesrichting omdraait; haal het weg"
)
RAW_CHARACTER = (
    "hier staat een teken dat niet in een tekst hoort ({teken}): een stuurteken, meestal "
    "meegekomen met kopiëren en plakken; haal het weg"
)
ONE_LINE = "'{sleutel}' moet op één regel passen (het {plaats}e teken is een {teken}); haal die weg"
ONE_LINE_TAB = "tab"
ONE_LINE_NEWLINE = "regelovergang"
TOO_LONG = "'{sleutel}' is te lang: {lengte} tekens, hoogstens {max}; maak het korter"
NOTE_TOO_LONG = (
    "'{sleutel}' is te lang: {lengte} tekens, hoogstens {max}; een langer verslag hoort in het "
    "dossier, niet in het gezinsbestand"
)
MISSING_NAME = (
    "persoon '{id}' heeft geen 'naam'; geef een naam, of zet 'onbekend: ja' als het om een "
    "onbekende persoon gaat"
)

# -- values -----------------------------------------------------------------------------------
ID_TOO_LONG = "dit id is te lang: {lengte} tekens, hoogstens {max}"
BAD_ID = (
    "'{waarde}' is geen geldig id; gebruik kleine letters, cijfers en '-', beginnend met een "
    "letter (bijvoorbeeld '{voorbeeld}')"
)
COUNT = {
    "ouders": "geef één of twee ouders, niet {aantal}",
    "adoptieouders": "geef één of twee adoptieouders, niet {aantal}",
    "pleegouders": "geef één of twee pleegouders, niet {aantal}",
    "partners": "een relatie heeft precies twee partners, niet {aantal}",
    "tussen": "een band is tussen precies twee personen, niet {aantal}",
    "leden": "een huishouden heeft minstens één lid",
}
DUPLICATE_IN_LIST = "'{id}' staat twee keer in '{sleutel}'"
BAD_DATE = (
    "'{waarde}' is geen jaar of datum voor '{sleutel}'; schrijf een jaar (2012) of een datum "
    "als 2012-03-14"
)
IMPOSSIBLE_DATE = "de datum {waarde} bestaat niet; schrijf jaar-maand-dag, zoals 2012-03-14"
BAD_DATE_OR_YES = (
    "'{waarde}' past niet bij 'overleden'; schrijf een jaar (2019), een datum (2019-05-02) of "
    "'ja' als het jaar onbekend is"
)
OVERLEDEN_NEE = "'overleden: nee' is niet nodig; laat de sleutel weg bij iemand die leeft"
BAD_CHOICE = "{sleutel} '{waarde}' is geen keuze{suggestie}; kies {keuzes}"
BAD_YES = "'{waarde}' past niet bij '{sleutel}'; kies ja of nee"
RINGS_NOT_MAPPING = (
    "'cirkel' geeft per sociogramvraag een cirkel, niet één getal; schrijf bijvoorbeeld "
    "'cirkel: {voorbeeld}'"
)
UNKNOWN_PARTY = (
    "'{partij}' kan geen toestemming geven{suggestie}; toestemming per partij is van {partijen}"
)
CONSENT_EMPTY = "'toestemming' is leeg; schrijf ja, nee of onbekend, of {jongere: ja, ouders: ja}"
UNKNOWN_QUESTION = "onbekende sociogramvraag '{vraag}'{suggestie}; kies uit {vragen}"
BAD_RING = "cirkel '{waarde}' bestaat niet bij de vraag '{vraag}'; kies 1, 2 of 3 (of {namen})"
EENEIIG_WITHOUT_TWEELING = (
    "'eeneiig: ja' hoort bij een tweeling; geef de kinderen ook een gedeeld label, zoals "
    "'tweeling: a'"
)
BAND_BOTH = (
    "een band heeft óf 'tussen' (zonder richting) óf 'van' en 'naar' (met richting), niet beide"
)
BAND_NEITHER = (
    "een band heeft 'tussen: [id1, id2]', of 'van' en 'naar' voor een band met een richting"
)
ABUSE_UNDIRECTED = (
    "mishandeling heeft een richting: schrijf 'van: <wie>' en 'naar: <wie>' in plaats van 'tussen'"
)

# -- rules across records ---------------------------------------------------------------------
DUPLICATE_ID = "het id '{id}' bestaat al (regel {regel}); elk id komt één keer voor"
DUPLICATE_NETWORK_ID = "'{id}' staat al in het netwerk (regel {regel}); zet iemand er één keer in"
UNKNOWN_REF = "{rol} '{id}' bestaat niet in personen{suggestie}"
UNKNOWN_KERN = "kern '{id}' bestaat niet in personen{suggestie}"
OWN_PARENT = "'{id}' staat als eigen {rol}"
SELF_RELATION = (
    "'{id}' heeft een relatie met zichzelf; een relatie heeft twee verschillende partners"
)
SELF_BOND = "een band van '{id}' met zichzelf; een band is tussen twee verschillende personen"
OWN_ANCESTOR = "'{id}' is zijn of haar eigen voorouder: {keten}; controleer 'ouders'"
DIED_BEFORE_BORN = "'{id}' is overleden ({overleden}) vóór de geboorte ({geboren})"
END_BEFORE_START = "de relatie eindigt ({tot}) voordat zij begint ({van}); wissel van en tot om?"
CHILD_BEFORE_PARENT = (
    "'{kind}' ({kind_geboren}) is eerder geboren dan ouder '{ouder}' ({ouder_geboren})"
)
SAME_YEAR_AS_PARENT = (
    "'{kind}' is in hetzelfde jaar geboren als ouder '{ouder}'; klopt dat? (met alleen jaren is "
    "het niet zeker)"
)
YOUNG_PARENT = "ouder '{ouder}' was {leeftijd} jaar bij de geboorte van '{kind}'; klopt dat?"
IMPLAUSIBLE_AGE = (
    "'{id}' zou nu {leeftijd} jaar zijn; klopt het geboortejaar, of is '{id}' overleden "
    "(zet dan 'overleden: ja' of het jaar)?"
)
TWO_HOUSEHOLDS = (
    "'{id}' staat in twee huishoudens ('{een}' en '{twee}'); iemand woont in één huishouden"
)
NETWORK_NEEDS_NAME = (
    "'{id}' staat niet in personen en heeft geen 'naam'{suggestie}; geef een naam of gebruik "
    "het id van een persoon"
)
LONELY_TWIN = "'{id}' is de enige met 'tweeling: {label}'; geef de andere kinderen hetzelfde label"
TWINS_DIFFERENT_PARENTS = "de kinderen van tweeling '{label}' hebben verschillende ouders"
TWINS_DIFFERENT_BIRTH = "de kinderen van tweeling '{label}' hebben een ander geboortejaar"

# -- commands ---------------------------------------------------------------------------------
CHECK_HELP = (
    "Controleer een of meer gezinsbestanden. Toont OK per goed bestand, of elke fout als "
    "bestand:regel:kolom: melding."
)
CHECK_FILES_HELP = "Het gezinsbestand of de gezinsbestanden (YAML)."
CHECK_OK = "{bestand}: OK"
CHECK_OK_WARNINGS = "{bestand}: OK, met {aantal} waarschuwing(en)"
CHECK_SUMMARY = "{fout} van de {totaal} bestanden bevatten fouten."
SCHEMA_HELP = (
    "Toon het JSON-schema van het gezinsbestand, voor editors die YAML controleren en aanvullen "
    "tijdens het typen (yaml-language-server)."
)
SCHEMA_OUT_HELP = "Schrijf het schema naar dit bestand in plaats van naar het scherm."
SCHEMA_WRITTEN = "Schema geschreven naar {pad}"

# -- afspraken (the plan) ---------------------------------------------------------------------
AGREEMENT_WHO = (
    "een afspraak heeft precies één gever: 'wie' (een id uit personen of netwerk) of "
    "'professional' (een functie, zoals 'wijkcoach'), niet allebei en niet geen van beide"
)
AGREEMENT_UNKNOWN_REF = (
    "'{id}' in '{sleutel}' staat niet in personen of netwerk{suggestie}; voeg die persoon toe of "
    "verbeter het id"
)
AGREEMENT_SELF = "'{id}' geeft de steun en krijgt hem ook ('wie' en 'voor' zijn gelijk)"
AGREEMENT_END_BEFORE_START = (
    "de afspraak eindigt ({tot}) voordat zij begint ({van}); wissel van en tot om?"
)
