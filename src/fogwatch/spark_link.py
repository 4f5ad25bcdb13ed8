"""spark_link: linking at scale. Spark's MinHash LSH proposes candidate pairs of
reports with similar evidence wording; `link.py` makes the same decision on each
pair as the store does; connected components of accepted pairs become groups.
"""

from __future__ import annotations

from typing import Any

# Jaccard distance under which two reports' evidence words make a candidate pair;
# the store's decision then checks type, dates and places.
MAX_DISTANCE = 0.85
NUM_HASH_TABLES = 8


def link_reports(spark: Any, reports: Any) -> Any:
    """DataFrame(report_id, group_id) for every report; a lone report is its own group."""
    from pyspark.ml.feature import HashingTF, MinHashLSH
    from pyspark.sql import functions as F

    # The store's own content-word tokens, so candidates and decisions see the same words.
    keyed = reports.rdd.map(
        lambda r: (
            r["report_id"], r["article_id"], r["type"], r["country"], r["record_json"],
            sorted(link_tokens(r["record_json"])),
        )
    )  # fmt: skip
    frame = spark.createDataFrame(
        keyed,
        "report_id string, article_id string, type string, country string, record_json string, tokens array<string>",
    )
    vectors = HashingTF(inputCol="tokens", outputCol="features", numFeatures=1 << 18).transform(
        frame.filter(F.size("tokens") > 0)
    )
    model = MinHashLSH(inputCol="features", outputCol="hashes", numHashTables=NUM_HASH_TABLES).fit(vectors)
    pairs = model.approxSimilarityJoin(vectors, vectors, MAX_DISTANCE, distCol="distance")
    pairs = pairs.filter(F.col("datasetA.report_id") < F.col("datasetB.report_id"))
    pairs = pairs.filter(F.col("datasetA.type") == F.col("datasetB.type"))
    # Reports placed in two different countries are never one event (link.places_agree): cheap to drop here,
    # before the per-pair decision runs in Python.
    pairs = pairs.filter(
        F.col("datasetA.country").isNull()
        | F.col("datasetB.country").isNull()
        | (F.col("datasetA.country") == F.col("datasetB.country"))
    )
    accepted = (
        pairs.select(
            F.col("datasetA.report_id").alias("ra"),
            F.col("datasetA.article_id").alias("aa"),
            F.col("datasetA.record_json").alias("a"),
            F.col("datasetB.report_id").alias("rb"),
            F.col("datasetB.article_id").alias("ab"),
            F.col("datasetB.record_json").alias("b"),
        )
        .rdd.filter(lambda r: same_event_json((r["ra"], r["aa"], r["a"]), (r["rb"], r["ab"], r["b"])))
        .map(lambda r: (r["ra"], r["rb"]))
        .collect()
    )
    report_ids = [row["report_id"] for row in reports.select("report_id").collect()]
    groups = connected_components(report_ids, accepted)
    return spark.createDataFrame(sorted(groups.items()), "report_id string, group_id string")


def link_tokens(record_json: str) -> frozenset[str]:
    from fogwatch.link import evidence_text, tokens
    from fogwatch.model import Incident

    return tokens(evidence_text(Incident.model_validate_json(record_json)))


def same_event_json(a: tuple[str, str, str], b: tuple[str, str, str]) -> bool:
    """The store's pairwise decision on two (report id, article id, record JSON) reports."""
    from fogwatch.link import report_key, same_event
    from fogwatch.model import Incident

    key_a = report_key(a[0], a[1], Incident.model_validate_json(a[2]))
    key_b = report_key(b[0], b[1], Incident.model_validate_json(b[2]))
    return same_event(key_a, key_b)


def connected_components(nodes: list[str], edges: list[tuple[str, str]]) -> dict[str, str]:
    """node -> the smallest node of its component (union-find)."""
    parent = {n: n for n in nodes}

    def root(n: str) -> str:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    for a, b in edges:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {n: root(n) for n in nodes}
