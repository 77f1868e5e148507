"""Operator commands that run beside the service: helpdesk setup, backfill and the incident report.

Each module here is imported lazily by ``worker.cli`` (the web receiver and the worker never load
them). They read the configuration through ``worker.config.load_config`` and talk to the helpdesks
only through the clients in ``integrations/``.
"""

from __future__ import annotations


class UsageError(ValueError):
    """A bad command-line value; the CLI prints the message and exits with status 2."""
