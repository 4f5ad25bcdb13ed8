"""batch: run the pipeline over many inputs; a bad input becomes a Rejected record, never a stop.

    run_batch  items -> one result per item, in input order, on this process or on a pool of workers
    run_pairs  the same, each result beside the item it came from (for callers that need the input)

With `workers > 1`, each worker process holds the spaCy pipeline and gazetteer once (the pool
initializer; on Linux they are loaded in the parent first and inherited by fork) and extracts chunks
of articles; a bounded window of chunks is in flight, so memory stays flat on any input size, and
results come back in input order. A worker that dies (a crash in native
code) is replaced; the chunk it held is retried one article at a time, and the article that kills a
worker again is rejected, naming it.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from typing import Any

from fogwatch.model import Extraction, RawReport, Rejected
from fogwatch.pipeline import extract
from fogwatch.resources import Resources, load_resources

Item = RawReport | Rejected
Result = Extraction | Rejected
# 8 articles per task: at about 50 ms of CPU an article (bench/extract.py: 2,000 synthetic articles in
# 95 CPU-seconds), a task is long enough that pickling and queueing are noise, and short enough that
# the window below stays small.
CHUNK = 8
WINDOW_PER_WORKER = 4  # chunks in flight per worker: keeps every worker busy while the parent writes
# An article still being extracted after 60 s plus 1 s per 2,500 characters is stuck (a pathological input
# for some regex or parse), not slow: extraction runs at about 10,000 characters a second on one core
# (bench/extract.py), so even a 5 MB article (the readers' cap) has four times the time it needs.
# FOGWATCH_ARTICLE_SECONDS changes the 60; 0 turns the limit off.
ARTICLE_SECONDS = 60.0
CHARS_PER_SECOND = 2500


@dataclass
class Tally:
    read: int = 0
    extracted: int = 0
    rejected: int = 0

    def __str__(self) -> str:
        return f"{self.read} read, {self.extracted} extracted, {self.rejected} rejected"

    def count(self, result: Result) -> None:
        self.read += 1
        if isinstance(result, Rejected):
            self.rejected += 1
        else:
            self.extracted += 1


def default_workers() -> int:
    return os.cpu_count() or 1


class ArticleTimeout(Exception):
    pass


def article_seconds(raw: RawReport) -> float:
    """The time an article may take: a floor for any article, and more for a long one."""
    value = os.environ.get("FOGWATCH_ARTICLE_SECONDS", "")
    try:
        floor = float(value) if value else ARTICLE_SECONDS
    except ValueError:
        floor = ARTICLE_SECONDS
    return floor + len(raw.text or raw.html or "") / CHARS_PER_SECOND if floor > 0 else 0.0


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise ArticleTimeout in the block after `seconds` of wall time.

    A timer signal, so it interrupts pure Python and `re` alike; signals reach only the main thread, so in
    any other thread (the API's request handlers) the block runs without a limit.
    """
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: Any) -> None:
        raise ArticleTimeout(f"extraction took longer than {seconds:.1f} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def extract_one(item: Item, res: Resources) -> Result:
    if isinstance(item, Rejected):
        return item
    try:
        with time_limit(article_seconds(item)):
            result = extract(item, res)
    except ArticleTimeout as exc:
        return Rejected(input=item.input, reason=str(exc))
    except Exception as exc:  # one bad article must not stop the batch
        return Rejected(input=item.input, reason=f"extraction failed: {type(exc).__name__}: {exc}"[:300])
    if not result.article.text.strip():
        return Rejected(input=item.input, reason="no article text")
    return result


def run_batch(
    items: Iterable[Item],
    res: Resources | None,
    tally: Tally,
    workers: int = 1,
    on_result: Callable[[Result], None] | None = None,
) -> Iterator[Result]:
    """One result per item, in order. `res` is used when `workers` is 1 (loaded if None)."""
    for _item, result in run_pairs(items, res, tally, workers, on_result):
        yield result


def run_pairs(
    items: Iterable[Item],
    res: Resources | None,
    tally: Tally,
    workers: int = 1,
    on_result: Callable[[Result], None] | None = None,
) -> Iterator[tuple[Item, Result]]:
    pairs = _serial(items, res or load_resources()) if workers <= 1 else _parallel(items, workers)
    for item, result in pairs:
        tally.count(result)
        if on_result is not None:
            on_result(result)
        yield item, result


def _serial(items: Iterable[Item], res: Resources) -> Iterator[tuple[Item, Result]]:
    for item in items:  # lazily, one at a time: callers may track the item last handed on
        yield item, extract_one(item, res)


# --- the worker pool ----------------------------------------------------------


def _init_worker() -> None:
    load_resources()  # once per process; the lru_cache keeps it for every chunk


def _extract_chunk(chunk: list[Item]) -> list[Result]:
    res = load_resources()
    return [extract_one(item, res) for item in chunk]


class _Pool:
    """A process pool that can be replaced when a worker dies."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.executor = self._new()

    def _new(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.workers, initializer=_init_worker)

    def submit(self, chunk: list[Item]) -> Future[list[Result]]:
        return self.executor.submit(_extract_chunk, chunk)

    def restart(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._new()

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def _parallel(items: Iterable[Item], workers: int) -> Iterator[tuple[Item, Result]]:
    # Loaded here first: forked workers then share it (copy-on-write) and start at once, and a cold
    # gazetteer cache is built by one process, not raced by every worker.
    load_resources()
    pool = _Pool(workers)
    pending: deque[tuple[list[Item], Future[list[Result]]]] = deque()
    try:
        iterator = iter(items)
        while chunk := list(islice(iterator, CHUNK)):
            pending.append((chunk, pool.submit(chunk)))
            if len(pending) >= workers * WINDOW_PER_WORKER:
                yield from _collect(pending, pool)
        while pending:
            yield from _collect(pending, pool)
    finally:
        pool.close()


def _collect(pending: deque[tuple[list[Item], Future[list[Result]]]], pool: _Pool) -> Iterator[tuple[Item, Result]]:
    chunk, future = pending.popleft()
    try:
        results = future.result()
    except BrokenProcessPool:
        pool.restart()
        results = [_solo(item, pool) for item in chunk]
        for i, (other, _) in enumerate(pending):  # their futures died with the pool
            pending[i] = (other, pool.submit(other))
    yield from zip(chunk, results, strict=True)


def _solo(item: Item, pool: _Pool) -> Result:
    try:
        return pool.submit([item]).result()[0]
    except BrokenProcessPool:
        pool.restart()
        return Rejected(input=item.input, reason="extraction crashed its worker process")


# --- progress on a terminal -----------------------------------------------------


@contextmanager
def progress_bar(console: Any) -> Iterator[Callable[[Result], None] | None]:
    """A callback drawing a Rich progress line (articles, articles/s) on `console`, when it is a terminal.

    No refresh thread (auto_refresh off): the pool forks workers, and forking beside a thread that holds
    a lock can deadlock the child.
    """
    if not console.is_terminal:
        yield None
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (
        SpinnerColumn(),
        TextColumn("{task.completed} articles, {task.fields[rejected]} rejected"),
        TextColumn("{task.fields[rate]:.1f} articles/s"),
        TimeElapsedColumn(),
    )
    # No redirection of stdout: the JSON Lines go there untouched, whatever the terminal shows.
    progress = Progress(
        *columns, console=console, auto_refresh=False, transient=True, redirect_stdout=False, redirect_stderr=False
    )
    with progress:
        task = progress.add_task("extract", total=None, rate=0.0, rejected=0)
        start, shown = time.monotonic(), 0.0
        counts = Tally()

        def advance(result: Result) -> None:
            nonlocal shown
            counts.count(result)
            now = time.monotonic()
            progress.update(task, completed=counts.read, rejected=counts.rejected, rate=counts.read / (now - start))
            if now - shown > 0.2:
                shown = now
                progress.refresh()

        yield advance
