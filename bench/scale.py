"""Scale figures: `fogwatch extract --workers 2` beside `fogwatch spark --master local[2]` on the same articles,
and how run time grows with the corpus.

    .venv/bin/python bench/scale.py                          # 1,000, 5,000 and 20,000 articles
    .venv/bin/python bench/scale.py --sizes 500,2000 --skip-spark

Articles are the seeded synthetic ones of bench/extract.py (our own template sentences), written as JSON Lines.
Each command runs as a user would run it, as a subprocess, so start-up (model and gazetteer load, the JVM) counts.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from extract import make_article  # noqa: E402  (bench/ is a folder of scripts, not a package)

FOGWATCH = str(Path(sys.executable).with_name("fogwatch"))


def write_corpus(path: Path, n: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    words = 0
    with path.open("w", encoding="utf-8") as sink:
        for i in range(n):
            text = make_article(rng)
            words += len(text.split())
            sink.write(json.dumps({"text": text, "url": f"https://bench.example/{i}", "published": "2024-03-01"}))
            sink.write("\n")
    return words


def run(command: list[str]) -> tuple[float, str]:
    """Wall seconds of the command, and what it printed on stderr."""
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stderr[-2000:]}")
    return time.perf_counter() - start, done.stderr


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,5000,20000", help="comma-separated article counts")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--skip-spark", action="store_true")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    work = Path(tempfile.mkdtemp(prefix="fogwatch-scale-"))
    print(f"{'articles':>8} {'words':>9} {'extract s':>10} {'art/s':>7} {'spark s':>9} {'art/s':>7}  spark's own split")
    try:
        for n in sizes:
            corpus = work / f"corpus-{n}.jsonl"
            words = write_corpus(corpus, n)
            extract = [FOGWATCH, "extract", str(corpus), "--workers", str(args.workers), "-o", str(work / "o.jsonl")]
            local, _ = run(extract)
            line = f"{n:>8} {words:>9} {local:>10.1f} {n / local:>7.1f}"
            if not args.skip_spark:
                out = work / f"spark-{n}"
                spark, said = run([FOGWATCH, "spark", str(corpus), str(out), "--master", f"local[{args.workers}]"])
                # Rich wraps stderr at 80 columns when it is not a terminal.
                split = re.search(r"\(extract [\d.]+ s, link [\d.]+ s\)", " ".join(said.split()))
                line += f" {spark:>9.1f} {n / spark:>7.1f}  {split.group() if split else ''}"
                shutil.rmtree(out, ignore_errors=True)
            print(line, flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
