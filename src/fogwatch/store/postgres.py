"""The PostgreSQL backend (psycopg 3): tsvector columns with GIN indexes for search."""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Any

import psycopg

from fogwatch.model import Extraction
from fogwatch.store.base import AddResult, SearchHit
from fogwatch.store.migrations import POSTGRES
from fogwatch.store.sql import SqlStore

_HEADLINE = "'MaxWords=30, MinWords=12, StartSel=[, StopSel=]'"


class PostgresStore(SqlStore):
    migrations = POSTGRES
    no_limit = None  # LIMIT NULL is LIMIT ALL

    def __init__(self, url: str) -> None:
        super().__init__()
        self.url = url
        self._conn = psycopg.connect(url, autocommit=True)
        self.migrate()

    def add(self, extraction: Extraction, input: str | None = None) -> AddResult:
        try:
            return super().add(extraction, input)
        except psycopg.DataError as exc:  # e.g. a NUL character, which PostgreSQL text cannot hold
            raise ValueError(f"PostgreSQL cannot store this article: {' '.join(str(exc).split())}") from exc

    def _sql(self, sql: str) -> str:
        # The SQL text is this package's own; values are always bound, so rewriting the marks is safe.
        return sql.replace("%", "%%").replace("?", "%s")

    def _transaction(self) -> AbstractContextManager[Any]:
        return self._conn.transaction()

    def _search_condition(self) -> str:
        return (
            "i.id IN (SELECT r.incident_id FROM reports r WHERE r.tsv @@ plainto_tsquery('english', ?)"
            " OR r.article_id IN (SELECT a.id FROM articles a WHERE a.tsv @@ plainto_tsquery('english', ?)))"
        )

    def search(self, words: str, limit: int = 20) -> list[SearchHit]:
        query = self._search_param(words)
        articles = self._all(
            f"SELECT a.id, a.title, ts_headline('english', a.text, q, {_HEADLINE}) FROM articles a,"
            " plainto_tsquery('english', ?) q WHERE a.tsv @@ q ORDER BY ts_rank(a.tsv, q) DESC, a.id LIMIT ?",
            (query, limit),
        )
        reports = self._all(
            f"SELECT r.id, r.article_id, r.incident_id, ts_headline('english', r.evidence, q, {_HEADLINE})"
            " FROM reports r, plainto_tsquery('english', ?) q WHERE r.tsv @@ q"
            " ORDER BY ts_rank(r.tsv, q) DESC, r.id LIMIT ?",
            (query, limit),
        )
        return [SearchHit(kind="article", id=a, article_id=a, title=t, snippet=s) for a, t, s in articles] + [
            SearchHit(kind="report", id=r, article_id=a, incident_id=str(i), snippet=s) for r, a, i, s in reports
        ]
