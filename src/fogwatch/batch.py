"""batch: run the pipeline over many inputs; a bad input becomes a Rejected record, never a stop."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from fogwatch.model import Extraction, RawReport, Rejected
from fogwatch.pipeline import extract
from fogwatch.resources import Resources


@dataclass
class Tally:
    read: int = 0
    extracted: int = 0
    rejected: int = 0

    def __str__(self) -> str:
        return f"{self.read} read, {self.extracted} extracted, {self.rejected} rejected"


def extract_one(item: RawReport | Rejected, res: Resources) -> Extraction | Rejected:
    if isinstance(item, Rejected):
        return item
    try:
        return extract(item, res)
    except Exception as exc:  # one bad article must not stop the batch
        return Rejected(input=item.input, reason=f"extraction failed: {type(exc).__name__}: {exc}"[:300])


def run_batch(items: Iterable[RawReport | Rejected], res: Resources, tally: Tally) -> Iterator[Extraction | Rejected]:
    for item in items:
        result = extract_one(item, res)
        tally.read += 1
        if isinstance(result, Rejected):
            tally.rejected += 1
        else:
            tally.extracted += 1
        yield result
