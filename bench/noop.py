"""The baseline job for the worker benchmark."""

from __future__ import annotations


def noop(event: dict) -> None:
    """Does nothing: measures RQ's own cost per job."""
    return None
