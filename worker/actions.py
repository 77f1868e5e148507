"""Turn an assessment into the actions the policy asks for. Pure: no clock, no network.

``plan`` decides *what* to write (tags, a private note with the evidence, the policy clauses and
a suggested reply, escalation); the integration clients decide *how* to write it with the
fewest calls. What each level does comes from the policy (``Policy.actions_for``):

- ``none``: nothing;
- ``low``: tags only (by default);
- ``medium``: tags and the internal note, with the reply the policy suggests;
- ``high``: as medium, plus ``Escalation`` and the supervisors' escalation note in the note.

Observe-only policies get tags only. The one reply that may go to a customer by itself is the
after-hours acknowledgement, when the policy turns it on and ``after_hours`` is the only
category; everything restrictive (final notice, refusal) is only ever suggested in the note.
A broken template never yields half a text: the note names the template instead.

Templates are read through a ``TemplateStore``: by default the admin page's saved versions over
the files under ``templates/`` (``worker.template_store.default_store``), looked up per plan so
every worker uses an edit at once.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from worker.categories import CATEGORIES
from worker.model import ActionSet, TicketEvent
from worker.policy import NO_REPLY, REPLY_BY_CATEGORY, Policy
from worker.replies import (
    LEVEL_LABELS,
    MAX_QUOTE_CHARS,
    PRIORITY_LABELS,
    TEMPLATE_TITLES,
    BrokenTemplate,
    ReplyContext,
    TemplateIssue,
    TemplateStore,
    category_label,
    render,
)
from worker.scoring.types import Assessment
from worker.template_store import default_store

TAG_PREFIX = "kasuhara_"
ESCALATED_TAG = f"{TAG_PREFIX}escalated"
"""Added when a level escalates, beside the category and level tags."""

REPLY_PRIORITY: tuple[str, ...] = (
    "threat",
    "exposure_threat",
    "discrimination_sexual",
    "abuse",
    "intimidation",
    "privacy",
    "staff_attack",
    "dogeza",
    "money",
    "punish_staff",
    "restraint",
    "repeat",
    "excessive_demand",
    "after_hours",
)
"""When several categories are found, the reply answers the first of them in this order:
conduct against people before demands, demands before context signals."""

CRIMINAL_CATEGORIES = frozenset({"threat", "exposure_threat"})
"""Categories that may be a criminal offence (脅迫: harm to life, body, liberty, honour or
property), where Tokyo's manual brings in the police and lawyers."""

AFTER_HOURS_ACK = "after_hours_ack"

HELPDESK_NAMES = {"zendesk": "Zendesk", "freshdesk": "Freshdesk"}


def tags_for(assessment: Assessment) -> tuple[str, ...]:
    """``kasuhara_<category>`` for each category, then ``kasuhara_level_<level>``."""
    return tuple(f"{TAG_PREFIX}{c}" for c in assessment.categories) + (
        f"{TAG_PREFIX}level_{assessment.level}",
    )


def within_policy(assessment: Assessment, policy: Policy) -> Assessment:
    """The assessment without categories the policy does not enable.

    The scorer already skips disabled categories; this keeps the planner right on its own, so
    a company's policy decides what is tagged whatever scorer produced the assessment. When
    nothing enabled remains, the level drops to ``none``.
    """
    categories = tuple(c for c in assessment.categories if c in policy.enabled_categories)
    if categories == assessment.categories:
        return assessment
    findings = tuple(f for f in assessment.findings if f.category in policy.enabled_categories)
    if not categories:
        return Assessment(level="none", score=0.0)
    return replace(assessment, categories=categories, findings=findings)


def reply_template_for(assessment: Assessment, policy: Policy) -> str | None:
    """The reply the policy suggests at this level for these categories (``None``: no reply)."""
    choice = policy.actions_for(assessment.level).reply
    if choice == NO_REPLY:
        return None
    if choice != REPLY_BY_CATEGORY:
        return choice
    found = set(assessment.categories)
    lead = next((c for c in REPLY_PRIORITY if c in found), None)
    return policy.reply_for(lead) if lead else None


