"""Dutch texts of the genogram: command help, legend entries, partner labels and warnings.

Warnings name people through ``netwerkcli.labels`` (so pseudonymised output stays pseudonymous)
and say what the drawing shows instead.
"""

# -- command ---------------------------------------------------------------------------------------
HELP = (
    "Teken het genogram van een gezin: drie (of meer) generaties met namen en leeftijden, "
    "partnerrelaties, kinderen, emotionele banden en huishoudens. De indeling gebeurt "
    "automatisch. Zonder -o komt de tekening naast het bestand (gezin-genogram.svg)."
)
FILE_HELP = "Het gezinsbestand (YAML), zoals examples/de-vries.yaml."
OUTPUT_HELP = "Waar de tekening heen gaat; de extensie kiest het formaat. '-' schrijft naar stdout."

GENERATIONS_HELP = (
    "Teken alleen de generatie van de jongere en N-1 generaties erboven (met de eigen kinderen "
    "van de jongere), bijvoorbeeld 3: grootouders, ouders en kinderen. Voor brede stambomen."
)
COMPACT_HELP = (
    "Vouw de takken die niet bij het naaste gezin van de jongere horen samen: de kinderen van "
    "een tante (en hun gezinnen) worden één teken '3 kinderen'. Voor brede stambomen op papier."
)
COMPACT_NEEDS_KERN = (
    "--compact vouwt alles wat niet bij de jongere hoort, en dit bestand heeft geen kern"
)
WIDE_HINT = (
    "tip: deze stamboom is breed; op papier worden de namen klein. Met --compact of "
    "--generaties 3 past het naaste gezin van de jongere groter op de pagina."
)
FOLDED_NAME = "{aantal} kinderen"
FOLDED_ONE = "1 kind"
FOLDED_NOTE = "alleen het naaste gezin van de jongere; {weg} niet apart getekend"
FOLDED_LEFT_OUT = (
    "{weg} buiten het naaste gezin van de jongere niet apart getekend "
    "(hun takken staan samengevouwen, of vallen weg)"
)


def people(n: int) -> str:
    """'1 persoon', '3 personen'."""
    return f"{n} persoon" if n == 1 else f"{n} personen"


GENERATIONS_TOO_FEW = "--generaties moet minstens 1 zijn"
GENERATIONS_NEED_KERN = (
    "--generaties telt vanaf de jongere om wie het gaat, en dit bestand heeft geen kern"
)
GENERATIONS_NEED_KERN_HINT = "Zet bovenaan het bestand 'kern: <id van de jongere>'."
GENERATIONS_NOTE = "{aantal} generaties rond de jongere; {weg} niet getekend"
GENERATIONS_LEFT_OUT = "{weg} buiten de gekozen generaties niet getekend"

# -- drawing ------------------------------------------------------------------------------------
EMPTY_DRAWING = "Dit gezinsbestand bevat nog geen personen."
AGES_AT = "Leeftijden op {datum}"
UNKNOWN_PERSON_MARK = "?"

# Labels on partner lines: start and end of a relationship.
RELATION_START = {
    "getrouwd": "h.",
    "geregistreerd": "gp.",
    "samenwonend": "sw.",
    "relatie": "rel.",
    "verloofd": "verl.",
    "uit-elkaar": "",
    "gescheiden": "h.",
}
RELATION_END = {"uit-elkaar": "s.", "gescheiden": "g."}

# -- legend ----------------------------------------------------------------------------------------
LEGEND_TITLE = "Legenda"
LEGEND = {
    "man": "man",
    "vrouw": "vrouw",
    "x": "anders of onbekend geslacht",
    "overleden": "overleden",
    "kern": "de jongere om wie het gaat",
    "onbekend": "onbekende persoon",
    "buitenland": "land: woont in het buitenland",
    "zwanger": "zwangerschap",
    "miskraam": "miskraam",
    "abortus": "abortus",
    "doodgeboren": "doodgeboren",
    "relatie-": "partners (geen relatie vermeld)",
    "relatie-getrouwd": "getrouwd (h. = huwelijk)",
    "relatie-geregistreerd": "geregistreerd partnerschap (gp.)",
    "relatie-samenwonend": "samenwonend (sw.)",
    "relatie-relatie": "relatie (rel.)",
    "relatie-verloofd": "verloofd (verl.)",
    "relatie-uit-elkaar": "uit elkaar, niet getrouwd (s.)",
    "relatie-gescheiden": "gescheiden (g.)",
    "afstamming-biologisch": "ouder en kind",
    "afstamming-adoptie": "adoptie (kind tussen haken)",
    "afstamming-pleeg": "pleegkind (ook getekend in het pleeggezin)",
    "afstamming-donor": "donor",
    "tweeling": "tweeling",
    "eeneiig": "eeneiige tweeling",
    "pleegkoppeling": "zelfde pleegkind, twee keer getekend",
    "band-hecht": "hechte band",
    "band-zeer-hecht": "zeer hechte band",
    "band-afstandelijk": "afstandelijk",
    "band-conflict": "conflict",
    "band-vijandig": "vijandig",
    "band-verbroken": "contact verbroken",
    "band-mishandeling": "mishandeling (pijl naar wie het overkomt)",
    "huishouden": "huishouden (wonen samen)",
    "samengevouwen": "samengevouwen tak (kinderen en hun gezinnen)",
}
HOUSEHOLD_MARKER = "huishouden {nummer}: {naam}"

# -- warnings -----------------------------------------------------------------------------------
NO_PEOPLE = "het bestand bevat geen personen; het genogram is leeg"
GENERATIONS_INCONSISTENT = (
    "de generaties sluiten niet (iemand is partner van een eigen voorouder of nakomeling); "
    "partners staan daarom niet allemaal op één rij"
)
PARTNERS_ROWS = (
    "{a} en {b} zijn partners maar horen bij verschillende generaties; de partnerlijn loopt schuin"
)
PARTNERS_APART = (
    "{a} en {b} konden niet naast elkaar staan; hun partnerlijn loopt onder anderen door"
)
CROSSINGS = (
    "{aantal} kruising(en) tussen lijnen van ouders naar kinderen konden niet worden vermeden "
    "(bij {wie})"
)
BIRTH_ORDER = "de kinderen van {ouders} staan niet allemaal in geboortevolgorde"
SIBSHIP_SPLIT = "tussen de kinderen van {ouders} staan anderen (ingetrouwden of andere takken)"
AND = "en"
BOND_ROUTE_TEXT = (
    "de band tussen {a} en {b} kon niet zonder over een symbool, over tekst of langs een lijn "
    "te lopen"
)
