"""``kasuguard dry-run [--json]``: what kasuguard would have written, as the agent would see it.

By default a person reads it: per recorded action the helpdesk, ticket and time (in the policy's
time zone), the tags, the escalation, then the internal note as its real lines (it ends with the
suggested reply). ``--json`` prints JSON Lines instead: one record per line, each valid JSON, the
note a single string, for tools.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any, TextIO

from worker.cli_text import local_time, priority, t


def write_json_lines(records: Iterable[dict[str, Any]], out: TextIO) -> None:
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")


def _when(record: dict[str, Any], zone: str) -> str:
    try:
        return local_time(datetime.fromisoformat(str(record.get("at"))), zone)
    except ValueError:
        return str(record.get("at", "-"))


def write_text(records: list[dict[str, Any]], out: TextIO, zone: str) -> None:
    """Each record as the agent will see it, newest first."""
    if not records:
        out.write(t("dr_none") + "\n")
        return
    for record in records:
        action = record.get("action")
        out.write(
            t(
                "dr_header",
                at=_when(record, zone),
                helpdesk=record.get("helpdesk", "?"),
                ticket_id=record.get("ticket_id", "?"),
                action=t("dr_public_reply") if action == "public-reply" else t("dr_write_back"),
            )
            + "\n"
        )
        if action == "public-reply":
            out.write(t("dr_reply") + "\n")
            _indented(str(record.get("public_reply") or ""), out)
            out.write("\n")
            continue
        tags = record.get("tags") or []
        out.write((t("dr_tags", tags=", ".join(tags)) if tags else t("dr_no_tags")) + "\n")
        escalation = record.get("escalation")
        if escalation:
            group = escalation.get("group_id")
            out.write(
                t(
                    "dr_escalation",
                    priority=priority(str(escalation.get("priority"))),
                    group=t("dr_group", group=group) if group else "",
                )
                + "\n"
            )
        note = record.get("private_note")
        if note:
            out.write(t("dr_note") + "\n")
            _indented(str(note), out)
        else:
            out.write(t("dr_no_note") + "\n")
        out.write("\n")
    out.write(t("dr_count", n=len(records)) + "\n")


def _indented(text: str, out: TextIO) -> None:
    for line in text.rstrip("\n").splitlines():
        out.write(f"    {line}".rstrip() + "\n")
