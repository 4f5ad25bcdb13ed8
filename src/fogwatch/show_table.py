"""Print extracted incidents from a `fogwatch extract` JSON Lines file as a Rich table."""

from __future__ import annotations

import sys

from rich.console import Console
from rich.table import Table

from fogwatch.model import Extraction


def incident_table(extractions: list[Extraction]) -> Table:
    table = Table(title="fogwatch: incidents found", show_lines=False)
    for column in ("article", "type", "date", "place", "killed", "wounded", "certainty", "sources"):
        table.add_column(column, overflow="fold")
    for extraction in extractions:
        name = extraction.article.title or extraction.article.url or extraction.article.id
        for inc in extraction.incidents:
            table.add_row(
                name[:40],
                inc.type,
                inc.date.value or f"<= {inc.date.not_after}" if inc.date.not_after else inc.date.value or "",
                inc.location.place or inc.location.name if inc.location else "",
                str(inc.killed.value) if inc.killed else "",
                str(inc.wounded.value) if inc.wounded else "",
                inc.certainty,
                "; ".join(s.name for s in inc.sources),
            )
    return table


def main(path: str) -> None:
    with open(path, encoding="utf-8") as lines:
        extractions = [Extraction.model_validate_json(line) for line in lines if line.strip()]
    Console().print(incident_table(extractions))


if __name__ == "__main__":
    main(sys.argv[1])
