"""Bring data from before the SQL database into it, once (``kasuguard db upgrade`` does this).

Earlier versions kept template versions in ``templates.sqlite3`` in ``KASUGUARD_DATA_DIR`` and
the incident record in the Redis stream ``kasuguard:incidents``, with the requester's plain id.
Templates are copied row for row (the file is then renamed ``templates.sqlite3.imported``);
incidents are copied with the requester replaced by its pseudonym, and the stream is deleted.
Those entries did not record an escalation: an imported ``high`` counts as escalated, as the
default policy escalates every ``high``.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from redis import Redis
from sqlalchemy import Engine, func, insert, select

from worker.db import incidents, template_versions
from worker.pseudonym import pseudonym

logger = logging.getLogger(__name__)

TEMPLATES_FILE = "templates.sqlite3"
INCIDENTS_STREAM = "kasuguard:incidents"


@dataclass(frozen=True)
class Imported:
    """How many rows came over."""

    template_versions: int = 0
    incidents: int = 0


def import_templates(engine: Engine, data_dir: Path) -> int:
    """Copy the old file's versions into an empty ``template_versions``; rename the file."""
    old = data_dir / TEMPLATES_FILE
    if not old.exists():
        return 0
    with engine.connect() as connection:
        if connection.execute(select(func.count()).select_from(template_versions)).scalar_one():
            logger.warning("legacy.templates-skipped", extra={"reason": "table not empty"})
            return 0
    with closing(sqlite3.connect(f"file:{old}?mode=ro", uri=True)) as source:
        rows = source.execute(
            "SELECT language, name, version, body, author, created_at, note"
            " FROM template_versions ORDER BY id"
        ).fetchall()
    keys = ("language", "name", "version", "body", "author", "created_at", "note")
    if rows:
        with engine.begin() as connection:
            connection.execute(
                insert(template_versions), [dict(zip(keys, r, strict=True)) for r in rows]
            )
    old.rename(old.with_name(TEMPLATES_FILE + ".imported"))
    return len(rows)


def import_incidents(redis: Redis, engine: Engine, pepper: str) -> int:
    """Copy the Redis stream's incidents (pseudonymising requesters), then delete the stream."""
    entries = redis.xrange(INCIDENTS_STREAM)
    if not entries:
        return 0
    with engine.connect() as connection:
        known = set(connection.execute(select(incidents.c.event_id)).scalars())
    rows = []
    for _, raw in entries:
        entry = {k.decode(): v.decode() for k, v in raw.items()}
        if entry["event"] in known:
            continue
        known.add(entry["event"])
        requester = entry.get("requester_id") or ""
        rows.append(
            {
                "event_id": entry["event"],
                "occurred_at": datetime.fromisoformat(entry["at"]),
                "recorded_at": datetime.now(UTC),
                "helpdesk": entry["helpdesk"],
                "ticket_id": entry["ticket_id"],
                "requester": pseudonym(pepper, entry["helpdesk"], requester) if requester else None,
                "assignee_id": None,
                "channel": entry["channel"],
                "level": entry["level"],
                "categories": json.loads(entry["categories"]),
                "escalated": entry["level"] == "high",
            }
        )
    if rows:
        with engine.begin() as connection:
            connection.execute(insert(incidents), rows)
    redis.delete(INCIDENTS_STREAM)
    return len(rows)


def import_all(engine: Engine, redis: Redis, data_dir: Path, pepper: str) -> Imported:
    """Both imports; each does nothing once done."""
    result = Imported(import_templates(engine, data_dir), import_incidents(redis, engine, pepper))
    if result.template_versions or result.incidents:
        logger.info(
            "legacy.imported",
            extra={"template_versions": result.template_versions, "incidents": result.incidents},
        )
    return result
