"""Dutch texts for the report (`netwerk rapport`) and the HTML pages of the plan."""

from netwerkcli.messages.plan import NO_AGREEMENTS, PLAN_DATE, PLAN_TITLE

__all__ = ["NO_AGREEMENTS", "PLAN_DATE", "PLAN_TITLE"]

RAPPORT_HELP = (
    "Maak één rapport om af te drukken of mee te nemen naar een gezinsbijeenkomst: genogram, "
    "sociogram per vraag, plan, de vier stappen en toestemming. HTML (rapport.html) of PDF "
    "(rapport.pdf, met Chromium, Chrome of Edge)."
)
RAPPORT_OUTPUT_HELP = (
    "Het bestand: rapport.html of rapport.pdf. Zonder -o: <naam>-rapport.html naast het "
    "gezinsbestand (met --anoniem: anoniem-rapport.html)."
)
RAPPORT_FORMATS_HINT = "Geef een naam die eindigt op .html of .pdf."
RAPPORT_UNKNOWN_EXTENSION = 'aan de naam "{bestand}" is niet te zien of het HTML of PDF wordt'
RAPPORT_WRITTEN = "Rapport geschreven naar {pad}"

TITLE = "Netwerkrapport: {gezin}"
MADE_ON = "Gemaakt op {datum} met netwerk {versie}."
DATE_OF_FILE = "Leeftijden en afspraken op {datum}."
YOUNG_PERSON = "Jongere: {naam}{leeftijd}."
AGE = " ({leeftijd} jaar)"
PRIVACY = (
    "Dit rapport bevat gegevens over een kind en een gezin. Deel het alleen met wie het van het "
    "gezin mag zien, en bewaar het niet op een gedeelde plek."
)
ANONYMISED = (
    "Geanonimiseerd: namen zijn vervangen door rollen (zoals moeder, kind 1, oma (mz)); "
    "geboortedata zijn teruggebracht tot leeftijden en jaren; plaatsen, notities, vrije teksten "
    "en de naam van de casus zijn weggelaten."
)
CONTENTS = "Inhoud"
STEPS = "De vier stappen"
STEPS_INTRO = (
    "Samenwerken met het netwerk gaat in stappen (Bram van den Berg, Hoe werk ik samen met het "
    "sociale netwerk van gezinnen?): het netwerk in kaart brengen, afspreken welke steun mensen "
    "geven, het netwerk betrokken houden tijdens de hulp, en zorgen dat de steun blijft als de "
    "hulp stopt."
)
GENOGRAM = "Genogram"
SOCIOGRAM = "Sociogram: {titel}"
DOES_NOT_FIT = "Dit sociogram past niet op een tekening van redelijke grootte."
PLAN = "Plan: wie geeft welke steun"
ATTENTION = "Let op"
CONSENT = "Toestemming"
CONSENT_INTRO = (
    "Hulpverleners delen geen informatie met familie of netwerk zonder toestemming van de jongere "
    "(en, bij jongere kinderen, de ouders)."
)
COL_NAME = "Naam"
COL_KRING = "Kring"
COL_CONSENT = "Toestemming"
COL_PARTIES = "Per partij"
COL_TASKS = "Steun en afspraken"
COL_TODO = "Nog te doen"
PARTY = "{partij}: {antwoord}"
ASK = "vragen aan {wie}"
REFUSED = "geweigerd door {wie}"
TASKS = "{steun}; {aantal} afspraken"
NO_NETWORK = "Er staat nog niemand in het netwerk."
FOOTER = "Gemaakt met netwerk {versie} op {datum}. Alle gegevens blijven op deze computer."

# PDF through a browser
NO_BROWSER = (
    "voor een PDF drukt netwerk het rapport af met een browser (Chromium, Google Chrome of "
    "Microsoft Edge), maar er is er geen gevonden"
)
NO_BROWSER_HINT = (
    "Installeer Chromium (Debian/Ubuntu: sudo apt install chromium), of maak rapport.html en kies "
    "in je browser Afdrukken → Opslaan als PDF. Staat de browser op een andere plek, zet dan "
    "NETWERK_BROWSER=/pad/naar/de/browser."
)
BROWSER_FAILED = "de browser kon het rapport niet als PDF afdrukken ({reden})"
BROWSER_TIMEOUT = (
    "de browser deed er langer dan {seconden} seconden over; het rapport is niet gemaakt"
)
