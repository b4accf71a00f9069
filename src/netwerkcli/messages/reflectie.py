"""Every Dutch text of the reflection commands (``netwerk reflect``, ``netwerk reflecties``).

Reflection speaks to the professional as ``je``, like the praatplaat's own questions do.
"""

# --- content (our own YAML files) ---
CONTENT_MISSING = "het veld '{key}' ontbreekt of is leeg"
CONTENT_BAD_QUESTION = "vraag klopt niet (id, soort open/schaal/keuze, tekst, opties): {question}"
CONTENT_BAD_SET = "vragenlijst klopt niet: onbekend veld, geen vragen of dubbele id's"
SCALE_LOW = "helemaal niet"
SCALE_HIGH = "helemaal wel"

# --- the session ---
INSTRUCTIONS = (
    "Zo werkt het: typ je antwoord, dat mag over meerdere regels. Een lege regel rondt het "
    "antwoord af; direct een lege regel slaat de vraag over.\n"
    "Op een eigen regel: :terug (vorige vraag), :over (overslaan), :stop (stoppen, later verder).\n"
    "Keuzes kies je met hun nummer. Alles wat je typt wordt meteen bewaard, ook de regel waar je "
    "nog aan typt als je op Ctrl-C drukt."
)
# Said instead when the line being typed cannot be read back on Ctrl-C (no line editing).
INSTRUCTIONS_NO_EDITING = (
    "Zo werkt het: typ je antwoord, dat mag over meerdere regels. Een lege regel rondt het "
    "antwoord af; direct een lege regel slaat de vraag over.\n"
    "Op een eigen regel: :terug (vorige vraag), :over (overslaan), :stop (stoppen, later verder).\n"
    "Keuzes kies je met hun nummer. Elke regel wordt bewaard zodra je op Enter drukt, ook als je "
    "daarna op Ctrl-C drukt."
)
HEADER_SETTING = "Voor: {setting}"
HEADER_SOURCE = "Bron: {title}. {makers}"
HEADER_CASE = "Casus: {case}"
RESUMED = "Verder met de reflectie {id} (begonnen {started})."
PROGRESS = "Vraag {number} van {total}"
SCALE_PROMPT = "Geef een cijfer van 1 ({low}) tot 10 ({high}); een lege regel slaat over."
SCALE_INVALID = (
    "Typ een heel getal van {low} tot en met {high}, of een lege regel om over te slaan."
)
CHOICE_PROMPT = "Typ het nummer van je keuze (1 tot en met {count}); een lege regel slaat over."
CHOICE_INVALID = "Typ een nummer van 1 tot en met {count}, of een lege regel om over te slaan."
PREVIOUS_SHOWN = "Eerder antwoord (een lege regel houdt het):\n{text}"
DRAFT_SHOWN = "Al getypt (wordt aangevuld; lege regel rondt af):\n{text}"
PARTIAL_SHOWN = "Je half getypte regel staat weer klaar: typ verder of pas hem aan."
PARTIAL_FALLBACK = "Al getypt op deze regel: {text}\nWat je nu typt, komt erachter."
FOLLOW_UP_QUESTION = "Vorige keer nam je je voor:\n  {step}\nHoe is het gegaan met deze stap?"
FOLLOW_UP_INTRO = "Eerst terugkijken op de stap die je de vorige keer koos."
FOLLOW_UP_PRIVATE = (
    "Een eerdere reflectie in deze rol ({where}) sloot af met een volgende stap. Kijkt het gezin "
    "mee? Laat die stap alleen zien als hij over dit gezin gaat."
)
FOLLOW_UP_CASE = "casus {case}"
FOLLOW_UP_NO_CASE = "zonder casuscode"
FOLLOW_UP_NO_CASE_WARNING = (
    "Let op: zonder casuscode kan die stap ook bij een ander gezin horen. Gebruik --casus CODE "
    "om reflecties per gezin uit elkaar te houden."
)
FOLLOW_UP_CONFIRM = "De vorige stap nu tonen? Typ j (ja) of n (nee); een lege regel is nee."
YES_NO_INVALID = "Typ j (ja) of n (nee)."
SAVED_IN = "Bewaard in {path}"
FINISHED = "Klaar. Je volgende stap: {step}"
FINISHED_NO_STEP = "Klaar. Je hebt geen volgende stap genoteerd."
STOPPED = "Gestopt. Je antwoorden zijn bewaard."
RESUME_HINT = "Ga verder met: netwerk reflect --hervat {id}"
INTERRUPTED = "Onderbroken. Alles wat je typte is bewaard, ook de regel waar je aan typte."
INTERRUPTED_NO_EDITING = "Onderbroken. Alles wat je met Enter had afgesloten is bewaard."
NOTHING_SAVED = "Er is niets bewaard: je hebt nog geen vraag beantwoord."
OTHER_UNFINISHED = (
    "Er zijn nog {count} andere onafgeronde reflecties; zie netwerk reflecties en kies er een met "
    "netwerk reflect --hervat ID."
)
OTHER_UNFINISHED_ONE = (
    "Er is nog 1 andere onafgeronde reflectie; zie netwerk reflecties en kies die met "
    "netwerk reflect --hervat ID."
)
FILLED = "{answered} van {total} vragen beantwoord uit {file}."

