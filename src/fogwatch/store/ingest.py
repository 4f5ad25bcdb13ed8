"""ingest: read inputs, extract them through the batch layer, store every article, report and reject."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from fogwatch.batch import Tally, run_batch
from fogwatch.model import Extraction, RawReport, Rejected
from fogwatch.resources import Resources
from fogwatch.store.base import Store


@dataclass
class IngestTally:
    """Articles in = stored + duplicates + rejected."""

    stored: int = 0
    duplicates: int = 0
    rejected: int = 0
    reports: int = 0

    @property
    def articles_in(self) -> int:
        return self.stored + self.duplicates + self.rejected

    def __str__(self) -> str:
        return (
            f"{self.articles_in} articles in = {self.stored} stored + {self.duplicates} duplicates"
            f" + {self.rejected} rejected ({self.reports} reports stored)"
        )


def store_result(store: Store, result: Extraction | Rejected, input: str | None, tally: IngestTally) -> None:
    if isinstance(result, Rejected):
        store.add_rejected(result)
        tally.rejected += 1
        return
    added = store.add(result, input)
    if added.status == "duplicate":
        tally.duplicates += 1
    else:
        tally.stored += 1
        tally.reports += len(added.report_ids)


class _Inputs:
    """Feeds the batch layer, skipping inputs whose URL is stored (no need to extract them again) and
    remembering the input of the item last handed on: run_batch yields exactly one result per item, in order."""

    def __init__(self, items: Iterable[RawReport | Rejected], store: Store, tally: IngestTally) -> None:
        self.items, self.store, self.tally = items, store, tally
        self.current: str | None = None

    def __iter__(self) -> Iterator[RawReport | Rejected]:
        for item in self.items:
            if isinstance(item, RawReport) and item.url and self.store.has_url(item.url):
                self.tally.duplicates += 1
                continue
            self.current = item.input
            yield item


def ingest(items: Iterable[RawReport | Rejected], store: Store, res: Resources) -> IngestTally:
    """Extract and store every input; the tally says what became of each article."""
    tally = IngestTally()
    inputs = _Inputs(items, store, tally)
    for result in run_batch(inputs, res, Tally()):
        store_result(store, result, inputs.current, tally)
    return tally
