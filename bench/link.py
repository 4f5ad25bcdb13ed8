"""Linking at scale: store N synthetic reports one by one and time each new report as the store grows.

    .venv/bin/python bench/link.py                 # 100,000 reports into a temporary SQLite file
    .venv/bin/python bench/link.py --n 20000 --db postgresql://...

Synthetic events (a type, a place inside one of 60 regions, a day within two years, a few words of their own)
are told by one to four outlets each, in the order a user collecting reports would meet them (by date, an
event's reports over the following days). Each report's wording mixes the event's own words, words of its type
and general filler, so same-type events of one region share vocabulary. The bench prints reports/s, the mean
time per new report (CPU time, which a busy machine does not inflate, and wall time) over the 1,000 reports
before each checkpoint, and how well the links match the truth.

Measured (SQLite, 2 cores shared with other jobs), ms of CPU per new report at 10k / 50k / 100k stored:
2.80 / 4.35 / 5.21 before the 64 MB page cache, 2.37 / 4.82 / 4.45 with it (flat from 50k to 100k);
~240 reports/s of CPU time; pairwise link precision 1.000, recall 0.861 against the synthetic truth.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

from fogwatch.model import Article, Count, DateField, Evidence, Extraction, Incident, Location
from fogwatch.store import open_store

TYPES = ("strike", "armed_clash", "friendly_fire", "refusal_to_fight", "military_accident", "repression")
WINDOW = 1000
BATCH = 100  # reports per transaction, as `fogwatch ingest` would commit a folder


def pseudo_words(rng: random.Random, n: int) -> list[str]:
    syllables = [c + v for c in "bdgklmnprstvz" for v in "aeiou"]
    return sorted({"".join(rng.choices(syllables, k=rng.randint(2, 4))) for _ in range(n)})


class World:
    """Regions, vocabularies and events, all from one seed."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        words = pseudo_words(self.rng, 30000)
        self.filler, self.type_words, self.event_words = words[:3000], words[3000:4000], words[4000:]
        self.regions = [
            (f"XX-{i:02d}", 44.0 + self.rng.random() * 8, 30.0 + self.rng.random() * 10, self.rng.choice(words))
            for i in range(60)
        ]
        self.outlets = [f"Outlet {w.title()}" for w in self.rng.sample(words, 80)]

    def event(self, n: int, day: date) -> dict:
        code, lat, lon, name = self.rng.choice(self.regions)
        type = self.rng.choice(TYPES)
        t = TYPES.index(type)
        return dict(
            n=n, type=type, day=day, admin1=code, place=name,
            lat=lat + self.rng.uniform(-0.3, 0.3), lon=lon + self.rng.uniform(-0.3, 0.3),
            own=self.rng.sample(self.event_words, 7), kind=self.type_words[t * 150 : t * 150 + 150],
            killed=self.rng.choice([None, self.rng.randint(1, 40)]),
        )  # fmt: skip

    def report(self, event: dict, k: int) -> Extraction:
        rng = self.rng
        words = rng.sample(event["own"], 5) + rng.sample(event["kind"], 3) + rng.sample(self.filler, 10)
        rng.shuffle(words)
        sentence = f"In {event['place'].title()} " + " ".join(words) + "."
        outlet = rng.choice(self.outlets)
        text = f"{sentence}\n\n{outlet}, report {event['n']}-{k}."
        published = event["day"] + timedelta(days=k + rng.randint(0, 2))
        article = Article(
            id=hashlib.sha256(text.encode()).hexdigest()[:16], outlet=outlet, text=text, published=published.isoformat()
        )
        killed = event["killed"] and event["killed"] + rng.choice([0, 0, 0, 3])
        incident = Incident(
            type=event["type"], summary=sentence,
            date=DateField(value=event["day"].isoformat(), precision="day", not_after=published.isoformat()),
            location=Location(name=event["place"], place=event["place"], admin1_code=event["admin1"], country="UA",
                              lat=event["lat"], lon=event["lon"], precision="settlement"),
            killed=Count(value=killed, quote=str(killed)) if killed else None,
            evidence=[Evidence(start=0, end=len(sentence), quote=sentence)], confidence=0.8,
        )  # fmt: skip
        return Extraction(article=article, incidents=[incident])


