"""The Store protocol: what the CLI, the exports and the web API may ask of a store, whatever the backend."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, Literal, Protocol, runtime_checkable

from pydantic import BaseModel

from fogwatch.model import Article, Extraction, Incident, LinkedIncident, Rejected

CountBy = Literal["type", "month", "country", "admin1", "certainty"]
COUNT_BY: tuple[str, ...] = CountBy.__args__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class IncidentFilter:
    """Filters for listing linked incidents; every field optional. Dates are ISO days, inclusive; an incident
    matches a date range when the days its date can mean overlap it. `bbox` is (west, south, east, north)."""

    type: str | None = None
    country: str | None = None
    admin1: str | None = None
    since: str | None = None
    until: str | None = None
    certainty: str | None = None
    search: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    limit: int | None = None
    offset: int = 0


class ReportView(BaseModel):
    """One stored report with the article it came from."""

    id: str
    article_id: str
    incident_id: str
    outlet: str | None
    url: str | None
    title: str | None
    published: str | None
    incident: Incident


class IncidentDetail(BaseModel):
    """A linked incident with every report behind it (evidence quotes inside each report's record)."""

    incident: LinkedIncident
    reports: list[ReportView]


class SearchHit(BaseModel):
    kind: Literal["article", "report"]
    id: str
    article_id: str
    incident_id: str | None = None
    title: str | None = None
    snippet: str


class AddResult(BaseModel):
    status: Literal["stored", "duplicate"]
    article_id: str
    report_ids: list[str] = []
    incident_ids: list[str] = []


class StoreStats(BaseModel):
    articles: int
    reports: int
    incidents: int
    rejected: int


@runtime_checkable
class Store(Protocol):
    """A place that keeps articles, reports and rejects, links reports into incidents, and answers queries."""

    url: str

    def add(self, extraction: Extraction, input: str | None = None) -> AddResult:
        """Store one article and its reports, linking each report as it arrives; a known article (same id or
        URL) is a duplicate and changes nothing."""
        ...

    def batch(self) -> AbstractContextManager[Any]:
        """`with store.batch():` groups the adds inside into one transaction (all or nothing, one commit)."""
        ...

    def has_url(self, url: str) -> bool: ...

    def add_rejected(self, rejected: Rejected) -> None:
        """Keep an input that could not be read or extracted, with its reason (once per input and reason)."""
        ...

    def rejected(self) -> list[Rejected]: ...

    def incidents(self, filters: IncidentFilter = IncidentFilter()) -> list[LinkedIncident]: ...

    def count_incidents(self, filters: IncidentFilter = IncidentFilter()) -> int: ...

    def incident(self, incident_id: str) -> IncidentDetail | None: ...

    def iter_details(self, filters: IncidentFilter = IncidentFilter()) -> Iterator[IncidentDetail]:
        """Every matching incident with its reports, for exports."""
        ...

    def article(self, article_id: str) -> Article | None:
        """The article with its cleaned text and removed parts."""
        ...

    def counts(self, by: CountBy, filters: IncidentFilter = IncidentFilter()) -> dict[str, int]:
        """Number of linked incidents per type, month (of the merged date), country, admin1 or certainty."""
        ...

    def search(self, words: str, limit: int = 20) -> list[SearchHit]:
        """Articles and reports whose text (articles) or evidence (reports) holds every word."""
        ...

    def stats(self) -> StoreStats: ...

    def close(self) -> None: ...
