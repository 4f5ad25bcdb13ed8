"""The SQLite backend: one file (or :memory:), FTS5 for search."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from fogwatch.model import Article
from fogwatch.store.base import SearchHit
from fogwatch.store.migrations import SQLITE
from fogwatch.store.sql import SqlStore, search_words


def fts_query(words: str) -> str:
    """Every word must occur; each is quoted so FTS5 reads none of it as query syntax (AND, NEAR, *, ^)."""
    return " ".join('"' + w.replace('"', '""') + '"' for w in search_words(words))


class SqliteStore(SqlStore):
    migrations = SQLITE
    no_limit = -1

    def __init__(self, path: str | Path) -> None:
        super().__init__()
        self.url = f"sqlite:///{path}"
        # autocommit mode: transactions are explicit (BEGIN IMMEDIATE) so a reader never upgrades to a writer.
        self._conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        self._conn.execute("PRAGMA foreign_keys = ON")
        if str(path) != ":memory:":
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA synchronous = NORMAL")
            # 64 MB of page cache (default 2 MB): the LSH index of 100,000 reports is ~150 MB, and its hot pages
            # stay in memory instead of being read back through the OS for every look-up.
            self._conn.execute("PRAGMA cache_size = -65536")
        self.migrate()

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        if self._conn.in_transaction:  # nested: the outer transaction commits
            yield
            return
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    def _index_text(self, article: Article, reports: list[tuple[str, str]]) -> None:
        self._exec(
            "INSERT INTO articles_fts (article_id, title, text) VALUES (?, ?, ?)",
            (article.id, article.title or "", article.text),
        )
        for report_id, evidence in reports:
            self._exec("INSERT INTO reports_fts (report_id, evidence) VALUES (?, ?)", (report_id, evidence))

    def _search_param(self, words: str) -> str:
        return fts_query(words)

    def _search_condition(self) -> str:
        return (
            "i.id IN (SELECT r.incident_id FROM reports r WHERE r.id IN"
            " (SELECT report_id FROM reports_fts WHERE reports_fts MATCH ?)"
            " OR r.article_id IN (SELECT article_id FROM articles_fts WHERE articles_fts MATCH ?))"
        )

    def search(self, words: str, limit: int = 20) -> list[SearchHit]:
        query = fts_query(words)
        articles = self._all(
            "SELECT f.article_id, f.title, snippet(articles_fts, 2, '[', ']', '...', 16) FROM articles_fts f"
            " WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
            (query, limit),
        )
        reports = self._all(
            "SELECT f.report_id, r.article_id, r.incident_id, snippet(reports_fts, 1, '[', ']', '...', 16)"
            " FROM reports_fts f JOIN reports r ON r.id = f.report_id WHERE reports_fts MATCH ? ORDER BY rank LIMIT ?",
            (query, limit),
        )
        return [SearchHit(kind="article", id=a, article_id=a, title=t or None, snippet=s) for a, t, s in articles] + [
            SearchHit(kind="report", id=r, article_id=a, incident_id=str(i), snippet=s) for r, a, i, s in reports
        ]
