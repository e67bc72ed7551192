"""Calibrated scores: the shipped curve maps raw scores, keeps their order, and never lets an
article's score contradict its decision; the fitting code learns the share right."""

from __future__ import annotations

import datetime as dt
import json
import random

import pytest

from kerjasama.extract import calibration, extract_raw
from kerjasama.extract.calibration import RECORD, STORY, Curve
from kerjasama.sources.model import RawArticle

TODAY = dt.date(2026, 11, 24)
ARTICLE = (
    "SAMARINDA - Pemerintah Provinsi Kalimantan Timur dan Pemerintah Provinsi Anhui, Tiongkok, "
    "menandatangani nota kesepahaman (MoU) kerja sama di bidang pendidikan dan pertanian di "
    "Samarinda, Senin (3/3/2025). Gubernur Kalimantan Timur Rudy Mas'ud mengatakan kerja sama "
    "ini membuka peluang bagi pelajar daerah."
)


@pytest.fixture
def curve_file(tmp_path, monkeypatch):
    """A calibration file with a story curve and a record curve, selected by the setting."""

    def use(data: dict) -> None:
        path = tmp_path / "calibration.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        monkeypatch.setenv("KERJASAMA_CALIBRATION", str(path))
        calibration.clear()

    yield use
    monkeypatch.delenv("KERJASAMA_CALIBRATION", raising=False)
    calibration.clear()


def test_curve_interpolates_between_knots_and_clamps_outside() -> None:
    curve = Curve((0.2, 0.6, 1.0), (0.1, 0.3, 0.9))
    assert curve(0.0) == 0.1 and curve(1.5) == 0.9
    assert curve(0.4) == pytest.approx(0.2)
    assert curve(0.8) == pytest.approx(0.6)


def test_curve_refuses_knots_out_of_order() -> None:
    with pytest.raises(ValueError, match="sorted"):
        Curve.from_json({"xs": [0.5, 0.1], "ys": [0.2, 0.3]})
    with pytest.raises(ValueError, match="sorted"):
        Curve.from_json({"xs": [0.1, 0.5], "ys": [0.6, 0.3]})


def test_extraction_reports_calibrated_scores(curve_file, monkeypatch) -> None:
    monkeypatch.setenv("KERJASAMA_CALIBRATION", "none")
    calibration.clear()
    raw = extract_raw(RawArticle(text=ARTICLE), TODAY)
    assert raw.is_cooperation and raw.cooperations
    curve_file(
        {
            STORY: {"xs": [0.0, 1.0], "ys": [0.0, 0.6]},
            RECORD: {"xs": [0.0, 1.0], "ys": [0.0, 0.5]},
        }
    )
    got = extract_raw(RawArticle(text=ARTICLE), TODAY)
    assert got.is_cooperation == raw.is_cooperation
    assert got.cooperation_score == pytest.approx(max(0.5, round(0.6 * raw.cooperation_score, 3)))
    assert got.cooperations[0].confidence == pytest.approx(
        round(0.5 * raw.cooperations[0].confidence, 3)
    )


def test_a_story_score_stays_on_the_side_of_its_decision(curve_file) -> None:
    curve_file({STORY: {"xs": [0.0, 1.0], "ys": [0.2, 0.3]}})
    assert calibration.story_score(0.9, True) == 0.5  # decided cooperation: not below the cut
    curve_file({STORY: {"xs": [0.0, 1.0], "ys": [0.7, 0.9]}})
    assert calibration.story_score(0.1, False) < 0.5


def test_without_a_file_the_raw_scores_are_reported(monkeypatch) -> None:
    monkeypatch.setenv("KERJASAMA_CALIBRATION", "none")
    calibration.clear()
    try:
        coop = extract_raw(RawArticle(text=ARTICLE), TODAY).cooperations[0]
        assert calibration.record_confidence(coop, 0.9, 1) == coop.confidence
        assert calibration.story_score(0.42, False) == 0.42
    finally:
        calibration.clear()


def test_fitted_curve_gives_the_share_right_and_keeps_the_order() -> None:
    pytest.importorskip("sklearn", reason="fitting needs scikit-learn (pip install -e '.[train]')")
    from kerjasama.learn.calibration import ece, fit_curve

    rng = random.Random(3)
    # Raw scores that claim 0.9 when 40% are right, 0.7 when 20% are.
    pairs = [(0.9, rng.random() < 0.4) for _ in range(400)]
    pairs += [(0.7, rng.random() < 0.2) for _ in range(400)]
    curve = fit_curve(pairs)
    assert curve(0.9) == pytest.approx(0.4, abs=0.06)
    assert curve(0.7) == pytest.approx(0.2, abs=0.06)
    assert curve(0.8) > curve(0.7)  # strictly increasing: the review queue's order is kept
    calibrated = [(curve(s), ok) for s, ok in pairs]
    assert ece(calibrated) < 0.05 < ece(pairs)


def test_a_shipped_record_model_scores_records_by_their_findings(curve_file) -> None:
    from kerjasama.extract.confidence import record_inputs

    curve_file({"record_model": {"bias": -1.0, "weights": {"dated": 2.0, "placed": 1.0}}})
    coop = extract_raw(RawArticle(text=ARTICLE), TODAY).cooperations[0]
    inputs = record_inputs(coop, 0.9, 1)
    assert inputs["dated"] == 1.0 and inputs["placed"] == 1.0  # the fixture names both
    undated = coop.model_copy(update={"date": None})
    dated_p = calibration.record_confidence(coop, 0.9, 1)
    assert dated_p == pytest.approx(round(1 / (1 + 2.718281828**-2.0), 3), abs=0.001)
    assert calibration.record_confidence(undated, 0.9, 1) < dated_p
