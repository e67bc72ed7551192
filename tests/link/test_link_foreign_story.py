"""A foreign partnership told in six articles: LoI -> MoU -> agreement -> implement -> review."""

from __future__ import annotations

from datetime import date

from kerjasama import record
from kerjasama.link import LinkSettings, build_links, partnership_summary, resolve_party
from kerjasama.link.normalise import normalise_name

KEMENLU = {"name": "Kementerian Luar Negeri", "kind": "ministry", "country": "ID"}


def _kaltim_anhui(story) -> list[record.Article]:
    """The story, each article naming the parties its own way."""
    return _letter_and_talks(story) + _memorandum_to_review(story)


def _letter_and_talks(story) -> list[record.Article]:
    akmal = story.person(
        "Akmal Malik", "Penjabat (Pj) Gubernur", "Provinsi Kalimantan Timur", "ID-KI"
    )
    shan = story.person("Shan Xiang Qian", "Wakil Gubernur", "Provinsi Anhui", "CN-AH")
    return [
        story.article(
            story.cooperation(
                [story.KALTIM, story.ANHUI], "sign", "loi", "2023-12-04", ["investment"], "Jakarta"
            ),
            published="2023-12-04",
            people=[akmal, shan],
        ),
        story.article(
            story.cooperation(
                [
                    story.party("Kalimantan Timur"),
                    story.party("Anhui", "foreign_region", country="CN"),
                ],
                "negotiate",
                "mou",
                "2024-02-10",
            ),
            published="2024-02-11",
        ),
    ]


def _memorandum_to_review(story) -> list[record.Article]:
    east = story.party("East Kalimantan", "province")
    return [
        story.article(
            story.cooperation(
                [east, story.party("Anhui Province", "foreign_region", country="CN")],
                "sign",
                "mou",
                "2024-06-20",
                ["investment", "education"],
                "Hefei",
                facilitators=[KEMENLU],
            ),
            published="2024-06-21",
            outlet="Kaltim Post",
            people=[story.person("Akmal Malik", "Pj Gubernur", "Pemprov Kaltim")],
        ),
        story.article(
            story.cooperation(
                [
                    story.party("Pemerintah Provinsi Kalimantan Timur", code="ID-KI", country="ID"),
                    story.party("Anhuui", "foreign_region", country="CN"),
                ],
                "sign",
                "agreement",
                "2024-09-01",
                ["education"],
            ),
            published="2024-09-02",
        ),
        story.article(
            story.cooperation([story.KALTIM, story.ANHUI], "implement", "agreement", "2025-03-05"),
            published="2025-03-05",
        ),
        story.article(
            story.cooperation([east, story.ANHUI], "review", "mou", "2025-06-01"),
            published="2025-06-02",
        ),
    ]


def test_name_variants_thread_into_one_partnership(story):
    result = build_links(_kaltim_anhui(story), settings=LinkSettings(today=date(2025, 7, 1)))
    assert len(result.partnerships) == 1
    partnership = result.partnerships[0]
    assert [p.id for p in partnership.parties] == ["code:ID-KI", "code:CN-AH"]
    assert partnership.scope == "foreign"
    aliases = set(partnership.parties[0].aliases) | {partnership.parties[0].name}
    assert {"Pemprov Kaltim", "East Kalimantan", "Kalimantan Timur"} <= aliases
    assert "Anhuui" in set(partnership.parties[1].aliases) | {partnership.parties[1].name}


