"""``kasuguard push-templates``: the reply templates as Zendesk macros and Freshdesk canned
responses, so agents also find them in the helpdesk's own UI.

Each reply template (customer-facing ones only; the internal notes stay internal) is rendered
from the template store (the admin page's saved version, else the shipped file) with the
company's values from the policy, and with the helpdesk's own placeholders where a value is per
ticket: ``{{ticket.id}}`` and ``{{ticket.requester.name}}`` (both helpdesks expand these when
an agent applies the macro or canned response). Conduct-specific branches take their neutral
side (no threat, no escalation), since the agent picks the macro by hand.

Idempotent by title (``kasuguard: <template title>``): an existing macro or canned response
with that title is updated (or left alone when unchanged), never duplicated. Freshdesk's canned
responses go into one folder, ``kasuguard``.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import IO, Any

from integrations import freshdesk, zendesk
from worker.actions import reply_context
from worker.cli_text import t
from worker.config import Config
from worker.model import TicketEvent
from worker.policy import REPLY_TEMPLATES, Policy
from worker.replies import LANGUAGES, TEMPLATE_TITLES, TemplateStore, render
from worker.scoring.types import Assessment

TITLE_PREFIX = "kasuguard: "
FRESHDESK_FOLDER = "kasuguard"
TICKET_ID = "{{ticket.id}}"
REQUESTER_NAME = "{{ticket.requester.name}}"


@dataclass(frozen=True)
class CannedReply:
    """One template as the helpdesk stores it: a title and plain text with placeholders."""

    language: str
    name: str
    title: str
    text: str


def placeholder_context(policy: Policy, helpdesk: str, language: str) -> Any:
    """The reply context with the helpdesk's placeholders for per-ticket values."""
    event = TicketEvent(
        helpdesk=helpdesk,
        event_id="push-templates",
        kind="macro",
        ticket_id=TICKET_ID,
        occurred_at=datetime.now(UTC),
    )
    # A neutral ticket: templates take their plain branches (no threat, no escalation).
    context = reply_context(Assessment(level="medium", score=0.0), policy, event)
    addressee = f"{REQUESTER_NAME} 様" if language == "ja" else f"Dear {REQUESTER_NAME},"
    return replace(context, requester_name=REQUESTER_NAME, addressee=addressee)


def canned_replies(
    store: TemplateStore, policy: Policy, helpdesk: str, languages: Iterable[str]
) -> list[CannedReply]:
    """Every reply template in ``languages``, rendered for ``helpdesk``.

    Raises ``BrokenTemplate`` when one does not render: nothing half-made is pushed.
    """
    replies = []
    for language in languages:
        context = placeholder_context(replace(policy, language=language), helpdesk, language)
        for name in REPLY_TEMPLATES:
            title = TITLE_PREFIX + TEMPLATE_TITLES[language].get(name, name)
            text = render(store, language, name, context).rstrip("\n")
            replies.append(CannedReply(language, name, title, text))
    return replies


class ZendeskMacros(zendesk.Client):
    """The macro endpoints (``/api/v2/macros``) on top of the Zendesk client."""

    MACROS_URL = "/api/v2/macros"
    MACRO_URL = "/api/v2/macros/{macro_id}"

    def macros(self) -> list[dict[str, Any]]:
        """Every macro the API user can see (cursor pagination, 100 a page)."""
        found: list[dict[str, Any]] = []
        params: dict[str, Any] = {"page[size]": 100}
        while True:
            data = self._request("GET", self.MACROS_URL, params=params)
            found += data.get("macros") or []
            meta = data.get("meta") or {}
            if not meta.get("has_more") or not meta.get("after_cursor"):
                return found
            params = {"page[size]": 100, "page[after]": meta["after_cursor"]}

    def save_macro(self, reply: CannedReply, macro_id: int | None) -> None:
        """Create (``POST``, 201) or update (``PUT``) the macro for ``reply``."""
        macro = {
            "title": reply.title,
            "actions": [{"field": "comment_value", "value": reply.text}],
            "active": True,
        }
        if macro_id is None:
            self._request("POST", self.MACROS_URL, write=True, json={"macro": macro})
        else:
            url = self.MACRO_URL.format(macro_id=macro_id)
            self._request("PUT", url, write=True, json={"macro": macro})


