"""The store's commands end to end: ingest (twice), incidents, show, export, on both backends."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from events import all_reports
from typer.testing import CliRunner

from fogwatch.cli import app
from fogwatch.store import open_store

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
LINKED = EXAMPLES / "linked"
runner = CliRunner()


def fogwatch(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def tally(stderr: str) -> tuple[int, int, int, int]:
    m = re.search(r"(\d+) articles in = (\d+) stored \+ (\d+) duplicates \+ (\d+) rejected", stderr)
    assert m, stderr
    return tuple(int(g) for g in m.groups())  # type: ignore[return-value]


@pytest.fixture
def inputs(tmp_path: Path) -> list[str]:
    """The bundled examples (when present) plus a report of our own, and an input that cannot be read."""
    own = tmp_path / "own.txt"
    own.write_text("Drones struck a fuel depot in Novorossiysk on 4 August 2023, setting two tanks ablaze, the mayor"
                   " said.\n", encoding="utf-8")  # fmt: skip
    found = [str(EXAMPLES)] if EXAMPLES.is_dir() else []
    return [*found, str(own), str(tmp_path / "missing.txt")]


def test_ingesting_twice_changes_nothing_the_second_time(store_url, inputs):
    code, _, first_err = fogwatch("ingest", *inputs, "--db", store_url)
    assert code == 0, first_err
    articles_in, stored, duplicates, rejected = tally(first_err)
    assert articles_in == stored + duplicates + rejected and stored >= 1 and rejected >= 1
    store = open_store(store_url)
    before = (store.stats(), [i.model_dump() for i in store.incidents()], store.rejected())
    code, _, second_err = fogwatch("ingest", *inputs, "--db", store_url)
    assert code == 0
    assert tally(second_err) == (articles_in, 0, stored + duplicates, rejected)
    assert (store.stats(), [i.model_dump() for i in store.incidents()], store.rejected()) == before
    store.close()


def test_incidents_show_and_export_commands(store_url, tmp_path):
    store = open_store(store_url)
    for extraction in all_reports():  # built by hand: these commands must not hang on extraction quality
        store.add(extraction)
    store.close()
    code, listing, _ = fogwatch("incidents", "--format", "json", "--type", "strike", "--db", store_url)
    assert code == 0
    strikes = json.loads(listing)
    assert len(strikes) == 4 and {i["type"] for i in strikes} == {"strike"}
    market = next(i for i in strikes if i["report_count"] == 3)
    code, shown, _ = fogwatch("show", market["id"], "--db", store_url)
    assert code == 0 and f"incident {market['id']}: strike, 2023-11-07 (day), Kherson" in shown
    assert "disagreement killed: 27 (" in shown and "30 (Dnipro Wire)" in shown
    code, table, _ = fogwatch("incidents", "--search", "crater", "--db", store_url)
    assert code == 0 and "accidental_release" in table and "strike" not in table
    code, _, said = fogwatch("export", "--format", "acled", "-o", str(tmp_path / "a.csv"), "--db", store_url)
    assert code == 0 and "6 incidents written" in said
    assert (tmp_path / "a.csv").read_text().startswith("event_id_cnty,event_date,year,time_precision,")


def test_bad_requests_say_what_is_accepted(tmp_path):
    db = str(tmp_path / "f.db")
    assert fogwatch("incidents", "--type", "riot", "--db", db)[2].startswith("error unknown type 'riot'; accepted:")
    assert "accepted: jsonl, csv, acled, geojson" in fogwatch("export", "--format", "xml", "-o", "x", "--db", db)[2]
    assert "unknown store URL scheme 'mysql'" in fogwatch("incidents", "--db", "mysql://h/db")[2]
    assert fogwatch("show", "999", "--db", db)[0] == 1


# Acceptance for issue 5, end to end on examples/linked/ (expectations in eval/linked-events.md): extraction,
# then incremental linking, in either order of arrival.
LINKED_EVENTS = {  # event -> (type, words its evidence holds, the files that report it)
    "kramatorsk_hotel": ("strike", ("hotel",), ("kramatorsk-hotel-strike-donbas-news.txt",
                         "kramatorsk-hotel-strike-euro-monitor.html", "kramatorsk-hotel-strike-review.txt")),
    "el_fasher_hospital": ("strike", ("hospital", "El Fasher"), ("el-fasher-hospital-drone-darfur24.txt",
                           "el-fasher-hospital-drone-africa-desk.txt", "el-fasher-hospital-drone-monthly.html")),
    "voronezh_crash": ("military_accident", ("Su-34",), ("voronezh-su34-crash-ria-regional.txt",
                       "voronezh-su34-crash-aviation-weekly.txt")),
    "kazan_refusal": ("refusal_to_fight", (), ("kazan-mobilised-refuse-idel-wire.txt",
                      "kazan-mobilised-refuse-volga-review.txt")),
}  # fmt: skip
APART = ("kramatorsk-school-glide-bomb.txt", "sloviansk-bus-depot-drone.txt")


@pytest.mark.parametrize("order", ["sorted", "reversed"])
def test_examples_linked_make_exactly_four_incidents(tmp_path, order):
    db = str(tmp_path / "linked.db")
    files = sorted((str(p) for p in LINKED.iterdir() if p.suffix in (".txt", ".html")), reverse=order == "reversed")
    code, _, said = fogwatch("ingest", *files, "--db", db)
    assert code == 0, said
    store = open_store(db)
    rows = store._all(  # type: ignore[attr-defined]
        "SELECT a.input, r.type, r.evidence, r.incident_id FROM reports r JOIN articles a ON a.id = r.article_id"
    )
    assert len(rows) >= 10

    def incidents_of(name: str, type: str, words: tuple[str, ...]) -> set[int]:
        return {
            i for path, t, evidence, i in rows
            if path.endswith(name) and t == type and all(w in evidence for w in words)
        }  # fmt: skip

    events, problems = {}, []
    for event, (type, words, names) in LINKED_EVENTS.items():
        per_file = [incidents_of(name, type, words) for name in names]
        missing = [name for name, found in zip(names, per_file, strict=True) if not found]
        joined = set().union(*per_file)
        if missing:
            problems.append(f"{event}: no {type} report with {words} in {missing}")
        elif len(joined) != 1:
            problems.append(f"{event}: its reports are in {len(joined)} incidents")
        else:
            events[event] = joined.pop()
    assert not problems, problems
    assert len(set(events.values())) == 4
    apart = [incidents_of(name, "strike", ()) for name in APART]
    assert events["kramatorsk_hotel"] not in set().union(*apart) and not apart[0] & apart[1]
    hotel = store.incident(str(events["kramatorsk_hotel"])).incident
    assert {d.field: sorted(set(d.values.values())) for d in hotel.disagreements}.get("killed") == [27, 30]
    store.close()
