"""What a company wants: its categories, calendar, history window and clauses.

A ``Policy`` is frozen data handed to the (pure) scorer and to the action planner. It is
loaded from a YAML file chosen by ``KASUGUARD_POLICY`` (default: ``policies/default.yaml``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path
from typing import Any

import yaml

from worker.categories import CATEGORIES

POLICY_DIR = Path(__file__).resolve().parent.parent / "policies"
DEFAULT_POLICY_PATH = POLICY_DIR / "default.yaml"

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class PolicyError(ValueError):
    """A policy file is invalid; the message names the file, line and field."""


@dataclass(frozen=True)
class Calendar:
    """Business hours: when staff answer, in the policy's own time zone.

    ``weekly_hours`` maps a weekday (0 = Monday) to its open intervals; a day absent from the
    map is closed. ``closures`` are yearly (month, day) ranges such as 29 Dec – 3 Jan, which
    may wrap the year end.
    """

    timezone: str = "Asia/Tokyo"
    weekly_hours: Mapping[int, tuple[tuple[time, time], ...]] = field(
        default_factory=lambda: {d: ((time(9, 0), time(18, 0)),) for d in range(5)}
    )
    public_holidays: bool = True
    closures: tuple[tuple[tuple[int, int], tuple[int, int]], ...] = (((12, 29), (1, 3)),)


@dataclass(frozen=True)
class Policy:
    """One company's harassment policy, as the scorer and the planner read it."""

    name: str = "default"
    language: str = "ja"
    calendar: Calendar = field(default_factory=Calendar)
    enabled_categories: frozenset[str] = frozenset(CATEGORIES)
    category_weights: Mapping[str, float] = field(default_factory=dict)
    history_window_days: int = 30
    history_retention_days: int = 90
    clauses: Mapping[str, str] = field(default_factory=dict)
    observe_only: bool = False

    def clause_for(self, category: str) -> str:
        """The clause quoted in notes for ``category`` (empty when the policy names none)."""
        return self.clauses.get(category, "")


def _parse_time(value: Any, where: str) -> time:
    try:
        hours, minutes = str(value).split(":")
        return time(int(hours), int(minutes))
    except (ValueError, TypeError) as exc:
        raise PolicyError(f"{where}: expected HH:MM, got {value!r}") from exc


def _parse_calendar(raw: Mapping[str, Any], where: str) -> Calendar:
    hours: dict[int, tuple[tuple[time, time], ...]] = {}
    for day, spans in (raw.get("weekly_hours") or {}).items():
        if day not in WEEKDAYS:
            raise PolicyError(f"{where}.weekly_hours: unknown weekday {day!r}")
        parsed = []
        for span in spans or []:
            start, _, end = str(span).partition("-")
            parsed.append((_parse_time(start, where), _parse_time(end, where)))
        hours[WEEKDAYS.index(day)] = tuple(parsed)
    closures = []
    for item in raw.get("closures") or []:
        start, _, end = str(item).partition("..")
        sm, sd = (int(x) for x in start.split("-"))
        em, ed = (int(x) for x in end.split("-"))
        closures.append(((sm, sd), (em, ed)))
    return Calendar(
        timezone=str(raw.get("timezone", "Asia/Tokyo")),
        weekly_hours=hours,
        public_holidays=bool(raw.get("public_holidays", True)),
        closures=tuple(closures),
    )


def policy_from_mapping(raw: Mapping[str, Any], where: str = "policy") -> Policy:
    """Build a ``Policy`` from parsed YAML, raising ``PolicyError`` on bad fields."""
    enabled = raw.get("categories", {}).get("enabled", list(CATEGORIES))
    unknown = set(enabled) - set(CATEGORIES)
    if unknown:
        raise PolicyError(f"{where}.categories.enabled: unknown categories {sorted(unknown)}")
    return Policy(
        name=str(raw.get("name", "default")),
        language=str(raw.get("language", "ja")),
        calendar=_parse_calendar(raw.get("calendar") or {}, f"{where}.calendar"),
        enabled_categories=frozenset(enabled),
        category_weights=dict(raw.get("categories", {}).get("weights") or {}),
        history_window_days=int(raw.get("history", {}).get("window_days", 30)),
        history_retention_days=int(raw.get("history", {}).get("retention_days", 90)),
        clauses=dict(raw.get("clauses") or {}),
        observe_only=bool(raw.get("observe_only", False)),
    )


def load_policy(path: str | Path | None = None) -> Policy:
    """Load and validate the policy file at ``path`` (the default policy when ``None``)."""
    file = Path(path) if path else DEFAULT_POLICY_PATH
    try:
        raw = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
    except OSError as exc:
        raise PolicyError(f"{file}: cannot read the policy file ({exc.strerror})") from exc
    except yaml.YAMLError as exc:
        raise PolicyError(f"{file}: not valid YAML: {exc}") from exc
    return policy_from_mapping(raw, where=str(file))
