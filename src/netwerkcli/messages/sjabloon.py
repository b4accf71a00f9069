"""Dutch texts and example records of the template `netwerk nieuw --sjabloon` writes."""

HEADER = (
    "Gezinsbestand voor netwerk (versie 1). Vervang de voorbeelden door het gezin en controleer "
    "het met: netwerk check {pad}"
)
RULES = (
    "Regels die met # beginnen zijn uitleg; netwerk slaat ze over. Id's zijn kleine letters, "
    "cijfers en -, beginnend met een letter (noor, tante-amal). Data zijn een jaar (2012) of een "
    "datum (2012-03-14). Keuzes mogen met hoofdletters. Het hele formaat staat in "
    "docs/gezinsbestand.md."
)
TOP = "Bovenaan staan deze sleutels:"
REQUIRED = " (verplicht)"
CHOICES = " Keuzes: {keuzes}."
CASE = "Familie Voorbeeld"
KERN_ID = "kind"
SECTIONS = {
    "personen": (
        "personen: de mensen van het genogram (drie generaties), één per regel. Sleutels:"
    ),
    "relaties": "relaties: partnerrelaties, ook die voorbij zijn. Sleutels:",
    "banden": "banden: emotionele banden, zoals ruzie of juist heel hecht. Sleutels:",
    "huishoudens": "huishoudens: wie met wie samenwoont. Sleutels:",
    "netwerk": (
        "netwerk: de mensen om het gezin heen (het sociogram). Toestemming: onder de 12 beslissen "
        "de ouders, van 12 tot 16 de jongere en de ouders samen, vanaf 16 de jongere. Sleutels:"
    ),
    "afspraken": (
        "afspraken: het plan, wie welke steun geeft (ook steun die het gezin terug geeft, met "
        "voor). Geef wie of professional. Sleutels:"
    ),
}
RECORDS = {
    "personen": [
        "  - {id: kind, naam: Kind, geslacht: x, geboren: 2014, ouders: [moeder, vader]}",
        "  - {id: moeder, naam: Moeder, geslacht: v, geboren: 1986, ouders: [oma]}",
        "  - {id: vader, naam: Vader, geslacht: m, geboren: 1983}",
        "  - {id: oma, naam: Oma, geslacht: v, geboren: 1958}",
    ],
    "relaties": ["  - {partners: [moeder, vader], soort: gescheiden, van: 2010, tot: 2019}"],
    "banden": ["  - {tussen: [kind, oma], soort: hecht}"],
    "huishoudens": ["  - {naam: Bij moeder, leden: [moeder, kind]}"],
    "netwerk": [
        "  - id: oma",
        "    kring: familie",
        "    cirkel: {belang: 1, helpen: 1, weten: 1}",
        "    steun: [oppas]",
        "    toestemming: {jongere: ja, ouders: ja}",
        "  - id: buurvrouw",
        "    naam: Buurvrouw",
        "    relatie: buurvrouw",
        "    kring: buurt",
        "    cirkel: {belang: 2, helpen: zeker, weten: 3}",
        "    contact: wekelijks",
        "    via: bezoek",
    ],
    "afspraken": [
        "  - {wie: oma, steun: oppas, wat: past op na school, hoe-vaak: elke woensdag,",
        "     van: 2026-01-05, na-de-hulp: ja, geevalueerd: 2026-03-01}",
        "  - {wie: moeder, voor: buurvrouw, steun: gezelschap, wat: samen koffie drinken}",
    ],
}
