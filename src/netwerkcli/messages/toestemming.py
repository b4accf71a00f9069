"""Dutch texts about consent by age (``netwerkcli.consent``): check, intake, drawings."""

THE_PARENTS = "de ouders"
THE_YOUNG_PERSON = "de jongere"
RULE_PARENTS = "{naam} is {leeftijd}: de ouders beslissen over toestemming (jonger dan 12)"
RULE_TOGETHER = (
    "{naam} is {leeftijd}: {naam} en de ouders beslissen samen over toestemming (12 tot 16)"
)
RULE_YOUNG_PERSON = "{naam} is {leeftijd}: {naam} beslist zelf over toestemming (16 of ouder)"
RULE_AGE_UNKNOWN = (
    "de leeftijd van {naam} is niet bekend: vraag {wie} om toestemming (onder de 12 beslissen de "
    "ouders, van 12 tot 16 samen met de jongere, vanaf 16 de jongere zelf)"
)

# the sociogram's legend: who decides, in short (without the name: the legend is a key)
SHORT_PARENTS = "de ouders beslissen (de jongere is {leeftijd})"
SHORT_TOGETHER = "de jongere ({leeftijd}) en de ouders samen"
SHORT_YOUNG_PERSON = "de jongere beslist zelf ({leeftijd})"
SHORT_AGE_UNKNOWN = "de jongere en de ouders (leeftijd onbekend)"

# check: someone with a support task without the consent that counts
REFUSED_WITH_TASK = (
    "{naam} heeft een steuntaak ({steun}), maar er is geen toestemming van {wie} "
    "(toestemming: nee); bespreek dit met {wie}. {regel}"
)
MISSING_WITH_TASK = (
    "{naam} heeft een steuntaak ({steun}), maar de toestemming van {wie} ontbreekt nog; "
    "vraag het en vul 'toestemming' aan. {regel}"
)
