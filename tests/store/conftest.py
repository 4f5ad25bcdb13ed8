"""Store fixtures: a throwaway PostgreSQL cluster on loopback (started once per session) and a `store`
fixture that runs each storage test against SQLite and against that cluster.

The cluster is skipped, with the reason, only when the PostgreSQL binaries are absent; under CI (CI=true) a
missing or failing PostgreSQL fails the run instead, so the PostgreSQL half is never silently left out."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import psycopg
import pytest

from fogwatch.store import open_store

PG_BIN = Path(os.environ.get("FOGWATCH_PG_BIN", "/usr/lib/postgresql/15/bin"))
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


def _run(cmd: list[str]) -> subprocess.CompletedProcess[str]:
    # initdb refuses to run as root: run the server tools as the `postgres` system user then.
    if os.geteuid() == 0:
        cmd = ["runuser", "-u", "postgres", "--", *cmd]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


class Cluster:
    def __init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="fogwatch-pg-"))
        if os.geteuid() == 0:
            shutil.chown(self.dir, "postgres", "postgres")
        self.data, self.log, self.port = self.dir / "data", self.dir / "server.log", _free_port()
        self.url = f"postgresql://fogwatch@127.0.0.1:{self.port}/postgres"

    def start(self) -> None:
        init = _run(
            [
                str(PG_BIN / "initdb"),
                "-D",
                str(self.data),
                "-A",
                "trust",
                "-U",
                "fogwatch",
                "-E",
                "UTF8",
                "--locale=C",
                "--no-sync",
            ]
        )
        if init.returncode:
            raise RuntimeError(f"initdb failed: {init.stderr.strip()[-500:]}")
        options = f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.dir} -c fsync=off -c full_page_writes=off"
        start = _run(
            [
                str(PG_BIN / "pg_ctl"),
                "-D",
                str(self.data),
                "-l",
                str(self.log),
                "-o",
                options,
                "-w",
                "-t",
                "60",
                "start",
            ]
        )
        if start.returncode:
            log = self.log.read_text(errors="replace")[-800:] if self.log.exists() else ""
            raise RuntimeError(f"pg_ctl start failed: {start.stderr.strip()[-300:]} {log}")

    def stop(self) -> None:
        _run([str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"])
        shutil.rmtree(self.dir, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """The URL of a PostgreSQL 15 server on 127.0.0.1, started for this test session and removed after it."""
    if not (PG_BIN / "initdb").exists():
        reason = f"PostgreSQL binaries not found in {PG_BIN} (scripts/system-deps.sh installs postgresql-15)"
        if IN_CI:
            pytest.fail(reason)
        pytest.skip(reason)
    cluster = Cluster()
    # A run stopped by SIGTERM (a timeout, CI cancelling) still tears the cluster down: pytest runs session
    # finalizers on KeyboardInterrupt, not on a bare SIGTERM.
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        cluster.start()
    except (RuntimeError, OSError, subprocess.TimeoutExpired) as exc:
        cluster.stop()
        pytest.fail(f"PostgreSQL could not start: {exc}")
    yield cluster.url
    cluster.stop()
    signal.signal(signal.SIGTERM, previous)


@pytest.fixture
def pg_schema_url(pg_url: str) -> Iterator[str]:
    """A fresh, empty schema per test: the store's URL sets it as the search path."""
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    yield f"{pg_url}?options={quote(f'-csearch_path={schema}')}"
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "fogwatch.db")
    return request.getfixturevalue("pg_schema_url")


@pytest.fixture
def store(store_url: str):
    s = open_store(store_url)
    yield s
    s.close()
