"""Dutch texts of `netwerk nieuw`: the guided conversation that maps a family's network.

Questions quoted from the sources are verbatim: the opening questions, the genogram and sociogram
instructions and the perspective questions are Nic Drion's (*Zo doen we het gewoon! Tips om het
netwerk te betrekken*); support from both sides and consent are Bram van den Berg's (*Hoe werk ik
samen met het sociale netwerk van gezinnen?*).
"""

SOURCE_DRION = "Nic Drion, Zo doen we het gewoon! Tips om het netwerk te betrekken"
SOURCE_VAN_DEN_BERG = "Bram van den Berg, Hoe werk ik samen met het sociale netwerk van gezinnen?"

# -- the command ------------------------------------------------------------------------------
HELP = (
    "Breng samen met het gezin het netwerk in kaart: een gesprek in stappen dat een "
    "gezinsbestand maakt (genogram en sociogram). Elk antwoord wordt meteen bewaard."
)
FILE_ARG = "Het gezinsbestand dat het gesprek maakt, zoals gezin.yaml."
HERVAT_HELP = "Ga verder met een gesprek dat gestopt of onderbroken is."
SJABLOON_HELP = (
    "Schrijf in plaats van het gesprek een sjabloon met uitleg, om zelf in een editor in te vullen."
)
NO_INPUT_HELP = "Stel geen vragen (voor scripts); netwerk nieuw stopt dan met een melding."
NO_INPUT = "Met --no-input stelt netwerk geen vragen, en netwerk nieuw bestaat uit vragen."
NO_TERMINAL = "Er is geen terminal om vragen te stellen."
NO_TERMINAL_HINT = (
    "Start netwerk nieuw in een terminal, of schrijf een sjabloon met: netwerk nieuw --sjabloon "
    "{pad}"
)
EXISTS = "{pad} bestaat al."
EXISTS_HINT = (
    "Kies een andere naam, of ga verder met een gestopt gesprek: netwerk nieuw --hervat {pad}"
)
ASK_OVERWRITE = (
    "{pad} bestaat al. Wil je het vervangen door wat dit gesprek maakt? Typ j (ja) of n (nee); "
    "een lege regel is nee."
)
BUSY = "Voor {pad} loopt al een gesprek dat nog niet af is."
BUSY_HINT = "Ga daarmee verder met: netwerk nieuw --hervat {pad}"
NOTHING_TO_RESUME = "Er is geen gestopt gesprek voor {pad}."
NOTHING_TO_RESUME_HINT = "Begin een nieuw gesprek met: netwerk nieuw {pad}"
CHANGED_SINCE = (
    "{pad} is veranderd sinds het gesprek stopte. Verder gaan maakt het bestand opnieuw uit de "
    "antwoorden van het gesprek; wat je met de hand veranderde, gaat dan verloren. Toch verder? "
    "Typ j (ja) of n (nee); een lege regel is nee."
)
STATE_UNREADABLE = (
    "Het bewaarde gesprek in {pad} is onleesbaar. Het gezinsbestand zelf is niet veranderd."
)
NOT_CHANGED = "Niets veranderd."
STOPPED = "Gestopt. Alles tot nu toe staat in {pad}."
RESUME_HINT = "Ga verder met: netwerk nieuw --hervat {pad}"
INTERRUPTED = "Onderbroken. Elk antwoord dat je met Enter afsloot staat in {pad}."
FINISHED = "Klaar: {pad} is gemaakt."
FINISHED_NEXT = (
    "Bekijk het met: netwerk genogram {pad}  en  netwerk sociogram {pad}\n"
    "Verbeter iets met netwerk persoon wijzig, netwerk relatie ... of netwerk netwerklid ..."
)
TEMPLATE_WRITTEN = (
    "Sjabloon geschreven naar {pad}. Vul het in en controleer het met: netwerk check {pad}"
)

