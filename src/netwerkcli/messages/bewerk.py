"""Dutch texts for editing a family file without an editor: `netwerk persoon|relatie|netwerklid`."""

# -- help -------------------------------------------------------------------------------------
PERSOON_HELP = (
    "Voeg een persoon van het genogram toe, wijzig of verwijder er een. De rest van het bestand "
    "blijft precies zoals het was."
)
RELATIE_HELP = (
    "Voeg een partnerrelatie toe, wijzig of verwijder er een. De rest van het bestand blijft "
    "precies zoals het was."
)
NETWERKLID_HELP = (
    "Voeg iemand toe aan het netwerk om het gezin heen (het sociogram), wijzig of verwijder "
    "iemand. De rest van het bestand blijft precies zoals het was."
)
ADD_HELP = "Voeg {wat} toe aan het gezinsbestand."
CHANGE_HELP = (
    "Wijzig {wat}: geef alleen wat verandert. Met --wis haal je een sleutel weg. De rest van het "
    "bestand blijft precies zoals het was."
)
REMOVE_HELP = "Verwijder {wat} uit het gezinsbestand."
WHAT = {
    "persoon": "een persoon",
    "relatie": "een partnerrelatie",
    "netwerk": "iemand in het netwerk",
}
FILE_ARG = "Het gezinsbestand (gezin.yaml)."
ID_ARG = "Het id van {wat}, zoals het in het bestand staat."
NEW_ID_OPTION = "Het id (kleine letters, cijfers en -); zonder --id maakt netwerk het uit de naam."
NETWORK_ID_OPTION = (
    "Het id: dat van een persoon uit personen (dan hoeft --naam niet), of een nieuw id; zonder "
    "--id maakt netwerk het uit de naam."
)
PARTNER_ONE = "Het id van de ene partner."
PARTNER_TWO = "Het id van de andere partner (de volgorde maakt niet uit)."
WIS_OPTION = "Haal deze sleutel weg (mag vaker), zoals --wis notitie."
WITH_REFERENCES_OPTION = (
    "Haal ook alles weg dat naar deze persoon verwijst (ouder van, relaties, banden, "
    "huishoudens, netwerk), zonder te vragen."
)
CHOICES_HELP = " Keuzes: {keuzes}."
LIST_HELP = " Meer dan één: met komma's (a,b) of de optie vaker."
RINGS_HELP = (
    " Per vraag: --cirkel belang=1 --cirkel helpen=zeker (of belang=1,helpen=2,weten=3). "
    "1 is de binnenste cirkel."
)
CONSENT_HELP = (
    " Eén antwoord (--toestemming ja) of per partij: --toestemming jongere=ja,ouders=nee."
)
METAVAR = {
    "text": "TEKST",
    "id": "ID",
    "ref": "ID",
    "refs": "ID's",
    "date": "JAAR|DATUM",
    "date-or-yes": "JAAR|DATUM|ja",
    "choice": "KEUZE",
    "choices": "KEUZES",
    "yes": "ja|nee",
    "rings": "VRAAG=CIRKEL",
    "consent": "ANTWOORD",
}

# -- results ----------------------------------------------------------------------------------
LABEL = {"persoon": "persoon", "relatie": "relatie", "netwerk": "netwerklid"}
ADDED = "{bestand}: {wat} '{id}' toegevoegd"
CHANGED = "{bestand}: {wat} '{id}' gewijzigd"
UNCHANGED = "{bestand}: niets veranderd; {wat} '{id}' had dit al"
REMOVED = "{bestand}: {wat} '{id}' verwijderd"
REMOVED_WITH = "{bestand}: {wat} '{id}' verwijderd, met {aantal} verwijzing(en)"
INTAKE_BUSY = (
    "Let op: voor {pad} loopt nog een gesprek van netwerk nieuw. Gaat dat verder met --hervat, "
    "dan maakt het het bestand opnieuw uit zijn antwoorden (het vraagt eerst of dat mag)."
)
REFUSED = (
    "Niet gewijzigd: met deze wijziging zou het bestand niet meer kloppen. Dit zou "
    "'netwerk check' dan melden:"
)
REFUSED_HINT = "Het bestand is niet veranderd."

# -- problems ---------------------------------------------------------------------------------
NOT_EDITABLE = (
    "dit bestand heeft geen sleutels met waarden bovenaan; controleer het met netwerk check"
)
NOTHING_TO_CLEAR = "er is geen '{sleutel}' om weg te halen"
NO_CHANGE_GIVEN = "Geef aan wat er verandert, zoals --naam of --geboren, of --wis SLEUTEL."
NEED_NAME_OR_ID = "Geef een naam met --naam (of een id met --id)."
NOT_FOUND = "{wat} '{id}' staat niet in {bestand}{suggestie}"
NOT_FOUND_PAIR = "er is geen relatie tussen '{een}' en '{twee}' in {bestand}"
MANY_PAIRS = (
    "er zijn {aantal} relaties tussen '{een}' en '{twee}' (regels {regels}); kies er een met "
    "--regel"
)
NO_SUCH_LINE = "op regel {regel} begint geen relatie tussen '{een}' en '{twee}'"
LINE_OPTION = "Als er meer relaties tussen dezelfde twee mensen zijn: de regel waar die begint."
BAD_PAIR_VALUE = "'{waarde}' past niet bij --{optie}; schrijf {voorbeeld}"
REFERENCED = "'{id}' wordt nog gebruikt in {bestand}:\n{lijst}"
IN_USE = "'{id}' wordt nog gebruikt:"
REFERENCED_HINT = (
    "Haal die verwijzingen eerst weg, of verwijder alles in één keer met --met-verwijzingen."
)
REFERENCE_LINE = "  regel {regel}: {tekst}"
ASK_WITH_REFERENCES = (
    "{id} verwijderen, en alles hierboven ook? Typ j (ja) of n (nee); een lege regel is nee."
)
KEPT = "Niets verwijderd; het bestand is niet veranderd."

# -- references -------------------------------------------------------------------------------
REF_KERN = "de kern van het gezin (kern:)"
REF_PARENT = "ouder van {naam}"
REF_ADOPTIVE_PARENT = "adoptieouder van {naam}"
REF_FOSTER_PARENT = "pleegouder van {naam}"
REF_DONOR = "donor bij {naam}"
REF_RELATION = "relatie met {naam}"
REF_BOND = "band met {naam}"
REF_HOUSEHOLD = "lid van huishouden '{naam}'"
REF_NETWORK = "in het netwerk (sociogram)"
REF_AGREEMENT = "afspraak '{wat}'"
