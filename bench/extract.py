"""Extraction throughput, memory and load times on synthetic articles.

    .venv/bin/python bench/extract.py                  # 2,000 articles, --workers 1 beside --workers <cores>
    .venv/bin/python bench/extract.py --workers 2 --articles 500
    .venv/bin/python bench/extract.py --warc-gb 1      # also write a 1 GB WARC and stream it: time, peak RSS

Articles are built from templates of our own sentences with varied places, units, weapons and numbers,
so every run is the same (seeded) and nothing is copied from published text.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PLACES = [
    "Kherson",
    "Bakhmut",
    "Belgorod",
    "Kupiansk",
    "Tokmak",
    "Novorossiysk",
    "Zaporizhzhia",
    "Kursk",
    "Pokrovsk",
    "Melitopol",
    "Sevastopol",
    "Donetsk",
    "Avdiivka",
    "Rostov-on-Don",
    "Sumy",
    "Vuhledar",
]
UNITS = [
    "the 155th Marine Brigade",
    "a motorised rifle regiment",
    "an air assault battalion",
    "border guards",
    "a territorial defence company",
    "a drone unit",
    "the 3rd Army Corps",
    "a naval infantry battalion",
]
WEAPONS = [
    "an Su-34",
    "a Shahed drone",
    "a Lancet loitering munition",
    "a FAB-500 glide bomb",
    "Grad rockets",
    "a Kh-101 cruise missile",
    "a T-72 tank",
    "an S-300 battery",
    "a BMP-2",
    "mortar fire",
]
SOURCES = [
    "the regional governor",
    "the defence ministry",
    "a local Telegram channel",
    "a military blogger",
    "the general staff",
    "an emergency services spokesman",
    "a human rights group",
    "the city council",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]
# Our own sentences: a lead, details, context and filler, as a report strings them together.
LEADS = [
    "{weapon} struck an ammunition depot near {place} on {day} {month}, {source} said.",
    "Soldiers of {unit} were hit by their own artillery outside {place}, according to {source}.",
    "{n} servicemen from {unit} refused to return to positions near {place}, {source} reported.",
    "{weapon} crashed during a training flight near {place}, killing {n} crew members, {source} said.",
    "An explosion destroyed a fuel train at a railway junction in {place} overnight, {source} reported.",
    "Air defence shot down {weapon} over {place} on {day} {month}, {source} claimed.",
]
DETAILS = [
    "At least {n} people were killed and {m} were wounded, officials said.",
    "The strike set off secondary explosions that lasted for several hours.",
    "Residents of nearby villages were told to stay in shelters until the morning.",
    "Satellite images taken the next day showed burned vehicles along the perimeter.",
    "The commander of {unit} was detained and charged with negligence.",
    "Rescue teams pulled {m} survivors from the rubble by noon.",
    "The ministry denied that any of its aircraft had been lost.",
    "The claim could not be independently verified.",
]
CONTEXT = [
    "Fighting along the front line has intensified since early {month}.",
    "The area has come under repeated attack over the past month.",
    "Both sides have increasingly relied on drones to strike targets far behind the lines.",
    "Analysts say the losses strain units that have been fighting without rotation.",
    "The regional administration has since closed two roads leading to the site.",
]


def make_article(rng: random.Random) -> str:
    def fill(template: str) -> str:
        return template.format(
            place=rng.choice(PLACES),
            unit=rng.choice(UNITS),
            weapon=rng.choice(WEAPONS),
            source=rng.choice(SOURCES),
            month=rng.choice(MONTHS),
            day=rng.randint(1, 28),
            n=rng.randint(2, 60),
            m=rng.randint(1, 40),
        )

    body = [fill(rng.choice(LEADS))] + [fill(t) for t in rng.sample(DETAILS, 3)] + [fill(rng.choice(CONTEXT))]
    if rng.random() < 0.5:
        body += [fill(rng.choice(LEADS)), fill(rng.choice(DETAILS))]
    return " ".join(body[:2]) + "\n\n" + " ".join(body[2:])


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def timed(fn):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - start


def cpu_seconds() -> float:
    """CPU time of this process and its reaped children: fairer than wall time on a shared machine."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def bench_extraction(n_articles: int, workers: int) -> None:
    from fogwatch.batch import Tally, run_batch
    from fogwatch.fields.places import Gazetteer
    from fogwatch.model import Extraction, RawReport
    from fogwatch.resources import load_nlp, load_resources

    _, gaz_s = timed(Gazetteer.load)
    _, nlp_s = timed(load_nlp)
    res, all_s = timed(load_resources)
    cache = "built from scratch" if os.environ.get("XDG_CACHE_HOME", "").find("fogwatch-bench-") >= 0 else "cached"
    print(f"load: gazetteer {gaz_s:.2f} s ({cache}), spaCy pipeline {nlp_s:.2f} s, all resources {all_s:.2f} s")

    rng = random.Random(7)
    raws = [RawReport(input=f"synthetic:{i}", text=make_article(rng)) for i in range(n_articles)]
    print(f"{n_articles} synthetic articles, {sum(len(r.text.split()) for r in raws):,} words")
    texts: list[str] = []
    for n in sorted({1, workers}):
        tally = Tally()
        cpu = cpu_seconds()
        results, secs = timed(lambda n=n, t=tally: list(run_batch(raws, res if n == 1 else None, t, workers=n)))
        cpu = cpu_seconds() - cpu
        if n == 1:
            texts = [r.article.text for r in results if isinstance(r, Extraction)]
        words = sum(len(r.article.text.split()) for r in results if isinstance(r, Extraction))
        incidents = sum(len(r.incidents) for r in results if isinstance(r, Extraction))
        print(
            f"extract --workers {n}: {secs:7.1f} s  {n_articles / secs:7.1f} articles/s  {words / secs:9.0f} words/s"
            f"  CPU {cpu:.1f} s ({tally}; {incidents} incidents; pool start-up included)"
        )
    cpu = cpu_seconds()
    docs, secs = timed(lambda: sum(1 for _ in res.nlp.pipe(texts, batch_size=64)))
    cpu = cpu_seconds() - cpu
    words = sum(len(t.split()) for t in texts)
    print(
        f"bare spaCy nlp.pipe:  {secs:7.1f} s  {docs / secs:7.1f} articles/s  {words / secs:9.0f} words/s"
        f"  CPU {cpu:.1f} s (same cleaned texts, one process)"
    )
    print(f"machine load average (1 min) at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(
        f"peak RSS: this process {peak_rss_mb():.0f} MB, largest worker {peak_rss_mb(resource.RUSAGE_CHILDREN):.0f} MB"
    )


