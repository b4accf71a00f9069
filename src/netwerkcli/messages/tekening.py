"""Dutch texts shared by the drawings (output, formats)."""

FORMATS_HINT = (
    "Kies svg, png, pdf of dot, met --formaat of met de extensie van -o. Met Graphviz op de "
    "computer kan ook elk formaat van Graphviz (zoals jpg, gif of ps)."
)
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
OUTPUT_IS_YAML = "netwerk schrijft nooit over {pad}: een YAML-bestand kan een gezinsbestand zijn"
OUTPUT_IS_INPUT = "netwerk schrijft nooit over het gezinsbestand dat het leest ({pad})"
OUTPUT_IS_YAML_HINT = (
    "Geef met -o een andere naam, met de extensie van wat je maakt (zoals gezin.svg, gezin.pdf "
    "of gezin.schema.json)."
)
OUTPUT_NOT_A_FILE = "{pad} is geen gewoon bestand (maar bijvoorbeeld een apparaat of een pijp)"
OUTPUT_NOT_A_FILE_HINT = "Geef de naam van een gewoon bestand in een bestaande map."
NO_CONVERTER = (
    "voor {formaat} ontbreekt het onderdeel typst; de installatie van netwerk is niet heel"
)
NO_CONVERTER_HINT = "Installeer netwerk opnieuw (pip install .), of maak een SVG: die werkt altijd."
PNG_TOO_LARGE = "de tekening is te groot voor een PNG ({breed} × {hoog} beeldpunten)"
PNG_TOO_LARGE_HINT = (
    "Kies een kleinere --schaal, of maak een SVG of PDF (-o tekening.svg of --formaat pdf): "
    "die hebben geen grens."
)
FORMAT_HELP = (
    "svg, png, pdf of dot (Graphviz-tekst met vaste posities); met Graphviz op de computer ook "
    "jpg, gif, ps en de andere formaten van Graphviz. Standaard: de extensie van -o, anders svg."
)
SCALE_HELP = "Beeldpunten per punt van de tekening in een PNG (standaard 2: scherp op papier)."
DPI_HELP = "Resolutie van een PNG in dpi, bij de ware grootte van de tekening (192 = --schaal 2)."
SCALE_ONLY_PNG = "--schaal en --dpi gelden alleen voor png, niet voor {formaat}"
SCALE_ONLY_PNG_HINT = "Een SVG of PDF is altijd scherp, bij elke grootte."
SCALE_AND_DPI = "geef --schaal of --dpi, niet allebei"
SCALE_RANGE = "--schaal moet tussen {laag} en {hoog} liggen, niet {waarde}"
DPI_RANGE = "--dpi moet tussen {laag} en {hoog} liggen, niet {waarde}"
NO_GRAPHVIZ = "voor {formaat} is Graphviz nodig, en dat staat niet op deze computer"
NO_GRAPHVIZ_HINT = (
    "Installeer Graphviz (https://graphviz.org/download/; Debian/Ubuntu: sudo apt install "
    "graphviz), of kies svg, png, pdf of dot: die maakt netwerk zelf."
)
GRAPHVIZ_FAILED = "Graphviz kon geen {formaat} maken van deze tekening"
CONVERT_FAILED = "het omzetten naar {formaat} is mislukt ({soort})"
WRITTEN = "{wat} geschreven naar {pad}"
