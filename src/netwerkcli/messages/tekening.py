"""Dutch texts shared by the drawings (output, formats)."""

FORMATS_HINT = "Kies svg, png, pdf of dot, met --formaat of met de extensie van -o."
UNKNOWN_FORMAT = 'onbekend formaat "{formaat}"'
UNKNOWN_EXTENSION = 'aan de naam "{bestand}" is geen formaat te zien dat netwerk kan maken'
FORMAT_CONFLICT = '--formaat {formaat} past niet bij de bestandsnaam "{bestand}"'
FORMAT_CONFLICT_HINT = "Laat --formaat weg, of geef een bestandsnaam met de passende extensie."
OUTPUT_IS_DIR = "{pad} is een map; geef een bestandsnaam"
NO_SUCH_DIR = "de map {map} bestaat niet"
NO_PERMISSION = "geen toestemming om {pad} te schrijven"
WRITE_FAILED = "kon {pad} niet schrijven: {reden}"
BINARY_TO_TERMINAL = (
    "een {formaat}-bestand kan niet op het scherm worden getoond; geef -o BESTAND of stuur de "
    "uitvoer door met |"
)
NO_CAIRO = "voor {formaat} is de systeembibliotheek cairo nodig, en die ontbreekt"
NO_CAIRO_HINT = (
    "Installeer cairo (Debian/Ubuntu: sudo apt install libcairo2; macOS: brew install cairo), "
    "of maak een SVG: die werkt altijd en is af te drukken vanuit de browser."
)
CONVERT_FAILED = "het omzetten naar {formaat} is mislukt ({soort})"
WRITTEN = "{wat} geschreven naar {pad}"
