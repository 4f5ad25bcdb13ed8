"""What counts as a crash: an exception that escaped a reader or the pipeline instead of a reason."""

from __future__ import annotations

from collections.abc import Iterable

from fogwatch.model import Extraction, RawReport, Rejected

CRASH_PREFIXES = ("reader failed:", "extraction failed:")


def crashes(results: Iterable[RawReport | Rejected | Extraction]) -> list[Rejected]:
    return [r for r in results if isinstance(r, Rejected) and r.reason.startswith(CRASH_PREFIXES)]