# -- the conversation -------------------------------------------------------------------------
TITLE = "Samen het netwerk in kaart brengen"
INTRO = (
    '"Een eerste stap is meestal om samen met de gezinsleden hun netwerk in kaart te brengen." '
    f"({SOURCE_VAN_DEN_BERG})\n"
    "netwerk stelt de vragen in de volgorde van het gesprek: eerst de startvragen, dan de "
    "familie (het genogram), dan de mensen om het gezin heen (het sociogram)."
)
INSTRUCTIONS = (
    "Zo werkt het: typ het antwoord en druk op Enter. Bij een open vraag mag het antwoord over "
    "meer regels; een lege regel rondt het af. Een lege regel meteen slaat de vraag over.\n"
    "Op een eigen regel: :terug (vorige vraag), :over (overslaan), :stop (stoppen, later verder "
    "met --hervat).\nKeuzes kies je met hun nummer. Elk antwoord wordt meteen bewaard in {pad}, "
    "ook bij Ctrl-C."
)
RESUMED = "Verder met het gesprek voor {pad} (begonnen {begonnen})."
STEP = "{deel} · vraag {nummer}"
PREVIOUS_LIST = "Eerder: {tekst} (een lege regel houdt het)"
NAMES_HINT = "Typ één naam per regel; een lege regel als je klaar bent."
LINE_HINT_OPTIONAL = "Een lege regel slaat over."
MULTI_HINT = "Typ de nummers, zoals 1 3 4; een lege regel: niemand."
MULTI_INVALID = "Typ nummers van 1 tot en met {count}, gescheiden door spaties, of een lege regel."
PAIR_INVALID = "Kies precies twee mensen, zoals 1 3."
DATE_HINT = "Een jaar (2012) of een datum (2012-03-14); een lege regel als je het niet weet."
DATE_INVALID = "Typ een jaar als 2012 of een datum als 2012-03-14, of een lege regel."
TOO_LONG = "Dat is langer dan {max} tekens; korter graag."
NAME_INVALID = "Typ een naam (letters), of een lege regel."

# sections
PART_START = "Startvragen"
PART_FAMILY = "Genogram"
PART_NETWORK = "Sociogram"
PART_CASE = "De casus"

THE_CHILD = "het kind"
DEFAULT_CASE = "Nieuwe casus"
NETWORK_ID = "netwerk"  # the start of an id for someone whose name has no Latin letters
CASE_QUESTION = (
    "Welke naam geef je deze casus? Die komt boven de tekeningen, zoals 'Familie De Vries'."
)
KERN_HEADING = "Om wie gaat het?"
KERN_NAME = "Wat is de voornaam van het kind of de jongere om wie het gaat?"

START_HEADING = (
    'Startvragen. "Al bij het eerste gesprek kun je een goede start maken, door bijvoorbeeld te '
    f'vragen:" ({SOURCE_DRION}). Het antwoord komt als notitie bij de mensen die genoemd worden.'
)
# seed 002, 'Vragen bij de start', verbatim; the last from 'Zo doen we het gewoon!'
START_QUESTIONS = (
    ("weet", "Wie weet er nog meer dat jij je zorgen maakt over je kind?"),
    ("goed", "Wie willen er allemaal dat het goed gaat met jouw kind?"),
    ("verteld", "Heb je iemand verteld dat wij vandaag dit gesprek hebben?"),
    ("meenemen", "Is er iemand die u misschien zou willen meenemen?"),
)
START_NAMES = "Welke mensen werden genoemd?"
START_NOTE = 'Genoemd bij "{vraag}": {antwoord}'
NETWORK_RELATION = "Wat is {naam} van het gezin? Bijvoorbeeld buurvrouw, oma, juf, beste vriendin."
NETWORK_KRING = "In welke kring hoort {naam}?"
KRING_HINT = (
    "Kies naar de rol: wie beroepsmatig hulp geeft (ook de schoolmaatschappelijk werker) hoort "
    "bij hulpverlening; de mentor of juf bij school."
)

