"""Alembic migrations of kasuguard's SQL schema (``worker.db``), shipped with the package."""
