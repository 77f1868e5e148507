"""The in-repo corpora: ``worker/scoring/corpus/*.jsonl`` and the blind set ``blind/blind.jsonl``.

Both were written by other hands than the rules, from the contract and the seed policies only,
in many styles (dialects, keigo, chat, typos, non-native English). They need no ``../shared``, so
these checks run on every clone. Each legitimate corpus line is its own test: a wrong accusation
is named (build part only). Aggregate floors sit just under the figures measured when they
were set. The corpus's
held-out part (~30% by id hash, as for the dev set) and the whole blind set were never read while
writing rules: they are the honest estimate of accuracy on unseen tickets, so the blind set is
checked in aggregate only (a per-line test would print its lines).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.scoring.conftest import assert_floor, assert_fp_ceiling
from worker.evaluation import evaluate, load_scenarios, score_scenario, split_of
from worker.policy import load_policy
from worker.scoring.classifier import CORPUS_DIR

HERE = Path(__file__).parent


def _load(paths: list[Path]) -> list[dict]:
    return [scenario for path in paths for scenario in load_scenarios(str(path))]


SCENARIOS = _load(sorted(CORPUS_DIR.glob("*.jsonl")))
BLIND = _load([HERE / "blind" / "blind.jsonl"])
# Build-split lines only: a failing held-out line would print its text.
LEGITIMATE = [
    s
    for s in SCENARIOS
    if s["expected"]["level"] in ("none", "low") and split_of(s["id"]) == "build"
]

# (split, slice, metric) -> floor; "blind" is the whole blind set.
FLOORS: dict[tuple[str, str, str], float] = {
    # measured on the whole corpus (the model trained on its build part): F1 0.939
    # (ja 0.961, en 0.893), exact 0.906, macro-F1 0.876
    ("all", "all", "f1"): 0.93,
    ("all", "ja", "f1"): 0.95,
    ("all", "en", "f1"): 0.88,
    ("all", "all", "exact"): 0.895,
    ("all", "all", "macro_f1"): 0.865,
    # held-out part: F1 0.846 (precision 0.973), exact 0.767, macro-F1 0.694
    ("held", "all", "f1"): 0.835,
    ("held", "all", "precision"): 0.96,
    ("held", "all", "exact"): 0.755,
    ("held", "all", "macro_f1"): 0.68,
    # blind set: F1 0.855 (precision 0.949), exact 0.808, macro-F1 0.735
    ("blind", "all", "f1"): 0.845,
    ("blind", "all", "precision"): 0.94,
    ("blind", "all", "exact"): 0.795,
    ("blind", "all", "macro_f1"): 0.72,
}
# Wrong accusations (none/low scored medium or high): measured 1.5% on the whole corpus, 3.9% on
# its held-out part, 6.2% on the blind set (3 of 48). Above the dev set's 0%: see README.
FP_CEILING: dict[str, float] = {"all": 0.02, "held": 0.045, "blind": 0.065}


@pytest.fixture(scope="module")
def results():
    policy = load_policy()
    figures = {split: evaluate(SCENARIOS, policy, split) for split in ("all", "held")}
    figures["blind"] = evaluate(BLIND, policy)
    return figures


def test_corpora_are_present_with_unique_ids() -> None:
    assert SCENARIOS and BLIND
    ids = [s["id"] for s in SCENARIOS + BLIND]
    assert len(ids) == len(set(ids)), "duplicate ids across the corpora"


@pytest.mark.parametrize("scenario", LEGITIMATE, ids=[s["id"] for s in LEGITIMATE])
def test_legitimate_message_is_not_accused(scenario: dict) -> None:
    result = score_scenario(scenario, load_policy())
    assert result.level in ("none", "low"), (scenario["why"], result.level, result.categories)


@pytest.mark.parametrize(("key", "floor"), sorted(FLOORS.items()))
def test_floor(results, key, floor) -> None:
    assert_floor(results, key, floor)


@pytest.mark.parametrize(("split", "ceiling"), sorted(FP_CEILING.items()))
def test_false_positive_ceiling(results, split, ceiling) -> None:
    assert_fp_ceiling(results, split, ceiling)
