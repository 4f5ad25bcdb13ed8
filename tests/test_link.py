"""Linking decisions, one rule at a time, on ReportKeys built by hand."""

from __future__ import annotations

from dataclasses import replace

import pytest

from fogwatch.link import (
    LshIndex,
    ReportKey,
    StoredReport,
    band_keys,
    dates_agree,
    incidents_to_join,
    merge,
    places_agree,
    same_event,
    tokens,
)
from fogwatch.model import Count, DateField, Evidence, Incident, Source

KHERSON = dict(lat=46.6354, lon=32.6169, admin1_code="UA-65", country="UA", place_precision="settlement")
WORDS = "Artillery shelled the central market in Kherson, killing 27 shoppers near the river port."


def key(id: str = "a:0", article: str | None = None, text: str = WORDS, **changes) -> ReportKey:
    base = ReportKey(
        id=id,
        article_id=article or id.split(":")[0],
        type="strike",
        date_value="2023-11-07",
        date_precision="day",
        not_after="2023-11-08",
        tokens=tokens(text),
        **KHERSON,
    )
    return replace(base, **changes)


def test_tokens_keep_content_stems_and_numbers():
    assert tokens("Russian troops shelled the markets, killing 27 people") == {"shell", "marke", "27"}


@pytest.mark.parametrize(
    "a, b, agree",
    [
        (("2023-11-07", "day"), ("2023-11-07", "day"), True),
        (("2023-11-07", "day"), ("2023-11", "month"), True),
        (("2023-11-07", "day"), ("2023", "year"), True),
        (("2023-11-07", "day"), ("2023-11-08", "day"), False),
        (("2023-10", "month"), ("2023-11-01", "day"), False),
        (("2023-11-07", "day"), (None, "none"), None),
    ],
)
def test_dates_agree_at_their_precisions(a, b, agree):
    assert dates_agree(key(date_value=a[0], date_precision=a[1]), key(date_value=b[0], date_precision=b[1])) is agree


def test_undated_report_cannot_describe_a_later_event():
    undated = key(date_value=None, date_precision="none", not_after="2023-11-01")
    assert dates_agree(undated, key()) is False


@pytest.mark.parametrize(
    "other, agree",
    [
        (dict(lat=46.70, lon=32.80), True),  # 15 km away
        (dict(lat=46.8417, lon=33.4264), False),  # Beryslav, 65 km, same oblast
        (dict(lat=None, lon=None, place_precision="admin1"), True),  # "in the Kherson region"
        (dict(lat=None, lon=None, admin1_code="UA-23", place_precision="admin1"), False),
        (dict(lat=None, lon=None, admin1_code=None, place_precision="country"), True),
        (dict(country="RU", lat=46.64, lon=32.62), False),
        (dict(lat=None, lon=None, admin1_code=None, country=None, place_precision=None), None),
    ],
)
def test_places_agree_within_50_km_or_same_admin1_when_coarse(other, agree):
    assert places_agree(key(), key(**other)) is agree


def test_same_event_needs_type_date_place_and_wording():
    told_again = key("b:0", text="Kherson market shelled: 30 shoppers among the dead, the port authority says.")
    assert same_event(key(), told_again)
    assert not same_event(key(), replace(told_again, type="armed_clash"))
    assert not same_event(key(), replace(told_again, date_value="2023-11-09"))
    assert not same_event(key(), key("c:0", text="Drones hit a power substation and a school in the suburbs."))


def test_two_incidents_of_one_article_never_link():
    assert not same_event(key("a:0"), key("a:1"))


def test_unknown_place_asks_for_closer_wording():
    vague = dict(lat=None, lon=None, admin1_code=None, country=None, place_precision=None)
    close = key("b:0", text="The central market by the river port was shelled; 27 shoppers died in Kherson.", **vague)
    loose = key("c:0", text="Shells fell on Kherson during the day, the authorities say.")
    assert same_event(key(), close)
    assert same_event(key(), loose)
    assert not same_event(key(), replace(loose, **vague))


def test_lsh_index_finds_the_rewording_and_not_the_unrelated():
    index = LshIndex()
    index.add(key("a:0"))
    index.add(
        key(
            "z:0",
            text="A drone struck a fuel depot in Novorossiysk port overnight.",
            admin1_code="RU-KDA",
            country="RU",
            lat=44.72,
            lon=37.77,
        )
    )
    found = index.candidates(
        key(
            "b:0", text="The central market in Kherson was shelled by artillery; 27 shoppers were killed near the port."
        )
    )
    assert [k.id for k in found] == ["a:0"]
    assert len(band_keys(key())) == 32
    assert band_keys(key()) != band_keys(key(type="armed_clash"))


def incident(killed: int | None, source: str | None, certainty: str = "reported", date=("2023-11-07", "day")):
    return Incident(
        type="strike",
        summary="The market was shelled.",
        date=DateField(value=date[0], precision=date[1]),
        killed=Count(value=killed, quote=str(killed)) if killed is not None else None,
        sources=[Source(name=source, quote=source)] if source else [],
        certainty=certainty,
        evidence=[Evidence(start=0, end=24, quote="The market was shelled.")],
        confidence=0.7,
    )


def test_merge_shows_disagreement_side_by_side_never_averaged():
    linked = merge(
        "7",
        [
            StoredReport("a:0", "a", "Kyiv Daily", incident(27, "Governor")),
            StoredReport("b:0", "b", "Dnipro Wire", incident(30, "Prosecutor", "alleged", ("2023-11", "month"))),
            StoredReport("c:0", "c", "South Post", incident(None, "governor")),
        ],
    )
    assert linked.killed.value == 27
    assert [(d.field, d.values) for d in linked.disagreements] == [
        ("killed", {"a:0": 27, "b:0": 30}),
        ("certainty", {"a:0": "reported", "b:0": "alleged", "c:0": "reported"}),
    ]
    assert (linked.date.value, linked.certainty, linked.report_count) == ("2023-11-07", "reported", 3)
    assert linked.independent_sources == 2  # "Governor" and "governor" are one origin
    assert [s.name for s in linked.sources] == ["Governor", "Prosecutor"]


def test_reports_without_sources_count_their_outlets():
    linked = merge(
        "1",
        [
            StoredReport(f"{x}:0", x, outlet, incident(1, None))
            for x, outlet in (("a", "Wire"), ("b", "wire"), ("c", None))
        ],
    )
    assert linked.independent_sources == 2


def test_a_bridging_report_joins_incidents_unless_they_share_an_article():
    articles = {1: {"a"}, 2: {"b"}, 3: {"a", "c"}}
    assert incidents_to_join([2, 1, 2], articles, "n") == [2, 1]
    assert incidents_to_join([1, 3, 2], articles, "n") == [1, 2]  # 3 holds another incident of article a
    assert incidents_to_join([1], articles, "a") == [1]
