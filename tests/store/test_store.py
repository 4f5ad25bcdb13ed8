"""The storage suite: every test runs against SQLite and against a real PostgreSQL server."""

from __future__ import annotations

import pytest
from events import DISTRACTORS, EVENTS, all_reports, place, report

from fogwatch.model import Rejected
from fogwatch.store import IncidentFilter, open_store
from fogwatch.store.base import Store


def fill(store: Store) -> None:
    for extraction in all_reports():
        assert store.add(extraction).status == "stored"


def incident_of(store: Store, extraction) -> str:
    """The id of the linked incident holding the report of `extraction`."""
    report_id = f"{extraction.article.id}:0"
    return next(i.id for i in store.incidents() if report_id in i.report_ids)


def test_store_is_a_store(store):
    assert isinstance(store, Store)


def test_migrations_apply_once(store_url):
    first = open_store(store_url)
    second = open_store(store_url)
    assert second.migrate() == []
    assert [v for (v,) in second._all("SELECT version FROM schema_migrations ORDER BY version")] == [1, 2, 3, 4]
    first.close()
    second.close()


def test_article_comes_back_with_text_and_removed_parts(store):
    extraction = EVENTS["kherson_market"][0]
    store.add(extraction, input="inbox/market.html")
    assert store.article(extraction.article.id) == extraction.article
    assert store.article("0000000000000000") is None


def test_same_article_twice_is_stored_once(store):
    extraction = EVENTS["kherson_market"][0]
    assert store.add(extraction).status == "stored"
    before = store.stats()
    assert store.add(extraction).status == "duplicate"
    assert store.stats() == before


def test_same_url_with_other_text_is_a_duplicate(store):
    first = EVENTS["kherson_market"][0]
    store.add(first)
    edited = first.model_copy(deep=True)
    edited.article.text += " Updated at noon."
    edited.article.id = "fedcba9876543210"
    assert store.add(edited).status == "duplicate"
    assert store.has_url(first.article.url)
    assert store.stats().articles == 1


def test_hostile_text_round_trips_byte_for_byte(store):
    hostile = (
        "Robert'); DROP TABLE articles; -- \"quoted\" ; SELECT * FROM reports WHERE 1=1 OR '1'='1'; "
        "%s %(x)s ? ?? $1 $$ E'\\x00' \\ backslash; UNION SELECT NULL; COMMIT; ROLLBACK; "
        "shelled near the bridge, killing 4; DELETE FROM incidents; 'Œuvre' — «кавычки» 𝔘"
    )
    extraction = report("Quote Daily", hostile, date=("2023-11-07", "day"), where=place("Kherson"))
    store.add(extraction)
    assert store.article(extraction.article.id).text.encode() == extraction.article.text.encode()
    detail = store.incident(incident_of(store, extraction))
    assert detail.reports[0].incident.evidence[0].quote == hostile
    assert store.stats().articles == 1
    assert [h.article_id for h in store.search("DROP TABLE articles") if h.kind == "article"] == [extraction.article.id]
    assert store.incidents(IncidentFilter(search="'; DELETE FROM incidents; --")) != []


def test_rejected_inputs_are_kept_once_with_their_reason(store):
    bad = Rejected(input="inbox/empty.html", reason="no article text found")
    store.add_rejected(bad)
    store.add_rejected(bad)
    assert store.rejected() == [bad]


def test_ten_reports_of_four_events_link_into_four_incidents(store):
    fill(store)
    by_event = {name: {incident_of(store, e) for e in reports} for name, reports in EVENTS.items()}
    assert all(len(ids) == 1 for ids in by_event.values()), by_event
    assert len({next(iter(ids)) for ids in by_event.values()}) == 4
    assert store.stats().incidents == 4 + len(DISTRACTORS)


def test_same_type_same_region_other_events_stay_apart(store):
    fill(store)
    market = incident_of(store, EVENTS["kherson_market"][0])
    assert {incident_of(store, d) for d in DISTRACTORS}.isdisjoint({market})
    assert len({incident_of(store, d) for d in DISTRACTORS}) == 2


def test_linked_incident_shows_disagreement_and_independent_sources(store):
    fill(store)
    detail = store.incident(incident_of(store, EVENTS["kherson_market"][0]))
    linked = detail.incident
    assert linked.report_count == 3
    # two outlets quote the governor: one origin; the prosecutor is the second
    assert linked.independent_sources == 2
    killed = next(d for d in linked.disagreements if d.field == "killed")
    assert sorted(killed.values.values()) == [27, 27, 30]
    assert linked.killed.value == 27
    assert {r.outlet for r in detail.reports} == {"Kyiv Daily", "Dnipro Wire", "South Post"}
    assert all(r.incident.evidence[0].quote in store.article(r.article_id).text for r in detail.reports)


def test_merged_fields_take_the_most_precise_date_and_place(store):
    fill(store)
    bomb = store.incident(incident_of(store, EVENTS["belgorod_bomb"][1])).incident
    assert bomb.location.precision == "settlement" and bomb.location.place == "Belgorod"
    assert bomb.certainty == "confirmed"
    assert {d.field for d in bomb.disagreements} == {"certainty"}
    refusal = store.incident(incident_of(store, EVENTS["avdiivka_refusal"][1])).incident
    assert (refusal.date.value, refusal.date.precision) == ("2023-10-19", "day")
    assert refusal.participants.value == 60 and refusal.disagreements == []


