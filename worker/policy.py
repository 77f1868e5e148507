"""What a company wants: its categories, calendar, history window, actions, replies and clauses.

A ``Policy`` is frozen data handed to the (pure) scorer and to the action planner. It is loaded
from a YAML file chosen by ``KASUGUARD_POLICY`` (default: ``policies/default.yaml``); the presets
shipped in ``policies/`` express each seed company's published policy (``list_presets``).

The file is written for a non-programmer, so the loader is strict and specific: an unknown key
(a typo) is an error, and every ``PolicyError`` names the file, the line and the field, e.g.
``policies/acme.yaml, line 12, calendar.weekly_hours.mon[0]: expected "HH:MM-HH:MM", got '10-18'``.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from functools import lru_cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from worker.categories import CATEGORIES, LEVELS
from worker.model import Escalation

POLICY_DIR = Path(__file__).resolve().parent.parent / "policies"
DEFAULT_POLICY_PATH = POLICY_DIR / "default.yaml"

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

REPLY_TEMPLATES: tuple[str, ...] = (
    "after_hours_ack",
    "repeated_request",
    "boundary_warning",
    "out_of_scope",
    "compensation_demand",
    "final_notice",
)
"""Customer-facing reply templates a policy may suggest (``templates/<lang>/<name>.txt``)."""

REPLY_BY_CATEGORY = "by_category"
NO_REPLY = "none"

DEFAULT_REPLIES: Mapping[str, str] = {
    "abuse": "boundary_warning",
    "threat": "boundary_warning",
    "intimidation": "boundary_warning",
    "exposure_threat": "boundary_warning",
    "dogeza": "compensation_demand",
    "money": "compensation_demand",
    "punish_staff": "compensation_demand",
    "staff_attack": "boundary_warning",
    "privacy": "boundary_warning",
    "discrimination_sexual": "boundary_warning",
    "excessive_demand": "out_of_scope",
    "restraint": "repeated_request",
    "repeat": "repeated_request",
    "after_hours": "after_hours_ack",
}
"""Which reply is suggested for a category when the policy does not say otherwise."""

PRIORITIES = ("low", "normal", "high", "urgent")
"""Escalation priorities, in Zendesk's words (the Freshdesk client maps them to 1–4)."""

LANGUAGES = ("ja", "en")


class PolicyError(ValueError):
    """A policy file is invalid; the message names the file, line and field.

    The parts are kept as attributes too (``where``, ``line``, ``field``, ``problem``), so the
    admin page can show the problem beside the line; ``code`` names the kind of problem and
    ``params`` its values, so the page can say it in the reader's language (``problem`` stays
    English, for logs and the command line).
    """

    def __init__(
        self,
        problem: str,
        *,
        where: str = "",
        line: int | None = None,
        field: str = "",
        code: str = "other",
        params: Mapping[str, str] | None = None,
    ) -> None:
        self.problem = problem
        self.where = where
        self.line = line
        self.field = field
        self.code = code
        self.params: dict[str, str] = dict(params or {})
        prefix = ", ".join(p for p in (where, f"line {line}" if line else "", field) if p)
        super().__init__(f"{prefix}: {problem}" if prefix else problem)


