"""The SQL both backends share: storing, linking as reports arrive, and the queries behind the Store protocol.

Every value reaches SQL as a bound parameter; SQL text is only ever built from the constant fragments in this
package. Subclasses supply the connection, the transaction, the placeholder style and full-text search.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from typing import Any

from fogwatch.link import (
    ReportKey,
    StoredReport,
    band_keys,
    date_range,
    evidence_text,
    incidents_to_join,
    linked_candidates,
    merge,
    report_key,
    tokens,
)
from fogwatch.model import Article, Extraction, Incident, LinkedIncident, Rejected
from fogwatch.store.base import (
    COUNT_BY,
    AddResult,
    CountBy,
    IncidentDetail,
    IncidentFilter,
    ReportView,
    SearchHit,
    StoreStats,
)
from fogwatch.store.migrations import CREATE_VERSIONS, Migration

# The most similar stored reports (by number of shared LSH buckets) that a new report is compared with.
CANDIDATES = 50
# Rows read per LSH bucket, newest first. A bucket of a common word ("Kherson", a region token) grows with the
# store; reading only its newest rows keeps a look-up's cost flat, and an event's reports arrive within weeks.
BUCKET_SCAN = 200
_KEY_COLUMNS = (
    "r.id, r.article_id, r.type, r.date_value, r.date_precision, r.not_after, r.lat, r.lon, r.admin1_code,"
    " r.country, r.place_precision, r.evidence, r.incident_id"
)
_COUNT_COLUMNS = {
    "type": "type",
    "month": "month",
    "country": "country",
    "admin1": "admin1_code",
    "certainty": "certainty",
}
_WORD = re.compile(r"\w+")


def search_words(words: str) -> list[str]:
    found = _WORD.findall(words)
    if not found:
        raise ValueError(f"search needs at least one word, got {words!r}")
    return found


class SqlStore:
    """Store protocol over a DB-API connection; see sqlite.py and postgres.py for the two backends."""

    url: str
    migrations: Sequence[Migration] = ()
    no_limit: int | None = None

    def __init__(self) -> None:
        self._lock = threading.RLock()

    # --- backend hooks ---------------------------------------------------------

    def _sql(self, sql: str) -> str:
        return sql

    def _transaction(self) -> AbstractContextManager[Any]:
        raise NotImplementedError

    def _index_text(self, article: Article, reports: list[tuple[str, str]]) -> None:
        """Index the article's text and each (report id, evidence) for full-text search."""

    def _search_condition(self) -> str:
        """A condition on incidents `i` true when its reports' evidence or articles match the words."""
        raise NotImplementedError

    def _search_param(self, words: str) -> str:
        return " ".join(search_words(words))

    def search(self, words: str, limit: int = 20) -> list[SearchHit]:
        raise NotImplementedError

    # --- plumbing --------------------------------------------------------------

    def _exec(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self._conn.execute(self._sql(sql), tuple(params))  # type: ignore[attr-defined]

    def _exec_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            self._conn.cursor().executemany(self._sql(sql), rows)  # type: ignore[attr-defined]

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            return list(self._exec(sql, params).fetchall())

    def _one(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...] | None:
        with self._lock:
            return self._exec(sql, params).fetchone()

    @contextmanager
    def _tx(self) -> Iterator[None]:
        # One connection serves every thread (the web API's workers): a thread's transaction holds the lock,
        # so no other thread's statement runs inside it.
        with self._lock, self._transaction():
            yield

    def migrate(self) -> list[int]:
        """Apply the migrations this database lacks; returns the versions applied."""
        self._exec(CREATE_VERSIONS)
        current = self._one("SELECT MAX(version) FROM schema_migrations")
        done = current[0] if current and current[0] is not None else 0
        applied = []
        for migration in self.migrations:
            if migration.version <= done:
                continue
            with self._tx():
                for statement in migration.statements:
                    self._exec(statement)
                self._exec(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                    (migration.version, migration.name, time.time()),
                )
            applied.append(migration.version)
        return applied

    def close(self) -> None:
        self._conn.close()  # type: ignore[attr-defined]

    # --- writing ---------------------------------------------------------------

    def batch(self) -> AbstractContextManager[Any]:
        """Group the adds made inside into one transaction: a bulk load commits once per batch."""
        return self._tx()

    def has_url(self, url: str) -> bool:
        return self._one("SELECT 1 FROM articles WHERE url = ?", (url,)) is not None

    def add(self, extraction: Extraction, input: str | None = None) -> AddResult:
        article = extraction.article
        with self._tx():
            known = self._one("SELECT id FROM articles WHERE id = ? OR url = ?", (article.id, article.url))
            if known:
                return AddResult(status="duplicate", article_id=known[0])
            self._insert_article(article, input)
            report_ids, touched = [], []
            for n, incident in enumerate(extraction.incidents):
                report_id = f"{article.id}:{n}"
                incident_id = self._insert_report(report_id, article.id, n, incident)
                report_ids.append(report_id)
                if incident_id not in touched:
                    touched.append(incident_id)
            self._index_text(
                article, [(f"{article.id}:{n}", evidence_text(i)) for n, i in enumerate(extraction.incidents)]
            )
            now = time.time()
            touched = list(dict.fromkeys(self._resolve(i) for i in touched))
            for incident_id in touched:
                self._remerge(incident_id, now)
        return AddResult(
            status="stored", article_id=article.id, report_ids=report_ids, incident_ids=[str(i) for i in touched]
        )

    def _insert_article(self, article: Article, input: str | None) -> None:
        record = article.model_dump_json(exclude={"text"})
        self._exec(
            "INSERT INTO articles (id, url, outlet, title, published, input, text, record, ingested_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article.id,
                article.url,
                article.outlet,
                article.title,
                article.published,
                input,
                article.text,
                record,
                time.time(),
            ),
        )

    def _insert_report(self, report_id: str, article_id: str, n: int, incident: Incident) -> int:
        """Insert one report, linked to the incident of its best stored match or to a new incident."""
        key = report_key(report_id, article_id, incident)
        buckets = band_keys(key)
        candidates = self._candidates(buckets)
        incident_of = {k.id: i for k, i in candidates}
        linked = [incident_of[k.id] for _, k in linked_candidates(key, (k for k, _ in candidates))]
        if linked:
            joined = incidents_to_join(linked, self._articles_of(set(linked)), article_id)
            incident_id = min(joined)  # the oldest id survives, so links to it stay valid
            self._fold_into(incident_id, [i for i in joined if i != incident_id])
        else:
            row = self._one("INSERT INTO incidents (type) VALUES (?) RETURNING id", (incident.type,))
            incident_id = int(row[0])  # type: ignore[index]
        row = self._one(
            "INSERT INTO reports (id, article_id, n, incident_id, type, date_value, date_precision, not_after, lat,"
            " lon, admin1_code, country, place_precision, evidence, record)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING rid",
            (
                report_id,
                article_id,
                n,
                incident_id,
                key.type,
                key.date_value,
                key.date_precision,
                key.not_after,
                key.lat,
                key.lon,
                key.admin1_code,
                key.country,
                key.place_precision,
                evidence_text(incident),
                incident.model_dump_json(),
            ),
        )
        rid = int(row[0])  # type: ignore[index]
        self._exec_many("INSERT INTO lsh_bands (key, report_rid) VALUES (?, ?)", [(b, rid) for b in buckets])
        return incident_id

    def _articles_of(self, incidents: set[int]) -> dict[int, set[str]]:
        marks = ", ".join("?" for _ in incidents)
        found: dict[int, set[str]] = {}
        for incident_id, article_id in self._all(
            f"SELECT incident_id, article_id FROM reports WHERE incident_id IN ({marks})", sorted(incidents)
        ):
            found.setdefault(int(incident_id), set()).add(article_id)
        return found

    def _fold_into(self, target: int, others: list[int]) -> None:
        """Move the reports of `others` into `target`; the emptied incidents point to it (`merged_into`)."""
        for other in others:
            self._exec("UPDATE reports SET incident_id = ? WHERE incident_id = ?", (target, other))
            self._exec(
                "UPDATE incidents SET record = NULL, report_count = 0, merged_into = ? WHERE id = ? OR merged_into = ?",
                (target, other, other),
            )

    def _resolve(self, incident_id: int) -> int:
        row = self._one("SELECT merged_into FROM incidents WHERE id = ?", (incident_id,))
        return int(row[0]) if row and row[0] is not None else incident_id

    def _candidates(self, buckets: list[int]) -> list[tuple[ReportKey, int]]:
        """Stored reports sharing LSH buckets with the new one, most shared first: one bounded index range scan
        per bucket, so the cost does not grow with the store."""
        if not buckets:
            return []
        newest = " UNION ALL ".join(
            f"SELECT report_rid FROM (SELECT report_rid FROM lsh_bands WHERE key = ? ORDER BY report_rid DESC"
            f" LIMIT {BUCKET_SCAN}) AS b{n}"
            for n in range(len(buckets))
        )
        rows = self._all(
            f"SELECT {_KEY_COLUMNS} FROM reports r JOIN (SELECT report_rid, COUNT(*) AS hits FROM ({newest}) AS u"
            " GROUP BY report_rid ORDER BY hits DESC LIMIT ?) b ON b.report_rid = r.rid",
            (*buckets, CANDIDATES),
        )
        return [(_key_from_row(row), int(row[12])) for row in rows]

    def _remerge(self, incident_id: int, now: float) -> None:
        rows = self._all(
            "SELECT r.id, r.article_id, a.outlet, r.record FROM reports r JOIN articles a ON a.id = r.article_id"
            " WHERE r.incident_id = ?",
            (incident_id,),
        )
        reports = [StoredReport(id, art, outlet, Incident.model_validate_json(rec)) for id, art, outlet, rec in rows]
        linked = merge(str(incident_id), reports, now)
        span = date_range(linked.date.value, linked.date.precision)
        loc = linked.location
        month = linked.date.value[:7] if linked.date.precision in ("day", "month") and linked.date.value else None
        self._exec(
            "UPDATE incidents SET type = ?, date_start = ?, date_end = ?, month = ?, country = ?, admin1_code = ?,"
            " lat = ?, lon = ?, certainty = ?, report_count = ?, record = ?, updated = ? WHERE id = ?",
            (
                linked.type,
                span[0].isoformat() if span else None,
                span[1].isoformat() if span else None,
                month,
                loc.country if loc else None,
                loc.admin1_code if loc else None,
                loc.lat if loc else None,
                loc.lon if loc else None,
                linked.certainty,
                linked.report_count,
                linked.model_dump_json(),
                now,
                incident_id,
            ),
        )

    def add_rejected(self, rejected: Rejected) -> None:
        with self._tx():
            if not self._one(
                "SELECT 1 FROM rejected WHERE input = ? AND reason = ?", (rejected.input, rejected.reason)
            ):
                self._exec(
                    "INSERT INTO rejected (input, reason, at) VALUES (?, ?, ?)",
                    (rejected.input, rejected.reason, time.time()),
                )

    # --- reading ---------------------------------------------------------------

    def rejected(self) -> list[Rejected]:
        return [Rejected(input=i, reason=r) for i, r in self._all("SELECT input, reason FROM rejected ORDER BY id")]

    def _where(self, f: IncidentFilter) -> tuple[str, list[Any]]:
        conds: list[str] = ["i.record IS NOT NULL"]
        params: list[Any] = []
        for column, value in (
            ("type", f.type),
            ("country", f.country),
            ("admin1_code", f.admin1),
            ("certainty", f.certainty),
        ):
            if value is not None:
                conds.append(f"i.{column} = ?")
                params.append(value)
        if f.since:
            conds.append("i.date_end >= ?")
            params.append(f.since)
        if f.until:
            conds.append("i.date_start <= ?")
            params.append(f.until)
        if f.bbox:
            west, south, east, north = f.bbox
            conds.append("i.lon BETWEEN ? AND ? AND i.lat BETWEEN ? AND ?")
            params += [west, east, south, north]
        if f.search:
            term = self._search_param(f.search)
            conds.append(self._search_condition())
            params += [term, term]
        return " AND ".join(conds), params

    def incidents(self, filters: IncidentFilter = IncidentFilter()) -> list[LinkedIncident]:
        where, params = self._where(filters)
        limit = filters.limit if filters.limit is not None else self.no_limit
        rows = self._all(
            f"SELECT i.record FROM incidents i WHERE {where} ORDER BY i.id LIMIT ? OFFSET ?",
            (*params, limit, filters.offset),
        )
        return [LinkedIncident.model_validate_json(r[0]) for r in rows]

    def count_incidents(self, filters: IncidentFilter = IncidentFilter()) -> int:
        where, params = self._where(filters)
        return int(self._one(f"SELECT COUNT(*) FROM incidents i WHERE {where}", params)[0])  # type: ignore[index]

    def counts(self, by: CountBy, filters: IncidentFilter = IncidentFilter()) -> dict[str, int]:
        if by not in _COUNT_COLUMNS:
            raise ValueError(f"cannot count by {by!r}; accepted: {', '.join(COUNT_BY)}")
        column = _COUNT_COLUMNS[by]
        where, params = self._where(filters)
        rows = self._all(f"SELECT i.{column}, COUNT(*) FROM incidents i WHERE {where} GROUP BY i.{column}", params)
        return {(k if k is not None else "unknown"): int(n) for k, n in sorted(rows, key=lambda r: str(r[0]))}

    def incident(self, incident_id: str) -> IncidentDetail | None:
        if not str(incident_id).isdigit():
            return None
        found = self._resolve(int(incident_id))
        row = self._one("SELECT record FROM incidents WHERE id = ? AND record IS NOT NULL", (found,))
        if row is None:
            return None
        rows = self._all(
            "SELECT r.id, r.article_id, r.incident_id, a.outlet, a.url, a.title, a.published, r.record FROM reports r"
            " JOIN articles a ON a.id = r.article_id WHERE r.incident_id = ? ORDER BY r.id",
            (found,),
        )
        reports = [
            ReportView(
                id=r[0],
                article_id=r[1],
                incident_id=str(r[2]),
                outlet=r[3],
                url=r[4],
                title=r[5],
                published=r[6],
                incident=Incident.model_validate_json(r[7]),
            )
            for r in rows
        ]
        return IncidentDetail(incident=LinkedIncident.model_validate_json(row[0]), reports=reports)

    def iter_details(self, filters: IncidentFilter = IncidentFilter()) -> Iterator[IncidentDetail]:
        for linked in self.incidents(filters):
            detail = self.incident(linked.id)
            if detail is not None:
                yield detail

    def article(self, article_id: str) -> Article | None:
        row = self._one("SELECT record, text FROM articles WHERE id = ?", (article_id,))
        if row is None:
            return None
        return Article.model_validate({**json.loads(row[0]), "text": row[1]})

    def stats(self) -> StoreStats:
        def n(table: str, where: str = "") -> int:
            return int(self._one(f"SELECT COUNT(*) FROM {table} {where}")[0])  # type: ignore[index]

        return StoreStats(
            articles=n("articles"),
            reports=n("reports"),
            incidents=n("incidents", "WHERE record IS NOT NULL"),
            rejected=n("rejected"),
        )


def _key_from_row(row: Sequence[Any]) -> ReportKey:
    return ReportKey(
        id=row[0],
        article_id=row[1],
        type=row[2],
        date_value=row[3],
        date_precision=row[4],
        not_after=row[5],
        lat=row[6],
        lon=row[7],
        admin1_code=row[8],
        country=row[9],
        place_precision=row[10],
        tokens=tokens(row[11]),
    )