# --- roles ---
ROLES_TITLE = "Rollen voor netwerk reflect --rol ROL:"
ROLE_LINE = "  {role:<14} {description}"
ROLE_ALIASES = "  {pad:<14} (ook: {aliases})"
ROLE_UNKNOWN = "Onbekende rol '{role}'."
ROLE_MISSING = "Kies een rol met --rol."
ROLE_HINT = "Bijvoorbeeld: netwerk reflect --rol professional"
ROLE_MISMATCH = "Het antwoordenbestand is voor de rol '{file_role}', maar je koos '{role}'."
CASE_INVALID = "'{code}' is geen geldige casuscode."
CASE_INVALID_HINT = (
    "Gebruik een code van hoogstens 32 letters, cijfers, - of _, zoals GZ-2024-07. "
    "Nooit een naam: de code koppelt de reflectie aan een casus zonder te zeggen wie het is."
)
CASE_MISMATCH = "Het antwoordenbestand hoort bij casus '{file_case}', maar je koos '{case}'."

# --- storage ---
FOLDER_FAILED = "Kan de map {folder} niet maken: {reason}."
FOLDER_UNUSABLE = "Kan de map {folder} niet gebruiken: {reason}."
FOLDER_NOT_DIR = "{folder} is geen map; daar kunnen geen reflecties in."
FOLDER_OTHER_OWNER = (
    "De map {folder} is van een andere gebruiker; netwerk bewaart en leest daar geen reflecties."
)
FOLDER_OPEN = (
    "De map {folder} is ook voor anderen open (rechten {mode}) en netwerk kan dat niet "
    "veranderen: {reason}. Er is niets gelezen of bewaard."
)
FOLDER_HINT = "Kies een eigen map met --map MAP of NETWERK_MAP, of maak hem privé: chmod 700 MAP"
FOLDER_TIGHTENED = (
    "De map {folder} was ook voor anderen open (rechten {mode}); netwerk heeft hem alleen voor "
    "jou toegankelijk gemaakt (700)."
)
SKIPPED_FILE = "overgeslagen: {reason}."
SKIPPED_HINT = "Zet het bestand opzij (netwerk leest het dan niet meer) met: {command}"
SKIPPED_NEWER = "overgeslagen: {reason}. Werk netwerk bij om deze reflectie te lezen."
SHAPE_EMPTY = "het bestand is leeg"
SHAPE_NOT_TEXT = "het bestand is geen UTF-8-tekst"
SHAPE_JSON = "het bestand is geen geldige JSON (regel {line})"
SHAPE_JSON_ODD = "het bestand is JSON die netwerk niet kan lezen (te diep genest of te groot getal)"
SHAPE_TOO_LONG = "het veld '{key}' is langer dan {most} tekens"
SHAPE_CONTROL = "het veld '{key}' bevat stuurtekens"
SHAPE_NOT_OBJECT = "het bestand is geen reflectie (geen JSON-object met velden)"
SHAPE_VERSION = "het bestand is geen reflectie van netwerk ('versie' is {value}, verwacht 1)"
SHAPE_NEWER = (
    "het is gemaakt door een nieuwere versie van netwerk (bestandsversie {version}; deze versie "
    "leest bestandsversie {ours})"
)
SHAPE_FIELD = "het veld '{key}' klopt niet ({value})"
SHAPE_TIME = "het veld '{key}' is geen tijdstip met tijdzone ({value})"
SHAPE_UNKNOWN_KEY = "onbekend veld {key}"
SHAPE_ANSWER = "een antwoord klopt niet ({value})"
SHAPE_ANSWER_VALUE = "het antwoord op {key} past niet bij de soort vraag ({value})"
SHAPE_A_TEXT = "een tekst"
SHAPE_ID_NAME = "de id in het bestand hoort niet bij de bestandsnaam"
SHAPE_NOT_FILE = "het is geen gewoon bestand"
SHAPE_LINK = "het is een koppeling (symlink) naar een ander bestand"
SHAPE_NO_ACCESS = "je mag het bestand niet lezen"
SHAPE_OTHER_OWNER = "het bestand is van een andere gebruiker"
SHAPE_TOO_LARGE = "het bestand is groter dan {mb} MB"
SHAPE_OS = "het bestand kan niet gelezen worden ({reason})"
SESSION_BUSY = (
    "De reflectie {id} is al open in een ander venster of een andere terminal (proces{owner})."
)
SESSION_BUSY_HINT = (
    "Ga verder in dat venster, of sluit het daar af met :stop en probeer het dan opnieuw."
)
DELETE_FAILED = "Kan {file} niet verwijderen: {reason}."
ASIDE_NOT_IN_FOLDER = "{file} staat niet in de map met reflecties ({folder})."
ASIDE_NOT_FOUND = "Er is geen bestand {file} in {folder}."
ASIDE_HINT = "Geef de naam van het bestand zoals de waarschuwing hem noemt (eindigt op .json)."
ASIDE_FAILED = "Kan {file} niet opzij zetten: {reason}."
ASIDE_DONE = "{file} staat nu in {target}; netwerk leest het niet meer."
SAVE_FAILED = "Kan de reflectie niet bewaren in {folder}: {reason}."
SESSION_UNREADABLE = "Kan {file} niet lezen ({reason}). Het bestand is niet veranderd."
SESSION_NOT_FOUND = "Geen reflectie gevonden met id '{id}'."
SESSION_LIST_HINT = "Bekijk de id's met: netwerk reflecties"
SESSION_AMBIGUOUS = "Meer dan één reflectie past bij '{id}': {ids}. Typ meer tekens van de id."
SESSION_FINISHED = "De reflectie {id} is al afgerond."
SESSION_FINISHED_HINT = "Bekijk hem met: netwerk reflecties toon {id}"
NOTHING_TO_RESUME = "Er is geen onderbroken reflectie om mee verder te gaan."
NOTHING_TO_RESUME_FOR = "Er is geen onderbroken reflectie{which} om mee verder te gaan."
RESUME_ROLE = " met de rol {role}"
RESUME_CASE = " bij casus {case}"
RESUME_MISMATCH = "De reflectie {id} hoort bij de rol {role} en {case}, niet bij wat je koos."
RESUME_NO_CASE = "geen casus"
RESUME_CASE_OF = "casus {case}"
NOTHING_TO_RESUME_HINT = "Begin een nieuwe met: netwerk reflect --rol ROL"
PLAAT_CONFLICT = "--plaat is al een eigen vragenlijst; kies --plaat of --rol {role}, niet allebei."
RESUME_CONFLICT = "--hervat gaat verder met een bestaande reflectie; dat kan niet met --antwoorden."
NO_TERMINAL = "Er is geen terminal om vragen te stellen en geen antwoordenbestand."
NO_TERMINAL_HINT = (
    "Geef de antwoorden met --antwoorden BESTAND (of --antwoorden - voor standaardinvoer)."
)
NO_INPUT = "Met --no-input stelt netwerk geen vragen."

