"""`kerjasama ner tag` through the main command line, as a user runs it."""

from __future__ import annotations

from pathlib import Path


def test_kerjasama_ner_tag_adds_a_prediction_column(cli, tmp_path: Path) -> None:
    conll = tmp_path / "sample.txt"
    conll.write_text(
        "Gubernur\tO\nJawa\tB-PLACE\nBarat\tI-PLACE\nRidwan\tB-PERSON\nKamil\tI-PERSON\n"
        "bertemu\tO\ndi\tO\nBandung\tB-PLACE\n.\tO\n",
        encoding="utf-8",
    )
    res = cli("ner", "tag", str(conll))
    assert res.returncode == 0, res.stderr
    lines = res.stdout.decode().strip().splitlines()
    assert len(lines) == 9 and all(len(line.split("\t")) == 3 for line in lines)
    predicted = {line.split("\t")[0]: line.split("\t")[2] for line in lines}
    assert predicted["Ridwan"] == "B-PERSON" and predicted["Bandung"].endswith("PLACE")
