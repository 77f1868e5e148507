"""No message can hold a worker: matching is linear, and every shape of text up to 100 KB is read
whole within the scorer's time budget.

The property test feeds the shapes that make backtracking engines quadratic or worse (long runs of
one character, quoted lines, URLs, tags, spaced letters) and asserts the verdict covers the
whole text: ``"partial"`` in the notes would mean the time budget (``BUDGET_S``, 2 s) ran out.
Speed itself is measured by ``bench/scoring.py``, which prints the time at 1, 10 and 100 KB.
"""

from __future__ import annotations

import ast
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from worker.policy import Policy
from worker.scoring import Message, assess
from worker.scoring.patterns import compile_pattern, nested_repeats
from worker.scoring.reading import MAX_CHARS

SCORING = Path(__file__).resolve().parents[2] / "worker" / "scoring"
AT = datetime(2026, 2, 4, 11, 0, tzinfo=ZoneInfo("Asia/Tokyo"))

# Python's backtracking ``re`` is allowed only where its input is bounded, each for a reason.
BOUNDED_RE = {
    "patterns.py": "look-around checks, run only on a window of CHECK_REACH characters",
    "history.py": "demand keys with capture groups, read from the first DEMAND_REACH characters",
    "normalize.py": "HTML entities, matched on at most 12 characters",
}

UNITS = [
    "\n",
    " ",
    "7",
    "あ",
    "> quoted\n",
    "https://example.com/a?b=c ",
    "😀",
    "！",
    "死 ",
    "a ",
    "<!--",
    "&amp;",
    "<b>",
    "aaaa",
    "ー",
    "-----",
    "On Mon wrote:",
    "お前",
]


def test_only_bounded_modules_use_the_backtracking_engine() -> None:
    users = set()
    for path in SCORING.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if "re" in names:
                users.add(path.name)
    assert users <= set(BOUNDED_RE), f"unbounded use of Python's re in {users - set(BOUNDED_RE)}"


@pytest.mark.parametrize(
    ("source", "nested"),
    [
        (r"(a+)+b", True),
        (r"(?:a|aa)*c", True),
        (r"(?:x{1,3}){2,}", True),
        (r"(?<![a-z])ab(?!c)", False),
        (r"[^。\n]{0,20}(?:です|だ)", False),
    ],
)
def test_nested_quantifiers_are_recognised(source: str, nested: bool) -> None:
    assert nested_repeats(source) is nested


def test_a_look_around_pattern_with_nested_quantifiers_is_refused() -> None:
    with pytest.raises(ValueError, match="nested quantifiers"):
        compile_pattern(r"(?<!x)(a+)+b")


def test_a_look_around_pattern_matches_as_pythons_would() -> None:
    pattern = compile_pattern(r"(?<![ぁ-ゖ])はげ(?!て|た)")
    assert list(pattern.finditer("あのはげ、はげて、 はげ!")) == [(10, 12)]


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    units=st.lists(st.sampled_from(UNITS), min_size=1, max_size=3),
    size=st.sampled_from([1_000, 10_000, 100_000]),
)
def test_pathological_text_is_read_whole_within_the_budget(units: list[str], size: int) -> None:
    block = "".join(units)
    body = (block * (size // len(block) + 1))[:size]
    result = assess(Message(subject="", body=body, channel="email", at=AT), [], Policy())
    assert "partial" not in result.notes, (units, size)


def test_text_beyond_the_limit_is_scored_in_part_and_says_so() -> None:
    body = "お前ら全員クビにしろ。" + "あ" * MAX_CHARS
    result = assess(Message(subject="", body=body, channel="email", at=AT), [], Policy())
    assert "partial" in result.notes
    assert "punish_staff" in result.categories
