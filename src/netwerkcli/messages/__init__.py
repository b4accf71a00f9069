"""The catalogue of every Dutch text a user sees.

One module per area (``gezin`` for the family file, ``tekening`` for drawings, ``reflectie`` for
reflection); shared texts live here. Texts carry ``{placeholders}`` filled with ``str.format``.
"""

APP_HELP = (
    "netwerk helpt professionals in de jeugdhulp om samen te werken met de mensen om een gezin "
    "heen: een genogram, een sociogram en reflectie op de samenwerking. Alle gegevens blijven op "
    "deze computer."
)
VERSION_HELP = "Toon het versienummer en stop."
VERSION = "netwerk {version}"
INTERRUPTED = "Onderbroken."
INTERRUPTED_HINT = "Er is niets verloren gegaan van wat al was opgeslagen."
INTERNAL_ERROR = (
    "Er ging iets mis in netwerk zelf ({kind}). Dit is een fout in het programma, niet in je "
    "bestand. Je gegevens worden niet getoond."
)
INTERNAL_ERROR_HINT = "Meld dit met de uitvoer van 'netwerk --version' en de opdracht die je gaf."
