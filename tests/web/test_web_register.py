"""The web register's parts: bitsets, facet counting, snippets, evidence segments, exports."""

from __future__ import annotations

import io
import random
from xml.etree import ElementTree as ET

import pytest

from kerjasama.export import get_exporter
from kerjasama.query import bitsets
from kerjasama.query.facts import facts_of_record
from kerjasama.query.index import RegisterIndex
from kerjasama.query.textmatch import query_words, snippet
from kerjasama.web.highlight import segments


def test_bitsets_iterate_and_spread_within_segments() -> None:
    rng = random.Random(3)
    for _ in range(100):
        widths = [rng.choice([1, 1, 1, 2, 3, 5, 9]) for _ in range(rng.randint(1, 200))]
        size = sum(widths)
        chosen = set(rng.sample(range(size), rng.randint(0, size)))
        mask = bitsets.mask_of(chosen, size)
        skip = rng.randint(0, len(chosen) + 1)
        assert list(bitsets.iter_bits(mask, skip)) == sorted(chosen)[skip:]
        assert (
            list(bitsets.iter_bits(mask, skip, reverse=True)) == sorted(chosen, reverse=True)[skip:]
        )
        starts, at = [], 0
        for w in widths:
            starts.append(at)
            at += w
        touched = {s for s, w in zip(starts, widths, strict=True) if chosen & set(range(s, s + w))}
        down = bitsets.spread(mask, bitsets.segment_steps(widths, upward=False), upward=False)
        assert down & bitsets.mask_of(starts, size) == bitsets.mask_of(touched, size)
        up = bitsets.spread(
            bitsets.mask_of(touched, size), bitsets.segment_steps(widths, True), True
        )
        whole = {
            p for s, w in zip(starts, widths, strict=True) if s in touched for p in range(s, s + w)
        }
        assert up == bitsets.mask_of(whole, size)


def test_facet_counts_agree_for_small_and_large_selections(articles) -> None:
    facts = [facts_of_record(a) for a in articles]
    facts.sort(key=lambda f: f.published or "", reverse=True)
    index = RegisterIndex(facts)
    names = ("region", "partner_country", "instrument", "action", "stage", "sector", "year")
    for filters in ({}, {"instrument": "mou"}, {"year": "2022"}):
        chosen = index.select(filters).articles
        assert index.facet_counts(chosen, names, small=0) == index.facet_counts(
            chosen, names, small=10**9
        )
    assert index.labels["region"]["ID-KI"] == "Provinsi Kalimantan Timur"
    assert index.resolve("region", "provinsi jawa timur") == ["ID-JI"]


def test_snippets_mark_the_words() -> None:
    body = "Pemprov Kaltim dan Provinsi Anhui menandatangani nota [kesepahaman] investasi."
    assert snippet(body, "anhui investa*") == (
        "Pemprov Kaltim dan Provinsi [Anhui] menandatangani nota (kesepahaman) [investasi]."
    )
    assert snippet(body, "kerja") == ""
    assert query_words("Kerja-sama invest*") == [
        ("kerja", False),
        ("sama", False),
        ("invest", True),
    ]


def test_segments_cover_the_text_and_carry_their_spans(articles) -> None:
    article = articles[0]
    parts = segments(article)
    assert "".join(p.text for p in parts) == article.text
    evidence = [p for p in parts if p.evidence]
    assert evidence[0].anchor == "ev-c0" and "nota kesepahaman" in evidence[0].text
    assert any(p.mention and p.text == "Akmal Malik" for p in parts)


@pytest.mark.parametrize("name", ["graphml", "report", "xlsx-id", "csv"])
def test_exporters(name: str, articles) -> None:
    out = io.BytesIO()
    exporter = get_exporter(name)
    exporter.write(articles, out)
    data = out.getvalue()
    if name == "graphml":
        root = ET.fromstring(data)
        ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
        kinds = [d.text for d in root.iterfind(".//g:node/g:data[@key='type']", ns)]
        assert kinds.count("partnership") == 3 and kinds.count("party") == 6
        assert len(root.findall(".//g:edge", ns)) == 6
    elif name == "report":
        html = data.decode()
        assert "Laporan kemitraan" in html and "&lt;script&gt;window.__xss" in html  # escaped
        assert "<script>" not in html and "@media print" in html
    elif name == "xlsx-id":
        from openpyxl import load_workbook

        book = load_workbook(io.BytesIO(data))
        assert book.sheetnames == ["artikel", "kerja_sama", "orang"]
        assert next(book["kerja_sama"].iter_rows(values_only=True))[:3] == (
            "id_artikel",
            "judul",
            "tanggal_terbit",
        )
    else:
        assert data.decode().splitlines()[0].endswith(",confidence,confirmed")