def stream(world: World, n: int):
    """(event number, extraction) in the order a collector would meet them."""
    start, made, pending = date(2022, 3, 1), 0, []
    event_no = 0
    while made < n:
        day = start + timedelta(days=event_no * 730 // (n // 2))  # ~2 reports per event over two years
        event = world.event(event_no, day)
        event_no += 1
        for k in range(world.rng.choice([1, 1, 2, 2, 3, 4])):
            pending.append((day + timedelta(days=k), event_no, world.report(event, k)))
            made += 1
        if len(pending) > 50:
            pending.sort(key=lambda p: p[0])
            for _, eno, extraction in pending[:25]:
                yield eno, extraction
            pending = pending[25:]
    pending.sort(key=lambda p: p[0])
    yield from ((eno, extraction) for _, eno, extraction in pending)


def pair_scores(truth: dict[str, int], linked: dict[str, str]) -> tuple[float, float]:
    """Pairwise precision and recall of the links against the synthetic truth."""

    def pairs(counts: Counter) -> int:
        return sum(c * (c - 1) // 2 for c in counts.values())

    both = pairs(Counter((truth[r], linked[r]) for r in truth))
    predicted, actual = pairs(Counter(linked.values())), pairs(Counter(truth.values()))
    return both / predicted if predicted else 1.0, both / actual if actual else 1.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--db", help="store URL (default: a temporary SQLite file)")
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    checkpoints = sorted({c for c in (10_000, 50_000, 100_000) if c <= args.n} | {args.n})
    tmp = tempfile.TemporaryDirectory()
    store = open_store(args.db or str(Path(tmp.name) / "bench.db"))
    world, truth, times, cpu = World(args.seed), {}, [], []
    began = time.perf_counter()
    reports = stream(world, args.n)
    done = 0
    while done < args.n:
        chunk = [item for _, item in zip(range(BATCH), reports, strict=False)]
        if not chunk:
            break
        t0, c0 = time.perf_counter(), time.process_time()
        with store.batch():  # one commit per BATCH reports; its cost is shared among them below
            for _, extraction in chunk:
                store.add(extraction)
        wall, used = time.perf_counter() - t0, time.process_time() - c0
        times += [wall / len(chunk)] * len(chunk)
        cpu += [used / len(chunk)] * len(chunk)
        truth.update((f"{extraction.article.id}:0", event_no) for event_no, extraction in chunk)
        done += len(chunk)
        if done in checkpoints:
            window, cpu_window = times[-WINDOW:], cpu[-WINDOW:]
            print(f"{done:>7} stored: {1000 * statistics.mean(cpu_window):.2f} ms CPU per new report"
                  f" ({1000 * statistics.mean(window):.2f} ms wall; means of the last {len(window)})",
                  flush=True)  # fmt: skip
    elapsed = time.perf_counter() - began
    print(f"{len(times)} reports in {elapsed:.0f} s: {len(times) / elapsed:.0f} reports/s including synthesis,"
          f" {len(times) / sum(times):.0f} reports/s in the store (wall),"
          f" {len(cpu) / sum(cpu):.0f} reports/s of CPU time")  # fmt: skip
    linked = {rid: str(iid) for rid, iid in store._all("SELECT id, incident_id FROM reports")}  # type: ignore[attr-defined]
    precision, recall = pair_scores(truth, linked)
    stats = store.stats()
    print(f"{stats.incidents} incidents for {len(set(truth.values()))} events;"
          f" pairwise link precision {precision:.3f}, recall {recall:.3f}")  # fmt: skip
    store.close()
    tmp.cleanup()


if __name__ == "__main__":
    sys.exit(main())