def test_timeline_and_stage(story):
    result = build_links(_kaltim_anhui(story), settings=LinkSettings(today=date(2025, 7, 1)))
    partnership = result.partnerships[0]
    steps = [(e.date.isoformat(), e.action, e.instrument) for e in partnership.events]
    assert steps == [
        ("2023-12-04", "sign", "loi"),
        ("2024-02-10", "negotiate", "mou"),
        ("2024-06-20", "sign", "mou"),
        ("2024-09-01", "sign", "agreement"),
        ("2025-03-05", "implement", "agreement"),
        ("2025-06-01", "review", "mou"),
    ]
    assert partnership.stage == "implement"
    assert partnership.first_date == date(2023, 12, 4)
    assert partnership.last_date == date(2025, 6, 1)
    assert [f.name for f in partnership.facilitators] == ["Kementerian Luar Negeri"]
    mou = partnership.events[2]
    assert mou.place == "Hefei" and mou.sectors == ["investment", "education"]
    assert [a.url for a in mou.articles] == ["https://news.example/a003"]
    assert mou.articles[0].outlet == "Kaltim Post"


def test_review_is_listed_but_does_not_raise_the_stage(story):
    articles = _kaltim_anhui(story)
    without_implementation = articles[:4] + articles[5:]
    partnership = build_links(without_implementation).partnerships[0]
    assert partnership.events[-1].action == "review"
    assert partnership.stage == "agreement"


def test_stage_follows_each_step(story):
    articles = _kaltim_anhui(story)
    stages = [build_links(articles[: n + 1]).partnerships[0].stage for n in range(4)]
    assert stages == ["loi", "loi", "mou", "agreement"]


def test_ids_are_stable_across_rebuilds(story):
    articles = _kaltim_anhui(story)
    first, again = build_links(articles), build_links(list(reversed(articles)))
    assert first.partnerships[0].id == again.partnerships[0].id
    assert [e.id for e in first.partnerships[0].events] == [
        e.id for e in again.partnerships[0].events
    ]
    assert first.partnerships[0].id.startswith("p-")
    assert first.partnership(first.partnerships[0].id) == first.partnerships[0]
    assert first.partnership("p-unknown") is None


def test_summary_has_the_issue_keys(story):
    partnership = build_links(_kaltim_anhui(story)).partnerships[0]
    summary = partnership_summary(partnership)
    assert list(summary) == ["id", "parties", "stage", "events", "signals"]
    assert summary["parties"][0] == {
        "name": summary["parties"][0]["name"],
        "code": "ID-KI",
        "kind": "province",
        "country": "ID",
    }
    event = summary["events"][0]
    assert list(event) == ["date", "action", "instrument", "place", "sectors", "articles"]
    assert event["date"] == "2023-12-04"
    assert event["articles"][0]["url"] == "https://news.example/a001"
    assert set(summary["signals"]) >= {"stalled", "mou_term_end", "mou_near_end", "one_sided"}


def test_other_partnerships_stay_apart(story):
    guangxi = story.party("Guangxi", "foreign_region", "CN-GX", "CN")
    articles = _kaltim_anhui(story) + [
        story.article(story.cooperation([story.KALTIM, guangxi], "explore", date="2024-01-05")),
        story.article(
            story.cooperation(
                [story.party("Sumatera Barat"), story.party("Sumatera Utara")],
                "sign",
                "mou",
                "2024-01-05",
            )
        ),
    ]
    result = build_links(articles)
    assert len(result.partnerships) == 3
    sumatera = [
        [normalise_name(e.name) for e in p.parties]
        for p in result.partnerships
        if "sumatera" in normalise_name(p.parties[0].name)
    ]
    assert sumatera == [["sumatera barat", "sumatera utara"]]


def test_resolve_party_uses_the_code_or_the_normalised_name():
    coded = resolve_party(record.Party(name="Pemprov Kaltim", code="ID-KI", kind="province"))
    assert coded.id == "code:ID-KI" and coded.country == "ID"
    lower = resolve_party(record.Party(name="Kaltim", code="id-ki", kind="province"))
    assert lower.id == "code:ID-KI" and lower.code == "ID-KI"
    body = record.Party(name="Universitas Contoh Raya", kind="university", country="ID")
    assert resolve_party(body).id == "name:universitas contoh raya"
    city = record.Party(name="Kota Contohkarta", kind="city")
    assert resolve_party(city).id == "name:kota contohkarta"
