"""netwerk reads the same with and without libyaml; PyYAML's big pattern compiles only when used.

``netwerkcli.yamlsafe`` imports PyYAML with ``Reader.NON_PRINTABLE`` compiled on first use (it
costs a third of PyYAML's import, and only the pure-Python reader uses it). Each test runs in a
new process, because which PyYAML is loaded, and how, is decided once per process.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from paths import EXAMPLES

# Runs in a new process; prints JSON. argv: "libyaml" or "pure", then the texts to read.
DRIVER = """
import json, sys
if sys.argv[1] == "pure":
    sys.modules["yaml._yaml"] = None  # as if PyYAML were built without libyaml
from netwerkcli import yamlsafe
from netwerkcli.errors import InvalidFile
from netwerkcli.loader import load_text
import yaml.reader

def read(text):
    try:
        loaded = load_text(text, "gezin.yaml")
    except InvalidFile as exc:
        return ["fout", [str(p) for p in exc.problems]]
    return ["goed", [str(p) for p in loaded.warnings], len(loaded.gezin.personen)]

pattern = yaml.reader.Reader.NON_PRINTABLE
before = not isinstance(pattern, yamlsafe.LazyPattern) or pattern.compiled
results = [read(text) for text in sys.argv[2:]]
print(json.dumps({
    "libyaml": yamlsafe.FAST_LOADER is not yaml.SafeLoader,
    "lazy": isinstance(pattern, yamlsafe.LazyPattern),
    "compiled_before": before,
    "compiled_after": not isinstance(pattern, yamlsafe.LazyPattern) or pattern.compiled,
    "results": results,
}))
"""

EXAMPLE = (EXAMPLES / "de-vries.yaml").read_text(encoding="utf-8")
HEAD = "versie: 1\ngezin: Test\n"
TEXTS = [
    EXAMPLE,
    HEAD + "personen:\n  - {id: a, naam: 'Zoë\x07'}\n",  # a control character: not printable
    HEAD + "personen:\n  - {id: a, naam: \x85Noor}\n",  # NEL: printable for YAML
    HEAD + "personen:\n  - {id: a, naam: 'Ali 😀 \U0001f600'}\n",
    HEAD + "personen:\n  - {id: a, naam: Noor\n",  # a syntax error: read again, pure Python
    HEAD + "personen:\n  - {id: a, naam: '\ufffe'}\n",  # a non-character
]


def run(mode: str, *texts: str) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", DRIVER, mode, *texts],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    answer: dict[str, object] = json.loads(result.stdout)
    return answer


def test_pyyamls_pattern_is_compiled_only_when_the_pure_python_reader_needs_it() -> None:
    answer = run("libyaml", EXAMPLE)
    if not answer["libyaml"]:
        pytest.skip("PyYAML is built without libyaml here")
    assert answer["lazy"], "PyYAML's NON_PRINTABLE changed: netwerkcli.yamlsafe no longer applies"
    assert answer["results"] == [["goed", [], 8]]
    assert answer["compiled_before"] is False
    assert answer["compiled_after"] is False  # libyaml read the file: never compiled


def test_without_libyaml_every_text_reads_the_same() -> None:
    fast = run("libyaml", *TEXTS)
    pure = run("pure", *TEXTS)
    assert pure["libyaml"] is False
    assert pure["results"] == fast["results"]
    assert pure["compiled_after"] is True  # the pure-Python reader used the real pattern
    verdicts = [result[0] for result in pure["results"]]  # type: ignore[attr-defined]
    assert verdicts == ["goed", "fout", "goed", "goed", "fout", "fout"]
