"""Alembic's entry point: migrations always run on a connection ``worker.db.upgrade`` opened
(inside its lock and transaction), never from a URL in an ini file."""

from __future__ import annotations

from alembic import context

from worker.db import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through `kasuguard db upgrade` (worker.db.upgrade)")

# render_as_batch: SQLite cannot ALTER most things; Alembic's batch mode copies the table.
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
