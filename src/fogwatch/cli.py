"""The `fogwatch` command: thin Typer commands over library functions.

Domain errors become one-line CLI errors here and nowhere else.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.console import Console

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Military incident reports in, records out.")
err = Console(stderr=True)
out = Console()


def _open_output(path: Path | None):
    return open(path, "w", encoding="utf-8") if path else sys.stdout


@app.command()
def extract(
    inputs: list[str] = typer.Argument(..., help="files, folders, or - for stdin"),
    output: Path | None = typer.Option(None, "-o", "--output", help="write JSON Lines here"),
) -> None:
    """Extract incidents from reports; print one JSON line per article."""
    from fogwatch.batch import Tally, run_batch
    from fogwatch.model import Rejected
    from fogwatch.readers import read_inputs
    from fogwatch.resources import load_resources

    res = load_resources()
    tally = Tally()
    with _open_output(output) as sink:
        for result in run_batch(read_inputs(inputs), res, tally):
            if isinstance(result, Rejected):
                err.print(f"[red]rejected[/red] {result.input}: {result.reason}", markup=True, highlight=False)
            else:
                sink.write(result.model_dump_json() + "\n")
    err.print(str(tally), highlight=False)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the extraction record."""
    from fogwatch.model import Extraction

    print(json.dumps(Extraction.model_json_schema(), indent=2))


@app.command("eval")
def evaluate_cmd(
    gold: Path = typer.Argument(..., help="a gold JSON Lines file (spec section 4)"),
    as_json: bool = typer.Option(False, "--json", help="print the figures as JSON"),
    verbose: bool = typer.Option(False, "-v", "--verbose", help="list missed, spurious and wrong incidents"),
) -> None:
    """Score extraction against a gold file: incident P/R/F1, field accuracies, article figures."""
    from fogwatch.evaluate import evaluate_file, render_table

    try:
        report = evaluate_file(gold)
    except (OSError, ValueError) as exc:
        err.print(f"[red]error[/red] {gold}: {exc}", highlight=False)
        raise typer.Exit(2) from exc
    if as_json:
        print(json.dumps(report.as_dict(), indent=2))
    else:
        render_table(report, out, verbose=verbose)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
