"""Batch extraction: one result per input in order, on one process or a pool, and the CLI's accounting."""

from __future__ import annotations

import gzip
import json
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

import fogwatch.batch as batch
from fogwatch.batch import Tally, run_batch, run_pairs
from fogwatch.model import Extraction, RawReport, Rejected

SENTENCES = [
    "A drone struck an ammunition depot near the river port on Sunday, the regional governor said.",
    "Two soldiers were killed when their armoured vehicle hit a mine outside the village, the ministry said.",
    "Artillery shelled the railway station overnight, wounding four civilians, local officials reported.",
    "Forty conscripts refused to deploy to the front line, a rights group said on Friday.",
]


def items(n: int) -> list[RawReport | Rejected]:
    out: list[RawReport | Rejected] = []
    for i in range(n):
        if i % 7 == 3:
            out.append(Rejected(input=f"bad{i}", reason="binary data, not text"))
        else:
            out.append(RawReport(input=f"a{i}", text=f"Report {i}. {SENTENCES[i % 4]}"))
    return out


def test_serial_batch_counts_every_item(resources):
    tally = Tally()
    results = list(run_batch(items(10) + [RawReport(input="blank", text="   ")], resources, tally))
    assert len(results) == 11 and str(tally) == "11 read, 9 extracted, 2 rejected"
    assert results[-1] == Rejected(input="blank", reason="no article text")


def test_pool_gives_the_same_results_in_the_same_order(resources):
    given = items(40)
    serial = [r.model_dump() for r in run_batch(given, resources, Tally())]
    tally = Tally()
    pairs = list(run_pairs(given, None, tally, workers=2))
    assert [item for item, _ in pairs] == given
    assert [r.model_dump() for _, r in pairs] == serial
    assert tally.read == 40 and tally.read == tally.extracted + tally.rejected


@pytest.mark.skipif(sys.platform != "linux", reason="the crash is planted through fork")
def test_an_article_that_kills_its_worker_is_rejected_and_the_rest_extracted(resources, monkeypatch):
    real = batch.extract

    def crashing(raw, res):
        if "CRASH" in (raw.text or ""):
            os._exit(3)  # what a segfault in native code looks like to the pool
        return real(raw, res)

    monkeypatch.setattr(batch, "extract", crashing)  # forked workers inherit it
    given = items(20)
    given[9] = RawReport(input="killer", text="CRASH here")
    results = list(run_batch(given, None, Tally(), workers=2))
    assert results[9] == Rejected(input="killer", reason="extraction crashed its worker process")
    assert sum(isinstance(r, Extraction) for r in results) == 16  # 20 - 3 bad - the killer


def test_an_article_stuck_past_the_time_limit_is_rejected_and_the_rest_extracted(resources, monkeypatch):
    real = batch.extract

    def stuck_on(raw, res):
        if "STUCK" in (raw.text or ""):
            re.match(r"(a+)+$", "a" * 64 + "b")  # catastrophic backtracking: runs for ages
        return real(raw, res)

    monkeypatch.setattr(batch, "extract", stuck_on)
    monkeypatch.setenv("FOGWATCH_ARTICLE_SECONDS", "0.5")
    given = [RawReport(input="stuck", text="STUCK"), *items(3)]
    results = list(run_batch(given, resources, Tally()))
    assert results[0] == Rejected(input="stuck", reason="extraction took longer than 0.5 s")
    assert all(isinstance(r, Extraction) for r in results[1:])


def test_the_time_limit_leaves_no_timer_behind():
    with batch.time_limit(0.2):
        pass
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, signal.SIG_IGN, None)


def test_progress_bar_is_silent_off_a_terminal():
    from rich.console import Console

    with batch.progress_bar(Console(file=open(os.devnull, "w"))) as advance:  # noqa: SIM115
        assert advance is None


def write_bad_and_good_inputs(folder: Path) -> None:
    folder.mkdir()
    (folder / "good.txt").write_text(SENTENCES[0])
    (folder / "good.html").write_text(f"<html><body><article><p>{SENTENCES[1]}</p></article></body></html>")
    (folder / "cp1251.txt").write_bytes(
        "Дрон атаковал склад горючего в воскресенье, сообщил губернатор.".encode("cp1251")
    )
    (folder / "broken.html").write_text(f"<html><body><div><p>{SENTENCES[2]}<div><span><table></body>")
    (folder / "dump.jsonl").write_text(json.dumps({"text": SENTENCES[3]}) + '\n{"text": "cut\n')
    (folder / "empty.txt").write_bytes(b"")
    (folder / "junk.bin").write_bytes(bytes(range(256)) * 16)
    (folder / "truncated.txt.gz").write_bytes(gzip.compress(SENTENCES[0].encode() * 40)[:50])
    (folder / "deep.html").write_text("<html><body>" + "<div>" * 50_000 + "x" + "</div>" * 50_000)
    (folder / "long-line.jsonl").write_text(json.dumps({"text": "y" * (10 << 20)}) + "\n")
    (folder / "result.json").write_text(json.dumps({"name": "Empty", "type": "public_channel", "messages": []}))
    with open(folder / "huge.txt", "wb") as f:
        f.write(b"words " * 20_000)
        f.truncate(200 << 20)


def test_cli_extracts_the_good_names_the_bad_and_balances_the_count(tmp_path):
    write_bad_and_good_inputs(tmp_path / "in")
    fogwatch = Path(sys.executable).parent / "fogwatch"
    run = subprocess.run(
        [str(fogwatch), "extract", str(tmp_path / "in"), "--workers", "1"], capture_output=True, text=True, timeout=300
    )
    assert run.returncode == 0, run.stderr
    texts = [json.loads(line)["article"]["text"] for line in run.stdout.splitlines()]
    for sentence in SENTENCES:
        assert any(sentence in t for t in texts), sentence
    assert any("склад горючего" in t for t in texts)
    rejects = {line.split(": ", 1)[0].removeprefix("rejected "): line for line in run.stderr.splitlines()[:-1]}
    for name in [
        "dump.jsonl:2",
        "empty.txt",
        "junk.bin",
        "truncated.txt.gz",
        "long-line.jsonl:1",
        "result.json",
        "huge.txt",
    ]:
        assert str(tmp_path / "in" / name) in rejects, (name, run.stderr)
    read, extracted, rejected = (int(w) for w in run.stderr.splitlines()[-1].split()[::2])
    assert run.stderr.splitlines()[-1] == f"{read} read, {extracted} extracted, {rejected} rejected"
    assert read == extracted + rejected == len(texts) + len(rejects) == 13
