"""ingest: read inputs, extract them through the batch layer, store every article, report and reject."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from fogwatch.batch import Item, Result, Tally, run_pairs
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


def sum_tallies(tallies: Iterable[IngestTally]) -> IngestTally:
    total = IngestTally()
    for t in tallies:
        total.stored, total.duplicates = total.stored + t.stored, total.duplicates + t.duplicates
        total.rejected, total.reports = total.rejected + t.rejected, total.reports + t.reports
    return total


def store_result(store: Store, result: Extraction | Rejected, input: str | None, tally: IngestTally) -> None:
    if isinstance(result, Rejected):
        store.add_rejected(result)
        tally.rejected += 1
        return
    try:
        added = store.add(result, input)
    except ValueError as exc:  # the backend refused this article's content; the batch goes on
        store.add_rejected(Rejected(input=input or result.article.id, reason=str(exc)))
        tally.rejected += 1
        return
    if added.status == "duplicate":
        tally.duplicates += 1
    else:
        tally.stored += 1
        tally.reports += len(added.report_ids)


def _skip_known_urls(items: Iterable[Item], store: Store, tally: IngestTally) -> Iterator[Item]:
    """Inputs whose URL is already stored are duplicates: no need to extract them again."""
    for item in items:
        if isinstance(item, RawReport) and item.url and store.has_url(item.url):
            tally.duplicates += 1
            continue
        yield item


def ingest(
    items: Iterable[Item],
    store: Store,
    res: Resources | None = None,
    workers: int = 1,
    on_result: Callable[[Result], None] | None = None,
) -> IngestTally:
    """Extract every input through the batch layer and store it; the tally says what became of each article."""
    tally = IngestTally()
    for item, result in run_pairs(_skip_known_urls(items, store, tally), res, Tally(), workers, on_result):
        store_result(store, result, item.input, tally)
    return tally


def ingest_extracted(records: Iterable[tuple[str, Extraction | Rejected]], store: Store) -> IngestTally:
    """Store records extracted elsewhere (a `fogwatch spark` run's tables), linking them as they arrive."""
    tally = IngestTally()
    for input, result in records:
        store_result(store, result, input, tally)
    return tally
