"""One signing reported by three outlets within three days is one event with three sources."""

from __future__ import annotations

from kerjasama.link import LinkSettings, build_links


def _reports(story):
    parties = [story.KALTIM, story.party("Sichuan", "foreign_region", "CN-SC", "CN")]
    signing = dict(action="sign", instrument="mou", sectors=["tourism"], place="Chengdu")
    return [
        story.article(
            story.cooperation(parties, date="2023-05-04", **signing),
            published="2023-05-04",
            outlet="ANTARA",
        ),
        story.article(
            story.cooperation(parties, **signing),  # undated: the publication date
            published="2023-05-05",
            outlet="Kaltim Post",
        ),
        story.article(
            story.cooperation(parties, date="2023-05-04", **signing),
            published="2023-05-07",
            outlet="Tribun Kaltim",
        ),
        story.article(
            story.cooperation(parties, "sign", "mou", "2023-05-20"),
            published="2023-05-20",
            outlet="ANTARA",
        ),
    ]


def test_three_outlets_one_event(story):
    partnership = build_links(_reports(story)).partnerships[0]
    first, second = partnership.events
    assert [a.outlet for a in first.articles] == ["ANTARA", "Kaltim Post", "Tribun Kaltim"]
    assert str(first.date) == "2023-05-04"
    assert first.place == "Chengdu"
    assert [a.id for a in second.articles] == ["a004"]


def test_merge_window_is_configurable(story):
    settings = LinkSettings(merge_window_days=0)
    partnership = build_links(_reports(story), settings=settings).partnerships[0]
    assert [len(e.articles) for e in partnership.events] == [2, 1, 1]
    settings = LinkSettings(merge_window_days=30)
    partnership = build_links(_reports(story), settings=settings).partnerships[0]
    assert [len(e.articles) for e in partnership.events] == [4]


def test_different_documents_signed_the_same_day_are_two_events(story):
    parties = [story.KALTIM, story.ANHUI]
    articles = [
        story.article(story.cooperation(parties, "sign", "loi", "2023-12-04")),
        story.article(story.cooperation(parties, "sign", "mou", "2023-12-04")),
        story.article(story.cooperation(parties, "sign", "none", "2023-12-05")),
    ]
    events = build_links(articles).partnerships[0].events
    assert sorted((e.instrument, len(e.articles)) for e in events) == [("loi", 2), ("mou", 1)]


def test_undated_events_come_last(story):
    parties = [story.KALTIM, story.ANHUI]
    articles = [
        story.article(story.cooperation(parties, "explore")),
        story.article(story.cooperation(parties, "sign", "loi", "2023-12-04")),
    ]
    events = build_links(articles).partnerships[0].events
    assert [(e.action, e.date is None) for e in events] == [("sign", False), ("explore", True)]
