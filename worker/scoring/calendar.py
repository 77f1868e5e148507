"""Business hours from the policy's calendar, and whether a message demands handling outside them.

Being sent at night is not harassment: ``after_hours`` needs a message sent while the company is
closed *and* a demand whose deadline falls before the company opens again (「今夜中に」「今すぐ」
「明日朝イチまでに」 on a Sunday night, a same-day demand during the year-end closure). Japanese
public holidays come from the maintained ``holidays`` package, never a hand-made list.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

from worker.policy import Calendar
from worker.scoring.normalize import Working
from worker.scoring.rules import Rule, rule, scan

__all__ = ["Deadline", "find_deadline", "is_closed_day", "is_open", "next_opening"]


@lru_cache(maxsize=64)
def _japan_holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.Japan(years=year).keys())


@lru_cache(maxsize=16)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def _in_closure(day: date, calendar: Calendar) -> bool:
    md = (day.month, day.day)
    for start, end in calendar.closures:
        if start <= end:
            if start <= md <= end:
                return True
        elif md >= start or md <= end:  # wraps the year end (29 Dec – 3 Jan)
            return True
    return False


def is_closed_day(day: date, calendar: Calendar) -> bool:
    """True when ``day`` (a local date) has no business hours at all."""
    if not calendar.weekly_hours.get(day.weekday()):
        return True
    if calendar.public_holidays and day in _japan_holidays(day.year):
        return True
    return _in_closure(day, calendar)


def is_open(at: datetime, calendar: Calendar) -> bool:
    """True when ``at`` falls inside business hours (start inclusive, end exclusive)."""
    local = at.astimezone(_zone(calendar.timezone))
    if is_closed_day(local.date(), calendar):
        return False
    now = local.time().replace(tzinfo=None)
    return any(start <= now < end for start, end in calendar.weekly_hours[local.weekday()])


def next_opening(at: datetime, calendar: Calendar) -> datetime:
    """The first moment at or after ``at`` when the company is open (within ~3 months)."""
    zone = _zone(calendar.timezone)
    local = at.astimezone(zone)
    for offset in range(0, 100):
        day = local.date() + timedelta(days=offset)
        if is_closed_day(day, calendar):
            continue
        for start, end in sorted(calendar.weekly_hours[day.weekday()]):
            opening = datetime.combine(day, start, tzinfo=zone)
            closing = datetime.combine(day, end, tzinfo=zone)
            if local < closing:
                return max(opening, local)
    return local + timedelta(days=100)


@dataclass(frozen=True)
class Deadline:
    """A demanded time found in the text: the working span and when it falls due."""

    working: Working
    start: int
    end: int
    due: datetime
    reason: str


# (pattern, kind, reason). Kinds: now, tonight, today, morning, tomorrow, weekend, closed
# (during the
# closure itself / out-of-hours availability).
_DEMANDS: tuple[tuple[str, str, str], ...] = (
    (
        (
            r"今すぐ(?!にでも)|今から|すぐに?(?:電話|折り返|返事|返信|連絡|対応|来|確認|停止)"
            r"|直ちに|大至急"
            r"|至急|起きろ|起きてる(?:やつ|奴|人)"
            r"|寝てる場合|\bright now\b|\bright away\b|\bimmediately\b|\basap\b"
            r"|\bas soon as possible\b|\bat once\b"
            r"|\b(?:answer|call|reply|respond|fix)(?: \w+){0,3} now\b|\bnow!"
        ),
        "now",
        "営業時間外の即時対応の要求",
    ),
    (
        (r"今夜|今晩|今日の夜|\btonight\b|\bthis evening\b"),
        "tonight",
        "営業時間外の今夜中の対応要求",
    ),
    (
        (r"今日中|本日中|当日中|今日のうち|\btoday\b"),
        "today",
        "営業時間外の当日中の対応要求",
    ),
    (
        (
            r"(?:明日|あした)(?:の)?朝(?:イチ|一番|いち)?までに?|朝(?:イチ|一番)までに?"
            r"|明朝までに?|朝までに?"
            r"|\bby (?:tomorrow )?morning\b|\bby \d{1,2}\s?(?:am|a\.m\.)"
        ),
        "morning",
        "翌朝の始業前までの対応要求",
    ),
    (
        (r"(?:明日|あした)(?:\d{1,2}日)?中に|(?:明日|あした)までに|\bby tomorrow\b"),
        "tomorrow",
        "休業日中の対応要求",
    ),
    (
        (
            r"今週末|土日(?:中|のうち)?に|週末(?:中|のうち)?に|\bthis weekend\b"
            r"|\bover the weekend\b"
        ),
        "weekend",
        "休業日（週末）中の対応要求",
    ),
    (
        (
            r"(?:休み|休業|年末年始|連休)(?:中|の間)(?:に|も|でも)|(?:夜間|深夜|土日|休日"
            r"|祝日)(?:も|にも|でも)(?:対応|サポート|連絡)"
            r"|\b(?:during|in) (?:uk|us|european|our|my|london|new york|local) (?:working "
            r"|business |office )?hours\b"
            r"|\b(?:midnight|late evening|overnight) your time\b|\boutside (?:your|normal|business"
            r"|office) hours\b"
            r"|\b24/7\b|\ball night\b"
        ),
        "closed",
        "営業時間外の対応（待機）の要求",
    ),
)
_REQUEST = (
    r"ください|下さい|しろ|せよ|せえ|して|お願い|頂け|いただけ|ほしい|欲しい|よこせ|寄こせ|来させ"
    r"|折り返|返事|返信|回答|電話|対応|送れ|来い"
    r"|出ろ|起きろ|助か|何とか|停止|確認|直せ|やれ|\bplease\b|\bneed\b|\bwant\b|\bcould\b"
    r"|\bcan (?:you|someone|anyone)\b"
    r"|\bwould\b|\bcall\b|\breply\b|\brespond\b|\banswer\b|\bfix\b|\bsuspend\b|\bcheck\b|\bhelp\b"
    r"|\bsend\b|\bexpect\b"
    r"|\bmust\b|\bhave to\b|\bget\b|\brestore\b|\bstay\b|\bavailable\b"
)
_DEFERRAL = (
    r"週明け|休み明け|お休み明け|営業日|月曜(?:日)?(?:に|で|以降)|急ぎません|急ぎではありません"
    r"|お手すきの際|いつでも(?:大丈夫|構いません)"
    r"|\bno rush\b|\bnext week is fine\b|\bwhenever\b|\bwhen you(?:'re| are) back\b|\bon monday\b"
    r"|\bnext business day\b"
    r"|\bno hurry\b|\bnot urgent\b"
)

# As guarded rules, so the scanner's literal prefilter, quote and reported-speech guards apply;
# a demand counts only in a sentence that asks for something (_REQUEST).
_DEMAND_RULES: tuple[Rule, ...] = tuple(
    rule("after_hours", reason, pattern, tag=kind, needs=_REQUEST)
    for pattern, kind, reason in _DEMANDS
)
_DEFERRAL_RULES: tuple[Rule, ...] = (rule("after_hours", "対応時期の猶予", _DEFERRAL),)


def _due(kind: str, local: datetime, calendar: Calendar) -> datetime:
    zone = local.tzinfo
    day = local.date()
    if kind == "now":
        return local
    if kind == "tonight":
        # "Tonight" written after midnight still means the coming small hours.
        morning = day if local.hour < 6 else day + timedelta(days=1)
        return datetime.combine(morning, time(6, 0), tzinfo=zone)
    if kind == "today":
        return datetime.combine(day, time(23, 59), tzinfo=zone)
    if kind == "morning":
        return datetime.combine(day + timedelta(days=1), time(8, 59), tzinfo=zone)
    if kind == "tomorrow":
        return datetime.combine(day + timedelta(days=1), time(23, 59), tzinfo=zone)
    if kind == "weekend":
        sunday = day + timedelta(days=(6 - day.weekday()) % 7)
        return datetime.combine(sunday, time(23, 59), tzinfo=zone)
    # "closed": handling is asked for while the company is closed, whenever that is.
    return local


def find_deadline(
    workings: tuple[Working, ...], at: datetime, calendar: Calendar
) -> Deadline | None:
    """The first demand in the text whose deadline falls before the company opens again.

    Returns ``None`` when the message is sent during business hours, defers the answer
    (「週明けで大丈夫です」, "no rush"), or asks nothing that falls due while closed.
    """
    if is_open(at, calendar):
        return None
    if any(True for w in workings for _ in scan(w, _DEFERRAL_RULES)):
        return None
    local = at.astimezone(_zone(calendar.timezone))
    opening = next_opening(local, calendar)
    for working in workings:
        for hit in sorted(scan(working, _DEMAND_RULES), key=lambda h: (h.start, -h.end)):
            due = _due(hit.rule.tag, local, calendar)
            if due < opening:
                return Deadline(working, hit.start, hit.end, due, hit.rule.reason)
    return None
