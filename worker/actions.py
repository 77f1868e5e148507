"""Turn an assessment into the actions the policy asks for. Pure: no I/O.

``plan`` decides *what* to write (tags, a private note with the evidence and a suggested
reply, escalation); the integration clients decide *how* to write it with the fewest calls.
"""

from __future__ import annotations

from worker.model import ActionSet, Escalation, TicketEvent
from worker.policy import Policy
from worker.scoring.types import Assessment

TAG_PREFIX = "kasuhara_"


def tags_for(assessment: Assessment) -> tuple[str, ...]:
    """``kasuhara_<category>`` for each category, then ``kasuhara_level_<level>``."""
    return tuple(f"{TAG_PREFIX}{c}" for c in assessment.categories) + (
        f"{TAG_PREFIX}level_{assessment.level}",
    )


def render_note(assessment: Assessment, policy: Policy) -> str:
    """The internal note: level, each finding with its quote and policy clause."""
    lines = [
        "【kasuguard】カスタマーハラスメントの可能性があります",
        f"レベル: {assessment.level}",
        "",
        "根拠:",
    ]
    for finding in assessment.findings:
        lines.append(f"・{finding.category}: 「{finding.quote}」 — {finding.reason}")
        if finding.clause:
            lines.append(f"  方針の該当条項: {finding.clause}")
    lines += [
        "",
        "推奨される返信（担当者が確認のうえ送信してください）:",
        "お問い合わせいただきありがとうございます。ご要望の内容は確認いたしましたが、"
        "このような表現でのご連絡には対応いたしかねます。引き続き誠実に対応いたしますので、"
        "ご用件を具体的にお知らせください。",
    ]
    return "\n".join(lines)


def plan(assessment: Assessment, policy: Policy, event: TicketEvent) -> ActionSet:
    """What to write back for ``event``: nothing for ``none``, tags for ``low``, more above."""
    if not assessment.flagged:
        return ActionSet()
    tags = tags_for(assessment)
    if assessment.level == "low" or policy.observe_only:
        return ActionSet(tags=tags)
    escalation = Escalation(priority="urgent") if assessment.level == "high" else None
    return ActionSet(tags=tags, private_note=render_note(assessment, policy), escalation=escalation)
