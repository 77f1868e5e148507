"""The learned layer's thresholds follow from out-of-fold scores at the stated rates.

Synthetic scores (no training): each threshold is the quantile the docstrings of
``worker.training`` promise, over the messages it is about, and no other.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from worker.training import (
    FILL_FALSE_ALARMS,
    LONE_DROP_MISSES,
    LONE_REVIEW_MISSES,
    RuleVerdict,
    choose_thresholds,
)


def _case(score: float, level: str, **verdict: bool) -> tuple[float, SimpleNamespace, RuleVerdict]:
    message = SimpleNamespace(harassment=level in ("medium", "high"), level=level)
    flags = {"silent": False, "weak": False} | verdict
    return score, message, RuleVerdict(**flags)


def _choose(cases):
    scores, messages, verdicts = zip(*cases, strict=True)
    return choose_thresholds(np.array(scores), list(messages), list(verdicts))


def test_long_legitimate_letters_get_their_own_fill_threshold() -> None:
    short = [_case(s, "none", silent=True) for s in np.linspace(0.0, 0.7, 200)]
    long = [_case(s, "none", silent=True, long=True) for s in np.linspace(0.3, 0.98, 200)]
    chosen = _choose(short + long)
    every = np.linspace(0.0, 0.7, 200).tolist() + np.linspace(0.3, 0.98, 200).tolist()
    assert chosen["fill"] == pytest.approx(np.quantile(every, 1 - FILL_FALSE_ALARMS), abs=1e-4)
    expected_long = np.quantile(np.linspace(0.3, 0.98, 200), 1 - FILL_FALSE_ALARMS)
    assert chosen["fill_long"] == pytest.approx(expected_long, abs=1e-4)
    assert chosen["fill_long"] > chosen["fill"]


def test_lone_severe_thresholds_come_from_real_severe_lines_only() -> None:
    high = [_case(s, "high", lone_severe=True) for s in np.linspace(0.5, 1.0, 100)]
    medium = [_case(s, "medium", lone_severe=True) for s in np.linspace(0.0, 0.4, 10)]
    # Legitimate lines with a lone severe phrase must not move either threshold.
    legitimate = [_case(0.01, "none", lone_severe=True) for _ in range(50)]
    silent = [_case(0.2, "none", silent=True) for _ in range(10)]
    chosen = _choose(high + medium + legitimate + silent)
    harassing = np.linspace(0.5, 1.0, 100).tolist() + np.linspace(0.0, 0.4, 10).tolist()
    drop = np.quantile(harassing, LONE_DROP_MISSES)
    review = np.quantile(np.linspace(0.5, 1.0, 100), LONE_REVIEW_MISSES)
    assert chosen["lone_drop"] == pytest.approx(drop, abs=1e-4)
    assert chosen["lone_review"] == pytest.approx(review, abs=1e-4)
    assert chosen["lone_drop"] <= chosen["lone_review"]
