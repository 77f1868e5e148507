"""The level table of the dev README / spec, and the score.

| level  | rule |
|--------|------|
| none   | no categories |
| low    | only ``after_hours``, or only ``abuse`` for one mild rude word in a fair complaint |
| medium | clear conduct in one or two categories (``after_hours`` + one of them, or
|          ``repeat`` + ``after_hours`` alone, is medium too) |
| high   | threat, exposure_threat, privacy or discrimination_sexual; dogeza demanding kneeling;
|          three or more categories; repeat combined with any other conduct |
"""

from __future__ import annotations

from collections.abc import Mapping

from worker.categories import LEVELS

__all__ = ["SEVERE", "decide_level", "score_for"]

SEVERE = frozenset({"threat", "exposure_threat", "privacy", "discrimination_sexual"})
_CONTEXT = frozenset({"repeat", "after_hours"})
_BASE = {"none": 0.0, "low": 0.3, "medium": 0.6, "high": 0.85}


def decide_level(categories: frozenset[str], *, kneeling: bool, mild_abuse_only: bool) -> str:
    """Apply the level table to a set of categories."""
    if not categories:
        return "none"
    conduct = categories - _CONTEXT
    if (
        categories & SEVERE
        or ("dogeza" in categories and kneeling)
        or len(categories) >= 3
        or ("repeat" in categories and conduct)
    ):
        return "high"
    if categories == {"after_hours"}:
        return "low"
    if categories == {"abuse"} and mild_abuse_only:
        return "low"
    return "medium"


def score_for(level: str, categories: frozenset[str], weights: Mapping[str, float]) -> float:
    """A 0–1 score: the level's base, a little more per extra category, scaled by policy weights.

    Weights (``policy.category_weights``) scale the score only; they never change the level,
    so a company cannot weigh a legitimate complaint into an accusation.
    """
    base = _BASE[level] + 0.03 * max(len(categories) - 1, 0)
    if categories and weights:
        factor = max(float(weights.get(c, 1.0)) for c in categories)
        base *= min(max(factor, 0.0), 1.5)
    return round(min(base, 1.0), 4) if level in LEVELS else 0.0
