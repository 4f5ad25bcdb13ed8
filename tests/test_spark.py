"""The Spark job in local mode gives the same records as `fogwatch extract` on the same inputs."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fogwatch.batch import Tally, run_batch
from fogwatch.cli import app
from fogwatch.model import Rejected
from fogwatch.readers import read_inputs
from fogwatch.spark import article_row, extraction_from_rows, read_output, read_rejects, report_row
from fogwatch.spark_link import connected_components, window_pairs
from fogwatch.store import open_store

LINKED = Path(__file__).parents[1] / "examples" / "linked"

REPORTS = {
    "sahel.txt": (
        "Army drone strike hits wedding party near Djibo\n"
        "A drone operated by the army struck a wedding party near Djibo on Saturday, killing at least 14 "
        "civilians, a local rights group said.\n"
        "The army denied that civilians were among the dead.\n"
    ),
    "sahel-again.txt": (
        "Rights group counts civilian dead after Djibo strike\n"
        "At least 16 civilians were killed when an army drone struck a wedding near Djibo on Saturday, "
        "according to residents reached by phone.\n"
    ),
    "kharkiv.txt": (
        "Two conscripts were detained in Kharkiv on Tuesday after they refused to return to their unit, "
        "a military court said.\n"
    ),
}
FEED = [
    {
        "text": "Rebels shelled the market of Goma on Monday, wounding nine traders, a hospital official said.",
        "url": "https://news.example.org/goma",
        "published": "2024-02-14",
    },
    "{broken json",
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    lines = [json.dumps(x) if isinstance(x, dict) else x for x in FEED]
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_rows_rebuild_the_record(corpus, resources):
    results = list(run_batch(read_inputs([str(corpus / "sahel.txt")]), resources, Tally()))
    extraction = results[0]
    rows = [report_row(extraction.article.id, n, inc) for n, inc in enumerate(extraction.incidents)]
    assert extraction_from_rows(article_row(extraction, "sahel.txt"), reversed(rows)) == extraction


def test_connected_components_take_the_smallest_member():
    groups = connected_components(["a", "b", "c", "d"], [("c", "b"), ("b", "a")])
    assert groups == {"a": "a", "b": "a", "c": "a", "d": "d"}


def test_each_bucket_member_is_paired_with_its_neighbours_in_date_order():
    members = [_key("c", "2024-03-05"), _key("a", "2024-03-01"), _key("b", "2024-03-02"), _key("d", None)]
    pairs = [(a.id, b.id) for a, b in window_pairs(members, window=1)]
    assert pairs == [("d", "a"), ("a", "b"), ("b", "c")]  # undated first, then by date; one neighbour each


def _key(id: str, day: str | None):
    from fogwatch.link import ReportKey

    return ReportKey(id, id, "strike", day, "day" if day else "none", None, None, None, None, None, None, frozenset())


@pytest.fixture(scope="module")
def spark():
    from fogwatch.spark import spark_session

    session = spark_session("local[2]", app="fogwatch-test")
    yield session
    session.stop()


@pytest.mark.spark
def test_spark_output_equals_single_process_output(corpus, resources, tmp_path, spark):
    from fogwatch.spark import run_job

    inputs = [str(corpus / name) for name in REPORTS] + [str(corpus / "feed.jsonl")]
    counts = run_job(spark, inputs, str(tmp_path / "out"))

    local = list(run_batch(read_inputs(inputs), resources, Tally()))
    expected = {e.article.id: e for e in local if not isinstance(e, Rejected)}
    got = {e.article.id: e for e in read_output(str(tmp_path / "out"))}
    assert got == expected
    assert counts["articles"] == len(expected) == 4
    assert counts["rejects"] == sum(isinstance(e, Rejected) for e in local) == len(read_rejects(str(tmp_path / "out")))
    assert counts["reports"] == sum(len(e.incidents) for e in expected.values())

    # `fogwatch ingest` fills a store from the job's tables, as it would from the inputs themselves.
    db = str(tmp_path / "from-spark.db")
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "out"), "--db", db])
    assert result.exit_code == 0, result.output
    assert f"5 articles in = 4 stored + 0 duplicates + 1 rejected ({counts['reports']} reports stored)" in result.output


@pytest.mark.spark
def test_spark_groups_are_the_store_incidents(tmp_path, spark):
    """examples/linked: twelve reports of four events and two that stay apart, linked on Spark and in the store."""
    import pyarrow.parquet as pq

    from fogwatch.spark import run_job

    files = sorted(str(p) for p in LINKED.iterdir() if p.suffix in (".txt", ".html"))
    run_job(spark, files, str(tmp_path / "out"))
    groups = pq.read_table(str(tmp_path / "out" / "groups")).to_pylist()
    on_spark = {row["report_id"]: row["group_id"] for row in groups}

    db = str(tmp_path / "linked.db")
    assert CliRunner().invoke(app, ["ingest", *files, "--db", db]).exit_code == 0
    store = open_store(db)
    in_store = dict(store._all("SELECT id, incident_id FROM reports"))  # type: ignore[attr-defined]
    store.close()

    assert _partition(on_spark) == _partition(in_store)
    assert len(_partition(on_spark)) < len(on_spark)  # some reports did link


def _partition(group_of: dict) -> set[frozenset]:
    groups: dict = {}
    for member, group in group_of.items():
        groups.setdefault(group, set()).add(member)
    return {frozenset(g) for g in groups.values()}
