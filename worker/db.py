"""The SQL database: what must outlive a Redis restart.

Incidents (the record-keeping), care alerts, the template store and its history, admin accounts,
their server-side sessions and the audit log. SQLite (``kasuguard.sqlite3`` in
``KASUGUARD_DATA_DIR``) by default, nothing to install; PostgreSQL through ``DATABASE_URL``
when several hosts share it.
The schema is SQLAlchemy Core tables (below) and the Alembic migrations in ``worker/migrations``,
which ``engine_for`` applies the first time a process opens a database (under a lock, so
processes starting together migrate once); ``kasuguard db upgrade`` does the same by hand.

Writes that read-then-write go through ``write()``: on SQLite it takes the write lock at
``BEGIN`` (``BEGIN IMMEDIATE``), so two writers never both pass a check and both write; on
PostgreSQL unique constraints settle races (a loser gets ``IntegrityError``).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from threading import Lock

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Engine,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    create_engine,
    event,
    text,
)
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.pool import NullPool

logger = logging.getLogger(__name__)

SQLITE_FILENAME = "kasuguard.sqlite3"
SQLITE_BUSY_TIMEOUT_S = 30
"""How long a SQLite writer waits for another's transaction (all of ours are short)."""

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
MIGRATION_LOCK_ID = 0x6B61_7375_6775  # "kasugu": PostgreSQL advisory lock held while migrating

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_name)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s",
        "pk": "pk_%(table_name)s",
    }
)

incidents = Table(
    "incidents",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("event_id", String(200), nullable=False, unique=True),
    Column("occurred_at", DateTime(timezone=True), nullable=False),
    Column("recorded_at", DateTime(timezone=True), nullable=False),
    Column("helpdesk", String(40), nullable=False),
    Column("ticket_id", String(40), nullable=False),
    Column("requester", String(64), nullable=True),  # a pseudonym (worker.pseudonym), never an id
    Column("assignee_id", String(40), nullable=True),
    Column("channel", String(40), nullable=False),
    Column("level", String(10), nullable=False),
    Column("categories", JSON, nullable=False),
    Column("escalated", Boolean, nullable=False),
    Index("ix_incidents_occurred_at", "occurred_at"),
    Index("ix_incidents_requester", "requester"),
    Index("ix_incidents_assignee_id", "assignee_id", "occurred_at"),
)
"""One row per flagged message. No ticket text, no requester id or e-mail."""

care_alerts = Table(
    "care_alerts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("helpdesk", String(40), nullable=False),
    Column("agent_id", String(40), nullable=False),
    # The alert before this one for the same agent (0 for the first): two workers that both
    # see the threshold trip insert the same (helpdesk, agent, follows), and only one wins.
    Column("follows", Integer, nullable=False),
    Column("event_id", String(200), nullable=False, unique=True),
    Column("through_incident", Integer, nullable=False),
    Column("tripped_at", DateTime(timezone=True), nullable=False),
    Column("window_start", DateTime(timezone=True), nullable=False),
    Column("window_days", Integer, nullable=False),
    Column("reason", String(10), nullable=False),
    Column("counts", JSON, nullable=False),
    Column("recorded_at", DateTime(timezone=True), nullable=False),
    Column("notified_at", DateTime(timezone=True), nullable=True),
    Column("claimed_at", DateTime(timezone=True), nullable=True),
    Column("attempts", Integer, nullable=False, server_default="0"),
    Column("last_error", String(200), nullable=False, server_default=""),
    UniqueConstraint("helpdesk", "agent_id", "follows", name="uq_care_alerts_follows"),
    Index("ix_care_alerts_tripped_at", "tripped_at"),
)
"""One row per time an agent's exposure tripped the policy's ``care`` threshold: who (the
agent's id, never a name), the counts and the window; whether the supervisors were told."""

