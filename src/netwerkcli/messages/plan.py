"""Dutch texts for the plan (afspraken), the four steps (status) and the report (rapport).

The four steps are those of seed 001 ('Hoe werk ik samen met het sociale netwerk van gezinnen?',
Mobiliseren en inzetten op duurzame betrokkenheid van het netwerk).
"""

# -- netwerk plan -----------------------------------------------------------------------------
PLAN_HELP = (
    "Toon het plan: wie welke steun geeft (de afspraken in het gezinsbestand), per persoon of "
    "per soort steun, met waarschuwingen. Met -o als Markdown (plan.md) of HTML (plan.html)."
)
FILE_HELP = "Het gezinsbestand (gezin.yaml)."
PER_HELP = "Groepeer per persoon (wie de steun geeft) of per soort steun."
PLAN_OUTPUT_HELP = "Schrijf het plan naar een bestand: plan.md (Markdown) of plan.html."
PLAN_FORMATS_HINT = "Geef een naam die eindigt op .md of .html, of laat -o weg voor de terminal."
PLAN_UNKNOWN_EXTENSION = 'aan de naam "{bestand}" is niet te zien of het Markdown of HTML wordt'
PLAN_WRITTEN = "Plan geschreven naar {pad}"
UNKNOWN_GROUPING = 'onbekende groepering "{waarde}"; kies persoon of steun'

PLAN_TITLE = "Plan van {gezin}"
PLAN_DATE = "Afspraken op {datum}"
NO_AGREEMENTS = (
    "Er staan nog geen afspraken in het gezinsbestand. Leg ze vast onder 'afspraken:' "
    "(zie docs/gezinsbestand.md)."
)
FOR_FAMILY = "het gezin"
GIVING_BACK = "{naam} (steun terug)"
GROUP_FAMILY_GIVES = "{naam} (gezin)"
NONE = "–"
YES = "ja"
NO = "nee"
COL_WHO = "Wie"
COL_FOR = "Voor"
COL_STEUN = "Steun"
COL_WHAT = "Wat"
COL_HOW_OFTEN = "Hoe vaak"
COL_PERIOD = "Van – tot"
COL_AFTER = "Na de hulp"
COL_EVALUATED = "Geëvalueerd"
COL_NOTE = "Let op"
AFTER_HELP_MARK = "ook na de hulp"
PERIOD = "{van} – {tot}"
FROM_ONLY = "vanaf {van}"
UNTIL_ONLY = "tot {tot}"
COUNT_LINE = "{aantal} afspraken, {terug} daarvan steun die het gezin terug geeft."
WARNINGS_LINE = "{aantal} afspraken vragen aandacht (zie 'Let op')."

# warnings: short for the table, long for stderr and the report
SHORT_REFUSED = "geen toestemming"
SHORT_MISSING = "toestemming ontbreekt"
SHORT_NEE_RING = "zeker niet"
SHORT_EXPIRED = "verlopen"
SHORT_NOT_EVALUATED = "evaluatie > 3 mnd"
REFUSED = (
    "afspraak met {naam} ({steun}): er is geen toestemming van {wie} (toestemming: nee); "
    "bespreek dit voordat {naam} deze taak krijgt"
)
MISSING = (
    "afspraak met {naam} ({steun}): de toestemming van {wie} ontbreekt nog; vraag het en vul "
    "'toestemming' aan. {regel}"
)
NOT_IN_NETWORK = (
    "afspraak met {naam} ({steun}): {naam} staat niet in 'netwerk', dus er is geen toestemming "
    "vastgelegd; zet {naam} in het netwerk met 'toestemming'"
)
NEE_RING = (
    "afspraak met {naam} ({steun}): bij '{vraag}' staat {naam} in de ring '{ring}'; overleg of "
    "deze afspraak wel past"
)
EXPIRED = (
    "afspraak met {naam} ({steun}) liep tot {tot} en is verlopen; verleng hem met een nieuwe "
    "datum, of haal hem weg"
)
NOT_EVALUATED = (
    "afspraak met {naam} ({steun}) is het laatst geëvalueerd op {datum}, meer dan drie maanden "
    "geleden; bespreek hem en zet de datum bij 'geevalueerd'"
)
NEVER_EVALUATED = (
    "afspraak met {naam} ({steun}) loopt sinds {datum} en is nog nooit geëvalueerd; bespreek hem "
    "en zet de datum bij 'geevalueerd'"
)

