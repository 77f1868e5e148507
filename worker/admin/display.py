"""Times and policy values as a support lead reads them.

Times are stored in UTC; the page shows them in the policy's time zone (the one its business
hours are in), in each language's usual order. Policy values are keys in the file (``urgent``,
``by_category``, an empty setting); the page shows what each means.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from worker.admin.i18n import translate
from worker.categories import LEVELS
from worker.policy import Policy
from worker.replies import PRIORITY_LABELS, TEMPLATE_TITLES

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def local_time(value: datetime | str | None, timezone: str, language: str) -> str:
    """``value`` (aware, or an ISO 8601 string as stored) in ``timezone``, e.g.
    ``2026年12月5日 15:02 (JST)`` or ``5 Dec 2026, 15:02 JST``; empty for no value."""
    if not value:
        return ""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value  # shown as stored rather than hidden
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    local = value.astimezone(ZoneInfo(timezone))
    zone = local.tzname() or timezone
    if language == "ja":
        return f"{local.year}年{local.month}月{local.day}日 {local:%H:%M} ({zone})"
    return f"{local.day} {_MONTHS[local.month - 1]} {local.year}, {local:%H:%M} {zone}"


def priority(value: str, language: str) -> str:
    """An escalation priority with its meaning, e.g. ``緊急 — …``."""
    label = PRIORITY_LABELS.get(language, PRIORITY_LABELS["en"]).get(value, value)
    return translate(language, f"value_priority_{value}", label=label)


def reply_choice(value: str, language: str) -> str:
    """A level's ``reply`` setting: by category, none, or a template's title."""
    if value in ("by_category", "none"):
        return translate(language, f"value_reply_{value}")
    titles = TEMPLATE_TITLES.get(language, TEMPLATE_TITLES["en"])
    return f"{titles.get(value, value)} ({value})"


def level_actions(policy: Policy, language: str) -> list[dict[str, Any]]:
    """What each level does under ``policy``, as rows of yes/no and the reply in words."""
    rows = []
    for level in LEVELS[1:]:
        action = policy.actions_for(level)
        rows.append(
            {
                "level": level,
                "label": translate(language, f"value_level_{level}"),
                "tags": action.tags,
                "note": action.note,
                "reply": reply_choice(action.reply, language) if action.note else "",
                "escalate": action.escalate,
            }
        )
    return rows