def reply_context(assessment: Assessment, policy: Policy, event: TicketEvent) -> ReplyContext:
    """The documented, flat values templates see for this ticket (no event, no config)."""
    language = policy.language
    ja = language == "ja"
    name = (event.requester_name or "").strip()
    findings = tuple(
        {
            "category": f.category,
            "label": category_label(f.category, language),
            "quote": _cut(f.quote),
            "reason": f.reason,
            "clause": policy.clause_for(f.category) or f.clause,
        }
        for f in assessment.findings
    )
    action = policy.actions_for(assessment.level)
    priority = policy.escalation.priority or "urgent"
    call_limit = ""
    if policy.call_limit_minutes:
        call_limit = _duration(policy.call_limit_minutes, language)
    return ReplyContext(
        ticket_id=event.ticket_id,
        helpdesk=HELPDESK_NAMES.get(event.helpdesk, event.helpdesk),
        requester_name=name,
        addressee=(f"{name} 様" if ja else f"Dear {name},")
        if name
        else ("お客様" if ja else "Dear customer,"),
        company_name=policy.company_name,
        agent_signature=policy.agent_signature or ("サポート窓口" if ja else "Customer Support"),
        policy_name=policy.name,
        policy_title=policy.title or policy.name,
        business_hours=policy.calendar.describe(language),
        call_limit=call_limit,
        level=assessment.level,
        level_label=LEVEL_LABELS[language].get(assessment.level, assessment.level),
        categories=tuple(category_label(c, language) for c in assessment.categories),
        category_keys=tuple(c for c in CATEGORIES if c in assessment.categories),
        findings=findings,
        criminal=bool(CRIMINAL_CATEGORIES & set(assessment.categories)),
        company_responses=policy.responses,
        escalated=action.escalate,
        escalation_priority=PRIORITY_LABELS[language].get(priority, priority),
        scorer_notes=scorer_notes(assessment, language),
    )


_SCORER_NOTES = {
    "ja": {
        "language": "この文面は日本語・英語以外（{code}）のため、規則のみで判定しました"
        "（学習モデルは日本語と英語だけを判定します）。",
        "partial": "本文が非常に長いため、先頭の一部だけを判定しました。",
        "unfamiliar": "文面の大半が学習データにない表現のため、学習モデルは判定していません。",
        "review": "長い文面の中で重大な類型の根拠が弱いため（他に問題行為のない語句一つ、または学習"
        "モデルの判定のみ）、エスカレーションせず担当者の確認に回しました。引用箇所を文脈の中でご確認"
        "ください。",
    },
    "en": {
        "language": "This message is in a language other than Japanese or English ({code}): "
        "only the rules judged it (the learned layer reads Japanese and English).",
        "partial": "The body is very long: only its first part was judged.",
        "unfamiliar": "Most of this text is unlike anything the learned layer was trained on: "
        "it did not judge it.",
        "review": "A severe category on thin evidence in a long message (one phrase and no other "
        "conduct, or the learned layer alone): held for a person to review instead of escalated. "
        "Please read the quoted words in their context.",
    },
}


def scorer_notes(assessment: Assessment, language: str) -> tuple[str, ...]:
    """The scorer's caveats about its own verdict, in the policy's language."""
    texts = _SCORER_NOTES.get(language, _SCORER_NOTES["en"])
    out = []
    for note in assessment.notes:
        key, _, code = note.partition(":")
        if key in texts:
            out.append(texts[key].format(code=code))
    return tuple(out)


def plan(
    assessment: Assessment,
    policy: Policy,
    event: TicketEvent,
    *,
    store: TemplateStore | None = None,
) -> ActionSet:
    """What to write back for ``event`` under ``policy``.

    ``store`` overrides where templates come from (tests, previews); by default the admin
    page's saved versions over the files in ``templates/``.
    """
    store = store or default_store()
    # Judged on what the scorer saw, before the policy's filter: a message that also showed
    # conduct this company does not list still gets no automatic reply.
    only_after_hours = assessment.categories == ("after_hours",)
    assessment = within_policy(assessment, policy)
    if not assessment.flagged:
        return ActionSet()
    action = policy.actions_for(assessment.level)
    tags = tags_for(assessment) if action.tags else ()
    if policy.observe_only:
        return ActionSet(tags=tags)

    context = reply_context(assessment, policy, event)
    language = policy.language
    broken: list[BrokenTemplate] = []

    public_reply = None
    if policy.auto_after_hours_reply and only_after_hours:
        try:
            public_reply = render(store, language, AFTER_HOURS_ACK, context)
        except BrokenTemplate as exc:
            broken.append(exc)

    escalation = policy.escalation if action.escalate else None
    if escalation:
        tags += (ESCALATED_TAG,)  # lets supervisors build a view of escalated tickets

    # Supervisors need the evidence with an escalation, and a broken template must be reported
    # somewhere, so either one brings the note even where the level's note is off.
    if not (action.note or escalation or broken):
        return ActionSet(tags=tags, public_reply=public_reply)
    note = _note(assessment, policy, context, store, broken, public_reply is not None)
    return ActionSet(tags=tags, private_note=note, escalation=escalation, public_reply=public_reply)