class FreshdeskCannedResponses(freshdesk.Client):
    """The canned-response endpoints on top of the Freshdesk client."""

    FOLDERS_URL = "/api/v2/canned_response_folders"
    FOLDER_RESPONSES_URL = "/api/v2/canned_response_folders/{folder_id}/responses"
    RESPONSES_URL = "/api/v2/canned_responses"
    RESPONSE_URL = "/api/v2/canned_responses/{response_id}"

    def folder_id(self, name: str, *, create: bool) -> int | None:
        """The id of the folder called ``name``, created when missing (if ``create``)."""
        for folder in self._request("GET", self.FOLDERS_URL) or []:
            if folder.get("name") == name:
                return int(folder["id"])
        if not create:
            return None
        folder = self._request("POST", self.FOLDERS_URL, write=True, json={"name": name})
        return int(folder["id"])

    def responses(self, folder_id: int) -> list[dict[str, Any]]:
        """The canned responses in a folder."""
        url = self.FOLDER_RESPONSES_URL.format(folder_id=folder_id)
        return list(self._request("GET", url) or [])

    def save_response(self, reply: CannedReply, folder_id: int, response_id: int | None) -> None:
        """Create or update the canned response for ``reply``, visible to all agents."""
        body = {"title": reply.title, "content_html": _html(reply.text)}
        if response_id is None:
            body |= {"folder_id": folder_id, "visibility": 0}
            self._request("POST", self.RESPONSES_URL, write=True, json=body)
        else:
            url = self.RESPONSE_URL.format(response_id=response_id)
            self._request("PUT", url, write=True, json=body)


def _html(text: str) -> str:
    # Placeholders contain no HTML specials, so escaping keeps them intact.
    return "<div>" + html.escape(text).replace("\n", "<br>") + "</div>"


def push(
    config: Config,
    policy: Policy,
    store: TemplateStore,
    out: IO[str],
    *,
    helpdesks: Iterable[str] = ("zendesk", "freshdesk"),
    languages: Iterable[str] | None = None,
    dry_run: bool = False,
) -> int:
    """Push the reply templates to each helpdesk with API credentials.

    Raises ``BrokenTemplate`` before any call when a template does not render, and the
    clients' ``HelpdeskError`` when a call fails (what was pushed before it stays pushed).
    """
    wanted = tuple(languages or (policy.language,))
    for language in wanted:
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
    for name in helpdesks:
        settings = config.helpdesks[name]
        if settings.credentials is None:
            out.write(t("push_skipped", helpdesk=name) + "\n")
            continue
        replies = canned_replies(store, policy, name, wanted)
        if dry_run or settings.dry_run:
            for reply in replies:
                out.write(
                    t("push_would", helpdesk=name, title=reply.title, template=_where(reply)) + "\n"
                )
            continue
        timeout = config.http_timeout
        if name == "zendesk":
            _push_zendesk(ZendeskMacros(settings.credentials, timeout=timeout), replies, out)
        else:
            client = FreshdeskCannedResponses(settings.credentials, timeout=timeout)
            _push_freshdesk(client, replies, out)
    return 0


def _where(reply: CannedReply) -> str:
    return f"{reply.language}/{reply.name}"


def _push_zendesk(client: ZendeskMacros, replies: list[CannedReply], out: IO[str]) -> None:
    existing = {m.get("title"): m for m in client.macros()}
    for reply in replies:
        macro = existing.get(reply.title)
        if macro is None:
            client.save_macro(reply, None)
            out.write(t("push_macro_created", title=reply.title) + "\n")
            continue
        actions = macro.get("actions") or []
        current = next((a.get("value") for a in actions if a.get("field") == "comment_value"), None)
        if current == reply.text and len(actions) == 1 and macro.get("active"):
            out.write(t("push_macro_unchanged", title=reply.title) + "\n")
            continue
        client.save_macro(reply, int(macro["id"]))
        out.write(t("push_macro_updated", title=reply.title) + "\n")


def _push_freshdesk(
    client: FreshdeskCannedResponses, replies: list[CannedReply], out: IO[str]
) -> None:
    folder_id = client.folder_id(FRESHDESK_FOLDER, create=True)
    assert folder_id is not None
    existing = {r.get("title"): r for r in client.responses(folder_id)}
    for reply in replies:
        response = existing.get(reply.title)
        if response is None:
            client.save_response(reply, folder_id, None)
            out.write(t("push_canned_created", title=reply.title) + "\n")
        elif response.get("content_html") == _html(reply.text):
            out.write(t("push_canned_unchanged", title=reply.title) + "\n")
        else:
            client.save_response(reply, folder_id, int(response["id"]))
            out.write(t("push_canned_updated", title=reply.title) + "\n")
