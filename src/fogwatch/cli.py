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
    workers: int = typer.Option(0, "-w", "--workers", help="worker processes [default: one per core]"),
) -> None:
    """Extract incidents from reports; print one JSON line per article."""
    from rich.markup import escape

    from fogwatch.batch import Tally, default_workers, progress_bar, run_batch
    from fogwatch.model import Rejected
    from fogwatch.readers import read_inputs
    from fogwatch.resources import load_resources

    n = workers if workers > 0 else default_workers()
    res = load_resources() if n == 1 else None  # with a pool, each worker loads its own
    tally = Tally()
    with _open_output(output) as sink, progress_bar(err) as advance:
        for result in run_batch(read_inputs(inputs), res, tally, workers=n, on_result=advance):
            if isinstance(result, Rejected):
                # One line per reject, whatever the input's name or the reason holds (markup, newlines).
                line = f"[red]rejected[/red] {escape(result.input)}: {escape(' '.join(result.reason.split()))}"
                err.print(line, highlight=False, soft_wrap=True)
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


@app.command()
def serve(
    db: str | None = typer.Option(None, "--db", help="store URL (default: FOGWATCH_DB or fogwatch.db)"),
    host: str = typer.Option("127.0.0.1", "--host"),
    port: int = typer.Option(8000, "--port"),
    allow_ingest: bool = typer.Option(False, "--allow-ingest", help="accept POST /api/articles"),
) -> None:
    """Serve the HTTP API and the dashboard."""
    import uvicorn

    from fogwatch.api.app import create_app
    from fogwatch.store import open_store

    app_ = create_app(open_store(db), allow_ingest=allow_ingest)
    err.print(
        f"fogwatch dashboard: http://{host}:{port}/  (API docs: http://{host}:{port}/docs)",
        highlight=False,
        soft_wrap=True,
    )
    uvicorn.run(app_, host=host, port=port, log_level="warning")


@app.command()
def spark(
    input: str = typer.Argument(..., help="files, folders or globs Spark can read (comma-separated for several)"),
    output: str = typer.Argument(..., help="folder for the Parquet tables"),
    master: str = typer.Option("local[*]", "--master", help="Spark master URL"),
) -> None:
    """Run extraction and linking on Apache Spark; write Parquet tables of articles, reports, rejects, groups."""
    from fogwatch.spark import run_job, spark_session

    session = spark_session(master)
    try:
        seconds: dict[str, float] = {}
        counts = run_job(session, [p for p in input.split(",") if p], output, seconds)
    finally:
        session.stop()
    timing = f"extract {seconds['extract']:.1f} s, link {seconds['link']:.1f} s"
    err.print(", ".join(f"{n} {table}" for table, n in counts.items()) + f" ({timing})", highlight=False)


DB_HELP = "store URL: a SQLite file path (default fogwatch.db or $FOGWATCH_DB) or postgresql://..."


def _open_store(db: str | None):
    from fogwatch.store import open_store

    try:
        return open_store(db)
    except Exception as exc:  # an unknown scheme, a refused connection, an unreadable file: one line
        err.print(f"[red]error[/red] cannot open store: {' '.join(str(exc).split())}", highlight=False)
        raise typer.Exit(2) from exc


def _filters(**given):
    from fogwatch.store import IncidentFilter

    return IncidentFilter(**given)


