"""Dutch for the texts Typer prints itself (see ``netwerkcli.cli.i18n``)."""

USAGE_PREFIX = "Gebruik: "
HELP_OPTION = "Toon deze hulp en stop."

RICH_CONSTANTS = {
    "DEPRECATED_STRING": "(verouderd) ",
    "DEFAULT_STRING": "[standaard: {}]",
    "ENVVAR_STRING": "[omgevingsvariabele: {}]",
    "REQUIRED_LONG_STRING": "[verplicht]",
    "ARGUMENTS_PANEL_TITLE": "Argumenten",
    "OPTIONS_PANEL_TITLE": "Opties",
    "COMMANDS_PANEL_TITLE": "Opdrachten",
    "ERRORS_PANEL_TITLE": "Fout",
    "ABORTED_TEXT": "Afgebroken.",
    "RICH_HELP": "Typ [blue]'{command_path} {help_option}'[/] voor hulp.",
}

GETTEXT = {
    "Aborted!": "Afgebroken.",
    "Arguments": "Argumenten",
    "Commands": "Opdrachten",
    "Options": "Opties",
    "Missing command.": "Geef een opdracht.",
    "No such command {name!r}.": "Onbekende opdracht {name!r}.",
    "default: {default}": "standaard: {default}",
    "env var: {var}": "omgevingsvariabele: {var}",
    "required": "verplicht",
    "(dynamic)": "(wisselend)",
}

# (regular expression over Typer's English message, Dutch text with the same named groups)
USAGE_ERRORS: list[tuple[str, str]] = [
    (r"No such option: (?P<opt>\S+)(?: Did you mean (?P<alt>.+)\?)?\.?", "onbekende optie: {opt}"),
    (
        r"No such option: (?P<opt>\S+) \(Possible options: (?P<alt>.+)\)",
        "onbekende optie: {opt} (bedoelde je: {alt}?)",
    ),
    (  # Typer 0.26 prints the suggestion as a tuple
        r"No such option: (?P<opt>\S+) \('\(Possible options: (?P<alt>.+)\)',\)",
        "onbekende optie: {opt} (bedoelde je: {alt}?)",
    ),
    (
        r"No such command '(?P<cmd>.+)'\.(?: Did you mean (?P<alt>.+)\?)?",
        "onbekende opdracht '{cmd}'. Zie 'netwerk --help' voor de opdrachten.",
    ),
    (
        r"Onbekende opdracht '(?P<cmd>.+)'\.+ Did you mean (?P<alt>.+)\?",
        "onbekende opdracht '{cmd}'; bedoelde je {alt}?",
    ),
    (r"Onbekende opdracht '(?P<cmd>.+)'\.", "onbekende opdracht '{cmd}'."),
    (r"Missing argument '(?P<arg>.+)'\.", "het argument {arg} ontbreekt."),
    (r"Missing option '(?P<opt>.+)'\.", "de optie {opt} ontbreekt."),
    (r"Missing parameter: (?P<arg>.+)", "{arg} ontbreekt."),
    (r"Option '(?P<opt>.+)' requires an argument\.", "de optie {opt} heeft een waarde nodig."),
    (
        r"Option '(?P<opt>.+)' requires (?P<n>\d+) arguments\.",
        "de optie {opt} heeft {n} waarden nodig.",
    ),
    (r"Option '(?P<opt>.+)' does not take a value\.", "de optie {opt} neemt geen waarde."),
    (
        r"Got unexpected extra argument(?:s|\(s\))? \((?P<args>.+)\)",
        "onverwacht extra argument: {args}",
    ),
    (r"Invalid value for (?P<param>.+?): (?P<msg>.+)", "ongeldige waarde voor {param}: {msg}"),
    (r"Invalid value: (?P<msg>.+)", "ongeldige waarde: {msg}"),
    (r"Missing command\.", "geef een opdracht."),
    (r"Geef een opdracht\.", "geef een opdracht."),
]

# What Typer (or the pydantic it uses) says about a value; the {msg} part of the usage errors above.
VALUE_ERRORS: list[tuple[str, str]] = [
    (
        r"Input should be a valid (?:number|integer|decimal)\b.*",
        "dat is geen getal (schrijf bijvoorbeeld 2 of 1.5, met een punt)",
    ),
    (
        r"(?:Value )?(?P<value>.+?) is not a valid (?:float|integer|int|number|decimal)\.?",
        "{value} is geen getal (schrijf bijvoorbeeld 2 of 1.5, met een punt)",
    ),
    (r"(?:Value )?(?P<value>.+?) is not a valid bool(?:ean)?\.?", "{value} is geen ja of nee"),
    (r"Input should be a valid boolean\b.*", "dat is geen ja of nee"),
    (
        r"(?P<value>.+?) is not one of (?P<choices>.+?)\.?",
        "{value} is geen keuze; kies uit {choices}",
    ),
    (r"(?P<value>.+?) is not in the range (?P<range>.+?)\.?", "{value} ligt niet in {range}"),
    (r"(?i:path|file|directory) (?P<path>.+) does not exist\.", "{path} bestaat niet"),
    (r"(?i:path|file|directory) (?P<path>.+) is not readable\.", "{path} is niet te lezen"),
    (r"(?i:path|file|directory) (?P<path>.+) is not writable\.", "{path} is niet te schrijven"),
    (r"(?i:path|file|directory) (?P<path>.+) is a directory\.", "{path} is een map"),
    (r"(?i:path|file|directory) (?P<path>.+) is a file\.", "{path} is een bestand, geen map"),
]

COMPLETION_NO_SHELL = "netwerk herkent deze shell niet{shell}"
COMPLETION_NO_SHELL_HINT = "Geef de shell zelf mee, bijvoorbeeld: netwerk --install-completion bash"
COMPLETION_SHELLS = "Aanvullen met Tab werkt in {shells}."
COMPLETION_INSTALLED = "Aanvullen met Tab voor {shell} staat in {path}."
COMPLETION_RESTART = "Het werkt in een nieuwe terminal (of na het opnieuw openen van deze)."

COMPLETION_HELP = {
    "install_completion": "Installeer het aanvullen met Tab voor deze shell.",
    "show_completion": "Toon het aanvulscript voor deze shell, om te kopiëren of aan te passen.",
}

USAGE_WORDS = {
    "[OPTIONS]": "[OPTIES]",
    "COMMAND [ARGS]...": "OPDRACHT [ARGUMENTEN]...",
}

# Typer's type names in the help's type column; None hides it (a flag needs no type).
TYPE_LABELS: dict[str, str | None] = {
    "bool": None,
    "boolean": None,
    "path": "PAD",
    "str": "TEKST",
    "text": "TEKST",
    "int": "GETAL",
    "integer": "GETAL",
    "float": "GETAL",
    "datetime": "DATUM",
}
