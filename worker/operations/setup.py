"""``kasuguard setup zendesk|freshdesk``: connect a helpdesk without clicking through admin screens.

Zendesk: find a webhook named ``kasuguard`` with our endpoint (``GET /api/v2/webhooks``, filtered by
name, cursor pages), create it when there is none (``POST /api/v2/webhooks``, event-subscribed to
ticket created and comment added), read its signing secret and write it to ``.env``. Running it
twice changes nothing: the second run finds the webhook, reads the same secret and leaves ``.env``
untouched. ``--dry-run`` makes no call at all and prints the calls it would make. ``--schedule``
prints the account's business hours and holidays as the policy's ``calendar:`` section.

Freshdesk has no API we can rely on to create automation rules that call webhooks, so setup prints
the two rules ready to paste. The bodies come from ``FRESHDESK_RULES``, the one place they are
defined (README shows the same text, and a test holds them together).

Secrets are written to ``.env``, never printed.
"""

from __future__ import annotations

import argparse
import json
import secrets
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import urlparse
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dotenv import dotenv_values, find_dotenv, set_key

from integrations import freshdesk, zendesk
from integrations.base import Credentials, HelpdeskError
from worker.cli_text import current, t
from worker.config import load_config
from worker.operations import UsageError

ZENDESK_SUBSCRIPTIONS = ("zen:event-type:ticket.created", "zen:event-type:ticket.comment_added")
"""What the webhook listens to; ``integrations.zendesk.EVENT_PARSERS`` handles exactly these."""

WEBHOOK_DESCRIPTION = "kasuguard: customer-harassment detection (created by kasuguard setup)"


def webhook_endpoint(url: str, helpdesk: str) -> str:
    """``https://host`` or ``https://host/webhooks/<helpdesk>`` → the full webhook URL."""
    parsed = urlparse(url.strip())
    if parsed.scheme not in ("https", "http") or not parsed.netloc:
        raise UsageError(t("setup_bad_url", url=repr(url)))
    base = url.strip().rstrip("/")
    suffix = f"/webhooks/{helpdesk}"
    return base if base.endswith(suffix) else base + suffix


def zendesk_webhook(name: str, endpoint: str) -> dict[str, Any]:
    """The ``webhook`` object for ``POST /api/v2/webhooks``. Event-subscribed webhooks must be
    POST + JSON; they carry no authentication because Zendesk signs them."""
    return {
        "name": name,
        "description": WEBHOOK_DESCRIPTION,
        "endpoint": endpoint,
        "http_method": "POST",
        "request_format": "json",
        "status": "active",
        "subscriptions": list(ZENDESK_SUBSCRIPTIONS),
    }


# --- .env -----------------------------------------------------------------------------------


def env_path(argument: str | None) -> Path:
    """``--env-file``, else the ``.env`` that ``load_config`` reads (found from the cwd up)."""
    if argument:
        return Path(argument)
    return Path(find_dotenv(usecwd=True) or ".env")


def write_env(path: Path, values: Mapping[str, str], *, only_if_absent: set[str]) -> list[str]:
    """Set keys in ``path`` without disturbing other lines; returns the keys changed. Keys in
    ``only_if_absent`` are written only where the file has no value for them yet."""
    current = dotenv_values(path) if path.exists() else {}
    changed = []
    for key, value in values.items():
        if not value:
            continue
        if key in only_if_absent and current.get(key):
            continue
        if current.get(key) == value:
            continue  # unchanged: leave the file (and its mtime) alone
        path.touch(mode=0o600, exist_ok=True)
        set_key(str(path), key, value, quote_mode="never")
        changed.append(key)
    return changed


# --- Zendesk --------------------------------------------------------------------------------