def test_linking_is_incremental(store):
    fill(store)
    untouched = {i.id: i.updated for i in store.incidents() if i.type != "strike"}
    late = report(
        "Night Desk",
        "Shells hit the crowded market in Kherson; the prosecutor general now counts 31 dead.",
        date=("2023-11-07", "day"),
        where=place("Kherson"),
        killed=31,
        sources=("Prosecutor General",),
    )
    added = store.add(late)
    market = incident_of(store, EVENTS["kherson_market"][0])
    assert added.incident_ids == [market]
    assert store.incident(market).incident.report_count == 4
    assert {i.id: i.updated for i in store.incidents() if i.type != "strike"} == untouched


@pytest.mark.parametrize(
    "filters, expected",
    [
        (IncidentFilter(type="accidental_release"), {"belgorod_bomb"}),
        (IncidentFilter(country="RU"), {"belgorod_bomb", "novorossiysk_drones"}),
        (IncidentFilter(admin1="UA-14"), {"avdiivka_refusal"}),
        (IncidentFilter(since="2023-10-01", until="2023-10-31"), {"avdiivka_refusal"}),
        (IncidentFilter(certainty="confirmed"), {"belgorod_bomb"}),
        (IncidentFilter(search="oil depot"), {"novorossiysk_drones"}),
        (IncidentFilter(search="Chuvashia"), {"avdiivka_refusal"}),
        (IncidentFilter(bbox=(36.0, 44.0, 38.0, 49.0)), {"avdiivka_refusal", "novorossiysk_drones"}),
    ],
)
def test_incident_filters(store, filters, expected):
    fill(store)
    ids = {i.id for i in store.incidents(filters)}
    assert ids == {incident_of(store, EVENTS[name][0]) for name in expected}
    assert store.count_incidents(filters) == len(expected)


def test_paging_and_counts(store):
    fill(store)
    everything = [i.id for i in store.incidents()]
    pages = [i.id for n in range(0, 6, 2) for i in store.incidents(IncidentFilter(limit=2, offset=n))]
    assert pages == everything
    assert store.counts("type") == {"accidental_release": 1, "refusal_to_fight": 1, "strike": 4}
    assert store.counts("month") == {"2023-04": 1, "2023-08": 1, "2023-10": 1, "2023-11": 3}
    assert store.counts("admin1", IncidentFilter(country="UA")) == {"UA-14": 1, "UA-65": 3}
    with pytest.raises(ValueError, match="accepted: type, month"):
        store.counts("weekday")  # type: ignore[arg-type]


def test_search_finds_articles_and_evidence(store):
    fill(store)
    hits = store.search("crater")
    assert {h.kind for h in hits} == {"article", "report"}
    assert all(h.article_id == EVENTS["belgorod_bomb"][2].article.id for h in hits)
    assert "[crater]" in hits[0].snippet
    with pytest.raises(ValueError, match="at least one word"):
        store.search(" ;' ")


def test_unknown_store_scheme_lists_the_accepted_ones():
    with pytest.raises(ValueError, match="unknown store URL scheme 'mysql'; accepted: sqlite:///PATH"):
        open_store("mysql://localhost/fogwatch")


def test_a_report_linking_two_incidents_joins_them(store):
    day, kherson = ("2023-11-07", "day"), place("Kherson")
    market = report("Kyiv Daily", "Artillery shelled the central market in Kherson, killing 27 shoppers.",
                    date=day, where=kherson)  # fmt: skip
    depot = report("South Post", "A tram depot and a bakery near the river port were hit in Kherson; a driver died.",
                   date=day, where=kherson)  # fmt: skip
    first, second = store.add(market).incident_ids[0], store.add(depot).incident_ids[0]
    assert first != second
    bridge = report("Night Desk", "Shelling hit the central market and the tram depot in Kherson, killing 27"
                    " shoppers and a driver.", date=day, where=kherson)  # fmt: skip
    assert store.add(bridge).incident_ids == [first]
    assert [i.report_count for i in store.incidents()] == [3]
    assert store.incident(second).incident.id == first  # the old id still leads to the event


def test_text_a_backend_cannot_hold_is_refused_with_a_reason_or_kept_exactly(store):
    extraction = report("Null Wire", "A shell hit the depot\x00 in Kherson.", date=("2023-11-07", "day"))
    try:
        store.add(extraction)
    except ValueError as exc:  # PostgreSQL text has no NUL character
        assert "cannot store this article" in str(exc)
        assert store.stats().articles == 0
    else:
        assert store.article(extraction.article.id).text == extraction.article.text


def test_a_batch_commits_together_or_not_at_all(store):
    first, second = EVENTS["novorossiysk_drones"]
    with pytest.raises(RuntimeError), store.batch():
        store.add(first)
        raise RuntimeError("the disk filled up")
    assert store.stats().articles == 0
    with store.batch():
        store.add(first)
        store.add(second)
    assert (store.stats().articles, store.stats().incidents) == (2, 1)


def test_threads_share_one_store(store):
    from concurrent.futures import ThreadPoolExecutor

    reports = all_reports()
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(store.add, reports))
        listed = list(pool.map(lambda _: len(store.incidents()), range(20)))
    assert {r.status for r in results} == {"stored"} and all(n <= 6 for n in listed)
    assert store.stats().incidents == 6
