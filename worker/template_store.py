"""The durable, versioned template store the admin page writes and every worker reads.

Edits live in the SQL database (``worker.db.template_versions``: SQLite in
``KASUGUARD_DATA_DIR`` or PostgreSQL), one row per version, never updated or deleted: history,
diffs and rollback come from the rows, and they survive restarts and a flushed Redis. Templates
never edited fall back to the shipped files in ``templates/`` (shown as version 0).

Every read asks the database for the newest row, so a save is seen by every process at its next
render, without a restart or a cache to invalidate. Writes use optimistic concurrency: a save
names the version it was based on, and if someone saved in between it fails with ``Conflict``
(naming who) instead of overwriting their work; a unique (language, name, version) settles two
saves racing. A draft that does not validate is refused (``InvalidTemplate``), whoever calls;
validation renders in a child process under a time and memory limit (``worker.bounded``).
Each save is written to the audit log in the same transaction.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, insert, select
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError

from worker import audit, bounded, db
from worker.categories import CATEGORIES
from worker.db import template_versions as table
from worker.replies import (
    LANGUAGES,
    TEMPLATE_NAMES,
    FileTemplateStore,
    ReplyContext,
    TemplateIssue,
    TemplateMissing,
    TemplateStore,
    render_text,
    sample_context_for,
)
from worker.template_check import problems

logger = logging.getLogger(__name__)

DEFAULT_DATA_DIR = "var"

MAX_TEMPLATE_CHARS = 20_000
"""A template source longer than this is refused (nobody writes a reply that long)."""


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


def sample_contexts(
    language: str, clauses: Mapping[str, str] | None = None
) -> dict[str, ReplyContext]:
    """The sample tickets a draft is previewed and validated against, by key.

    Several, so a draft is rendered through the branches real tickets take (escalated or not,
    criminal or not, the after-hours acknowledgement already sent, and one with every category
    so each per-category block runs) before it is saved. Each finding quotes the clause
    ``clauses`` (the policy in use; the default policy's when ``None``) gives its category.
    """
    high = sample_context_for(language, clauses)
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
    every_category = replace(
        sample_context_for(language, clauses, keys=CATEGORIES),
        escalated=False,
        escalation_note="",
    )
    return {
        "high": high,
        "medium": medium,
        "after_hours": after_hours,
        "every_category": every_category,
    }


def _issues_and_preview(
    language: str, body: str, sample: str | None, clauses: Mapping[str, str] | None
) -> dict[str, object]:
    # Runs in the bounded child: plain data out (it travels as JSON).
    contexts = sample_contexts(language, clauses)
    issues = problems(body, contexts.values())
    preview = ""
    if not issues and sample is not None:
        preview = render_text(body, contexts[sample])  # every sample rendered above
    return {
        "issues": [[i.message, i.line, i.kind, [list(p) for p in i.params]] for i in issues],
        "preview": preview,
    }


def check_and_preview(
    language: str,
    body: str,
    sample: str | None = None,
    clauses: Mapping[str, str] | None = None,
) -> tuple[list[TemplateIssue], str]:
    """Every problem of a draft against every sample ticket (deduplicated, in line order), and
    its preview for ``sample`` when it has none (findings quoting ``clauses``, the policy's);
    rendered under ``worker.bounded``'s limits, so a template that runs too long or grows too
    big is a problem too, never a hung page."""
    if len(body) > MAX_TEMPLATE_CHARS:
        return [TOO_LONG], ""
    try:
        result = bounded.run(_issues_and_preview, language, body, sample, clauses)
    except bounded.TooSlow:
        logger.warning("template.check-stopped", extra={"reason": "time"})
        return [TOO_SLOW], ""
    except bounded.Failed as exc:
        logger.warning("template.check-stopped", extra={"reason": "failed"})
        memory = "MemoryError" in str(exc) or "without an answer" in str(exc)
        return [TOO_BIG if memory else TemplateIssue(f"the check failed: {exc}")], ""
    issues = [
        TOO_BIG
        if message.startswith("MemoryError")
        else TemplateIssue(message, line, kind, tuple((k, v) for k, v in params))
        for message, line, kind, params in result["issues"]
    ]
    return issues, str(result["preview"])


TOO_LONG = TemplateIssue(
    f"the template is longer than {MAX_TEMPLATE_CHARS} characters",
    kind="source_too_long",
    params=(("limit", str(MAX_TEMPLATE_CHARS)),),
)
TOO_SLOW = TemplateIssue(
    f"the template took longer than {bounded.LIMIT_S:g} seconds to render (a loop too large?) "
    "and was stopped",
    kind="too_slow",
    params=(("seconds", f"{bounded.LIMIT_S:g}"),),
)
TOO_BIG = TemplateIssue(
    "the template needs more memory than rendering allows (a string or list too large?)",
    kind="too_big",
)


def check(language: str, body: str) -> list[TemplateIssue]:
    """Every problem of a draft against every sample ticket (bounded, see ``check_and_preview``)."""
    return check_and_preview(language, body)[0]


class SqlTemplateStore:
    """A ``TemplateStore``: the newest saved version of each template, else the shipped file."""

    def __init__(self, engine: Engine, fallback: TemplateStore | None = None) -> None:
        self.engine = engine
        self.fallback: TemplateStore = fallback if fallback is not None else FileTemplateStore()

    # --- the TemplateStore protocol (what workers use) ------------------------------------

    def source(self, language: str, name: str) -> str:
        """The newest saved version, or the shipped file; raises ``TemplateMissing``.

        An unreachable database falls back to the shipped file (logged): the worker must keep
        tagging and escalating, and a reply is only ever a suggestion an agent reads first.
        """
        try:
            latest = self._latest(language, name)
        except SQLAlchemyError as exc:
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
        return self._latest(language, name) or self._shipped(language, name)

    def history(self, language: str, name: str) -> list[TemplateVersion]:
        """Every version, newest first, ending with the shipped file (version 0)."""
        self._known(language, name)
        query = (
            select(*_COLUMNS)
            .where(table.c.language == language, table.c.name == name)
            .order_by(table.c.version.desc())
        )
        with self.engine.connect() as connection:
            rows = [TemplateVersion(*row) for row in connection.execute(query)]
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
        current and who saved it); in both cases nothing is written.
        """
        self._known(language, name)
        body = body.replace("\r\n", "\n")  # browsers post CRLF; the files use LF
        issues = check(language, body)
        if issues:
            raise InvalidTemplate(issues)
        try:
            with db.write(self.engine) as connection:
                row = connection.execute(_latest_query(language, name)).first()
                current = TemplateVersion(*row) if row else self._shipped(language, name)
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
                connection.execute(insert(table), asdict(saved))
                rolled_back = note.startswith("rollback:")
                action = "template.rolled-back" if rolled_back else "template.saved"
                audit.add(connection, author, action, f"{language}/{name}", version=saved.version)
        except (IntegrityError, OperationalError) as exc:
            # Another save won the race for this version number (PostgreSQL: the unique
            # constraint; SQLite: a writer holding the lock): report it as the conflict it is.
            latest = self._latest(language, name)
            if latest is None or latest.version == base_version:
                raise
            raise Conflict(language, name, base_version, latest) from exc
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
        with self.engine.connect() as connection:
            row = connection.execute(_latest_query(language, name)).first()
        return TemplateVersion(*row) if row else None


_COLUMNS = (
    table.c.language,
    table.c.name,
    table.c.version,
    table.c.body,
    table.c.author,
    table.c.created_at,
    table.c.note,
)


def _latest_query(language: str, name: str):  # type: ignore[no-untyped-def]
    return (
        select(*_COLUMNS)
        .where(table.c.language == language, table.c.name == name)
        .order_by(table.c.version.desc())
        .limit(1)
    )


def data_dir(setting: str | None = None) -> Path:
    """The data directory: ``setting``, else ``KASUGUARD_DATA_DIR``, else ``var``.

    Read when called, not at import: the worker loads ``.env`` into the environment first.
    """
    value = (setting if setting is not None else os.environ.get("KASUGUARD_DATA_DIR", "")).strip()
    return Path(value or DEFAULT_DATA_DIR).resolve()


def store_for(url: str) -> SqlTemplateStore:
    """The store in the database at ``url`` (one engine per URL per process)."""
    return SqlTemplateStore(db.engine_for(url))


def default_store(url: str | None = None) -> TemplateStore:
    """Saved edits over the shipped files, in the database at ``url`` (the worker passes
    ``Config.database_url``; without it, ``DATABASE_URL`` or SQLite in ``KASUGUARD_DATA_DIR``)."""
    if url is None:
        url = db.database_url(os.environ.get("DATABASE_URL", ""), data_dir())
    return store_for(url)
