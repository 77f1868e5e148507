"""Upgrading from the storage of earlier versions: ``kasuguard db upgrade`` brings the template
versions from ``templates.sqlite3`` and the incidents from the Redis stream into SQL (requesters
pseudonymised on the way), once."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing

from tests.conftest import TEST_PEPPER
from worker import db, incidents
from worker.cli import main
from worker.pseudonym import pseudonym
from worker.replies import FileTemplateStore
from worker.template_store import SqlTemplateStore

OLD_SCHEMA = """
CREATE TABLE template_versions (
    id INTEGER PRIMARY KEY AUTOINCREMENT, language TEXT NOT NULL, name TEXT NOT NULL,
    version INTEGER NOT NULL, body TEXT NOT NULL, author TEXT NOT NULL, created_at TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '', UNIQUE (language, name, version));
"""
SHIPPED = FileTemplateStore().source("ja", "final_notice")


def test_db_upgrade_imports_old_templates_and_incidents_once(
    configure, database_url, redis, tmp_path, capsys
):
    data = tmp_path / "old-data"
    data.mkdir()
    with closing(sqlite3.connect(data / "templates.sqlite3")) as old:
        old.executescript(OLD_SCHEMA)
        for version, author in ((1, "alice"), (2, "bob")):
            old.execute(
                "INSERT INTO template_versions (language, name, version, body, author, created_at)"
                " VALUES ('ja', 'final_notice', ?, ?, ?, '2026-01-0' || ? || 'T00:00:00Z')",
                (version, f"{SHIPPED}\n旧版{version}", author, version),
            )
        old.commit()
    for n, (level, requester) in enumerate((("high", "taro@example.com"), ("low", ""))):
        redis.xadd(
            "kasuguard:incidents",
            {
                "event": f"freshdesk-old{n}",
                "at": f"2026-01-1{n}T09:00:00+09:00",
                "helpdesk": "freshdesk",
                "ticket_id": str(40 + n),
                "requester_id": requester,
                "channel": "email",
                "level": level,
                "categories": json.dumps(["abuse"]),
            },
        )
    configure(KASUGUARD_DATA_DIR=str(data), DATABASE_URL=database_url)

    assert main(["db", "upgrade"]) == 0
    assert "2 template version(s), 2 incident(s)" in capsys.readouterr().out
    engine = db.engine_for(database_url)
    store = SqlTemplateStore(engine)
    assert [(v.version, v.author) for v in store.history("ja", "final_notice")] == [
        (2, "bob"),
        (1, "alice"),
        (0, ""),
    ]
    rows = list(incidents.read(engine))
    assert [(r["event_id"], r["escalated"]) for r in rows] == [
        ("freshdesk-old0", True),
        ("freshdesk-old1", False),
    ]
    assert rows[0]["requester"] == pseudonym(TEST_PEPPER, "freshdesk", "taro@example.com")
    assert rows[1]["requester"] is None
    assert not redis.exists("kasuguard:incidents")
    assert not (data / "templates.sqlite3").exists()
    assert (data / "templates.sqlite3.imported").exists()

    assert main(["db", "upgrade"]) == 0  # again: nothing more to bring over
    assert "imported" not in capsys.readouterr().out
    assert len(list(incidents.read(engine))) == 2