# --- answers files ---
ANSWERS_EMPTY = "het bestand is leeg"
ANSWERS_TOO_LARGE = "het bestand is groter dan 1 MB"
ANSWERS_NOT_MAPPING = "hier hoort een lijst van sleutels met waarden (sleutel: waarde)"
ANSWERS_DUPLICATE = "'{key}' staat er twee keer in"
ANSWERS_UNKNOWN_KEY = "onbekend veld '{key}'; toegestaan zijn rol, casus en antwoorden"
ANSWERS_NONE = "het veld 'antwoorden' ontbreekt"
ANSWERS_NOT_TEXT = "'{key}' moet een tekst zijn"
ANSWERS_UNKNOWN_QUESTION = "onbekende vraag '{key}' voor de rol {role}"
ANSWERS_SCALE_TYPE = "'{key}' is een schaalvraag: geef een heel getal van 1 tot en met 10"
ANSWERS_SCALE_RANGE = "'{key}' is {value}; een schaalantwoord ligt tussen {low} en {high}"
ANSWERS_CHOICE = "'{key}' is een keuzevraag: kies een nummer of de tekst van {options}"
DID_YOU_MEAN = " (bedoel je '{word}'?)"

# --- history and export ---
LIST_TITLE = "Reflecties in {folder}"
LIST_EMPTY = "Nog geen reflecties in {folder}."
LIST_EMPTY_HINT = "Begin er een met: netwerk reflect --rol ROL"
COL_ID = "id"
COL_DATE = "datum"
COL_ROLE = "rol"
COL_CASE = "casus"
COL_STATUS = "status"
COL_ANSWERS = "antwoorden"
COL_QUESTION = "vraag"
COL_TREND = "verloop"
COL_LAST = "laatste"
EXPORT_TITLE = "Reflectie: {title}"
FIELD_ID = "Id"
FIELD_ROLE = "Rol"
FIELD_CASE = "Casus"
FIELD_STARTED = "Begonnen"
FIELD_FINISHED = "Afgerond"
FIELD_STATUS = "Status"
FIELD_SOURCE = "Bron"
SKIPPED = "(overgeslagen)"
DRAFT_MARK = "(niet afgerond)"
SCALE_VALUE = "{value} van {high}"
EXPORT_WRITTEN = "Geschreven naar {path}"
EXPORT_FORMAT = "Onbekend formaat '{formaat}'. Kies md of json."
TREND_EMPTY = "Nog geen schaalantwoorden voor de rol {role}."
TREND_EMPTY_HINT = "Vul eerst een zelfscan in: netwerk reflect --rol houding"
TREND_TITLE = "Verloop van de reflecties ({role})"
TREND_TITLE_CASE = ", casus {case}"
TREND_SUBTITLE = "Aantal reflecties: {count}, de oudste links; schaal {low} tot {high}"
TREND_SESSIONS = "Aantal reflecties: {count}, van {first} tot {last}; · = niet beantwoord"
TREND_NOT_ANSWERED = "nog niet beantwoord"
GRAPH_WRITTEN = "Grafiek geschreven naar {path}"
WRITE_FAILED = "Kan {path} niet schrijven: {reason}."

