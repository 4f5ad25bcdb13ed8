"""Entry point for `spark-submit`: `spark_main.py INPUT OUTPUT` (the master comes from spark-submit)."""

from __future__ import annotations

import sys

from fogwatch.spark import run_job


def main(argv: list[str]) -> None:
    from pyspark.sql import SparkSession

    if len(argv) != 2:
        raise SystemExit("usage: spark_main.py INPUT OUTPUT")
    session = SparkSession.builder.appName("fogwatch").getOrCreate()
    try:
        counts = run_job(session, [p for p in argv[0].split(",") if p], argv[1])
    finally:
        session.stop()
    print(", ".join(f"{n} {table}" for table, n in counts.items()))


if __name__ == "__main__":
    main(sys.argv[1:])
