"""Regression floors on the labelled dev set (``../shared/data/dev/scenarios.jsonl``).

Floors sit a little below the figures measured when this test was written, so a drop is a
real regression.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.scoring.conftest import assert_floor, assert_fp_ceiling
from worker.evaluation import evaluate
from worker.policy import load_policy

REPO = Path(__file__).resolve().parents[2]
DEV_SET = REPO.parent / "shared" / "data" / "dev" / "scenarios.jsonl"

pytestmark = [
    pytest.mark.needs_shared,
    pytest.mark.skipif(
        not DEV_SET.exists(), reason=f"dev set not found at {DEV_SET} (clone without ../shared)"
    ),
]

# (split, slice, metric) -> floor. The learned layer is trained on these lines too, so these are
# in-sample regression floors; the honest figure for this writer is its leave-one-writer-out row
# in README. Measured: F1 0.988 (ja 0.984, en 1.000), macro-F1 0.951 (ja 0.960, en 0.923),
# exact 0.938 (ja 0.946, en 0.916), within one 0.985.
FLOORS = {
    ("all", "all", "f1"): 0.98,
    ("all", "ja", "f1"): 0.975,
    ("all", "en", "f1"): 0.99,
    ("all", "all", "macro_f1"): 0.94,
    ("all", "en", "macro_f1"): 0.91,
    ("all", "ja", "macro_f1"): 0.95,
    ("all", "all", "exact"): 0.93,
    ("all", "ja", "exact"): 0.94,
    ("all", "en", "exact"): 0.90,
    ("all", "all", "within_one"): 0.975,
}
# Wrong accusations: none/low scenarios scored medium or high (measured 0%).
FP_CEILING = {"all": 0.0}


@pytest.fixture(scope="module")
def results():
    scenarios = [json.loads(line) for line in DEV_SET.read_text(encoding="utf-8").splitlines()]
    policy = load_policy()
    return {"all": evaluate(scenarios, policy)}


@pytest.mark.parametrize(("key", "floor"), sorted(FLOORS.items()))
def test_floor(results, key, floor) -> None:
    assert_floor(results, key, floor)


@pytest.mark.parametrize(("split", "ceiling"), sorted(FP_CEILING.items()))
def test_false_positive_ceiling(results, split, ceiling) -> None:
    assert_fp_ceiling(results, split, ceiling)