@dataclass
class ZendeskSetup:
    """The steps of ``setup zendesk`` against one client; ``out`` gets what a person reads."""

    client: zendesk.Client
    out: TextIO

    def find_webhook(self, name: str, endpoint: str) -> tuple[dict[str, Any] | None, list[str]]:
        """Our webhook (same endpoint, name containing ``name``) if it exists, and the
        endpoints of same-named webhooks pointing elsewhere (stale ones to tell about)."""
        found, elsewhere, after = None, [], None
        while True:
            page = self.client.list_webhooks(name, after)
            for hook in page.get("webhooks") or []:
                if hook.get("endpoint") == endpoint:
                    found = found or hook
                elif hook.get("name") == name:
                    elsewhere.append(str(hook.get("endpoint")))
            meta = page.get("meta") or {}
            after = meta.get("after_cursor")
            if not meta.get("has_more") or not after:
                return found, elsewhere

    def ensure_webhook(self, name: str, endpoint: str) -> dict[str, Any]:
        """Find the webhook or create it; explain anything that needs a person's attention."""
        hook, elsewhere = self.find_webhook(name, endpoint)
        for other in elsewhere:
            self.out.write(t("setup_other_webhook", name=repr(name), other=other) + "\n")
        if hook is None:
            hook = self.client.create_webhook(zendesk_webhook(name, endpoint))
            self.out.write(t("setup_created", id=hook["id"], endpoint=endpoint) + "\n")
            return hook
        self.out.write(t("setup_exists", id=hook["id"], endpoint=endpoint) + "\n")
        subscriptions = set(hook.get("subscriptions") or ())
        if subscriptions == {"conditional_ticket_events"}:
            self.out.write(t("setup_trigger_connected") + "\n")
        elif not set(ZENDESK_SUBSCRIPTIONS) <= subscriptions:
            missing = ", ".join(sorted(set(ZENDESK_SUBSCRIPTIONS) - subscriptions))
            self.out.write(t("setup_not_subscribed", missing=missing) + "\n")
        if hook.get("status") != "active":
            self.out.write(t("setup_inactive", status=repr(hook.get("status"))) + "\n")
        return hook

    def secret(self, webhook_id: str) -> str:
        """The webhook's signing secret (used as-is as the HMAC key)."""
        return self.client.webhook_signing_secret(webhook_id)["secret"]


def _zendesk_credentials(args: argparse.Namespace) -> tuple[Credentials | None, dict[str, str]]:
    """API credentials from the configuration, completed by ``--subdomain/--email/--token``;
    and the values given on the command line, to be saved where ``.env`` lacks them."""
    given = {
        "ZENDESK_SUBDOMAIN": (args.subdomain or "").strip().lower(),
        "ZENDESK_EMAIL": (args.email or "").strip(),
        "ZENDESK_API_TOKEN": (args.token or "").strip(),
    }
    configured = load_config().helpdesks["zendesk"].credentials
    if not any(given.values()):
        return configured, given
    base = configured.base_url if configured else ""
    if given["ZENDESK_SUBDOMAIN"]:
        base = f"https://{given['ZENDESK_SUBDOMAIN']}.zendesk.com"
    email = given["ZENDESK_EMAIL"] or (
        configured.username.removesuffix("/token") if configured else ""
    )
    token = given["ZENDESK_API_TOKEN"] or (configured.password if configured else "")
    if not (base and email and token):
        return None, given
    return Credentials(base, f"{email}/token", token), given