def write_warc(path: Path, target_bytes: int) -> int:
    """A WARC of HTML response records (~60 KB pages) up to `target_bytes`; returns the record count."""
    rng = random.Random(11)
    filler = "<div class='related'>" + "".join(f"<a href='/n/{i}'>Headline {i}</a>" for i in range(400)) + "</div>"
    count = written = 0
    with open(path, "wb") as f:
        while written < target_bytes:
            body = "".join(f"<p>{make_article(rng)}</p>" for _ in range(6))
            html = f"<html><head><title>Report {count}</title></head><body>{body}{filler * 3}</body></html>".encode()
            http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html
            head = (
                f"WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://bench.example/{count}\r\n"
                f"WARC-Date: 2024-05-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:{count:032x}>\r\n"
                f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
            ).encode()
            f.write(head + http + b"\r\n\r\n")
            written += len(head) + len(http) + 4
            count += 1
    return count


def stream_warc(path: str) -> None:
    """Run in a fresh interpreter, so its peak RSS is the reader's alone."""
    from fogwatch.readers import read_inputs

    start = time.perf_counter()
    pages = sum(1 for r in read_inputs([path]) if getattr(r, "html", None))
    secs = time.perf_counter() - start
    size = os.path.getsize(path) / 2**20
    rate = f"{pages} pages in {secs:.1f} s ({size / secs:.0f} MB/s)"
    print(f"streamed {size:,.0f} MB WARC: {rate}, peak RSS {peak_rss_mb():.0f} MB")


def bench_warc(gigabytes: float) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "large.warc")
        count, secs = timed(lambda: write_warc(path, int(gigabytes * 2**30)))
        print(f"wrote {count} records ({path.stat().st_size / 2**20:,.0f} MB) in {secs:.1f} s")
        subprocess.run([sys.executable, __file__, "--stream-warc", str(path)], check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="compared with --workers 1")
    parser.add_argument("--warc-gb", type=float, default=0.0, help="also generate and stream a WARC this large")
    parser.add_argument("--skip-extract", action="store_true", help="only the WARC figure")
    parser.add_argument("--cold", action="store_true", help="time the gazetteer built from scratch (no cache)")
    parser.add_argument("--stream-warc", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.cold:  # the gazetteer caches its build under XDG_CACHE_HOME: point that at an empty folder
        os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="fogwatch-bench-")
    if args.stream_warc:
        stream_warc(args.stream_warc)
        return
    if args.warc_gb:
        bench_warc(args.warc_gb)  # first, while this process is small
    if not args.skip_extract:
        bench_extraction(args.articles, args.workers)


if __name__ == "__main__":
    main()
