"""The level table, applied to category sets."""

from __future__ import annotations

import pytest

from worker.scoring.levels import decide_level, score_for


@pytest.mark.parametrize(
    ("categories", "kneeling", "mild", "level"),
    [
        (set(), False, False, "none"),
        ({"after_hours"}, False, False, "low"),
        ({"abuse"}, False, True, "low"),
        ({"abuse"}, False, False, "medium"),
        ({"money", "punish_staff"}, False, False, "medium"),
        ({"money", "after_hours"}, False, False, "medium"),
        ({"repeat", "after_hours"}, False, False, "medium"),
        ({"repeat"}, False, False, "medium"),
        ({"repeat", "money"}, False, False, "high"),
        ({"dogeza"}, False, False, "medium"),
        ({"dogeza"}, True, False, "high"),
        ({"threat"}, False, False, "high"),
        ({"exposure_threat"}, False, False, "high"),
        ({"privacy"}, False, False, "high"),
        ({"discrimination_sexual"}, False, False, "high"),
        ({"abuse", "money", "restraint"}, False, False, "high"),
    ],
)
def test_level_table(categories, kneeling, mild, level) -> None:
    assert decide_level(frozenset(categories), kneeling=kneeling, mild_abuse_only=mild) == level


def test_score_orders_levels_and_weights_never_exceed_one() -> None:
    low = score_for("low", frozenset({"after_hours"}), {})
    medium = score_for("medium", frozenset({"money"}), {})
    high = score_for("high", frozenset({"threat", "abuse"}), {})
    assert 0 < low < medium < high <= 1
    assert score_for("high", frozenset({"threat"}), {"threat": 5.0}) <= 1.0
    assert score_for("medium", frozenset({"money"}), {"money": 0.5}) < medium
    assert score_for("none", frozenset(), {}) == 0.0