FAMILY_HEADING = (
    '"Maak samen met het gezin een genogram. Breng drie generaties in beeld (kind, ouders, '
    "grootouders), met namen en leeftijden van alle familieleden. Ook als ze ver weg wonen of "
    f'ruzie hebben." ({SOURCE_DRION})'
)
PARENT_NAME = "Wat is de naam van de {rang} ouder van {kind}? Een lege regel als die onbekend is."
RANK = {1: "eerste", 2: "tweede"}
PARTNER_NAME = (
    "Heeft {ouder} nog een andere partner gehad, of nu een nieuwe partner? Typ de naam; een lege "
    "regel als er (verder) niemand is."
)
SIBLING_NAME = (
    "Broers en zussen van {kern}, ook halfbroers en -zussen en wie overleden is. Typ de naam van "
    "de volgende; een lege regel als er (verder) niemand is."
)
GRANDPARENT_NAME = (
    "Wat is de naam van de {rang} ouder van {ouder} (een opa of oma van {kern})? Een lege regel "
    "als die onbekend is."
)
SEX = "Is {naam} een vrouw, een man of anders?"
SEX_OPTIONS = (("v", "vrouw of meisje"), ("m", "man of jongen"), ("x", "anders of onbekend"))
BORN = "Wanneer is {naam} geboren?"
ALIVE = "Leeft {naam} nog?"
ALIVE_OPTIONS = (("ja", "ja"), ("nee", "nee, {naam} is overleden"))
DIED = "Wanneer is {naam} overleden? Een jaar of datum; een lege regel als je het niet weet."
ABROAD = (
    "Woont {naam} in het buitenland? Typ het land; een lege regel als {naam} in Nederland woont."
)
SIBLING_PARENTS = "Wie zijn de ouders van {naam}?"
ONLY = "alleen {naam}"
AND = "{een} en {twee}"
RELATION_KIND = "Wat is of was de relatie tussen {een} en {twee}?"
RELATION_OPTIONS = (
    ("getrouwd", "getrouwd"),
    ("geregistreerd", "geregistreerd partners"),
    ("samenwonend", "samenwonend"),
    ("relatie", "een relatie, niet samenwonend"),
    ("verloofd", "verloofd"),
    ("uit-elkaar", "uit elkaar"),
    ("gescheiden", "gescheiden"),
)
RELATION_FROM = "Sinds wanneer (jaar)? Een lege regel als je het niet weet."
RELATION_UNTIL = "Tot wanneer (jaar)? Een lege regel als je het niet weet."
HOUSEHOLD_FIRST = "Wie wonen er samen met {kern} in één huis?"
HOUSEHOLD_MORE = (
    "Is er nog een huis waar familie woont, bijvoorbeeld bij de andere ouder of bij opa en oma? "
    "Kies wie daar wonen."
)
HOUSEHOLD_NAME = "Hoe noemen jullie dit huis? Bijvoorbeeld '{voorbeeld}'."
HOUSEHOLD_EXAMPLE = "Bij {naam}"
BOND_WHO = (
    "Zijn er twee mensen in de familie die ruzie hebben, elkaar niet meer zien, of juist heel "
    "hecht zijn? Kies die twee; een lege regel als er (verder) niemand is."
)
BOND_KIND = "Hoe is de band tussen {een} en {twee}?"
BOND_OPTIONS = (
    ("hecht", "hecht"),
    ("zeer-hecht", "heel hecht"),
    ("afstandelijk", "afstandelijk"),
    ("conflict", "ruzie of conflict"),
    ("vijandig", "vijandig"),
    ("verbroken", "geen contact meer (verbroken)"),
)

