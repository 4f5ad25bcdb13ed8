"""spark: the same clean -> extract pipeline on Apache Spark, for corpora past one machine.

Each partition runs `batch.extract_one` with resources loaded once per executor
process (`load_resources` is cached, and PySpark reuses its Python workers), and
writes Parquet tables:

    OUTPUT/articles   one row per article (the spec's article record; lists as JSON)
    OUTPUT/reports    one row per extracted incident report, flat columns plus the full record
    OUTPUT/rejects    one row per rejected input, with the reason
    OUTPUT/groups     report -> linked incident group (MinHash LSH candidates, link.py decisions)
"""

from __future__ import annotations

import io
import json
import os
import sys
import time
from collections.abc import Iterable, Iterator
from typing import Any

from fogwatch.model import Extraction, Incident, RawReport, Rejected

JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")

ARTICLE_COLUMNS = [
    "id",
    "input",
    "url",
    "outlet",
    "title",
    "published",
    "published_source",
    "language",
    "text",
    "removed_json",
    "embeds_json",
]
REPORT_COLUMNS = [
    "report_id",
    "article_id",
    "n",
    "type",
    "summary",
    "date_value",
    "date_precision",
    "date_not_after",
    "place",
    "admin1_code",
    "country",
    "lat",
    "lon",
    "killed",
    "wounded",
    "participants",
    "certainty",
    "confidence",
    "evidence_text",
    "record_json",
]
REJECT_COLUMNS = ["input", "reason"]


# --- rows (pure: tested without Spark) ----------------------------------------


def article_row(extraction: Extraction, source: str) -> dict[str, Any]:
    a = extraction.article
    return {
        "id": a.id,
        "input": source,
        "url": a.url,
        "outlet": a.outlet,
        "title": a.title,
        "published": a.published,
        "published_source": a.published_source,
        "language": a.language,
        "text": a.text,
        "removed_json": json.dumps([r.model_dump() for r in a.removed], ensure_ascii=False),
        "embeds_json": json.dumps([e.model_dump() for e in a.embeds], ensure_ascii=False),
    }


def report_row(article_id: str, n: int, inc: Incident) -> dict[str, Any]:
    loc = inc.location
    return {
        "report_id": f"{article_id}:{n}",
        "article_id": article_id,
        "n": n,
        "type": inc.type,
        "summary": inc.summary,
        "date_value": inc.date.value,
        "date_precision": inc.date.precision,
        "date_not_after": inc.date.not_after,
        "place": loc.place or loc.name if loc else None,
        "admin1_code": loc.admin1_code if loc else None,
        "country": loc.country if loc else None,
        "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None,
        "killed": inc.killed.value if inc.killed else None,
        "wounded": inc.wounded.value if inc.wounded else None,
        "participants": inc.participants.value if inc.participants else None,
        "certainty": inc.certainty,
        "confidence": inc.confidence,
        "evidence_text": " ".join(e.quote for e in inc.evidence),
        "record_json": inc.model_dump_json(),
    }


def extraction_from_rows(article: dict[str, Any], reports: Iterable[dict[str, Any]]) -> Extraction:
    """Rebuild the spec's record from Parquet rows (what `fogwatch ingest` reads back)."""
    fields = {k: article[k] for k in ARTICLE_COLUMNS if k not in ("input", "removed_json", "embeds_json")}
    fields["removed"] = json.loads(article["removed_json"] or "[]")
    fields["embeds"] = json.loads(article["embeds_json"] or "[]")
    incidents = [Incident.model_validate_json(r["record_json"]) for r in sorted(reports, key=lambda r: r["n"])]
    return Extraction.model_validate({"article": fields, "incidents": [i.model_dump() for i in incidents]})


