"""``--since 30d`` / ``--until 2026-02-01``: the time arguments the operator commands share."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from worker.cli_text import t
from worker.operations import UsageError

_DURATION = re.compile(r"^\s*(\d+)\s*([mhdw])\s*$")
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_moment(text: str, *, now: datetime, tz: str = "UTC") -> datetime:
    """A point in time from ``30d`` (that long before ``now``; units m, h, d, w), an ISO date
    (midnight in ``tz``) or an ISO date-time (``tz`` when it carries no offset).

    Raises ``UsageError`` with a message fit for the command line.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    match = _DURATION.match(text)
    if match:
        amount, unit = int(match.group(1)), match.group(2)
        return now - timedelta(**{_UNITS[unit]: amount})
    zone = ZoneInfo(tz)
    try:
        if len(text.strip()) == 10:
            day = date.fromisoformat(text.strip())
            return datetime(day.year, day.month, day.day, tzinfo=zone)
        moment = datetime.fromisoformat(text.strip())
    except ValueError as exc:
        raise UsageError(t("bad_moment", value=repr(text))) from exc
    return moment if moment.tzinfo else moment.replace(tzinfo=zone)