template_versions = Table(
    "template_versions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("language", String(8), nullable=False),
    Column("name", String(80), nullable=False),
    Column("version", Integer, nullable=False),
    Column("body", Text, nullable=False),
    Column("author", String(80), nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("note", String(200), nullable=False, server_default=""),
    UniqueConstraint("language", "name", "version", name="uq_template_versions_version"),
)
"""Every saved version of a template, never updated or deleted (history and rollback)."""

admin_users = Table(
    "admin_users",
    metadata,
    Column("name", String(80), primary_key=True),
    Column("password_hash", String(300), nullable=False),
    Column("role", String(20), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("password_changed_at", DateTime(timezone=True), nullable=False),
)
"""One account per person who uses the admin page (``kasuguard admin add``)."""

admin_sessions = Table(
    "admin_sessions",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column(
        "user_name",
        String(80),
        ForeignKey("admin_users.name", ondelete="CASCADE"),
        nullable=True,
    ),
    Column("bootstrap_user", String(80), nullable=True),
    Column("bootstrap_key", String(64), nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
    Index("ix_admin_sessions_user_name", "user_name"),
)
"""Signed-in sessions, server side: the cookie holds a random token whose hash is the key, so
signing out (or a new password, or removing the account) ends it even if the cookie was copied.
``bootstrap_*`` are set instead of ``user_name`` for the account from the environment."""

audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("actor", String(120), nullable=False),
    Column("action", String(60), nullable=False),
    Column("target", String(200), nullable=False, server_default=""),
    Column("detail", JSON, nullable=False),
    Index("ix_audit_log_at", "at"),
)
"""Who changed what: template saves and rollbacks, accounts, sign-ins, purges, forgets."""


class DatabaseError(Exception):
    """The database setting is unusable (the message says why)."""


def database_url(setting: str, data_dir: str | Path) -> str:
    """The SQLAlchemy URL for ``DATABASE_URL`` (``setting``), or SQLite in ``data_dir``.

    ``postgres://`` and ``postgresql://`` (what hosting platforms hand out) use psycopg 3.
    """
    value = setting.strip()
    if not value:
        return f"sqlite:///{Path(data_dir).resolve() / SQLITE_FILENAME}"
    try:
        url = make_url(value)
    except ArgumentError as exc:
        raise DatabaseError("is not a database URL") from exc
    if url.drivername in ("postgres", "postgresql", "postgresql+psycopg"):
        return url.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    if url.drivername == "sqlite" and url.database:
        return value
    raise DatabaseError(
        "must be postgresql://user:password@host/database or sqlite:///path/to/file "
        f"(got a {url.drivername!r} URL)"
    )


def describe(url: str) -> str:
    """The URL without its password, for ``check-config`` and errors."""
    return make_url(url).render_as_string(hide_password=True)


_ENGINES: dict[str, Engine] = {}
_MIGRATED: set[str] = set()
_ENGINES_LOCK = Lock()


def engine_for(url: str, *, migrate: bool = True) -> Engine:
    """One engine per URL per process, migrated to the newest schema on first use."""
    with _ENGINES_LOCK:
        engine = _ENGINES.get(url)
        if engine is None:
            engine = _ENGINES[url] = _create(url)
        if migrate and url not in _MIGRATED:
            upgrade(engine)
            _MIGRATED.add(url)
    return engine


def _create(url: str) -> Engine:
    if url.startswith("sqlite"):
        path = make_url(url).database
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        # No pool: a SQLite connection costs nothing to open, and RQ forks a work horse per job.
        engine = create_engine(
            url, poolclass=NullPool, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S}
        )
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=2, max_overflow=4)


def _sqlite_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite would defer it), see below.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _sqlite_begin(connection: Connection) -> None:
    immediate = connection.get_execution_options().get("immediate", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


@contextmanager
def write(engine: Engine) -> Iterator[Connection]:
    """A transaction that will write: on SQLite it holds the write lock from its first read."""
    with engine.connect() as connection:
        connection = connection.execution_options(immediate=True)
        with connection.begin():
            yield connection


def _alembic_config(connection: Connection):  # type: ignore[no-untyped-def]
    from alembic.config import Config as AlembicConfig

    config = AlembicConfig()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def upgrade(engine: Engine) -> str:
    """Apply every migration not yet applied; returns the revision now current.

    One process at a time: PostgreSQL's advisory lock, SQLite's write lock (``BEGIN
    IMMEDIATE``); DDL is transactional on both, so a failed migration leaves nothing half-done.
    """
    from alembic import command

    if engine.dialect.name == "sqlite":
        # Readers never wait for the writer; the mode is kept in the file, so set it once
        # (outside a transaction, which SQLite requires for this pragma).
        raw = engine.raw_connection()
        try:
            raw.cursor().execute("PRAGMA journal_mode=WAL")
        finally:
            raw.close()
    with write(engine) as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": MIGRATION_LOCK_ID})
        before = _revision(connection)
        command.upgrade(_alembic_config(connection), "head")
        after = _revision(connection)
    if after != before:
        logger.info("database.migrated", extra={"from": before or "empty", "to": after})
    return after or ""


def current_revision(engine: Engine) -> str | None:
    """The schema revision the database is at (``None`` before the first migration)."""
    with engine.connect() as connection:
        return _revision(connection)


def head_revision() -> str:
    """The newest revision this version of kasuguard ships."""
    from alembic.config import Config as AlembicConfig
    from alembic.script import ScriptDirectory

    config = AlembicConfig()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None
    return head


def _revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def dispose_all() -> None:
    """Close every cached engine's connections (tests; a process that is ending)."""
    with _ENGINES_LOCK:
        for engine in _ENGINES.values():
            engine.dispose()
        _ENGINES.clear()
        _MIGRATED.clear()


def _after_fork_in_child() -> None:
    # A forked work horse must not share the parent's pooled sockets (SQLAlchemy's guidance:
    # dispose without closing, so the parent's connections stay usable for the parent).
    for engine in list(_ENGINES.values()):
        engine.dispose(close=False)


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)
