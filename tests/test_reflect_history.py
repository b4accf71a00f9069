"""`netwerk reflecties`: the list, one session, exports, the trend and its SVG; atomic storage."""

from __future__ import annotations

import json
import os
import stat
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from netwerkcli.cli.app import app
from netwerkcli.reflect import storage

runner = CliRunner()
SVG = "{http://www.w3.org/2000/svg}"


def netwerk(folder: Path, *args: str, stdin: str | None = None) -> Result:
    return runner.invoke(app, [*args, "--map", str(folder)], input=stdin)


def scan(folder: Path, passie: int, dialoog: int, casus: str = "K-1") -> None:
    text = (
        f"casus: {casus}\nantwoorden:\n  passie: {passie}\n  dialoog: {dialoog}\n"
        "  volgende-stap: Vaker doorvragen.\n"
    )
    result = netwerk(folder, "reflect", "--rol", "houding", "--antwoorden", "-", stdin=text)
    assert result.exit_code == 0, result.output


def ids(folder: Path) -> list[str]:
    found = [json.loads(p.read_text(encoding="utf-8")) for p in folder.glob("*.json")]
    return [s["id"] for s in sorted(found, key=lambda s: s["started"])]


def test_list_shows_date_role_case_and_status(tmp_path: Path) -> None:
    empty = netwerk(tmp_path, "reflecties")
    assert empty.exit_code == 0 and "Nog geen reflecties" in empty.stderr
    scan(tmp_path, 5, 6)
    result = netwerk(tmp_path, "reflecties")
    assert result.exit_code == 0
    [header, _, row] = result.stdout.splitlines()
    assert header.split() == ["id", "datum", "rol", "casus", "status", "antwoorden"]
    assert row.split()[0] == ids(tmp_path)[0][-4:]  # the id's random ending, as short as can be
    assert row.split()[3:] == ["houding", "K-1", "afgerond", "3"]


def test_show_by_unique_prefix_and_ambiguous_or_unknown_ids(tmp_path: Path) -> None:
    scan(tmp_path, 5, 6)
    [session_id] = ids(tmp_path)
    shown = netwerk(tmp_path, "reflecties", "toon", session_id[:17])
    assert shown.exit_code == 0
    assert "## Ik doe het werk met passie." in shown.stdout and "> 5 van 10" in shown.stdout
    assert "netwerk reflecties" in netwerk(tmp_path, "reflecties", "toon", "1999").stderr
    scan(tmp_path, 6, 7)
    ambiguous = netwerk(tmp_path, "reflecties", "toon", "2")
    assert ambiguous.exit_code == 2 and "Meer dan één reflectie" in ambiguous.stderr


def test_export_markdown_and_json_to_a_private_file(tmp_path: Path) -> None:
    scan(tmp_path, 5, 6)
    [session_id] = ids(tmp_path)
    md = netwerk(tmp_path, "reflecties", "exporteer", session_id)
    assert md.stdout.startswith("# Reflectie: Houding en samenwerking – zelfscan")
    assert "- Casus: K-1" in md.stdout and "> Vaker doorvragen." in md.stdout
    out = tmp_path / "export" / "r.json"
    out.parent.mkdir()
    result = netwerk(
        tmp_path, "reflecties", "exporteer", session_id, "--formaat", "json", "-o", str(out)
    )
    assert result.exit_code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["id"] == session_id and data["answers"][0]["answer"] == 5
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    bad = netwerk(tmp_path, "reflecties", "exporteer", session_id, "--formaat", "pdf")
    assert bad.exit_code == 2 and "Kies md of json" in bad.stderr


def test_trend_table_and_svg(tmp_path: Path) -> None:
    for passie, dialoog in [(3, 8), (5, 8), (9, 7)]:
        scan(tmp_path, passie, dialoog)
    scan(tmp_path, 1, 1, casus="ANDER")
    graph = tmp_path / "trend.svg"
    result = netwerk(tmp_path, "reflecties", "trend", "--casus", "K-1", "--grafiek", str(graph))
    assert result.exit_code == 0, result.output
    rows = {line.split("  ")[0]: line.split() for line in result.stdout.splitlines()[2:]}
    assert rows["Ik doe het werk met passie."][-2:] == ["▃▄▇", "9"]
    assert rows["Ik zoek de dialoog."][-1] == "7"
    root = ET.parse(graph).getroot()
    assert "houding" in root.find(f"{SVG}title").text and "K-1" in root.find(f"{SVG}title").text
    groups = {g.get("id"): g for g in root.iter(f"{SVG}g")}
    assert len(groups["passie"].findall(f"{SVG}circle")) == 3
    assert groups["passie"].find(f"{SVG}polyline") is not None
    assert not groups["rolmodel"].findall(f"{SVG}circle")
    assert stat.S_IMODE(graph.stat().st_mode) == 0o600


def test_trend_without_scale_answers(tmp_path: Path) -> None:
    result = netwerk(tmp_path, "reflecties", "trend")
    assert result.exit_code == 2 and "netwerk reflect --rol houding" in result.stderr


def test_env_folder_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NETWERK_MAP", str(tmp_path / "uit-env"))
    text = "antwoorden:\n  herkennen: Ja\n"
    result = runner.invoke(app, ["reflect", "--rol", "gezin", "--antwoorden", "-"], input=text)
    assert result.exit_code == 0
    assert len(list((tmp_path / "uit-env").glob("*.json"))) == 1


def test_a_failed_write_keeps_the_previous_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "sessie.json"
    storage.write_private(target, "oud\n")

    def broken_replace(src: str, dst: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        storage.write_private(target, "nieuw\n")
    assert target.read_text(encoding="utf-8") == "oud\n"
    assert [p.name for p in tmp_path.iterdir()] == ["sessie.json"]
