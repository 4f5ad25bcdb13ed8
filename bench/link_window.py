"""How many neighbours per LSH bucket Spark's linking needs: for each window, the candidate pairs it decides and
whether its groups equal those of the exhaustive bucket join (every pair of every bucket).

    .venv/bin/fogwatch extract CORPUS --workers 2 -o reports.jsonl
    .venv/bin/python bench/link_window.py reports.jsonl --windows 5,10,20,50

CORPUS: any articles, for instance the synthetic ones `bench/scale.py` writes (template-built, so buckets are
crowded: a hard case for a window).
"""

from __future__ import annotations

import argparse
import itertools
import time
from collections import defaultdict
from collections.abc import Iterable

from fogwatch.link import ReportKey, band_keys, report_key, same_event
from fogwatch.model import Extraction
from fogwatch.spark_link import connected_components, window_pairs


def read_keys(path: str) -> list[ReportKey]:
    keys = []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            extraction = Extraction.model_validate_json(line)
            for n, incident in enumerate(extraction.incidents):
                keys.append(report_key(f"{extraction.article.id}:{n}", extraction.article.id, incident))
    return keys


def groups(keys: list[ReportKey], pairs: Iterable[tuple[ReportKey, ReportKey]]) -> set[frozenset[str]]:
    decided: set[tuple[str, str]] = set()
    edges = []
    for a, b in pairs:
        pair = (min(a.id, b.id), max(a.id, b.id))
        if pair not in decided:
            decided.add(pair)
            if same_event(a, b):
                edges.append(pair)
    members: dict[str, set[str]] = defaultdict(set)
    for node, root in connected_components([k.id for k in keys], edges).items():
        members[root].add(node)
    print(f"    {len(decided):>9} pairs decided, {len(edges):>7} linked, {len(members):>6} groups")
    return {frozenset(m) for m in members.values()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("reports", help="JSON Lines of `fogwatch extract`")
    parser.add_argument("--windows", default="5,10,20,50")
    args = parser.parse_args()
    keys = read_keys(args.reports)
    buckets: dict[int, list[ReportKey]] = defaultdict(list)
    for key in keys:
        for bucket in band_keys(key):
            buckets[bucket].append(key)
    sizes = sorted((len(b) for b in buckets.values()), reverse=True)
    print(f"{len(keys)} reports, {len(buckets)} buckets, largest {sizes[:5]}")
    start = time.perf_counter()
    print("exhaustive:")
    exhaustive = groups(keys, (pair for b in buckets.values() for pair in itertools.combinations(b, 2)))
    print(f"    {time.perf_counter() - start:.1f} s")
    for window in (int(w) for w in args.windows.split(",")):
        start = time.perf_counter()
        print(f"window {window}:")
        found = groups(keys, (pair for b in buckets.values() for pair in window_pairs(b, window)))
        same = "the same groups" if found == exhaustive else f"{len(found ^ exhaustive)} groups differ"
        print(f"    {time.perf_counter() - start:.1f} s, {same}")


if __name__ == "__main__":
    main()
