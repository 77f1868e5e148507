"""Template and policy problems in plain words, in the page's language.

The checks (``worker.template_check``, ``worker.policy``) describe each problem as a kind and
values; here each kind becomes a sentence from the message tables (``problem_<kind>``,
``policy_problem_<code>``), with a suggestion where one was found. The engine's own English
stays available as ``detail``, which the page folds away: it helps a developer, and a support
lead never has to read it.
"""

from __future__ import annotations

from dataclasses import dataclass

from worker.admin.i18n import has_message, translate
from worker.policy import PolicyError
from worker.replies import TemplateIssue


@dataclass(frozen=True)
class Problem:
    """One problem as the page shows it."""

    line: int | None
    message: str
    detail: str
    field: str = ""


def template_problem(issue: TemplateIssue, language: str) -> Problem:
    """``issue`` in plain words (unknown kinds fall back to a general sentence)."""
    values = issue.values
    key = f"problem_{issue.kind}"
    if issue.kind == "unknown_attribute" and not values.get("owner"):
        key = "problem_unknown_attribute_plain"
    if not has_message(key):
        key = "problem_other"
    parts = [translate(language, key, **values)]
    if values.get("hint"):
        parts.append(translate(language, "problem_hint", hint=values["hint"]))
    follow = f"{key}_more"
    if has_message(follow):
        parts.append(translate(language, follow, **values))
    return Problem(issue.line, _join(parts, language), issue.message)


def policy_problem(error: PolicyError, language: str) -> Problem:
    """A policy's problem in plain words, with its line and field."""
    values = dict(error.params)
    key = f"policy_problem_{error.code}"
    if not has_message(key):
        key = "policy_problem_other"
    parts = [translate(language, key, **values)]
    if values.get("hint"):
        parts.append(translate(language, "policy_problem_hint", hint=values["hint"]))
    got_kind = values.get("got_kind")
    if got_kind and has_message(f"policy_got_{got_kind}"):
        parts.append(translate(language, f"policy_got_{got_kind}", **values))
    return Problem(error.line, _join(parts, language), str(error), error.field)


def _join(parts: list[str], language: str) -> str:
    return ("" if language == "ja" else " ").join(p for p in parts if p)
