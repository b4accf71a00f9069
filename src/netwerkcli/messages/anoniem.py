"""Dutch texts for anonymised output (``--anoniem``): the roles that replace names.

A role says who someone is to the young person, from the family's structure: moeder, opa (mz),
tante (vz), kind 2. 'mz' is moederszijde, 'vz' vaderszijde.
"""

from netwerkcli.model import Geslacht, Kring

_M, _V, _X = Geslacht.MAN, Geslacht.VROUW, Geslacht.X

YOUNG_PERSON = "jongere"
CHILD = "kind {nummer}"
FOSTER_CHILD = "pleegkind"
PARENT = {_V: "moeder", _M: "vader", _X: "ouder"}
ADOPTIVE_PARENT = {_V: "adoptiemoeder", _M: "adoptievader", _X: "adoptieouder"}
FOSTER_PARENT = {_V: "pleegmoeder", _M: "pleegvader", _X: "pleegouder"}
SIDE = {_V: "mz", _M: "vz", _X: "oz"}
GRANDPARENT = {_V: "oma", _M: "opa", _X: "grootouder"}
GREAT_GRANDPARENT = {_V: "overgrootmoeder", _M: "overgrootvader", _X: "overgrootouder"}
AUNT_UNCLE = {_V: "tante", _M: "oom", _X: "oom of tante"}
AUNT_UNCLE_BY_MARRIAGE = {
    _V: "aangetrouwde tante",
    _M: "aangetrouwde oom",
    _X: "aangetrouwd familielid",
}
COUSIN = {_V: "nicht", _M: "neef", _X: "neef of nicht"}
SON_DAUGHTER = {_V: "dochter", _M: "zoon", _X: "kind"}
PARTNER_OF = "partner van {rol}"
CHILD_OF = "kind van {rol}"
CHILD_OF_GENDERED = "{kind} van {rol}"
PARENT_OF = "{ouder} van {rol}"
RELATIVE = "familielid {nummer}"
NETWORK = "netwerk"

# The first word of a network person's `relatie` is used as their role only when it is one of
# these words (so a name written there never becomes a label).
ROLE_WORDS = frozenset(
    {
        "buurvrouw",
        "buurman",
        "buren",
        "buurmeisje",
        "buurjongen",
        "vriend",
        "vriendin",
        "vrienden",
        "klasgenoot",
        "klasgenote",
        "schoolvriend",
        "schoolvriendin",
        "collega",
        "werkgever",
        "leerkracht",
        "juf",
        "meester",
        "mentor",
        "docent",
        "docente",
        "directeur",
        "begeleider",
        "zorgcoördinator",
        "conciërge",
        "trainer",
        "trainster",
        "coach",
        "leider",
        "leidster",
        "oppas",
        "gastouder",
        "steunouder",
        "maatje",
        "buddy",
        "jim",
        "huisarts",
        "jeugdarts",
        "verpleegkundige",
        "wijkcoach",
        "wijkagent",
        "buurtcoach",
        "jeugdhulpverlener",
        "hulpverlener",
        "gezinscoach",
        "gezinsvoogd",
        "voogd",
        "jeugdbeschermer",
        "therapeut",
        "psycholoog",
        "psychiater",
        "maatschappelijk",
        "schoolmaatschappelijk",
        "werker",
        "vrijwilliger",
        "imam",
        "pastor",
        "pastoor",
        "dominee",
        "priester",
        "voorganger",
        "rabbijn",
        "predikant",
        "tante",
        "oom",
        "opa",
        "oma",
        "neef",
        "nicht",
        "broer",
        "zus",
        "zwager",
        "schoonzus",
        "schoonmoeder",
        "schoonvader",
        "peetoom",
        "peettante",
        "peetouder",
        "stiefvader",
        "stiefmoeder",
        "stiefbroer",
        "stiefzus",
        "halfbroer",
        "halfzus",
    }
)

KRING_ROLE = {
    Kring.FAMILIE: "familielid",
    Kring.VRIENDEN: "vriend(in)",
    Kring.BUURT: "buurtgenoot",
    Kring.SCHOOL: "iemand van school",
    Kring.WERK: "collega",
    Kring.VERENIGING: "clubgenoot",
    Kring.GELOOF: "geloofsgenoot",
    Kring.HULPVERLENING: "hulpverlener",
    Kring.ONLINE: "online contact",
    Kring.ANDERS: "netwerklid",
}

TITLE = "Geanonimiseerd gezin"
HOUSEHOLD_OF = "bij {rollen}"
HOUSEHOLD = "huishouden {nummer}"
AND = " en "
ABROAD = "ander land"
PROFESSIONAL = "professional"
LEFT_OUT = "(weggelaten)"

OPTION_HELP = (
    "Vervang elke naam door een rol (moeder, kind 1, oma (mz), buurvrouw); laat plaatsen, "
    "notities en de naam van de casus weg. Voor intervisie en casusbespreking."
)
SOURCE = "gezinsbestand"  # how messages name the family file with --anoniem
OUTPUT_STEM = "anoniem"  # default output: anoniem-genogram.svg, anoniem-rapport.html, ...
WARNINGS_HIDDEN = (
    "{aantal} waarschuwing(en) over het gezinsbestand niet getoond, omdat ze namen kunnen "
    "noemen; bekijk ze met netwerk check (zonder --anoniem)"
)
PROBLEM_HIDDEN = "fout in het gezinsbestand (met --anoniem niet getoond)"
INVALID = "het gezinsbestand heeft {aantal} fout(en); er is niets gemaakt"
INVALID_HINT = "Bekijk de fouten met netwerk check (zonder --anoniem) en verbeter ze."