NETWORK_HEADING = (
    '"Plaats ze in drie cirkels om het gezin en je hebt een prachtig visueel beeld van het netwerk '
    f'van een gezin." ({SOURCE_DRION}) Nu de mensen om het gezin heen.'
)
LINK = "Is {naam} dezelfde als iemand uit het genogram?"
LINK_NO = "nee, iemand anders"
FAMILY_PICK = (
    "Welke familieleden horen ook in het sociogram (de mensen om het gezin heen)? Kies de "
    "nummers; een lege regel: niemand."
)
EXTRA_NAME = (
    "Wie hoort er nog meer bij het netwerk van het gezin? Denk aan vrienden, buren, school, "
    "sport, geloof, werk, hulpverleners en contact online. Typ de naam; een lege regel als er "
    "(verder) niemand is."
)
PERSON_HEADING = "Over {naam}"
RING_QUESTION = "{vraag}\nWaar staat {naam}?"
PERSPECTIVE_PROUD = (
    "Als ik aan {wie} zou vragen waar {ze} het meest trots op is bij jou, wat zou {ze} dan zeggen?"
)
PERSPECTIVE_HELP = (
    "Als ik aan {wie} zou vragen of {ze} je zou willen helpen, wat zou {ze} dan antwoorden?"
)
PERSPECTIVE_ASK = (
    'Perspectief van een ander: "{vraag}" (naar ' + SOURCE_DRION + "). Het antwoord komt als "
    "notitie bij {wie}; een lege regel slaat over."
)
PRONOUN = {"v": "ze", "m": "hij", "x": "die"}
PERSPECTIVE_NOTE = '"{vraag}" {antwoord}'
SUPPORT = "Welke steun geeft {naam} het gezin?"
SUPPORT_BACK = (
    'Welke steun geeft het gezin aan {naam}? ("Onderzoek daarom ook de mogelijkheid voor sociale '
    f'steun van beide kanten." {SOURCE_VAN_DEN_BERG})'
)
SUPPORT_OPTIONS = (
    ("praktisch", "praktische hulp"),
    ("emotioneel", "emotionele steun, een luisterend oor"),
    ("advies", "advies"),
    ("gezelschap", "gezelschap"),
    ("oppas", "oppassen"),
    ("financieel", "geld"),
    ("vervoer", "vervoer"),
)
CONTACT = "Hoe vaak is er contact met {naam}?"
CONTACT_OPTIONS = (
    ("dagelijks", "dagelijks"),
    ("wekelijks", "wekelijks"),
    ("maandelijks", "maandelijks"),
    ("zelden", "zelden"),
    ("geen", "geen contact"),
)
VIA = "Hoe gaat het contact met {naam} meestal?"
VIA_OPTIONS = (
    ("bezoek", "langskomen, afspreken"),
    ("telefoon", "telefoon: bellen of sms"),
    ("sociale-media", "sociale media en apps: WhatsApp, videobellen, Facebook, Instagram"),
    ("post", "post, brieven"),
)
CONSENT_RULE = "Toestemming: {regel}."
CONSENT_YOUNG = (
    'Vindt {kern} het goed dat {naam} meedoet en over de hulp hoort? ("Hulpverleners moeten geen '
    'informatie delen met ouders, familie of het netwerk zonder toestemming van de jongeren.")'
)
CONSENT_PARENTS = "Vinden de ouders het goed dat {naam} meedoet en over de hulp hoort?"
CONSENT_OPTIONS = (("ja", "ja"), ("nee", "nee"), ("onbekend", "weet nog niet, nog niet gevraagd"))

# relations netwerk writes for family members placed in the sociogram
REL_MOTHER = "moeder"
REL_FATHER = "vader"
REL_PARENT = "ouder"
REL_SISTER = "zus"
REL_BROTHER = "broer"
REL_SIBLING = "broer of zus"
REL_GRANDMOTHER = "oma (kant van {ouder})"
REL_GRANDFATHER = "opa (kant van {ouder})"
REL_GRANDPARENT = "grootouder (kant van {ouder})"
REL_PARTNER = "partner van {ouder}"
REL_EX_PARTNER = "ex-partner van {ouder}"

# the file while the conversation goes on, and after
FILE_HEADER_BUSY = (
    "# Gemaakt met 'netwerk nieuw'; het gesprek is nog niet af.\n"
    "# Ga verder met: netwerk nieuw --hervat {pad}\n"
)
FILE_HEADER_DONE = (
    "# Gemaakt met 'netwerk nieuw'. Controleer met: netwerk check {pad}\n"
    "# Het formaat staat in docs/gezinsbestand.md; wijzig met netwerk persoon|relatie|netwerklid.\n"
)
