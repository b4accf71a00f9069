"""Dutch texts for the sociogram: command help, warnings, the drawing's legend and notes."""

# command
HELP = (
    "Teken het netwerk van het gezin in drie cirkels (sociogram), per vraag: wie is belangrijk, "
    "wie mag helpen, wie weet het meest."
)
ARG_FILE = "Het gezinsbestand (gezin.yaml)."
OPT_VRAAG = "De vraag van het sociogram: belang, helpen, weten, of een eigen vraag."
OPT_ALLE = (
    "Maak een tekening voor elke vraag (belang, helpen, weten, en eigen vragen uit het bestand)."
)
OPT_UITVOER = (
    "Waar de tekening heen gaat; '-' is het scherm. Met --alle krijgt elke tekening de naam van "
    "de vraag erbij (x-belang.svg)."
)
OPT_TEKST = "Toon de drie cirkels als tabel in de terminal in plaats van een tekening te maken."
UNKNOWN_QUESTION = 'onbekende sociogramvraag "{vraag}"'
KNOWN_QUESTIONS = "Bekende vragen: {vragen}."
ALL_TO_STDOUT = "--alle maakt meerdere tekeningen en kan niet naar het scherm (-o -)"
ALL_TO_STDOUT_HINT = (
    "Laat -o weg, of geef een bestandsnaam: x.svg wordt x-belang.svg, x-helpen.svg …"
)
DOES_NOT_FIT = "het sociogram past niet op een tekening van redelijke grootte"
TOO_MANY = (
    "te veel mensen voor één sociogram: {aantal} in de cirkels bij de vraag '{vraag}' "
    "(een tekening heeft plaats voor hoogstens {grens})"
)
TOO_MANY_HINT = (
    "Bekijk zo'n netwerk met --tekst, of maak een bestand met alleen de mensen die er voor "
    "deze vraag toe doen."
)

# content files
DUPLICATE_QUESTION = 'de sociogramvraag "{vraag}" bestaat al; {pad} noemt hem nog een keer'
DUPLICATE_QUESTION_HINT = "Geef een eigen vraag een eigen naam (zie docs/inhoud.md)."

# warnings
MISSING_WARNING = (
    "{aantal} zonder cirkel bij de vraag '{vraag}' (niet in de cirkels getekend, wel in de "
    "kantlijn): {namen}"
)

# the drawing
TITLE = "{gezin} – {titel}"
SVG_TITLE = "{gezin} – sociogram: {titel}"
LEGEND = "Legenda"
LEGEND_RINGS = "Cirkels"
LEGEND_NEE_RING = "{naam}: niet vragen"
LEGEND_CENTRE = "In het midden"
LEGEND_KERN = "de jongere om wie het gaat"
LEGEND_HOUSEHOLD = "het gezin: wie bij de jongere woont"
LEGEND_KRINGEN = "Kringen"
LEGEND_KRING = "{kring} ({aantal})"
LEGEND_MARKS = "Tekens"
MARK_PROFESSIONAL = "hulpverlening (vierkant)"
MARK_INFORMAL = "informeel netwerk (rondje)"
MARK_NO_CONSENT = "geen toestemming"
LEGEND_CONSENT = "Toestemming"
MARK_ABROAD = "woont in het buitenland"
MARK_ONLINE = "contact via sociale media"
MARK_ROLE = "schuin onder de naam: de relatie (oma, buurvrouw …)"
LEGEND_COUNTS = "Aantallen"
COUNT_INFORMAL = "informeel: {aantal}"
COUNT_PROFESSIONAL = "professioneel: {aantal}"
COUNT_ABROAD = "in het buitenland: {aantal}"
COUNT_MISSING = "zonder cirkel bij deze vraag: {aantal}"
NOTE_MISSING = "Zonder cirkel bij deze vraag"
NOTE_MISSING_ITEM = "{naam} ({kring})"
NOTE_SHORTENED = "Ingekort op de tekening"
NOTE_SHORTENED_ITEM = "{kort} = {naam}"
AND_MORE = "en nog {aantal}"
EMPTY_NETWORK = "Nog niemand in het netwerk geplaatst."

# the text view
TEXT_TITLE = "{gezin} – {vraag}"
TEXT_RING = "{nummer} · {naam} ({aantal})"
COL_NAME = "Naam"
COL_KRING = "Kring"
COL_STEUN = "Steun"
COL_TOESTEMMING = "Toestemming"
COL_BIJZONDER = "Bijzonder"
TEXT_ABROAD = "buitenland: {land}"
TEXT_ONLINE = "sociale media"
TEXT_EMPTY_RING = "(niemand)"
TEXT_MISSING = "zonder cirkel bij deze vraag ({aantal})"
TEXT_CONSENT = "Toestemming: {regel}."