@app.command()
def ingest(
    inputs: list[str] = typer.Argument(..., help="files, folders, or - for stdin"),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    workers: int = typer.Option(1, "-w", "--workers", help="extraction worker processes"),
) -> None:
    """Extract reports and keep them in the store, linking reports of one event into one incident."""
    from rich.markup import escape

    from fogwatch.model import Rejected
    from fogwatch.readers import read_inputs
    from fogwatch.store.ingest import ingest as ingest_items
    from fogwatch.store.ingest import sum_tallies

    def show_reject(result) -> None:
        if isinstance(result, Rejected):
            err.print(
                f"[red]rejected[/red] {escape(result.input)}: {escape(' '.join(result.reason.split()))}",
                highlight=False,
                soft_wrap=True,
            )

    from fogwatch.spark import is_job_output, read_records
    from fogwatch.store.ingest import ingest_extracted

    # A folder written by `fogwatch spark` holds records already extracted: they are stored as they are.
    extracted = [p for p in inputs if is_job_output(p)]
    raw = [p for p in inputs if p not in extracted]
    store = _open_store(db)
    try:
        tallies = [ingest_extracted(read_records(p), store) for p in extracted]
        if raw:
            tallies.append(ingest_items(read_inputs(raw), store, workers=workers, on_result=show_reject))
    finally:
        store.close()
    err.print(str(sum_tallies(tallies)), highlight=False)


@app.command()
def incidents(
    type: str | None = typer.Option(None, "--type", help="incident type code"),
    country: str | None = typer.Option(None, "--country", help="ISO 3166-1 alpha-2"),
    admin1: str | None = typer.Option(None, "--admin1", help="ISO 3166-2 code, e.g. UA-65"),
    since: str | None = typer.Option(None, "--since", help="ISO date, inclusive"),
    until: str | None = typer.Option(None, "--until", help="ISO date, inclusive"),
    certainty: str | None = typer.Option(None, "--certainty", help="certainty code"),
    search: str | None = typer.Option(None, "--search", help="words in the article text or evidence"),
    format: str = typer.Option("table", "--format", help="table or json"),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """List linked incidents, filtered."""
    from fogwatch.export import render_table
    from fogwatch.model import CERTAINTIES, INCIDENT_TYPES

    for name, value, accepted in (
        ("type", type, INCIDENT_TYPES),
        ("certainty", certainty, CERTAINTIES),
        ("format", format, ("table", "json")),
    ):
        if value is not None and value not in accepted:
            err.print(f"[red]error[/red] unknown {name} {value!r}; accepted: {', '.join(accepted)}", highlight=False)
            raise typer.Exit(2)
    store = _open_store(db)
    try:
        found = store.incidents(
            _filters(
                type=type, country=country, admin1=admin1, since=since, until=until, certainty=certainty, search=search
            )
        )
    except ValueError as exc:
        err.print(f"[red]error[/red] {exc}", highlight=False)
        raise typer.Exit(2) from exc
    finally:
        store.close()
    if format == "json":
        print(json.dumps([i.model_dump(mode="json") for i in found], indent=2, ensure_ascii=False))
    else:
        render_table(found, out)


@app.command()
def show(
    incident_id: str = typer.Argument(..., help="a linked incident's id"),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Show one linked incident: merged fields, disagreements, and every report with its evidence."""
    from fogwatch.export import render_detail

    store = _open_store(db)
    try:
        detail = store.incident(incident_id)
    finally:
        store.close()
    if detail is None:
        err.print(f"[red]error[/red] no incident {incident_id!r} in the store", highlight=False)
        raise typer.Exit(1)
    render_detail(detail, out)


@app.command("export")
def export_cmd(
    format: str = typer.Option(..., "--format", help="jsonl, csv, acled or geojson"),
    output: Path = typer.Option(..., "-o", "--output", help="the file to write"),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Write every linked incident to a file (acled: ACLED's 31 columns, see README)."""
    from fogwatch.export import FORMATS, export

    if format not in FORMATS:
        err.print(f"[red]error[/red] unknown format {format!r}; accepted: {', '.join(FORMATS)}", highlight=False)
        raise typer.Exit(2)
    store = _open_store(db)
    try:
        n = export(store, format, output)
    except OSError as exc:
        err.print(f"[red]error[/red] cannot write {output}: {exc.strerror}", highlight=False)
        raise typer.Exit(2) from exc
    finally:
        store.close()
    err.print(f"{n} incidents written to {output}", highlight=False)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
