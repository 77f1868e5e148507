"""The audit log: who changed what, kept in SQL beside the records it is about.

Actions are dotted names like the log events (``template.saved``, ``account.added``,
``admin.signed-in``, ``requester.forgotten``, ``incidents.purged``); the actor is the admin
account's name, or ``cli:<login>`` for commands. Entries never hold a requester's identity or
pseudonym, nor a template's text (the versions themselves are kept).
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, insert, select

from worker.db import audit_log


@dataclass(frozen=True)
class Entry:
    """One line of the audit log."""

    at: datetime
    actor: str
    action: str
    target: str
    detail: dict[str, Any]


def add(connection: Connection, actor: str, action: str, target: str = "", **detail: Any) -> None:
    """Append an entry inside the caller's transaction (so it commits with the change)."""
    connection.execute(
        insert(audit_log),
        {
            "at": datetime.now(UTC),
            "actor": actor,
            "action": action,
            "target": target,
            "detail": detail,
        },
    )


def record(engine: Engine, actor: str, action: str, target: str = "", **detail: Any) -> None:
    """Append an entry in its own transaction."""
    with engine.begin() as connection:
        add(connection, actor, action, target, **detail)


def entries(engine: Engine, *, limit: int = 200) -> list[Entry]:
    """The newest entries first."""
    query = select(audit_log).order_by(audit_log.c.at.desc(), audit_log.c.id.desc()).limit(limit)
    with engine.connect() as connection:
        rows = connection.execute(query).mappings().all()
    return [
        Entry(
            at=row["at"] if row["at"].tzinfo else row["at"].replace(tzinfo=UTC),
            actor=row["actor"],
            action=row["action"],
            target=row["target"],
            detail=dict(row["detail"] or {}),
        )
        for row in rows
    ]


def cli_actor() -> str:
    """The actor for a command run by hand: the operating-system login."""
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return "cli"
