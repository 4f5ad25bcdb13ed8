"""store: keep articles, reports and rejects; link reports into incidents; answer queries.

open_store(url)      a Store for `sqlite:///PATH`, a plain file path, or `postgresql://...`
base.Store           the protocol every backend implements (CLI, exports and the web API use only it)
sql.SqlStore         the SQL and the incremental linking both backends share
sqlite / postgres    the two backends; migrations.py holds their schemas
ingest.ingest        extract inputs through the batch layer and store them, with a tally
"""

from __future__ import annotations

import os

from fogwatch.store.base import IncidentDetail, IncidentFilter, Store

DEFAULT_DB = "fogwatch.db"
SCHEMES = ("sqlite:///PATH (or a plain file path)", "postgresql://USER@HOST:PORT/DB (or postgres://)")

__all__ = ["DEFAULT_DB", "IncidentDetail", "IncidentFilter", "Store", "default_url", "open_store"]


def default_url() -> str:
    """FOGWATCH_DB when set, else fogwatch.db in the working folder."""
    return os.environ.get("FOGWATCH_DB") or DEFAULT_DB


def open_store(url: str | None = None) -> Store:
    """Open (creating and migrating as needed) the store at `url`; an unknown scheme fails listing the accepted."""
    url = url or default_url()
    if url.startswith(("postgresql://", "postgres://")):
        from fogwatch.store.postgres import PostgresStore

        return PostgresStore(url)
    if url.startswith("sqlite://"):
        path = url.removeprefix("sqlite://")
        path = path[1:] if path.startswith("/") else path
        from fogwatch.store.sqlite import SqliteStore

        return SqliteStore(path or ":memory:")
    if "://" in url:
        scheme = url.split("://", 1)[0]
        raise ValueError(f"unknown store URL scheme {scheme!r}; accepted: {'; '.join(SCHEMES)}")
    from fogwatch.store.sqlite import SqliteStore

    return SqliteStore(url)