# --- help ---
REFLECT_HELP = (
    "Reflecteer op de samenwerking met het netwerk van een gezin, met de vragen van de praatplaat "
    "'De kracht van samenwerken met de mensen om je heen' en verwante bronnen. Elk antwoord wordt "
    "meteen bewaard, alleen op deze computer. Sluit af met één concrete volgende stap; de "
    "volgende keer vraagt netwerk hoe die stap ging."
)
ROL_HELP = (
    "De vragenlijst: gezin (ook jongere, ouder), professional, zelf, samenwerking, gelijkwaardig, "
    "houding of plaat. Zonder waarde: toon de rollen."
)
CASUS_HELP = (
    "Koppel de reflectie aan een casus met een CODE (letters, cijfers, - en _), nooit een naam."
)
HERVAT_HELP = (
    "Ga verder met een onafgeronde reflectie, bij de eerste open vraag: met ID die reflectie "
    "(zoals netwerk reflecties hem toont), zonder ID de laatste (van --rol en --casus, als je "
    "die geeft)."
)
PLAAT_HELP = "Toon de vier vragen van de praatplaat, kies er één en bespreek hoe dat nu gaat."
ANTWOORDEN_HELP = (
    "Vul de antwoorden in uit een YAML-bestand (- voor standaardinvoer) in plaats van ze te vragen."
)
NO_INPUT_HELP = "Stel nooit vragen; werkt alleen samen met --antwoorden."
MAP_HELP = "De map voor de reflecties (standaard een privémap van je gebruiker; of NETWERK_MAP)."
REFLECTIES_HELP = (
    "Zonder opdracht: toon alle reflecties (id, datum, rol, casus, afgerond of niet). Met een "
    "opdracht: bekijk er één, exporteer of verwijder hem, of volg schaalantwoorden over de tijd."
)
LIJST_ROL_HELP = "Toon alleen reflecties van deze rol."
LIJST_CASUS_HELP = "Toon alleen reflecties bij deze casuscode."
TOON_HELP = "Toon één reflectie met alle vragen en antwoorden."
ID_HELP = "De id van de reflectie zoals netwerk reflecties hem toont (of een uniek begin of eind)."
VERWIJDER_HELP = "Verwijder één reflectie voorgoed (netwerk vraagt het eerst)."
JA_HELP = "Vraag niets en verwijder meteen (voor scripts)."
DELETE_CONFIRM = (
    "Reflectie {id} verwijderen ({role}, {case}, begonnen {started}, {answers})? "
    "Dit kan niet ongedaan worden. Typ j (ja) of n (nee)."
)
DELETE_NO_TERMINAL = "Er is geen terminal om te vragen of de reflectie weg mag."
DELETE_NO_TERMINAL_HINT = "Geef --ja om zonder vragen te verwijderen."
ANSWERS_COUNT = "{count} antwoorden"
ANSWERS_COUNT_ONE = "1 antwoord"
DELETED = "Reflectie {id} is verwijderd."
NOT_DELETED = "Niets verwijderd."
OPZIJ_HELP = (
    "Zet een bestand dat netwerk niet kan lezen opzij, in de submap opzij/ (er gaat niets "
    "verloren)."
)
BESTAND_HELP = "De naam van het bestand, zoals de waarschuwing hem noemt."
EXPORTEER_HELP = "Exporteer één reflectie als Markdown of JSON."
FORMAAT_HELP = "md (Markdown) of json."
UITVOER_HELP = "Schrijf naar dit bestand (alleen voor jou leesbaar) in plaats van naar het scherm."
TREND_HELP = "Toon het verloop van de schaalantwoorden van een rol over de tijd."
TREND_ROL_HELP = "De rol waarvan je het verloop wilt zien."
GRAFIEK_HELP = "Schrijf het verloop ook als SVG-grafiek naar dit bestand."
