"""extract, search, show, export, stats, schema and eval, run as a user runs them."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kerjasama.record import Article


@pytest.fixture
def loaded(cli, seeds: Path, db: str) -> str:
    res = cli("ingest", "--db", db, *map(str, sorted(seeds.glob("*.txt"))))
    assert res.returncode == 0, res.stderr
    return db


def test_extract_prints_valid_records_for_stdin_and_files(cli, seeds: Path) -> None:
    seed = sorted(seeds.glob("*.txt"))[0]
    res = cli(
        "extract",
        "--published",
        "2023-12-04",
        "--url",
        "https://example.org/x",
        "-",
        stdin=seed.read_bytes(),
    )
    assert res.returncode == 0, res.stderr
    rec = Article.model_validate_json(res.stdout.decode().strip())
    assert rec.source.url == "https://example.org/x" and rec.source.published == "2023-12-04"
    assert rec.cooperations[0].action == "sign"


def test_search_filters_and_json(cli, loaded: str) -> None:
    res = cli("search", "--db", loaded, "Anhui", "--json")
    hits = json.loads(res.stdout)["hits"]
    assert len(hits) == 1 and hits[0]["cooperations"][0]["parties"][1] == "Provinsi Anhui"
    res = cli(
        "search",
        "--db",
        loaded,
        "--partner",
        "MIKTA",
        "--action",
        "explore",
        "--year",
        "2023",
        "--json",
    )
    assert json.loads(res.stdout)["total"] == 1
    res = cli("search", "--db", loaded, "--instrument", "mou", "--json")
    assert json.loads(res.stdout)["total"] == 0
    table = cli("search", "--db", loaded, "kerja sama").stdout.decode()
    assert "2 article(s)" in table and "MIKTA" in table
    bad = cli("search", "--db", loaded, "--action", "dibatalkan")
    assert bad.returncode == 2 and "--action 'dibatalkan' is not one of" in bad.stderr.decode()
    signing = cli("search", "--db", loaded, "--action", "Signing", "--json")  # the web's label
    assert signing.returncode == 0 and json.loads(signing.stdout)["total"] == 1


def test_show_by_prefix(cli, loaded: str) -> None:
    rec_id = json.loads(cli("search", "--db", loaded, "Anhui", "--json").stdout)["hits"][0]["id"]
    text = cli("show", "--db", loaded, rec_id[:8]).stdout.decode()
    assert "Provinsi Anhui (CN-AH)" in text and "Akmal Malik" in text and "sign · loi" in text
    missing = cli("show", "--db", loaded, "ffffffffffff")
    assert missing.returncode == 1 and "no article with id" in missing.stderr.decode()


def test_exports(cli, loaded: str, tmp_path: Path) -> None:
    lines = cli("export", "--db", loaded, "--format", "jsonl").stdout.decode().splitlines()
    assert len(lines) == 2 and all(Article.model_validate_json(x) for x in lines)
    rows = list(
        csv.DictReader(io.StringIO(cli("export", "--db", loaded, "-f", "csv").stdout.decode()))
    )
    assert {r["partners"] for r in rows} == {"Provinsi Anhui", "MIKTA"}
    out = tmp_path / "register.xlsx"
    res = cli("export", "--db", loaded, "-f", "xlsx", "-o", str(out))
    assert res.returncode == 0 and out.exists()
    wb = load_workbook(out)
    assert wb.sheetnames == ["articles", "cooperations", "people"]
    assert wb["cooperations"].max_row == 3
    assert cli("export", "--db", loaded, "-f", "xlsx").returncode == 2


def test_graph_and_report_exports(cli, loaded: str, tmp_path: Path) -> None:
    import xml.etree.ElementTree as ET

    graph = ET.fromstring(cli("export", "--db", loaded, "-f", "graphml").stdout)
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    assert len(graph.findall(".//g:edge", ns)) >= 2
    report = tmp_path / "report.html"
    assert cli("export", "--db", loaded, "-f", "report", "-o", str(report)).returncode == 0
    html = report.read_text(encoding="utf-8")
    assert "Provinsi Anhui" in html and "MIKTA" in html
    out = tmp_path / "id.xlsx"
    assert cli("export", "--db", loaded, "-f", "xlsx-id", "-o", str(out)).returncode == 0
    assert load_workbook(out).sheetnames[0] != "articles"  # Indonesian sheet names


def test_stats(cli, loaded: str) -> None:
    figures = json.loads(cli("stats", "--db", loaded, "--json").stdout)
    assert figures["articles"] == 2 and figures["by_action"] == {"explore": 1, "sign": 1}
    assert "articles: 2" in cli("stats", "--db", loaded).stdout.decode()


def test_commands_on_a_missing_database(cli, tmp_path: Path) -> None:
    res = cli("stats", "--db", str(tmp_path / "none.db"))
    assert res.returncode == 1 and "no database at" in res.stderr.decode()
    assert "Traceback" not in res.stderr.decode()


def test_schema_is_the_record_json_schema(cli) -> None:
    schema = json.loads(cli("schema").stdout)
    assert schema["$id"] == "kerjasama.article/1"
    assert {"cooperations", "people", "entities", "boilerplate"} <= set(schema["properties"])


def test_eval_prints_every_figure(cli, seeds: Path) -> None:
    args = ["eval", str(seeds / "expected.jsonl"), *map(str, sorted(seeds.glob("*.txt")))]
    scores = json.loads(cli(*args, "--json").stdout)
    assert scores["is_cooperation"]["f1"] == 1.0 and scores["parties"]["f1"] == 1.0
    assert scores["instrument"]["accuracy"] == 1.0 and scores["action"]["accuracy"] == 1.0
    table = cli(*args).stdout.decode()
    for label in (
        "is_cooperation F1",
        "parties F1",
        "people F1",
        "sectors F1",
        "strict record accuracy",
        "instrument accuracy",
        "action accuracy",
        "scope accuracy",
        "place accuracy",
        "date accuracy",
        "people with role",
    ):
        assert label in table


def test_eval_with_a_broken_gold_file(cli, tmp_path: Path, seeds: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"is_cooperation": true}\n{broken\n', encoding="utf-8")
    res = cli("eval", str(gold), str(seeds))
    assert res.returncode == 1 and f"{gold}:2: malformed JSON" in res.stderr.decode()
