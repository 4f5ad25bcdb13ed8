"""Exports of a small linked store: every format, and ACLED's columns and conventions."""

from __future__ import annotations

import csv
import json

import pytest

from fogwatch.export import ACLED_COLUMNS, FORMATS, acled_date, event_types, export, interaction
from fogwatch.model import DateField, Equipment, LinkedIncident
from fogwatch.store import open_store
from fogwatch.store.base import IncidentDetail
from store.events import EVENTS, all_reports


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = open_store(str(tmp_path_factory.mktemp("export") / "fogwatch.db"))
    for extraction in all_reports():
        s.add(extraction)
    yield s
    s.close()


def market_id(store) -> str:
    report_id = f"{EVENTS['kherson_market'][0].article.id}:0"
    return next(i.id for i in store.incidents() if report_id in i.report_ids)


def test_acled_has_its_31_columns_in_order_and_codes_the_market_shelling(store, tmp_path):
    path = tmp_path / "acled.csv"
    assert export(store, "acled", path) == 6
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        rows = {r["event_id_cnty"]: r for r in reader}
    assert tuple(reader.fieldnames) == ACLED_COLUMNS and len(ACLED_COLUMNS) == 31
    row = rows[f"UKR{market_id(store)}"]
    assert (row["event_date"], row["year"], row["time_precision"]) == ("2023-11-07", "2023", "1")
    assert (row["disorder_type"], row["event_type"], row["sub_event_type"]) == (
        "Political violence", "Explosions/Remote violence", "Shelling/artillery/missile attack",
    )  # fmt: skip
    assert (row["iso"], row["country"], row["region"], row["admin1"]) == ("804", "Ukraine", "Europe", "Kherson Oblast")
    assert (row["location"], row["geo_precision"], row["latitude"]) == ("Kherson", "1", "46.6354")
    assert row["fatalities"] == "27"
    assert "killed: 27 (Kyiv Daily, South Post), 30 (Dnipro Wire)" in row["notes"]
    assert row["tags"] == "fogwatch:strike; certainty:reported; reports:3"
    assert set(row["source"].split("; ")) == {
        "Oleksandr Prokudin", "Prosecutor General", "Kyiv Daily", "Dnipro Wire", "South Post",
    }  # fmt: skip
    russian = [r for r in rows.values() if r["iso"] == "643"]
    assert {r["country"] for r in russian} == {"Russia"} and len(russian) == 2


def test_acled_event_types_follow_type_and_equipment():
    def linked(type, *kinds):
        return LinkedIncident(id="1", type=type, summary="s", date=DateField(), certainty="reported",
                              independent_sources=1, report_count=1,
                              equipment=[Equipment(name=k, kind=k, quote=k) for k in kinds])  # fmt: skip

    assert event_types(linked("strike", "drone"))[2] == "Air/drone strike"
    assert event_types(linked("friendly_fire"))[1:] == ("Battles", "Armed clash")
    assert event_types(linked("friendly_fire", "aircraft"))[2] == "Air/drone strike"
    assert event_types(linked("repression")) == ("Strategic developments", "Strategic developments", "Arrests")
    assert event_types(linked("losses"))[2] == "Other"


@pytest.mark.parametrize(
    "date, expected",
    [
        (DateField(value="2023-09", precision="month"), ("2023-09-15", 3, "date_precision:month")),
        (DateField(value="2023-09-14", precision="day"), ("2023-09-14", 1, None)),
        (DateField(precision="none", not_after="2023-10-02"), ("2023-10-02", 3, "date_precision:upper_bound")),
    ],
)
def test_acled_dates_centre_imprecise_months(date, expected):
    incident = LinkedIncident(id="1", type="strike", summary="s", date=date, certainty="reported",
                              independent_sources=1, report_count=1)  # fmt: skip
    assert acled_date(incident) == expected


@pytest.mark.parametrize("a, b, code", [(1, 7, "17"), (7, 1, "17"), (1, None, "10"), (None, None, "")])
def test_acled_interaction_codes(a, b, code):
    assert interaction(a, b) == code


def test_geojson_places_each_linked_incident_once(store, tmp_path):
    path = tmp_path / "incidents.geojson"
    export(store, "geojson", path)
    data = json.loads(path.read_text())
    market = next(f for f in data["features"] if f["id"] == market_id(store))
    assert market["geometry"] == {"type": "Point", "coordinates": [32.6169, 46.6354]}
    assert (market["properties"]["killed"], market["properties"]["report_count"]) == (27, 3)
    assert len(data["features"]) == 6


def test_csv_and_jsonl_hold_one_record_per_linked_incident(store, tmp_path):
    export(store, "csv", tmp_path / "i.csv")
    export(store, "jsonl", tmp_path / "i.jsonl")
    with open(tmp_path / "i.csv", newline="") as f:
        rows = list(csv.DictReader(f))
    details = [IncidentDetail.model_validate_json(line) for line in (tmp_path / "i.jsonl").read_text().splitlines()]
    assert len(rows) == len(details) == 6
    market = next(d for d in details if d.incident.id == market_id(store))
    assert len(market.reports) == 3
    assert next(r for r in rows if r["id"] == market_id(store))["independent_sources"] == "2"


def test_unknown_format_lists_the_accepted(store, tmp_path):
    with pytest.raises(ValueError, match="accepted: " + ", ".join(FORMATS)):
        export(store, "xlsx", tmp_path / "x")