@dataclass(frozen=True)
class Calendar:
    """Business hours: when staff answer, in the policy's own time zone.

    ``weekly_hours`` maps a weekday (0 = Monday) to its open intervals; a day absent from the
    map is closed. ``closures`` are yearly (month, day) ranges such as 29 Dec – 3 Jan, which
    may wrap the year end. ``public_holidays`` closes Japanese public holidays (including
    substitute holidays).
    """

    timezone: str = "Asia/Tokyo"
    weekly_hours: Mapping[int, tuple[tuple[time, time], ...]] = field(
        default_factory=lambda: {d: ((time(9, 0), time(18, 0)),) for d in range(5)}
    )
    public_holidays: bool = True
    closures: tuple[tuple[tuple[int, int], tuple[int, int]], ...] = (((12, 29), (1, 3)),)

    def is_open(self, moment: datetime) -> bool:
        """True when ``moment`` (timezone-aware) falls inside business hours.

        Intervals are half-open: 10:00–18:00 is open at 10:00 and closed at 18:00.
        """
        if moment.tzinfo is None:
            raise ValueError("is_open needs a timezone-aware datetime")
        local = moment.astimezone(ZoneInfo(self.timezone))
        if self.is_closed_day(local.date()):
            return False
        now = local.time().replace(tzinfo=None)
        return any(start <= now < end for start, end in self.weekly_hours.get(local.weekday(), ()))

    def is_closed_day(self, day: date) -> bool:
        """True for a yearly closure or (when enabled) a Japanese public holiday."""
        if any(_in_closure(day, start, end) for start, end in self.closures):
            return True
        return self.public_holidays and day in _japanese_holidays(day.year)

    def describe(self, language: str = "ja") -> str:
        """Business hours as a customer reads them, e.g. ``平日 10:00〜18:00（祝日を除く）``."""
        groups: list[tuple[list[int], tuple[tuple[time, time], ...]]] = []
        for day in range(7):
            spans = self.weekly_hours.get(day, ())
            if not spans:
                continue
            if groups and groups[-1][1] == spans and groups[-1][0][-1] == day - 1:
                groups[-1][0].append(day)
            else:
                groups.append(([day], spans))
        if not groups:
            return "受付時間外のみ" if language == "ja" else "no regular hours"
        sep = "〜" if language == "ja" else "–"
        parts = []
        for days, spans in groups:
            hours = ", ".join(f"{_clock(s)}{sep}{_clock(e)}" for s, e in spans)
            parts.append(f"{_day_range(days, language)} {hours}")
        exceptions = []
        if self.public_holidays:
            exceptions.append("祝日" if language == "ja" else "public holidays")
        for (sm, sd), (em, ed) in self.closures:
            if language == "ja":
                exceptions.append(f"{sm}月{sd}日〜{em}月{ed}日")
            else:
                exceptions.append(f"{_MONTHS[sm - 1]} {sd} – {_MONTHS[em - 1]} {ed}")
        text = "、".join(parts) if language == "ja" else "; ".join(parts)
        if not exceptions:
            return text
        if language == "ja":
            return f"{text}（{'・'.join(exceptions)}を除く）"
        return f"{text} (closed on {', '.join(exceptions)})"


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAY_NAMES = {
    "ja": ("月", "火", "水", "木", "金", "土", "日"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}


def _clock(moment: time) -> str:
    if moment == time(23, 59, 59, 999999):
        return "24:00"
    return f"{moment.hour}:{moment.minute:02d}"


def _day_range(days: list[int], language: str) -> str:
    if days == [0, 1, 2, 3, 4]:
        return "平日" if language == "ja" else "Weekdays"
    names = _DAY_NAMES.get(language, _DAY_NAMES["en"])
    if len(days) == 1:
        return f"{names[days[0]]}曜日" if language == "ja" else names[days[0]]
    sep = "〜" if language == "ja" else "–"
    suffix = "曜日" if language == "ja" else ""
    return f"{names[days[0]]}{sep}{names[days[-1]]}{suffix}"


def _in_closure(day: date, start: tuple[int, int], end: tuple[int, int]) -> bool:
    key = (day.month, day.day)
    if start <= end:
        return start <= key <= end
    return key >= start or key <= end  # wraps the year end


@lru_cache(maxsize=16)
def _japanese_holidays(year: int) -> frozenset[date]:
    # Imported lazily: only calendars that close on holidays pay for it.
    import holidays

    return frozenset(holidays.country_holidays("JP", years=year))


@dataclass(frozen=True)
class LevelAction:
    """What one level does: tags, an internal note, which reply to suggest, escalation.

    ``reply`` is ``"by_category"`` (the policy's reply for the categories found), ``"none"`` or
    the name of a reply template (``REPLY_TEMPLATES``). Replies are only ever *suggested* in the
    internal note, so a reply without ``note`` has no effect.
    """

    tags: bool = True
    note: bool = False
    reply: str = NO_REPLY
    escalate: bool = False


@dataclass(frozen=True)
class Care:
    """Care for the staff: when one agent has handled too many harassing messages lately.

    An agent trips it with ``high`` high-level incidents, or ``medium`` incidents at medium level
    or above, within ``window_days``. The supervisors are then told once, in the order of Tokyo's
    common manual (相談体制): ``supervisor`` (the 現場監督者) first, who reports promptly to
    ``head_office`` (the 本社の相談窓口). ``promise`` is the policy's own words on caring for
    the employee, quoted in the notification.
    """

    enabled: bool = True
    window_days: int = 7
    high: int = 3
    medium: int = 5
    supervisor: str = "現場監督者（チームリーダー）"
    head_office: str = "本社の相談窓口"
    promise: str = ""


DEFAULT_LEVEL_ACTIONS: Mapping[str, LevelAction] = {
    "none": LevelAction(tags=False),
    "low": LevelAction(tags=True),
    "medium": LevelAction(tags=True, note=True, reply=REPLY_BY_CATEGORY),
    "high": LevelAction(tags=True, note=True, reply=REPLY_BY_CATEGORY, escalate=True),
}


@dataclass(frozen=True)
class Policy:
    """One company's harassment policy, as the scorer and the planner read it.

    ``level_thresholds`` (score at which ``low``/``medium``/``high`` begin) is empty when the
    scorer's own thresholds apply. ``responses`` are the company's stated responses to
    harassment, quoted in the supervisors' escalation note. ``call_limit_minutes`` is the
    company's asked-for limit on call length (``None`` when it states none).
    """

    name: str = "default"
    language: str = "ja"
    calendar: Calendar = field(default_factory=Calendar)
    enabled_categories: frozenset[str] = frozenset(CATEGORIES)
    category_weights: Mapping[str, float] = field(default_factory=dict)
    history_window_days: int = 30
    history_retention_days: int = 90
    incident_retention_days: int = 1095
    """How long the incident record keeps a flagged message (``retention.incidents_days``)."""
    coalesce_seconds: int = 5
    """After a write to a ticket, its next events wait this long and are written together
    (``write_back.coalesce_seconds``; 0: every event is written on its own)."""
    clauses: Mapping[str, str] = field(default_factory=dict)
    observe_only: bool = False
    title: str = ""
    company_name: str = ""
    level_thresholds: Mapping[str, float] = field(default_factory=dict)
    level_actions: Mapping[str, LevelAction] = field(
        default_factory=lambda: dict(DEFAULT_LEVEL_ACTIONS)
    )
    escalation: Escalation = field(default_factory=lambda: Escalation(priority="urgent"))
    reply_templates: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULT_REPLIES))
    auto_after_hours_reply: bool = False
    agent_signature: str = ""
    call_limit_minutes: int | None = None
    responses: tuple[str, ...] = ()
    care: Care = field(default_factory=Care)

    def clause_for(self, category: str) -> str:
        """The clause quoted in notes for ``category`` (empty when the policy names none)."""
        return self.clauses.get(category, "")

    def actions_for(self, level: str) -> LevelAction:
        """What ``level`` does under this policy (``none`` does nothing)."""
        return self.level_actions.get(level, DEFAULT_LEVEL_ACTIONS.get(level, LevelAction()))

    def reply_for(self, category: str) -> str:
        """The reply template suggested for ``category``."""
        return self.reply_templates.get(category, DEFAULT_REPLIES[category])


