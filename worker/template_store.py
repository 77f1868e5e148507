"""The durable, versioned template store the admin page writes and every worker reads.

Edits live in SQLite (``<KASUGUARD_DATA_DIR>/templates.sqlite3``), one row per version, never
updated or deleted: history, diffs and rollback come from the rows, and the file survives
restarts and a flushed Redis. Templates never edited fall back to the shipped files in
``templates/`` (shown as version 0).

Every read asks the database for the newest row, so a save is seen by every process reading the
same file at its next render, without a restart or a cache to invalidate. Writes use optimistic
concurrency: a save names the version it was based on, and if someone saved in between it
fails with ``Conflict`` instead of overwriting their work. A draft that does not validate is
refused (``InvalidTemplate``), whoever calls.

The data directory must be shared by the web process and all workers (same host, or a volume
they all mount); SQLite's WAL mode lets workers read while the admin page writes.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

from worker.replies import (
    LANGUAGES,
    TEMPLATE_NAMES,
    FileTemplateStore,
    ReplyContext,
    TemplateIssue,
    TemplateMissing,
    TemplateStore,
    sample_context_for,
    validate,
)

logger = logging.getLogger(__name__)

DB_FILENAME = "templates.sqlite3"
DEFAULT_DATA_DIR = "var"
BUSY_TIMEOUT_S = 5.0
"""How long a writer waits for another writer's transaction (saves are tiny)."""

MAX_TEMPLATE_CHARS = 20_000
"""A template source longer than this is refused (nobody writes a reply that long)."""

_SCHEMA = """
CREATE TABLE IF NOT EXISTS template_versions (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    language   TEXT    NOT NULL,
    name       TEXT    NOT NULL,
    version    INTEGER NOT NULL,
    body       TEXT    NOT NULL,
    author     TEXT    NOT NULL,
    created_at TEXT    NOT NULL,
    note       TEXT    NOT NULL DEFAULT '',
    UNIQUE (language, name, version)
);
"""


LATEST_VERSION_SQL = (
    "SELECT language, name, version, body, author, created_at, note"
    " FROM template_versions WHERE language = ? AND name = ?"
    " ORDER BY version DESC LIMIT 1"
)


@dataclass(frozen=True)
class TemplateVersion:
    """One saved version of a template. Version 0 is the shipped file (never stored)."""

    language: str
    name: str
    version: int
    body: str
    author: str
    created_at: str
    note: str = ""

    @property
    def shipped(self) -> bool:
        """True for the file shipped in ``templates/`` (version 0)."""
        return self.version == 0


class Conflict(Exception):
    """Someone saved a newer version since the draft's base version; nothing was written."""

    def __init__(self, language: str, name: str, base_version: int, current: TemplateVersion):
        super().__init__(
            f"{language}/{name}: edited from version {base_version}, "
            f"but version {current.version} is now current"
        )
        self.base_version = base_version
        self.current = current


class InvalidTemplate(ValueError):
    """The draft has problems (``issues``, with line numbers); nothing was written."""

    def __init__(self, issues: Sequence[TemplateIssue]) -> None:
        super().__init__("; ".join(str(i) for i in issues))
        self.issues = list(issues)


def sample_contexts(language: str) -> dict[str, ReplyContext]:
    """The sample tickets a draft is previewed and validated against, by key.

    Several, so a draft is rendered through the branches real tickets take (escalated or not,
    criminal or not, the after-hours acknowledgement already sent) before it is saved.
    """
    high = sample_context_for(language)
    ja = language == "ja"
    medium = replace(
        high,
        level="medium",
        level_label="中" if ja else "medium",
        categories=high.categories[2:],
        category_keys=("money",),
        findings=high.findings[2:],
        criminal=False,
        escalated=False,
        escalation_note="",
    )
    after_hours = replace(
        medium,
        level="low",
        level_label="低" if ja else "low",
        categories=(
            "業務時間外の対応要求" if ja else "Demand for a response outside business hours",
        ),
        category_keys=("after_hours",),
        findings=(),
        suggested_reply="",
        suggested_reply_template="",
        suggested_reply_title="",
        auto_reply_sent=True,
        call_limit="",
        requester_name="",
        addressee="お客様" if ja else "Dear customer,",
    )
    return {"high": high, "medium": medium, "after_hours": after_hours}


def check(language: str, body: str) -> list[TemplateIssue]:
    """Every problem of a draft against every sample ticket (deduplicated, in order)."""
    if len(body) > MAX_TEMPLATE_CHARS:
        return [TemplateIssue(f"the template is longer than {MAX_TEMPLATE_CHARS} characters")]
    found: list[TemplateIssue] = []
    for context in sample_contexts(language).values():
        for issue in validate(body, context, language=language):
            if issue not in found:
                found.append(issue)
    return found