def setup_zendesk(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """``kasuguard setup zendesk``: webhook, signing secret into ``.env``, optional schedule."""
    out = out or sys.stdout
    endpoint = webhook_endpoint(args.url, "zendesk")
    path = env_path(args.env_file)
    if args.dry_run:
        webhook = zendesk_webhook(args.name, endpoint)
        out.write(
            t("setup_dry_run") + "\n"
            f"GET /api/v2/webhooks?filter[name_contains]={args.name}&page[size]=100"
            f"   ({t('setup_dry_run_find')})\n"
            f"POST /api/v2/webhooks   ({t('setup_dry_run_create')})\n"
            f"{json.dumps({'webhook': webhook}, indent=2, ensure_ascii=False)}\n"
            "GET /api/v2/webhooks/{webhook_id}/signing_secret\n"
            + t("setup_dry_run_write", path=path)
            + "\n"
        )
        if args.schedule:
            out.write(
                "GET /api/v2/business_hours/schedules\n"
                "GET /api/v2/business_hours/schedules/{schedule_id}/holidays"
                "?start_date=…&end_date=…\n"
            )
        return 0
    credentials, given = _zendesk_credentials(args)
    if credentials is None:
        raise UsageError(t("setup_zendesk_credentials"))
    steps = ZendeskSetup(zendesk.Client(credentials), out)
    try:
        hook = steps.ensure_webhook(args.name, endpoint)
        secret = steps.secret(str(hook["id"]))
    except HelpdeskError as exc:
        raise UsageError(t("setup_zendesk_refused", detail=exc)) from exc
    changed = write_env(
        path,
        {**given, "ZENDESK_WEBHOOK_SECRET": secret},
        only_if_absent={"ZENDESK_SUBDOMAIN", "ZENDESK_EMAIL", "ZENDESK_API_TOKEN"},
    )
    if changed:
        out.write(t("setup_wrote", keys=", ".join(changed), path=path) + "\n")
    else:
        out.write(t("setup_nothing_to_write", path=path) + "\n")
    if not args.schedule:
        return 0
    # After .env is written: a schedule we cannot translate must not undo the webhook's setup.
    try:
        out.write(calendar_snippets(steps.client))
    except (HelpdeskError, UsageError) as exc:
        sys.stderr.write(t("prefix", message=t("setup_schedule_failed", detail=exc)) + "\n")
        return 1
    return 0


# --- Zendesk business hours → policy calendar -------------------------------------------------

RAILS_TIME_ZONES: Mapping[str, str] = {
    "Tokyo": "Asia/Tokyo",
    "Osaka": "Asia/Tokyo",
    "Sapporo": "Asia/Tokyo",
    "Seoul": "Asia/Seoul",
    "Beijing": "Asia/Shanghai",
    "Chongqing": "Asia/Chongqing",
    "Hong Kong": "Asia/Hong_Kong",
    "Taipei": "Asia/Taipei",
    "Singapore": "Asia/Singapore",
    "Kuala Lumpur": "Asia/Kuala_Lumpur",
    "Bangkok": "Asia/Bangkok",
    "Hanoi": "Asia/Bangkok",
    "Jakarta": "Asia/Jakarta",
    "Manila": "Asia/Manila",
    "Chennai": "Asia/Kolkata",
    "Kolkata": "Asia/Kolkata",
    "Mumbai": "Asia/Kolkata",
    "New Delhi": "Asia/Kolkata",
    "Sydney": "Australia/Sydney",
    "Hawaii": "Pacific/Honolulu",
    "Pacific Time (US & Canada)": "America/Los_Angeles",
    "Mountain Time (US & Canada)": "America/Denver",
    "Central Time (US & Canada)": "America/Chicago",
    "Eastern Time (US & Canada)": "America/New_York",
    "London": "Europe/London",
    "Berlin": "Europe/Berlin",
    "Paris": "Europe/Paris",
    "UTC": "Etc/UTC",
}
"""Zendesk schedules name zones the Rails way; these are ActiveSupport's mappings for the zones
a Japanese company is likely to use. Anything else is an error naming the zone."""

_SUNDAY_FIRST = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")
_MONDAY_FIRST = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
MINUTES_PER_DAY = 1440


def iana_zone(rails_name: str) -> str:
    """The IANA name for a Zendesk (Rails) time zone name; IANA names pass through."""
    if rails_name in RAILS_TIME_ZONES:
        return RAILS_TIME_ZONES[rails_name]
    if "/" in rails_name:
        try:
            ZoneInfo(rails_name)
            return rails_name
        except (ZoneInfoNotFoundError, ValueError):
            pass
    raise UsageError(t("setup_unknown_zone", zone=repr(rails_name)))


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def weekly_hours(intervals: list[Mapping[str, Any]]) -> dict[str, list[str]]:
    """Zendesk intervals (minutes from Sunday 00:00 in the schedule's zone, never spanning days)
    → ``{"mon": ["09:00-18:00"]}``. An interval ending at midnight ends at ``24:00``."""
    days: dict[str, list[str]] = {}
    for interval in sorted(intervals, key=lambda i: int(i["start_time"])):
        start, end = int(interval["start_time"]) % 10080, int(interval["end_time"])
        day, start_in_day = divmod(start, MINUTES_PER_DAY)
        end_in_day = end - day * MINUTES_PER_DAY
        if not 0 <= start_in_day < end_in_day <= MINUTES_PER_DAY:
            raise UsageError(t("setup_spans_midnight", start=start, end=end))
        days.setdefault(_SUNDAY_FIRST[day], []).append(
            f"{_clock(start_in_day)}-{_clock(end_in_day)}"
        )
    return {name: days[name] for name in _MONDAY_FIRST if name in days}


def closures(holidays: list[Mapping[str, Any]]) -> list[tuple[str, str]]:
    """Dated holidays → the policy's yearly ``"MM-DD..MM-DD"`` closures with a comment.
    Days that are all Japanese public holidays are left to ``public_holidays: true``."""
    import holidays as public

    result = []
    for holiday in holidays:
        start = date.fromisoformat(str(holiday["start_date"]))
        end = date.fromisoformat(str(holiday["end_date"]))
        name = " ".join(str(holiday.get("name") or "").split())
        span = [start + timedelta(days=n) for n in range((end - start).days + 1)]
        national = public.country_holidays("JP", years={d.year for d in span})
        if all(d in national for d in span):
            continue
        closure = f"{start:%m-%d}..{end:%m-%d}"
        result.append((closure, f"{name} ({start.isoformat()}–{end.isoformat()})"))
    return result


def calendar_yaml(schedule: Mapping[str, Any], holidays: list[Mapping[str, Any]]) -> str:
    """One schedule as the policy's ``calendar:`` section (YAML text with comments)."""
    zone = iana_zone(str(schedule.get("time_zone") or ""))
    lines = [
        f"# Zendesk schedule {schedule.get('id')}: "
        f"{' '.join(str(schedule.get('name') or '').split())}",
        "calendar:",
        f"  timezone: {zone}                # Zendesk: {schedule.get('time_zone')}",
        "  weekly_hours:",
    ]
    hours = weekly_hours(list(schedule.get("intervals") or []))
    for day, spans in hours.items():
        lines.append(f"    {day}: [{', '.join(json.dumps(s) for s in spans)}]")
    if not hours:
        lines[-1] = "  weekly_hours: {}"
    lines.append("  public_holidays: true")
    dated = closures(holidays)
    if dated:
        lines.append("  closures:                   # yearly in the policy; check each year")
        lines += [f'    - "{closure}"             # {note}' for closure, note in dated]
    else:
        lines.append("  closures: []")
    return "\n".join(lines) + "\n"


def calendar_snippets(client: zendesk.Client, today: date | None = None) -> str:
    """Every schedule of the account, with holidays of the coming year, as YAML to paste."""
    first = today or date.today()
    schedules = client.business_hours_schedules()
    if not schedules:
        return "# The Zendesk account has no business-hours schedule.\n"
    parts = ["# Paste one calendar: section into your policy file (kasuguard does not edit it)."]
    for schedule in schedules:
        holidays = client.schedule_holidays(
            str(schedule["id"]), first.isoformat(), (first + timedelta(days=365)).isoformat()
        )
        parts.append(calendar_yaml(schedule, holidays))
    return "\n".join(parts)


# --- Freshdesk ------------------------------------------------------------------------------

FRESHDESK_CREATED_BODY: Mapping[str, str] = {
    "triggered_event": "{{triggered_event}}",
    "ticket_id": "{{ticket.id}}",
    "ticket_subject": "{{ticket.subject}}",
    "ticket_description": "{{ticket.description}}",
    "ticket_tags": "{{ticket.tags}}",
    "ticket_source": "{{ticket.source}}",
    "requester_email": "{{ticket.requester.email}}",
    "responder_id": "{{ticket.agent.id}}",
}
"""Fields of the new-ticket rule's body; ``integrations.freshdesk.parse`` reads these names (the
agent's id feeds the care for the staff)."""

FRESHDESK_REPLY_BODY: Mapping[str, str] = {
    **FRESHDESK_CREATED_BODY,
    "ticket_latest_public_comment": "{{ticket.latest_public_comment}}",
}


def freshdesk_body(fields: Mapping[str, str]) -> str:
    """A rule's JSON body as pasted in Freshdesk's *Advanced* content box (and README)."""
    inner = ",\n".join(f"  {json.dumps(k)}: {json.dumps(v)}" for k, v in fields.items())
    return '{"freshdesk_webhook": {\n' + inner + "\n}}"


@dataclass(frozen=True)
class FreshdeskRule:
    """One automation rule: where it lives, when it fires, and the webhook body."""

    title: str
    where: str
    conditions: tuple[str, ...]
    body: Mapping[str, str]
    where_ja: str = ""
    """Freshdesk's Japanese screen names, with the English ones after them (the admin's UI may
    be in either language)."""
    conditions_ja: tuple[str, ...] = ()

    def place(self) -> str:
        return self.where_ja if current() == "ja" and self.where_ja else self.where

    def when(self) -> tuple[str, ...]:
        return self.conditions_ja if current() == "ja" and self.conditions_ja else self.conditions


FRESHDESK_RULES: tuple[FreshdeskRule, ...] = (
    FreshdeskRule(
        title="kasuguard: new ticket",
        where="Admin → Workflows → Automations → Ticket creation → New rule",
        conditions=("Any ticket (no condition needed; add your own filters if you like)",),
        body=FRESHDESK_CREATED_BODY,
        where_ja="管理者 → ワークフロー → 自動化 → チケット作成 → 新しいルール"
        "（Admin → Workflows → Automations → Ticket creation → New rule）",
        conditions_ja=("すべてのチケット（条件は不要。必要なら絞り込みを追加）",),
    ),
    FreshdeskRule(
        title="kasuguard: customer reply",
        where="Admin → Workflows → Automations → Ticket updates → New rule",
        conditions=("When: Reply is sent", "Performed by: Requester"),
        body=FRESHDESK_REPLY_BODY,
        where_ja="管理者 → ワークフロー → 自動化 → チケット更新 → 新しいルール"
        "（Admin → Workflows → Automations → Ticket updates → New rule）",
        conditions_ja=("いつ: 返信が送信された（Reply is sent）", "実行者: 依頼者（Requester）"),
    ),
)


def freshdesk_rules_text(endpoint: str, username: str) -> str:
    """Both rules, ready to paste. The password is named, never printed."""
    out = []
    for n, rule in enumerate(FRESHDESK_RULES, 1):
        out += [
            t("fd_rule", n=n, title=rule.title),
            t("fd_where", where=rule.place()),
            *(t("fd_condition", condition=c) for c in rule.when()),
            t("fd_action"),
            t("fd_request_type"),
            t("fd_url", url=endpoint),
            t("fd_auth"),
            t("fd_username", username=username),
            t("fd_password"),
            t("fd_encoding"),
            t("fd_content"),
            "",
            freshdesk_body(rule.body),
            "",
        ]
    return "\n".join(out)


def setup_freshdesk(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """``kasuguard setup freshdesk``: make sure there is a webhook password, check the API key,
    print the two automation rules."""
    out = out or sys.stdout
    endpoint = webhook_endpoint(args.url, "freshdesk")
    config = load_config().helpdesks["freshdesk"]
    path = env_path(args.env_file)
    if not config.webhook_secret:
        if args.dry_run:
            out.write(t("fd_dry_run_secret", path=path) + "\n")
        else:
            write_env(path, {"FRESHDESK_WEBHOOK_SECRET": secrets.token_urlsafe(32)},
                      only_if_absent={"FRESHDESK_WEBHOOK_SECRET"})  # fmt: skip
            out.write(t("fd_wrote_secret", path=path) + "\n")
    if config.credentials is None:
        out.write(t("fd_no_api_key") + "\n")
    elif args.dry_run:
        out.write(t("fd_dry_run_check") + "\n")
    else:
        try:
            agent = freshdesk.Client(config.credentials).current_agent()
        except HelpdeskError as exc:
            raise UsageError(t("fd_key_refused", detail=exc)) from exc
        out.write(t("fd_key_works", id=agent.get("id")) + "\n")
    out.write("\n" + t("fd_rules_intro") + "\n\n")
    out.write(freshdesk_rules_text(endpoint, args.username))
    return 0


def run_command(args: argparse.Namespace) -> int:
    """Entry point for ``kasuguard setup``."""
    if args.helpdesk == "zendesk":
        return setup_zendesk(args)
    return setup_freshdesk(args)