# -- netwerk status ---------------------------------------------------------------------------
STATUS_HELP = (
    "Toon waar het gezin staat in de vier stappen van samenwerken met het netwerk: wat gedaan is "
    "en wat nog ontbreekt."
)
JSON_HELP = "Geef de stand als JSON (voor andere programma's)."
STEP_TITLES = {
    1: "Het netwerk samen in kaart brengen",
    2: "Afspreken welke steun mensen geven",
    3: "Het netwerk betrokken houden tijdens de hulp",
    4: "Steun die blijft als de hulp stopt",
}
STAND = {"klaar": "klaar", "bezig": "bezig", "open": "nog niet begonnen"}
STATUS_TITLE = "Vier stappen: {gezin}"
CURRENT_STEP = "Het gezin staat bij stap {nummer}: {titel}."
ALL_DONE = "Alle vier de stappen zijn gezet."
STEP_LINE = "Stap {nummer}. {titel} — {stand}"

# step 1
NO_KERN = "de jongere om wie het gaat is niet aangewezen (zet 'kern: <id>' bovenaan)"
TWO_GENERATIONS = "twee generaties in beeld (kind en ouders)"
THREE_GENERATIONS = "drie generaties in beeld (kind, ouders, grootouders)"
GENERATIONS_MISSING = "nog geen drie generaties in beeld: {wat}"
NO_PARENTS = "de ouders van {naam} ontbreken"
ONE_PARENT = "één ouder van {naam} ontbreekt"
NO_GRANDPARENTS = "de ouders van {naam} ontbreken"
ONE_GRANDPARENT = "één ouder van {naam} ontbreekt"
GENOGRAM_COMPLETE = "genogram compleet: beide ouders en alle vier de grootouders"
AGES_KNOWN = "van alle {aantal} familieleden is de leeftijd bekend"
AGES_MISSING = "leeftijd onbekend van: {namen}"
NO_NETWORK = "nog niemand in het netwerk (sociogram)"
QUESTION_ANSWERED = "sociogram '{titel}': beantwoord voor alle {aantal} mensen"
QUESTION_MISSING = "sociogram '{titel}': nog niet beantwoord voor {namen}"

# step 2
AGREEMENTS = "{aantal} afspraken met {mensen} mensen"
NO_AGREEMENTS_YET = "nog geen afspraken over steun (zet ze onder 'afspraken:')"
CONSENT_OK = "toestemming is er voor iedereen met een afspraak"
CONSENT_PROBLEMS = "toestemming ontbreekt of is geweigerd voor: {namen}"
NEE_RING_PROBLEMS = "afspraak met iemand die zeker niet mag helpen: {namen}"
BOTH_WAYS = "steun van beide kanten: het gezin geeft ook steun ({namen})"
NOT_BOTH_WAYS = (
    "steun van beide kanten: nog niet vastgelegd wat het gezin voor anderen kan doen "
    "(een afspraak met 'voor', of 'steun-terug' in het netwerk)"
)
MAY_HELP_UNASKED = "mag zeker helpen, maar heeft nog geen afspraak: {namen}"

# step 3
LAST_EVALUATION = "laatste evaluatie: {datum}"
EVALUATED_RECENTLY = "{aantal} van de {totaal} afspraken geëvalueerd in de laatste drie maanden"
NEEDS_EVALUATION = "langer dan drie maanden niet geëvalueerd: {namen}"
NEVER_EVALUATED_LIST = "nog nooit geëvalueerd: {namen}"
EXPIRED_LIST = "verlopen afspraken (maak nieuwe afspraken of sluit ze af): {namen}"
CONTACT = "contact met wie steun geeft: {lijst}"
NEEDS_AGREEMENTS = "eerst afspraken maken (stap 2)"

# step 4
CONTINUES = "loopt door na de hulp: {lijst}"
NOTHING_CONTINUES = (
    "nog geen afspraken die doorlopen als de hulp stopt (zet 'na-de-hulp: ja' bij een afspraak)"
)
PROFESSIONAL_CONTINUES = "{naam} is een professional: blijft die steun echt als de hulp stopt?"