def _note(
    assessment: Assessment,
    policy: Policy,
    context: ReplyContext,
    store: TemplateStore,
    broken: list[BrokenTemplate],
    auto_reply_sent: bool,
) -> str:
    language = policy.language
    parts: dict[str, Any] = {"auto_reply_sent": auto_reply_sent}
    action = policy.actions_for(assessment.level)

    reply_name = reply_template_for(assessment, policy) if action.note else None
    if reply_name and not (auto_reply_sent and reply_name == AFTER_HOURS_ACK):
        try:
            parts["suggested_reply"] = render(store, language, reply_name, context)
            parts["suggested_reply_template"] = reply_name
            parts["suggested_reply_title"] = TEMPLATE_TITLES[language].get(reply_name, reply_name)
        except BrokenTemplate as exc:
            broken.append(exc)

    if action.escalate:
        try:
            parts["escalation_note"] = render(store, language, "escalation_note", context)
        except BrokenTemplate as exc:
            broken.append(exc)

    parts["broken_templates"] = tuple(
        {"name": b.name, "line": b.issue.line or 0, "message": _plain(b.issue, language)}
        for b in broken
    )
    full = replace(context, **parts)
    try:
        return render(store, language, "internal_note", full)
    except BrokenTemplate as exc:
        return _fallback_note(full, exc)


def _plain(issue: TemplateIssue, language: str) -> str:
    """A template's problem in the words the admin page uses (agents read the note, and an
    admin fixes the template from it): never the engine's English."""
    from worker.admin import problems  # the admin package reaches back here through its pages

    return problems.template_problem(issue, language).message


def _where(issue: TemplateIssue, ja: bool) -> str:
    if not issue.line:
        return ""
    return f"{issue.line}行目: " if ja else f"line {issue.line}: "


def _fallback_note(context: ReplyContext, failure: BrokenTemplate) -> str:
    """The note when its own template is broken: plain evidence, the problem named, no template."""
    ja = failure.language == "ja"
    lines = [
        f"【kasuguard】カスタマーハラスメントのおそれがあります（レベル: {context.level_label}）"
        if ja
        else f"[kasuguard] Possible customer harassment (level: {context.level_label})",
        (
            f"⚠ 内部メモのテンプレート「{failure.name}」が壊れているため、簡易形式で表示しています"
            f"（{_where(failure.issue, ja)}{_plain(failure.issue, 'ja')}）。"
            "管理画面でテンプレートを修正してください。"
        )
        if ja
        else (
            f'WARNING: the internal note template "{failure.name}" is broken '
            f"({_where(failure.issue, ja)}{_plain(failure.issue, 'en')}); "
            "showing a plain note. Please fix it on the admin page."
        ),
        "",
    ]
    for finding in context.findings:
        quote = f"「{finding['quote']}」" if ja else f'"{finding["quote"]}"'
        lines.append(f"- {finding['label']}: {quote} {finding['reason']}")
        if finding["clause"]:
            lines.append(f"  {'方針の該当条項' if ja else 'Policy clause'}: {finding['clause']}")
    for item in context.broken_templates:
        lines.append(
            f"⚠ テンプレート「{item['name']}」も壊れています（{item['message']}）。"
            if ja
            else f'WARNING: the template "{item["name"]}" is broken too ({item["message"]}).'
        )
    for block in (context.escalation_note, context.suggested_reply):
        if block:
            lines += ["", block.rstrip()]
    return "\n".join(lines) + "\n"


def _cut(quote: str) -> str:
    return quote if len(quote) <= MAX_QUOTE_CHARS else quote[: MAX_QUOTE_CHARS - 1] + "…"


def _duration(minutes: int, language: str) -> str:
    hours, rest = divmod(minutes, 60)
    if language == "ja":
        return f"{hours}時間" if hours and not rest else f"{minutes}分"
    if hours and not rest:
        return "one hour" if hours == 1 else f"{hours} hours"
    return f"{minutes} minutes"
