"""Quick commands load only what they need (issue 11): the imports of real processes.

The times themselves are measured by ``benchmarks/startup.py``; what keeps them low is that
``netwerk --help`` and ``--version`` load no command's code, and ``check`` no drawing, no
reflection and no rich. These tests run the installed console script in a new process and read
which modules it had imported when it exited.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from paths import EXAMPLES

SCRIPT = Path(sys.executable).parent / "netwerk"

# Never needed to show help or the version: the commands' own code and everything heavy.
HEAVY = (
    "netwerkcli.render",
    "netwerkcli.reflect",
    "netwerkcli.intake",
    "netwerkcli.edit",
    "netwerkcli.loader",
    "netwerkcli.model",
    "netwerkcli.cli.genogram",
    "netwerkcli.cli.sociogram",
    "netwerkcli.cli.reflect",
    "netwerkcli.cli.bewerk",
    "yaml",
    "rich",
    "pydantic",
    "markdown_it",
    "typer.rich_utils",
    "xml.sax",
    "importlib.metadata",
    "urllib.request",
    "ssl",
    "email",
    "graphviz",
    "typst",
)
# `check` reads the file (yaml, the loader, the model), and nothing else of the above.
CHECK_MAY = ("netwerkcli.loader", "netwerkcli.model", "yaml")

# PyYAML's pattern for its pure-Python reader (see netwerkcli.yamlsafe), reported as a module
COMPILED = "yaml.reader.Reader.NON_PRINTABLE:compiled"

DRIVER = """
import atexit, runpy, sys
out, script, *args = sys.argv[1:]

def report():
    names = sorted(sys.modules)
    reader = sys.modules.get("yaml.reader")
    # a re.Pattern is compiled; netwerkcli.yamlsafe's LazyPattern says whether it is
    if reader is not None and getattr(reader.Reader.NON_PRINTABLE, "compiled", True):
        names.append(COMPILED)
    open(out, "w").write("\\n".join(names))

atexit.register(report)
sys.argv = [script, *args]
runpy.run_path(script, run_name="__main__")
""".replace("COMPILED", repr(COMPILED))


def imported(tmp_path: Path, *args: str) -> set[str]:
    """The modules a real ``netwerk ARGS`` process has imported when it exits."""
    out = tmp_path / "modules.txt"
    result = subprocess.run(
        [sys.executable, "-c", DRIVER, str(out), str(SCRIPT), *args],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return set(out.read_text().split())


def heavy(modules: set[str], allowed: tuple[str, ...] = ()) -> list[str]:
    def under(name: str, prefix: str) -> bool:
        return name == prefix or name.startswith(prefix + ".")

    return sorted(
        m
        for m in modules
        if any(under(m, p) for p in HEAVY) and not any(under(m, a) for a in allowed)
    )


pytestmark = pytest.mark.skipif(not SCRIPT.exists(), reason="netwerk is not installed here")


@pytest.mark.parametrize("option", ["--help", "--version"])
def test_help_and_version_load_no_command(tmp_path: Path, option: str) -> None:
    modules = imported(tmp_path, option)
    assert "netwerkcli.cli" in modules  # the measurement sees our modules at all
    assert heavy(modules) == []


def test_a_commands_help_loads_only_that_command(tmp_path: Path) -> None:
    modules = imported(tmp_path, "genogram", "--help")
    assert "netwerkcli.cli.genogram" in modules
    assert heavy(modules, allowed=("netwerkcli.cli.genogram",)) == []


def test_check_loads_the_reader_and_nothing_to_draw(tmp_path: Path) -> None:
    modules = imported(tmp_path, "check", str(EXAMPLES / "de-vries.yaml"))
    assert {"netwerkcli.loader", "yaml"} <= modules
    assert heavy(modules, allowed=CHECK_MAY) == []
    if "yaml._yaml" in modules:  # libyaml reads the file: PyYAML's big pattern is never compiled
        assert COMPILED not in modules


def test_check_loads_no_typer(tmp_path: Path) -> None:
    """`netwerk check FILE` takes the quick way: loading Typer would cost as much as the check.

    With ``--`` before the file, Click parses the line: that is Typer's way."""
    example = str(EXAMPLES / "de-vries.yaml")
    quick = imported(tmp_path, "check", example, example)
    assert "netwerkcli.cli.checkfiles" in quick
    assert framework(quick) == []
    assert "typer" in framework(imported(tmp_path, "check", "--", example))


def test_a_drawing_with_its_output_loads_no_typer(tmp_path: Path) -> None:
    """`netwerk genogram FILE -o PAD` takes the quick way, as `check` does; with ``--`` before
    the file it is Typer's way."""
    example = str(EXAMPLES / "de-vries.yaml")
    for kind in ("genogram", "sociogram"):
        out = str(tmp_path / f"{kind}.svg")
        quick = imported(tmp_path, kind, example, "-o", out)
        assert "netwerkcli.cli.drawings" in quick
        assert f"netwerkcli.cli.{kind}" not in quick
        assert framework(quick) == []
        assert "typer" in framework(imported(tmp_path, kind, "-o", out, "--", example))


def framework(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if m.split(".")[0] in ("typer", "click"))


def test_check_of_a_genogram_loads_no_sociogram_questions(tmp_path: Path) -> None:
    path = tmp_path / "genogram.yaml"
    path.write_text(
        "versie: 1\ngezin: Familie Öztürk\npersonen:\n  - {id: ayse, naam: Ayşe, geslacht: v}\n",
        encoding="utf-8",
    )
    modules = imported(tmp_path, "check", str(path))
    assert "netwerkcli.loader" in modules
    assert "netwerkcli.content" not in modules  # only a network's circles need the questions


def test_every_command_is_in_the_list_of_commands() -> None:
    """A command module not named in COMMANDS would never load: `netwerk NAME` would not exist."""
    import importlib
    import pkgutil

    import netwerkcli.cli as cli
    from netwerkcli.cli.app import app

    for module in pkgutil.iter_modules(cli.__path__):
        importlib.import_module(f"netwerkcli.cli.{module.name}")
    registered = {info.name for info in app.registered_commands}
    registered |= {group.name for group in app.registered_groups}
    assert registered == set(cli.COMMANDS)
    for name, entry in cli.COMMANDS.items():
        assert entry.summary, name
