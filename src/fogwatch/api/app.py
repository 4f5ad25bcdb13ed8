"""api: the HTTP API and the dashboard over a Store.

Every 4xx/5xx answers with one shape, `{"error": {"status": N, "message": "..."}}`.
Endpoints are async on purpose: store calls run one at a time on the event loop,
so one SQLite connection serves every request without cross-thread use.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Literal

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field
from starlette.background import BackgroundTask
from starlette.exceptions import HTTPException as StarletteHTTPException

from fogwatch.model import INCIDENT_TYPES, Article, Certainty, LinkedIncident, RawReport, Rejected
from fogwatch.store.base import AddResult, IncidentFilter, ReportView, SearchHit, Store

STATIC = Path(__file__).parent / "static"
MAX_BODY_BYTES = 2_000_000
MAX_PAGE = 1000
EXPORT_MEDIA = {
    "jsonl": "application/x-ndjson",
    "csv": "text/csv",
    "acled": "text/csv",
    "geojson": "application/geo+json",
}


class ErrorBody(BaseModel):
    status: int
    message: str


class ErrorResponse(BaseModel):
    error: ErrorBody


class IncidentPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[LinkedIncident]


class ReportWithArticle(ReportView):
    article: Article


class IncidentWithReports(BaseModel):
    incident: LinkedIncident
    reports: list[ReportWithArticle]


class Bucket(BaseModel):
    key: str
    count: int


class ArticleIn(BaseModel):
    """One report to ingest, as a line of `fogwatch extract` input (spec section 1)."""

    model_config = ConfigDict(extra="forbid")
    text: str | None = Field(None, max_length=MAX_BODY_BYTES)
    html: str | None = Field(None, max_length=MAX_BODY_BYTES)
    id: str | None = None
    url: str | None = None
    title: str | None = None
    published: date | None = None
    outlet: str | None = None


def error(status: int, message: str) -> JSONResponse:
    return JSONResponse(status_code=status, content={"error": {"status": status, "message": message}})


def parse_bbox(bbox: str | None) -> tuple[float, float, float, float] | None:
    if not bbox:
        return None
    try:
        west, south, east, north = (float(x) for x in bbox.split(","))
    except ValueError as exc:
        raise HTTPException(400, "bbox must be four numbers: west,south,east,north") from exc
    if not (-90 <= south <= north <= 90 and -180 <= west <= 180 and -180 <= east <= 180):
        raise HTTPException(400, "bbox out of range: west,south,east,north in degrees, south <= north")
    return west, south, east, north


def week_of(day: str) -> str:
    d = date.fromisoformat(day)
    return (d - timedelta(days=d.weekday())).isoformat()


def weekly_counts(incidents: list[LinkedIncident]) -> list[Bucket]:
    """Incidents per ISO week (Monday) of their date, undated ones at their upper bound; gaps filled with 0."""
    days = [i.date.value if i.date.value and len(i.date.value) == 10 else i.date.not_after for i in incidents]
    weeks = Counter(week_of(d) for d in days if d and len(d) == 10)
    if not weeks:
        return []
    first, last = date.fromisoformat(min(weeks)), date.fromisoformat(max(weeks))
    span = [(first + timedelta(weeks=n)).isoformat() for n in range((last - first).days // 7 + 1)]
    return [Bucket(key=w, count=weeks.get(w, 0)) for w in span]


def create_app(store: Store, allow_ingest: bool = False, resources: Any = None) -> FastAPI:
    """The API and dashboard over `store`; `POST /api/articles` only when `allow_ingest`."""
    app = FastAPI(
        title="fogwatch",
        version="0.1.0",
        description="Military incidents extracted from reports, linked across outlets, with evidence.",
    )
    app.state.store = store
    app.state.resources = resources
    install_error_handlers(app)
    add_routes(app, allow_ingest)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return error(exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        return error(422, f"{where}: {first.get('msg', 'invalid request')}")


def filters_from(
    type: str | None,
    country: str | None,
    admin1: str | None,
    since: date | None,
    until: date | None,
    certainty: str | None,
    search: str | None,
    bbox: str | None,
    limit: int | None = None,
    offset: int = 0,
) -> IncidentFilter:
    if type and type not in INCIDENT_TYPES:
        raise HTTPException(400, f"unknown type {type!r}; accepted: {', '.join(INCIDENT_TYPES)}")
    return IncidentFilter(
        type=type or None,
        country=(country or "").upper() or None,
        admin1=admin1 or None,
        since=since.isoformat() if since else None,
        until=until.isoformat() if until else None,
        certainty=certainty or None,
        search=search or None,
        bbox=parse_bbox(bbox),
        limit=limit,
        offset=offset,
    )


def query_filters(
    type: str | None = None,
    country: str | None = Query(None, max_length=2),
    admin1: str | None = None,
    since: date | None = None,
    until: date | None = None,
    certainty: Certainty | None = None,
    search: str | None = Query(None, max_length=200),
    bbox: str | None = None,
) -> IncidentFilter:
    """The incident filters shared by the listing and the counts, from query parameters."""
    return filters_from(type, country, admin1, since, until, certainty, search, bbox)


def add_routes(app: FastAPI, allow_ingest: bool) -> None:
    store: Store = app.state.store

    @app.get("/", include_in_schema=False)
    async def dashboard() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    @app.get("/api/incidents", response_model=IncidentPage, responses={400: {"model": ErrorResponse}})
    async def list_incidents(
        filters: IncidentFilter = Depends(query_filters),
        limit: int = Query(100, ge=1, le=MAX_PAGE),
        offset: int = Query(0, ge=0),
    ) -> IncidentPage:
        """Linked incidents matching the filters, newest first, a page at a time."""
        items = store.incidents(replace(filters, limit=limit, offset=offset))
        return IncidentPage(total=store.count_incidents(filters), limit=limit, offset=offset, items=items)

    @app.get(
        "/api/incidents/{incident_id}", response_model=IncidentWithReports, responses={404: {"model": ErrorResponse}}
    )
    async def get_incident(incident_id: str) -> IncidentWithReports:
        """One linked incident with each report, its evidence and the article it came from."""
        detail = store.incident(incident_id)
        if detail is None:
            raise HTTPException(404, f"no incident {incident_id!r}")
        reports = []
        for report in detail.reports:
            article = store.article(report.article_id)
            if article is not None:
                reports.append(ReportWithArticle(**report.model_dump(), article=article))
        return IncidentWithReports(incident=detail.incident, reports=reports)

    @app.get("/api/articles/{article_id}", response_model=Article, responses={404: {"model": ErrorResponse}})
    async def get_article(article_id: str) -> Article:
        """One article: its cleaned text and the parts removed as clutter."""
        article = store.article(article_id)
        if article is None:
            raise HTTPException(404, f"no article {article_id!r}")
        return article

    @app.get("/api/stats", response_model=list[Bucket], responses={400: {"model": ErrorResponse}})
    async def stats(
        by: Literal["type", "month", "country", "admin1", "certainty", "week"] = "type",
        filters: IncidentFilter = Depends(query_filters),
    ) -> list[Bucket]:
        """Counts of linked incidents by type, month, week, country, admin1 or certainty."""
        if by == "week":
            return weekly_counts(store.incidents(filters))
        return [Bucket(key=k, count=v) for k, v in sorted(store.counts(by, filters).items())]

    @app.get("/api/search", response_model=list[SearchHit])
    async def search(
        q: str = Query(..., min_length=1, max_length=200), limit: int = Query(20, ge=1, le=200)
    ) -> list[SearchHit]:
        """Articles and reports whose text holds every word."""
        return store.search(q, limit)

    @app.get("/api/export", responses={200: {"content": {m: {} for m in EXPORT_MEDIA.values()}}})
    async def export_incidents(
        format: Literal["jsonl", "csv", "acled", "geojson"] = "jsonl",
        type: str | None = None,
        country: str | None = Query(None, max_length=2),
        since: date | None = None,
        until: date | None = None,
    ) -> FileResponse:
        """Every matching linked incident as a file (spec section 6)."""
        from fogwatch.export import export

        filters = filters_from(type, country, None, since, until, None, None, None)
        suffix = {"acled": ".csv"}.get(format, f".{format}")
        with tempfile.NamedTemporaryFile(suffix=suffix, delete=False) as tmp:
            path = Path(tmp.name)
        export(store, format, path, filters)
        return FileResponse(
            path,
            media_type=EXPORT_MEDIA[format],
            filename=f"fogwatch-incidents{suffix}",
            background=BackgroundTask(path.unlink),
        )

    if allow_ingest:
        add_ingest_route(app)
    else:

        @app.post("/api/articles", include_in_schema=False)
        async def ingest_disabled() -> None:
            raise HTTPException(403, "ingest is off: start the server with --allow-ingest")


def add_ingest_route(app: FastAPI) -> None:
    store: Store = app.state.store

    # The body is read by hand (to enforce the size limit while streaming), so its schema is declared here.
    body_schema = {"content": {"application/json": {"schema": ArticleIn.model_json_schema()}}, "required": True}

    @app.post(
        "/api/articles",
        status_code=201,
        response_model=AddResult,
        openapi_extra={"requestBody": body_schema},
        responses={400: {"model": ErrorResponse}, 413: {"model": ErrorResponse}, 422: {"model": ErrorResponse}},
    )
    async def ingest_article(request: Request) -> AddResult:
        """Extract one report and store it (started with --allow-ingest)."""
        body = await read_limited(request)
        try:
            article = ArticleIn.model_validate_json(body)
        except ValueError as exc:
            raise HTTPException(422, f"not an article: {str(exc).splitlines()[0]}") from exc
        if not (article.text or article.html):
            raise HTTPException(422, "an article needs `text` or `html`")
        raw = RawReport(
            input="api",
            **{
                **article.model_dump(exclude_none=True),
                **({"published": article.published.isoformat()} if article.published else {}),
            },
        )
        from fogwatch.batch import extract_one
        from fogwatch.resources import load_resources

        result = extract_one(raw, app.state.resources or load_resources())
        if isinstance(result, Rejected):
            store.add_rejected(result)
            raise HTTPException(422, f"rejected: {result.reason}")
        return store.add(result, input="api")


async def read_limited(request: Request) -> bytes:
    """The request body, refused with 413 past MAX_BODY_BYTES before it is all read."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        raise HTTPException(413, f"body over {MAX_BODY_BYTES} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise HTTPException(413, f"body over {MAX_BODY_BYTES} bytes")
        chunks.append(chunk)
    return b"".join(chunks)