class SqliteTemplateStore:
    """A ``TemplateStore``: the newest saved version of each template, else the shipped file."""

    def __init__(self, path: str | Path, fallback: TemplateStore | None = None) -> None:
        self.path = Path(path)
        self.fallback: TemplateStore = fallback if fallback is not None else FileTemplateStore()
        self._ready = False

    # --- the TemplateStore protocol (what workers use) ------------------------------------

    def source(self, language: str, name: str) -> str:
        """The newest saved version, or the shipped file; raises ``TemplateMissing``.

        An unreadable database falls back to the shipped file (logged): the worker must keep
        tagging and escalating, and a reply is only ever a suggestion an agent reads first.
        """
        try:
            latest = self._latest(language, name) if self.path.exists() else None
        except sqlite3.Error as exc:
            logger.error("template-store.unreadable", extra={"error": type(exc).__name__})
            latest = None
        if latest is not None:
            return latest.body
        return self.fallback.source(language, name)

    def names(self) -> list[tuple[str, str]]:
        """Every template the product uses, plus any the fallback holds."""
        found = {(lang, name) for lang in LANGUAGES for name in TEMPLATE_NAMES}
        found.update(self.fallback.names())
        return sorted(found)

    # --- what the admin page uses ---------------------------------------------------------

    def current(self, language: str, name: str) -> TemplateVersion:
        """The version in use: the newest saved one, or the shipped file as version 0."""
        self._known(language, name)
        latest = self._latest(language, name) if self.path.exists() else None
        return latest or self._shipped(language, name)

    def history(self, language: str, name: str) -> list[TemplateVersion]:
        """Every version, newest first, ending with the shipped file (version 0)."""
        self._known(language, name)
        rows: list[TemplateVersion] = []
        if self.path.exists():
            with self._connect() as db:
                rows = [
                    _version(row)
                    for row in db.execute(
                        "SELECT language, name, version, body, author, created_at, note"
                        " FROM template_versions WHERE language = ? AND name = ?"
                        " ORDER BY version DESC",
                        (language, name),
                    )
                ]
        try:
            rows.append(self._shipped(language, name))
        except TemplateMissing:
            pass
        return rows

    def version(self, language: str, name: str, number: int) -> TemplateVersion:
        """One version by number (0: the shipped file); raises ``TemplateMissing``."""
        for item in self.history(language, name):
            if item.version == number:
                return item
        raise TemplateMissing(f"{language}/{name} version {number}")

    def save(
        self,
        language: str,
        name: str,
        body: str,
        *,
        base_version: int,
        author: str,
        note: str = "",
    ) -> TemplateVersion:
        """Store ``body`` as the next version, if it is valid and nobody saved since.

        Raises ``InvalidTemplate`` (with line numbers) or ``Conflict`` (naming the version now
        current); in both cases nothing is written.
        """
        self._known(language, name)
        body = body.replace("\r\n", "\n")  # browsers post CRLF; the files use LF
        issues = check(language, body)
        if issues:
            raise InvalidTemplate(issues)
        with self._connect() as db:
            # BEGIN IMMEDIATE takes the write lock before reading, so two saves based on the
            # same version cannot both pass the check below.
            db.execute("BEGIN IMMEDIATE")
            try:
                row = db.execute(
                    LATEST_VERSION_SQL,
                    (language, name),
                ).fetchone()
                current = _version(row) if row else self._shipped(language, name)
                if current.version != base_version:
                    raise Conflict(language, name, base_version, current)
                saved = TemplateVersion(
                    language=language,
                    name=name,
                    version=current.version + 1,
                    body=body,
                    author=author,
                    created_at=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                    note=note,
                )
                db.execute(
                    "INSERT INTO template_versions"
                    " (language, name, version, body, author, created_at, note)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        saved.language,
                        saved.name,
                        saved.version,
                        saved.body,
                        saved.author,
                        saved.created_at,
                        saved.note,
                    ),
                )
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
        return saved

    def rollback(
        self, language: str, name: str, to_version: int, *, base_version: int, author: str
    ) -> TemplateVersion:
        """Make version ``to_version``'s text current again, as a new version (history stays).

        Same rules as ``save``: a conflict if someone saved since ``base_version``, and an old
        version that no longer validates (the variables changed) is refused.
        """
        old = self.version(language, name, to_version)
        return self.save(
            language,
            name,
            old.body,
            base_version=base_version,
            author=author,
            note=f"rollback:{to_version}",
        )

    # --- internals ------------------------------------------------------------------------

    def _known(self, language: str, name: str) -> None:
        if (language, name) not in set(self.names()):
            raise TemplateMissing(f"{language}/{name}")

    def _shipped(self, language: str, name: str) -> TemplateVersion:
        body = self.fallback.source(language, name)
        return TemplateVersion(language, name, 0, body, author="", created_at="", note="shipped")

    def _latest(self, language: str, name: str) -> TemplateVersion | None:
        with self._connect() as db:
            row = db.execute(
                LATEST_VERSION_SQL,
                (language, name),
            ).fetchone()
        return _version(row) if row else None

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        if not self._ready:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: transactions are explicit (BEGIN IMMEDIATE in save).
        with closing(
            sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        ) as db:
            if not self._ready:
                db.execute("PRAGMA journal_mode=WAL")  # readers never wait for the writer
                db.executescript(_SCHEMA)
                self._ready = True
            yield db


def _version(row: tuple[str, str, int, str, str, str, str]) -> TemplateVersion:
    return TemplateVersion(*row)


def data_dir(setting: str | None = None) -> Path:
    """The data directory: ``setting``, else ``KASUGUARD_DATA_DIR``, else ``var``.

    Read when called, not at import: the worker loads ``.env`` into the environment first.
    """
    value = (setting if setting is not None else os.environ.get("KASUGUARD_DATA_DIR", "")).strip()
    return Path(value or DEFAULT_DATA_DIR).resolve()


@lru_cache(maxsize=8)
def store_at(directory: Path) -> SqliteTemplateStore:
    """One store per data directory per process (it remembers that the schema exists)."""
    return SqliteTemplateStore(directory / DB_FILENAME)


_FILES = FileTemplateStore()


def default_store(setting: str | None = None) -> TemplateStore:
    """Saved edits over the shipped files, for the data directory ``setting`` (the worker passes
    ``Config.data_dir``; without it, ``KASUGUARD_DATA_DIR`` or ``var``).

    Until the admin page has saved anything (no database file yet), just the files.
    """
    directory = data_dir(setting)
    if (directory / DB_FILENAME).exists():
        return store_at(directory)
    return _FILES
