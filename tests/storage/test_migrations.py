"""Migrations: an empty database (SQLite or PostgreSQL) is brought to exactly the schema the code
declares, and processes starting together migrate it once, without errors."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from worker import db

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database with no tables at all (PostgreSQL: a throwaway database beside the test one)."""
    if request.param == "sqlite":
        yield db.database_url("", tmp_path)
        return
    url = make_url(request.getfixturevalue("postgres_url"))
    fresh = url.set(database=f"{url.database}_migrations")
    server = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with server.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{fresh.database}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{fresh.database}"'))
    yield fresh.render_as_string(hide_password=False)
    db.dispose_all()
    with server.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{fresh.database}" WITH (FORCE)'))
    server.dispose()


def test_upgrade_from_empty_builds_exactly_the_declared_schema(empty_url):
    engine = db._create(empty_url)
    assert db.current_revision(engine) is None
    assert db.upgrade(engine) == db.head_revision()
    with engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), db.metadata) == []
    assert db.upgrade(engine) == db.head_revision()  # again: nothing to do
    engine.dispose()


UPGRADE = "from worker import db; import sys; print(db.upgrade(db._create(sys.argv[1])))"


def test_processes_starting_together_migrate_once(empty_url):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    starters = [
        subprocess.Popen(
            [sys.executable, "-c", UPGRADE, empty_url],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=ROOT,
        )
        for _ in range(4)
    ]
    results = [p.communicate(timeout=120) for p in starters]
    assert [p.returncode for p in starters] == [0] * 4, [err for _, err in results]
    assert {out.strip() for out, _ in results} == {db.head_revision()}
    engine = db._create(empty_url)
    with engine.connect() as connection:
        versions = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    engine.dispose()
    assert versions == [(db.head_revision(),)]