# --- loading -------------------------------------------------------------------------------

FieldPath = tuple[str | int, ...]
"""Where a value sits in the file: ``("calendar", "weekly_hours", "mon", 0)``."""


def _dotted(path: FieldPath) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text or "(top level)"


class _Reader:
    """Reads values out of the parsed file, failing with file, line and field."""

    def __init__(self, where: str, marks: Mapping[FieldPath, int]) -> None:
        self.where = where
        self.marks = marks

    def fail(self, path: FieldPath, message: str, code: str, **params: str) -> PolicyError:
        # A defaulted field has no line of its own: point at the nearest section that has one.
        probe = path
        line = self.marks.get(probe)
        while line is None and probe:
            probe = probe[:-1]
            line = self.marks.get(probe)
        return PolicyError(
            message, where=self.where, line=line, field=_dotted(path), code=code, params=params
        )

    def section(
        self, raw: Any, path: FieldPath, allowed: Sequence[str], *, required: Sequence[str] = ()
    ) -> Mapping[str, Any]:
        if raw is None:
            raw = {}
        if not isinstance(raw, Mapping):
            raise self.fail(
                path, f"expected a section with keys, got {_kind(raw)}", "not_section", **_got(raw)
            )
        for key in raw:
            if key not in allowed:
                hint = _closest(str(key), allowed)
                raise self.fail(
                    (*path, key),
                    f"unknown key {key!r}"
                    + (f" (did you mean {hint!r}?)" if hint else "")
                    + f"; allowed: {', '.join(allowed)}",
                    "unknown_key",
                    key=str(key),
                    hint=hint or "",
                    allowed=", ".join(allowed),
                )
        for key in required:
            if key not in raw:
                raise self.fail(path, f"missing required key {key!r}", "missing_key", key=key)
        return raw

    def text(self, raw: Any, path: FieldPath, *, allow_empty: bool = True) -> str:
        if raw is None and allow_empty:
            return ""
        if not isinstance(raw, str):
            raise self.fail(path, f"expected text, got {_kind(raw)}", "not_text", **_got(raw))
        if not allow_empty and not raw.strip():
            raise self.fail(path, "must not be empty", "empty")
        return raw

    def flag(self, raw: Any, path: FieldPath) -> bool:
        if not isinstance(raw, bool):
            raise self.fail(
                path, f"expected true or false, got {_kind(raw)}", "not_flag", **_got(raw)
            )
        return raw

    def whole(self, raw: Any, path: FieldPath, *, minimum: int = 0) -> int:
        if isinstance(raw, bool) or not isinstance(raw, int):
            raise self.fail(
                path, f"expected a whole number, got {_kind(raw)}", "not_whole", **_got(raw)
            )
        if raw < minimum:
            raise self.fail(
                path,
                f"must be at least {minimum}, got {raw}",
                "too_small",
                minimum=str(minimum),
                got=str(raw),
            )
        return raw

    def number(self, raw: Any, path: FieldPath, low: float, high: float) -> float:
        if isinstance(raw, bool) or not isinstance(raw, int | float):
            raise self.fail(path, f"expected a number, got {_kind(raw)}", "not_number", **_got(raw))
        if not low <= raw <= high:
            raise self.fail(
                path,
                f"must be between {low} and {high}, got {raw}",
                "out_of_range",
                low=f"{low:g}",
                high=f"{high:g}",
                got=str(raw),
            )
        return float(raw)

    def choice(self, raw: Any, path: FieldPath, choices: Sequence[str]) -> str:
        if not isinstance(raw, str) or raw not in choices:
            raise self.fail(
                path,
                f"expected one of {', '.join(choices)}; got {raw!r}",
                "not_choice",
                choices=", ".join(choices),
                hint=_closest(str(raw), choices) or "",
                **_got(raw),
            )
        return raw

    def items(self, raw: Any, path: FieldPath) -> list[Any]:
        if raw is None:
            return []
        if not isinstance(raw, list):
            raise self.fail(path, f"expected a list, got {_kind(raw)}", "not_list", **_got(raw))
        return raw

    def per_category(
        self, raw: Any, path: FieldPath, read: Callable[[Any, FieldPath], Any]
    ) -> dict[str, Any]:
        values = self.section(raw, path, CATEGORIES)
        return {key: read(value, (*path, key)) for key, value in values.items()}