def rows_for(results: Iterable[tuple[str, Extraction | Rejected]]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Tag each result's rows with their table name."""
    for source, result in results:
        if isinstance(result, Rejected):
            yield "rejects", {"input": result.input, "reason": result.reason}
            continue
        yield "articles", article_row(result, source)
        for n, incident in enumerate(result.incidents):
            yield "reports", report_row(result.article.id, n, incident)


# --- per-partition work (runs on executors) -----------------------------------


def _raw_from_blob(name: str, data: bytes) -> list[RawReport | Rejected]:
    """Read one file's bytes with fogwatch's own readers, whatever filesystem Spark found it on."""
    from fogwatch.readers import guarded, read_source
    from fogwatch.readers.source import stream_source

    return list(guarded(name, lambda: read_source(stream_source(name, io.BytesIO(data)))))


def _raw_from_line(name: str, line: str) -> RawReport | Rejected:
    from fogwatch.readers.jsonl import parse_line

    return parse_line(line.encode("utf-8"), name)


def extract_blobs(blobs: Iterable[tuple[str, bytes]]) -> Iterator[tuple[str, dict[str, Any]]]:
    from fogwatch.batch import extract_one
    from fogwatch.resources import load_resources

    res = load_resources()
    for name, data in blobs:
        yield from rows_for((name, extract_one(item, res)) for item in _raw_from_blob(name, data))


def extract_lines(lines: Iterable[tuple[str, str]]) -> Iterator[tuple[str, dict[str, Any]]]:
    from fogwatch.batch import extract_one
    from fogwatch.resources import load_resources

    res = load_resources()
    for name, line in lines:
        if line.strip():
            yield from rows_for([(name, extract_one(_raw_from_line(name, line), res))])


# --- the job -------------------------------------------------------------------


def spark_session(master: str = "local[*]", app: str = "fogwatch") -> Any:
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.master(master).appName(app).config("spark.ui.enabled", "false")
    if master.startswith("local"):
        # A laptop or CI box: keep the driver on loopback, and give local workers this interpreter's
        # import path (a virtualenv's site-packages, an editable install), which they do not inherit.
        os.environ["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
        builder = (
            builder.config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.pyspark.python", sys.executable)
            # Spark's default of 200 shuffle partitions is for clusters: on one machine each is a task's overhead.
            .config("spark.sql.shuffle.partitions", str(2 * local_cores(master)))
        )
    return builder.getOrCreate()


def local_cores(master: str) -> int:
    """The cores a local master uses: local -> 1, local[4] -> 4, local[*] -> all of this machine's."""
    inside = master.partition("[")[2].partition("]")[0].split(",")[0]
    if inside.isdigit():
        return int(inside)
    return 1 if master == "local" else os.cpu_count() or 1


def tagged_rows(spark: Any, inputs: list[str]) -> Any:
    """An RDD of (table, row) pairs for every input path or glob."""
    sc = spark.sparkContext
    jsonl = [p for p in inputs if p.endswith(JSONL_SUFFIXES)]
    files = [p for p in inputs if not p.endswith(JSONL_SUFFIXES)]
    parts = []
    if files:
        parts.append(sc.binaryFiles(",".join(files)).mapPartitions(extract_blobs))
    if jsonl:
        lines = spark.read.text(jsonl).select("value").rdd.zipWithIndex()
        named = lines.map(lambda pair: (f"jsonl:{pair[1] + 1}", pair[0][0]))
        # A small file is one split: spread its lines so that every core extracts.
        parts.append(named.repartition(max(2, sc.defaultParallelism * 2)).mapPartitions(extract_lines))
    return sc.union(parts) if len(parts) > 1 else parts[0]


def run_job(spark: Any, inputs: list[str], output: str, seconds: dict[str, float] | None = None) -> dict[str, int]:
    """Extract every input, write the Parquet tables, link reports; returns row counts per table (and fills
    `seconds` with the wall time of extraction and of linking)."""
    from pyspark.sql import Row

    from fogwatch.spark_link import link_reports

    started = time.perf_counter()
    tagged = tagged_rows(spark, inputs).cache()
    counts: dict[str, int] = {}
    columns = {"articles": ARTICLE_COLUMNS, "reports": REPORT_COLUMNS, "rejects": REJECT_COLUMNS}
    schemas = {name: _schema(name) for name in columns}
    for table, cols in columns.items():
        rows = tagged.filter(lambda tr, t=table: tr[0] == t).map(lambda tr, c=cols: Row(**{k: tr[1].get(k) for k in c}))
        frame = spark.createDataFrame(rows, schemas[table])
        frame.write.mode("overwrite").parquet(f"{output.rstrip('/')}/{table}")
        counts[table] = frame.count()
    tagged.unpersist()
    extracted = time.perf_counter()
    reports = spark.read.parquet(f"{output.rstrip('/')}/reports")
    groups = link_reports(spark, reports)
    groups.write.mode("overwrite").parquet(f"{output.rstrip('/')}/groups")
    counts["groups"] = groups.select("group_id").distinct().count()
    if seconds is not None:
        seconds.update(extract=extracted - started, link=time.perf_counter() - extracted)
    return counts


def _schema(table: str) -> Any:
    from pyspark.sql.types import DoubleType, IntegerType, StringType, StructField, StructType

    numeric = {
        "n": IntegerType(),
        "lat": DoubleType(),
        "lon": DoubleType(),
        "killed": IntegerType(),
        "wounded": IntegerType(),
        "participants": IntegerType(),
        "confidence": DoubleType(),
    }
    cols = {"articles": ARTICLE_COLUMNS, "reports": REPORT_COLUMNS, "rejects": REJECT_COLUMNS}[table]
    return StructType([StructField(c, numeric.get(c, StringType()), True) for c in cols])


def read_output(path: str) -> Iterator[Extraction]:
    """The Extraction records of a job's output, read with pyarrow (no Spark needed): for `fogwatch ingest`."""
    import pyarrow.parquet as pq

    articles = pq.read_table(f"{path}/articles").to_pylist()
    by_article: dict[str, list[dict[str, Any]]] = {}
    for report in pq.read_table(f"{path}/reports").to_pylist():
        by_article.setdefault(report["article_id"], []).append(report)
    for article in articles:
        yield extraction_from_rows(article, by_article.get(article["id"], []))


def is_job_output(path: str) -> bool:
    """Whether `path` is a folder a `fogwatch spark` run wrote (its articles and reports tables)."""
    return os.path.isdir(os.path.join(path, "articles")) and os.path.isdir(os.path.join(path, "reports"))


def read_records(path: str) -> Iterator[tuple[str, Extraction | Rejected]]:
    """(input, record) for every article and reject of a job's output: what `fogwatch ingest` stores."""
    import pyarrow.parquet as pq

    inputs = {row["id"]: row["input"] for row in pq.read_table(f"{path}/articles", columns=["id", "input"]).to_pylist()}
    for extraction in read_output(path):
        yield inputs.get(extraction.article.id) or extraction.article.id, extraction
    for rejected in read_rejects(path):
        yield rejected.input, rejected


def read_rejects(path: str) -> list[Rejected]:
    import pyarrow.parquet as pq

    return [Rejected(**row) for row in pq.read_table(f"{path}/rejects").to_pylist()]
