"""The labelled corpus (``worker/scoring/corpus/``) and the older blind set (``blind/blind.jsonl``).

The corpus is the learned layer's training data, so figures on it are *in sample*: the floors
below only guard against a regression. The honest figures — leave-one-writer-out, the fresh
blind set, the public toxicity set — come from ``kasuguard eval`` and are in README's
"Accuracy" section. The older blind set was never trained on and never read while writing rules,
so it is checked in aggregate only (a per-line test would print its lines).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from tests.scoring.conftest import assert_floor, assert_fp_ceiling
from worker.categories import CATEGORIES, LEVELS
from worker.evaluation import evaluate
from worker.policy import load_policy
from worker.scoring.corpus import CORPUS_DIR, corpus_files, labelled, load_scenarios
from worker.scoring.levels import decide_level

HERE = Path(__file__).parent
ITEMS = list(labelled(corpus_files()))
SCENARIOS = [item.scenario for item in ITEMS]
BLIND = list(load_scenarios(HERE / "blind" / "blind.jsonl"))
FRESH = list(load_scenarios(HERE / "blind" / "fresh.jsonl"))
LONG = list(load_scenarios(HERE / "blind" / "long_complaints.jsonl"))

# (set, slice, metric) -> floor, a little under the figures measured when they were set.
FLOORS: dict[tuple[str, str, str], float] = {
    # the corpus, in sample: F1 0.921 (ja 0.931, en 0.895), macro-F1 0.817, exact 0.888
    ("all", "all", "f1"): 0.91,
    ("all", "ja", "f1"): 0.92,
    ("all", "en", "f1"): 0.885,
    ("all", "all", "macro_f1"): 0.80,
    ("all", "all", "exact"): 0.875,
    # the 2025 blind set: F1 0.901 (precision 1.000), exact 0.850, macro-F1 0.791
    ("blind", "all", "f1"): 0.89,
    ("blind", "all", "precision"): 0.99,
    ("blind", "all", "exact"): 0.84,
    ("blind", "all", "macro_f1"): 0.78,
    # the 2026 fresh blind set, scored with this release's frozen weights: F1 0.937 (ja 0.950,
    # en 0.897), precision 0.995, exact 0.881, macro-F1 0.826 (the first release: 0.925)
    ("fresh", "all", "f1"): 0.925,
    ("fresh", "ja", "f1"): 0.94,
    ("fresh", "en", "f1"): 0.885,
    ("fresh", "all", "precision"): 0.985,
    ("fresh", "all", "exact"): 0.87,
    ("fresh", "all", "macro_f1"): 0.815,
}
# Legitimate (none/low) lines scored medium or high, per language slice. Measured: the 2025
# blind set 0%, the fresh set 0.4% (en 2.0%), the long complaints 3.3% (en 5.3%, ja 1.3%) — the
# last above the 1% the issue asks for (README).
FP_CEILING: dict[str, float] = {"all": 0.06, "blind": 0.0, "fresh": 0.025, "long": 0.06}


@pytest.mark.parametrize("split", ["blind", "fresh", "long"])
def test_no_legitimate_blind_line_is_escalated(results, split) -> None:
    """A wrong escalation sends a customer to the supervisors: none in any blind set."""
    assert results[split]["all"].benign_escalated == 0


@pytest.fixture(scope="module")
def results():
    policy = load_policy()
    return {
        "all": evaluate(SCENARIOS, policy),
        "blind": evaluate(BLIND, policy),
        "fresh": evaluate(FRESH, policy),
        "long": evaluate(LONG, policy),
    }


def test_corpus_and_blind_set_have_unique_ids() -> None:
    assert SCENARIOS and BLIND and FRESH and LONG
    ids = [s["id"] for s in SCENARIOS + BLIND + FRESH + LONG]
    duplicates = [i for i, n in Counter(ids).items() if n > 1]
    assert not duplicates, duplicates[:5]


def test_every_line_is_labelled_by_the_contract() -> None:
    for s in SCENARIOS:
        cats, level = s["expected"]["categories"], s["expected"]["level"]
        assert level in LEVELS, s["id"]
        assert cats == [c for c in CATEGORIES if c in cats], s["id"]
        # The level the table gives for these categories, allowing the two cases the text
        # decides (a mild rude word may be low; kneeling makes dogeza high).
        allowed = {
            decide_level(frozenset(cats), kneeling=k, mild_abuse_only=m)
            for k in (False, True)
            for m in (False, True)
        }
        assert level in allowed, (s["id"], cats, level)
        if "repeat" in cats:
            assert s.get("history"), s["id"]


def test_the_datasheet_counts_match_the_files() -> None:
    sheet = (CORPUS_DIR / "README.md").read_text(encoding="utf-8")
    per_writer = Counter(item.writer for item in ITEMS)
    for writer, count in per_writer.items():
        row = re.search(rf"^\| `?{re.escape(writer)}`? \|[^\n]*?\| (\d+) \|", sheet, re.M)
        assert row, f"datasheet has no row for {writer}"
        assert int(row.group(1)) == count, (writer, row.group(1), count)
    total = re.search(r"\*\*(\d[\d,]*) labelled lines\*\*", sheet)
    assert total and int(total.group(1).replace(",", "")) == len(SCENARIOS)


@pytest.mark.parametrize(("key", "floor"), sorted(FLOORS.items()))
def test_floor(results, key, floor) -> None:
    assert_floor(results, key, floor)


@pytest.mark.parametrize(("split", "ceiling"), sorted(FP_CEILING.items()))
def test_false_alarm_ceiling(results, split, ceiling) -> None:
    assert_fp_ceiling(results, split, ceiling)