def _kind(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"true/false ({value})"
    if isinstance(value, Mapping):
        return "a section"
    if isinstance(value, list):
        return "a list"
    return f"{value!r}"


def _got(value: Any) -> dict[str, str]:
    """What was found instead, as error parameters: its kind (for a translated message) and,
    for a single value, the value as written."""
    if value is None:
        return {"got_kind": "nothing", "got": ""}
    if isinstance(value, bool):
        return {"got_kind": "flag", "got": str(value).lower()}
    if isinstance(value, Mapping):
        return {"got_kind": "section", "got": ""}
    if isinstance(value, list):
        return {"got_kind": "list", "got": ""}
    return {"got_kind": "value", "got": repr(value)}


def _closest(word: str, choices: Sequence[str]) -> str | None:
    found = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return found[0] if found else None


_SPAN = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")
_CLOSURE = re.compile(r"^\s*(\d{1,2})-(\d{1,2})\s*\.\.\s*(\d{1,2})-(\d{1,2})\s*$")


def _parse_span(raw: Any, path: FieldPath, reader: _Reader) -> tuple[time, time]:
    match = _SPAN.match(raw) if isinstance(raw, str) else None
    if not match:
        raise reader.fail(
            path, f'expected "HH:MM-HH:MM" in quotes, got {raw!r}', "bad_span", **_got(raw)
        )
    sh, sm, eh, em = (int(g) for g in match.groups())
    try:
        # 24:00 closes at midnight; time() cannot hold it, so use the last representable instant.
        start = time(sh, sm)
        end = time(23, 59, 59, 999999) if (eh, em) == (24, 0) else time(eh, em)
    except ValueError as exc:
        raise reader.fail(path, f"not a time of day: {raw!r}", "bad_time", **_got(raw)) from exc
    if start >= end:
        raise reader.fail(
            path, f"the span must end after it starts: {raw!r}", "span_backwards", **_got(raw)
        )
    return start, end


def _parse_closure(
    raw: Any, path: FieldPath, reader: _Reader
) -> tuple[tuple[int, int], tuple[int, int]]:
    match = _CLOSURE.match(raw) if isinstance(raw, str) else None
    if not match:
        raise reader.fail(
            path, f'expected "MM-DD..MM-DD" in quotes, got {raw!r}', "bad_closure", **_got(raw)
        )
    sm, sd, em, ed = (int(g) for g in match.groups())
    for month, day in ((sm, sd), (em, ed)):
        try:
            date(2024, month, day)  # a leap year, so 02-29 is accepted
        except ValueError as exc:
            raise reader.fail(
                path, f"not a day of the year: {raw!r}", "bad_day", **_got(raw)
            ) from exc
    return (sm, sd), (em, ed)


def _parse_calendar(raw: Any, path: FieldPath, reader: _Reader) -> Calendar:
    section = reader.section(raw, path, ("timezone", "weekly_hours", "public_holidays", "closures"))
    timezone = reader.text(section.get("timezone", "Asia/Tokyo"), (*path, "timezone"))
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise reader.fail(
            (*path, "timezone"),
            f"unknown time zone {timezone!r}",
            "unknown_timezone",
            **_got(timezone),
        ) from exc
    hours: dict[int, tuple[tuple[time, time], ...]] = {}
    if "weekly_hours" in section:
        days = reader.section(section["weekly_hours"], (*path, "weekly_hours"), WEEKDAYS)
        for day, spans in days.items():
            day_path: FieldPath = (*path, "weekly_hours", day)
            if isinstance(spans, str):  # one span written without brackets
                spans = [spans]
            parsed = [
                _parse_span(span, (*day_path, i), reader)
                for i, span in enumerate(reader.items(spans, day_path))
            ]
            hours[WEEKDAYS.index(day)] = tuple(sorted(parsed))
    else:
        hours = dict(Calendar().weekly_hours)
    closures = (
        tuple(
            _parse_closure(item, (*path, "closures", i), reader)
            for i, item in enumerate(reader.items(section["closures"], (*path, "closures")))
        )
        if "closures" in section
        else Calendar().closures
    )
    return Calendar(
        timezone=timezone,
        weekly_hours=hours,
        public_holidays=reader.flag(
            section.get("public_holidays", True), (*path, "public_holidays")
        ),
        closures=closures,
    )


def _parse_level_action(raw: Any, path: FieldPath, level: str, reader: _Reader) -> LevelAction:
    default = DEFAULT_LEVEL_ACTIONS[level]
    section = reader.section(raw, path, ("tags", "note", "reply", "escalate"))
    reply = reader.choice(
        section.get("reply", default.reply),
        (*path, "reply"),
        (REPLY_BY_CATEGORY, NO_REPLY, *REPLY_TEMPLATES),
    )
    return LevelAction(
        tags=reader.flag(section.get("tags", default.tags), (*path, "tags")),
        note=reader.flag(section.get("note", default.note), (*path, "note")),
        reply=reply,
        escalate=reader.flag(section.get("escalate", default.escalate), (*path, "escalate")),
    )


def _parse_escalation(raw: Any, path: FieldPath, reader: _Reader) -> Escalation:
    section = reader.section(raw, path, ("priority", "group_id", "notify_url"))
    priority = reader.choice(section.get("priority", "urgent"), (*path, "priority"), PRIORITIES)
    group = section.get("group_id")
    if group is not None and (isinstance(group, bool) or not isinstance(group, str | int)):
        raise reader.fail(
            (*path, "group_id"),
            f"expected a group id, got {_kind(group)}",
            "bad_group",
            **_got(group),
        )
    url = section.get("notify_url")
    if url is not None:
        url = reader.text(url, (*path, "notify_url"))
        # The webhook may carry ticket evidence, so only encrypted transport is accepted.
        if not re.match(r"^https://[^\s/]+", url):
            raise reader.fail(
                (*path, "notify_url"),
                f"expected an https:// URL, got {url!r}",
                "not_https",
                **_got(url),
            )
    return Escalation(
        priority=priority,
        group_id=str(group) if group not in (None, "") else None,
        notify_url=url or None,
    )


CARE_MAX_WINDOW_DAYS = 90


def _parse_care(raw: Any, path: FieldPath, reader: _Reader) -> Care:
    default = Care()
    section = reader.section(
        raw,
        path,
        ("enabled", "window_days", "high", "medium", "supervisor", "head_office", "promise"),
    )
    window = reader.whole(
        section.get("window_days", default.window_days), (*path, "window_days"), minimum=1
    )
    if window > CARE_MAX_WINDOW_DAYS:
        raise reader.fail(
            (*path, "window_days"),
            f"must be at most {CARE_MAX_WINDOW_DAYS} days, got {window}",
            "too_large",
            maximum=str(CARE_MAX_WINDOW_DAYS),
            got=str(window),
        )
    return Care(
        enabled=reader.flag(section.get("enabled", default.enabled), (*path, "enabled")),
        window_days=window,
        high=reader.whole(section.get("high", default.high), (*path, "high"), minimum=1),
        medium=reader.whole(section.get("medium", default.medium), (*path, "medium"), minimum=1),
        supervisor=reader.text(
            section.get("supervisor", default.supervisor),
            (*path, "supervisor"),
            allow_empty=False,
        ),
        head_office=reader.text(
            section.get("head_office", default.head_office),
            (*path, "head_office"),
            allow_empty=False,
        ),
        promise=reader.text(section.get("promise", default.promise), (*path, "promise")),
    )


MAX_COALESCE_S = 60
"""A note held longer than a minute would no longer be the agent's first warning."""

_TOP_KEYS = (
    "name",
    "title",
    "company_name",
    "language",
    "observe_only",
    "calendar",
    "categories",
    "history",
    "retention",
    "write_back",
    "actions",
    "escalation",
    "replies",
    "responses",
    "clauses",
    "care",
)


def policy_from_mapping(
    raw: Mapping[str, Any], where: str = "policy", marks: Mapping[FieldPath, int] | None = None
) -> Policy:
    """Build a ``Policy`` from parsed YAML, raising ``PolicyError`` on bad or unknown fields.

    ``marks`` maps a field's path to its line in the file (``load_policy`` provides it), so
    errors can say where to look.
    """
    reader = _Reader(where, marks or {})
    top = reader.section(raw, (), _TOP_KEYS)

    categories = reader.section(
        top.get("categories"), ("categories",), ("enabled", "weights", "level_thresholds")
    )
    enabled_path: FieldPath = ("categories", "enabled")
    enabled = (
        [
            reader.choice(key, (*enabled_path, i), CATEGORIES)
            for i, key in enumerate(reader.items(categories["enabled"], enabled_path))
        ]
        if "enabled" in categories
        else list(CATEGORIES)
    )
    weights = reader.per_category(
        categories.get("weights"),
        ("categories", "weights"),
        lambda value, path: reader.number(value, path, 0.0, 10.0),
    )
    thresholds_path: FieldPath = ("categories", "level_thresholds")
    thresholds_raw = reader.section(categories.get("level_thresholds"), thresholds_path, LEVELS[1:])
    thresholds = {
        level: reader.number(value, (*thresholds_path, level), 0.0, 1.0)
        for level, value in thresholds_raw.items()
    }
    ordered = [thresholds[lv] for lv in LEVELS[1:] if lv in thresholds]
    if ordered != sorted(ordered):
        raise reader.fail(
            thresholds_path, "thresholds must rise from low to medium to high", "thresholds_order"
        )

    history = reader.section(top.get("history"), ("history",), ("window_days", "retention_days"))
    window = reader.whole(history.get("window_days", 30), ("history", "window_days"), minimum=1)
    retention = reader.whole(
        history.get("retention_days", 90), ("history", "retention_days"), minimum=1
    )
    if retention < window:
        # Fingerprints deleted before the window ends would silently weaken "repeat".
        raise reader.fail(
            ("history", "retention_days"),
            f"must be at least window_days ({window}), got {retention}",
            "retention_below_window",
            window=str(window),
            got=str(retention),
        )

    retention_section = reader.section(top.get("retention"), ("retention",), ("incidents_days",))
    incidents_days = reader.whole(
        retention_section.get("incidents_days", 1095), ("retention", "incidents_days"), minimum=1
    )

    write_back = reader.section(top.get("write_back"), ("write_back",), ("coalesce_seconds",))
    coalesce = reader.whole(
        write_back.get("coalesce_seconds", 5), ("write_back", "coalesce_seconds"), minimum=0
    )
    if coalesce > MAX_COALESCE_S:
        raise reader.fail(
            ("write_back", "coalesce_seconds"),
            f"must be at most {MAX_COALESCE_S}, got {coalesce}",
            "too_large",
            maximum=str(MAX_COALESCE_S),
            got=str(coalesce),
        )

    actions_raw = reader.section(top.get("actions"), ("actions",), LEVELS[1:])
    level_actions = dict(DEFAULT_LEVEL_ACTIONS)
    for level, value in actions_raw.items():
        level_actions[level] = _parse_level_action(value, ("actions", level), level, reader)

    replies = reader.section(
        top.get("replies"),
        ("replies",),
        ("signature", "after_hours_auto_send", "call_limit_minutes", "by_category"),
    )
    reply_templates = dict(DEFAULT_REPLIES)
    reply_templates.update(
        reader.per_category(
            replies.get("by_category"),
            ("replies", "by_category"),
            lambda value, path: reader.choice(value, path, REPLY_TEMPLATES),
        )
    )
    call_limit = replies.get("call_limit_minutes")
    if call_limit is not None:
        call_limit = reader.whole(call_limit, ("replies", "call_limit_minutes"), minimum=1)

    clauses = reader.per_category(
        top.get("clauses"), ("clauses",), lambda value, path: reader.text(value, path)
    )
    responses = tuple(
        reader.text(item, ("responses", i), allow_empty=False)
        for i, item in enumerate(reader.items(top.get("responses"), ("responses",)))
    )

    return Policy(
        name=reader.text(top.get("name", "default"), ("name",), allow_empty=False),
        language=reader.choice(top.get("language", "ja"), ("language",), LANGUAGES),
        calendar=_parse_calendar(top.get("calendar"), ("calendar",), reader),
        enabled_categories=frozenset(enabled),
        category_weights=weights,
        history_window_days=window,
        history_retention_days=retention,
        incident_retention_days=incidents_days,
        coalesce_seconds=coalesce,
        clauses=clauses,
        observe_only=reader.flag(top.get("observe_only", False), ("observe_only",)),
        title=reader.text(top.get("title"), ("title",)),
        company_name=reader.text(top.get("company_name"), ("company_name",)),
        level_thresholds=thresholds,
        level_actions=level_actions,
        escalation=_parse_escalation(top.get("escalation"), ("escalation",), reader),
        reply_templates=reply_templates,
        auto_after_hours_reply=reader.flag(
            replies.get("after_hours_auto_send", False), ("replies", "after_hours_auto_send")
        ),
        agent_signature=reader.text(replies.get("signature"), ("replies", "signature")),
        call_limit_minutes=call_limit,
        responses=responses,
        care=_parse_care(top.get("care"), ("care",), reader),
    )


def _plain(
    node: yaml.Node, path: FieldPath, marks: dict[FieldPath, int], loader: yaml.SafeLoader
) -> Any:
    """Turn a composed YAML node into plain data, recording each value's line by its path."""
    marks[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, str | int) or isinstance(key, bool):
                raise PolicyError(
                    f"a key must be a name, got {key!r}",
                    line=key_node.start_mark.line + 1,
                    field=_dotted(path),
                    code="bad_key",
                    params=_got(key),
                )
            key = str(key)
            if key in result:
                # YAML would silently keep the last one; the admin surely meant only one.
                raise PolicyError(
                    "this key appears twice",
                    line=key_node.start_mark.line + 1,
                    field=_dotted((*path, key)),
                    code="duplicate_key",
                    params={"key": key},
                )
            result[key] = _plain(value_node, (*path, key), marks, loader)
            # The key's own line, not its value's: a list value starts on the next line.
            marks[(*path, key)] = key_node.start_mark.line + 1
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_plain(item, (*path, i), marks, loader) for i, item in enumerate(node.value)]
    return loader.construct_object(node, deep=True)


