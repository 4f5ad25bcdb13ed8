"""readers: input paths -> RawReport records, or Rejected with the reason; never raises for bad input."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from fogwatch.model import RawReport, Rejected


def read_inputs(paths: Iterable[str]) -> Iterator[RawReport | Rejected]:
    # Placeholder until the readers land: plain text and JSON Lines only.
    for path in paths:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            yield Rejected(input=path, reason=f"cannot read: {exc.strerror}")
            continue
        text = data.decode("utf-8", errors="replace")
        if path.endswith(".jsonl"):
            for n, line in enumerate(text.splitlines(), 1):
                if line.strip():
                    yield RawReport(input=f"{path}:{n}", **json.loads(line))
        else:
            yield RawReport(input=path, text=text)
