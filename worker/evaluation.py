"""``kasuguard score`` / ``kasuguard eval``: run the scorer over labelled scenario files.

Scenarios follow the schema of ``shared/data/dev/scenarios.jsonl``. History messages carry raw
text there; they are reduced with :func:`worker.scoring.fingerprint` and passed to
:func:`worker.scoring.assess` exactly as the worker does with the fingerprints it keeps.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TextIO

from worker.categories import CATEGORIES, LEVELS
from worker.policy import Policy, PolicyError, load_policy
from worker.scoring import Assessment, Message, assess, fingerprint

__all__ = [
    "Metrics",
    "evaluate",
    "eval_file",
    "load_scenarios",
    "message_of",
    "score_file",
    "split_of",
]

HARASSMENT = frozenset({"medium", "high"})
SPLITS = ("all", "build", "held")


def split_of(scenario_id: str) -> str:
    """The fixed development split of a scenario: ``"build"`` (~70%) or ``"held"`` (~30%)."""
    bucket = int(hashlib.sha256(scenario_id.encode("utf-8")).hexdigest(), 16) % 10
    return "build" if bucket < 7 else "held"


def load_scenarios(path: str) -> Iterator[dict[str, Any]]:
    """Yield scenarios from a JSONL file, skipping blank lines; errors name the line."""
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: not valid JSON ({exc.msg})") from exc


def message_of(raw: dict[str, Any], channel: str = "web") -> Message:
    """A scenario's ``message`` (or history entry) as the scorer's ``Message``."""
    return Message(
        subject=raw.get("subject") or "",
        body=raw.get("body") or "",
        channel=raw.get("channel") or channel,
        at=datetime.fromisoformat(raw["at"]),
    )


def score_scenario(scenario: dict[str, Any], policy: Policy) -> Assessment:
    """Assess one scenario: its history becomes fingerprints first, as in the worker."""
    history = [fingerprint(message_of(h)) for h in scenario.get("history") or []]
    return assess(message_of(scenario["message"]), history, policy)


def _policy(policy: Policy | None) -> Policy | None:
    if policy is not None:
        return policy
    try:
        return load_policy()
    except PolicyError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return None


def score_file(path: str, out: TextIO, policy: Policy | None = None) -> int:
    """Write one JSON line per scenario: id, level, categories, score and evidence.

    Returns 0 on success, 2 when the file or the policy cannot be read (reason on stderr).
    """
    chosen = _policy(policy)
    if chosen is None:
        return 2
    try:
        for scenario in load_scenarios(path):
            result = score_scenario(scenario, chosen).to_dict()
            line = {"id": scenario.get("id"), **result}
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    except (OSError, ValueError, KeyError) as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 2
    return 0


@dataclass
class _Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def prf(self) -> tuple[float, float, float]:
        """Precision, recall and F1 (0 when undefined)."""
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


@dataclass
class Metrics:
    """Evaluation figures for one slice of scenarios."""

    n: int = 0
    harassment: _Counts = field(default_factory=_Counts)
    benign: int = 0  # labelled none/low
    benign_flagged: int = 0  # none/low scored medium or high
    nones: int = 0
    none_flagged: int = 0  # none scored above none
    exact: int = 0
    within_one: int = 0
    categories: dict[str, _Counts] = field(
        default_factory=lambda: {c: _Counts() for c in CATEGORIES}
    )

    def add(self, expected_level: str, expected: Iterable[str], got: Assessment) -> None:
        """Count one scored scenario."""
        self.n += 1
        want, have = expected_level in HARASSMENT, got.level in HARASSMENT
        self.harassment.tp += want and have
        self.harassment.fp += have and not want
        self.harassment.fn += want and not have
        if not want:
            self.benign += 1
            self.benign_flagged += have
        if expected_level == "none":
            self.nones += 1
            self.none_flagged += got.level != "none"
        distance = abs(LEVELS.index(expected_level) - LEVELS.index(got.level))
        self.exact += distance == 0
        self.within_one += distance <= 1
        wanted, found = set(expected), set(got.categories)
        for c in CATEGORIES:
            counts = self.categories[c]
            counts.tp += c in wanted and c in found
            counts.fp += c in found and c not in wanted
            counts.fn += c in wanted and c not in found

    @property
    def fp_rate(self) -> float:
        """Share of none/low scenarios scored medium or high (a wrong accusation)."""
        return self.benign_flagged / self.benign if self.benign else 0.0

    @property
    def none_rate(self) -> float:
        """Share of none scenarios scored above none (any tag at all)."""
        return self.none_flagged / self.nones if self.nones else 0.0

    @property
    def macro_f1(self) -> float:
        """Mean F1 over categories that occur in the labels or the predictions."""
        used = [c for c in self.categories.values() if c.tp + c.fp + c.fn]
        return sum(c.prf()[2] for c in used) / len(used) if used else 0.0

    def as_dict(self) -> dict[str, float]:
        """The headline figures, for tests and reports."""
        p, r, f = self.harassment.prf()
        return {
            "n": self.n,
            "precision": p,
            "recall": r,
            "f1": f,
            "fp_rate": self.fp_rate,
            "none_flagged_rate": self.none_rate,
            "exact": self.exact / self.n if self.n else 0.0,
            "within_one": self.within_one / self.n if self.n else 0.0,
            "macro_f1": self.macro_f1,
        }


def evaluate(
    scenarios: Sequence[dict[str, Any]], policy: Policy, split: str = "all"
) -> dict[str, Metrics]:
    """Metrics overall (``"all"``) and per language for the chosen ``split``."""
    slices: dict[str, Metrics] = {"all": Metrics()}
    for scenario in scenarios:
        if split != "all" and split_of(str(scenario.get("id", ""))) != split:
            continue
        got = score_scenario(scenario, policy)
        expected = scenario["expected"]
        lang = str(scenario.get("lang", "?"))
        for key in ("all", lang):
            slices.setdefault(key, Metrics()).add(expected["level"], expected["categories"], got)
    return slices


def _render(slices: dict[str, Metrics], out: TextIO) -> None:
    names = ["all"] + sorted(k for k in slices if k != "all")
    width = 10
    header = f"{'metric':<34}" + "".join(f"{n:>{width}}" for n in names)
    print(header, file=out)
    print("-" * len(header), file=out)
    rows = [
        ("scenarios", "n", "{:.0f}"),
        ("harassment precision (≥ medium)", "precision", "{:.3f}"),
        ("harassment recall", "recall", "{:.3f}"),
        ("harassment F1", "f1", "{:.3f}"),
        ("FP rate: none/low scored ≥ medium", "fp_rate", "{:.3f}"),
        ("none scored above none", "none_flagged_rate", "{:.3f}"),
        ("level exact", "exact", "{:.3f}"),
        ("level within one", "within_one", "{:.3f}"),
        ("category macro-F1", "macro_f1", "{:.3f}"),
    ]
    figures = {n: slices[n].as_dict() for n in names}
    for label, key, fmt in rows:
        cells = "".join(f"{fmt.format(figures[n][key]):>{width}}" for n in names)
        print(f"{label:<34}{cells}", file=out)
    print("", file=out)
    cat_header = f"{'category':<24}" + "".join(f"{n + ' P/R/F1':>24}" for n in names)
    print(cat_header, file=out)
    print("-" * len(cat_header), file=out)
    for c in CATEGORIES:
        cells = ""
        for n in names:
            counts = slices[n].categories[c]
            if counts.tp + counts.fp + counts.fn == 0:
                cells += f"{'-':>24}"
                continue
            p, r, f = counts.prf()
            cells += f"{f'{p:.2f}/{r:.2f}/{f:.2f} ({counts.tp + counts.fn})':>24}"
        print(f"{c:<24}{cells}", file=out)


def eval_file(path: str, out: TextIO, policy: Policy | None = None, split: str = "all") -> int:
    """Print harassment P/R/F1, FP rates, level accuracy and per-category figures.

    ``split`` restricts the run to the fixed development split (``"build"``/``"held"``).
    Returns 0 on success, 2 when the file or the policy cannot be read (reason on stderr).
    """
    chosen = _policy(policy)
    if chosen is None:
        return 2
    if split not in SPLITS:
        sys.stderr.write(f"error: unknown split {split!r} (choose from {', '.join(SPLITS)})\n")
        return 2
    try:
        scenarios = list(load_scenarios(path))
        slices = evaluate(scenarios, chosen, split)
    except (OSError, ValueError, KeyError) as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 2
    if split != "all":
        print(f"split: {split}", file=out)
    _render(slices, out)
    return 0