def parse_policy_text(text: str, where: str = "policy") -> Policy:
    """Parse and validate policy YAML held in memory (the admin page validates drafts this way)."""
    marks: dict[FieldPath, int] = {}
    loader = yaml.SafeLoader("")
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        raw = _plain(node, (), marks, loader) if node is not None else {}
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise PolicyError(
            f"not valid YAML: {exc.problem or exc}",
            where=where,
            line=mark.line + 1 if mark else None,
            code="not_yaml",
            params={"detail": str(exc.problem or exc)},
        ) from exc
    except yaml.YAMLError as exc:
        raise PolicyError(
            f"not valid YAML: {exc}", where=where, code="not_yaml", params={"detail": str(exc)}
        ) from exc
    except PolicyError as exc:
        raise PolicyError(
            exc.problem,
            where=where,
            line=exc.line,
            field=exc.field,
            code=exc.code,
            params=exc.params,
        ) from exc
    if not isinstance(raw, Mapping):
        raise PolicyError(
            f"expected a policy with keys, got {_kind(raw)}",
            where=where,
            line=1,
            code="not_section",
            params=_got(raw),
        )
    return policy_from_mapping(raw, where=where, marks=marks)


def load_policy(path: str | Path | None = None) -> Policy:
    """Load and validate the policy file at ``path`` (the default policy when ``None``)."""
    file = Path(path) if path else DEFAULT_POLICY_PATH
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as exc:
        raise PolicyError(
            f"cannot read the policy file ({exc.strerror})",
            where=str(file),
            code="unreadable",
            params={"detail": str(exc.strerror)},
        ) from exc
    except UnicodeDecodeError as exc:
        raise PolicyError(
            "the policy file must be UTF-8 text", where=str(file), code="not_utf8"
        ) from exc
    return parse_policy_text(text, where=str(file))


def policy_path(setting: str) -> Path:
    """The file ``KASUGUARD_POLICY`` names: empty for the default, a preset name such as
    ``skyarch``, or a path to a company's own file."""
    value = setting.strip()
    if not value:
        return DEFAULT_POLICY_PATH
    if "/" not in value and not value.endswith((".yaml", ".yml")):
        if value not in list_presets():
            raise PolicyError(
                f"no preset named {value!r}; presets: {', '.join(list_presets())}",
                code="no_preset",
                params={"got": value, "choices": ", ".join(list_presets())},
            )
        return POLICY_DIR / f"{value}.yaml"
    return Path(value)


def list_presets() -> list[str]:
    """Names of the policies shipped in ``policies/`` (``default`` and one per seed company)."""
    return sorted(p.stem for p in POLICY_DIR.glob("*.yaml"))


def load_preset(name: str) -> Policy:
    """Load the shipped preset ``name`` (see ``list_presets``)."""
    if name not in list_presets():
        raise PolicyError(
            f"no preset named {name!r}; presets: {', '.join(list_presets())}",
            code="no_preset",
            params={"got": name, "choices": ", ".join(list_presets())},
        )
    return load_policy(POLICY_DIR / f"{name}.yaml")
