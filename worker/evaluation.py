"""``kasuguard score`` / ``kasuguard eval``: run the scorer over labelled scenario files.

Scenarios follow the schema of ``shared/data/dev/scenarios.jsonl``. History messages carry raw
text there; they are reduced with :func:`worker.scoring.fingerprint` and passed to
:func:`worker.scoring.assess` exactly as the worker does with the fingerprints it keeps.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TextIO

from worker.categories import CATEGORIES, LEVELS
from worker.policy import Policy, PolicyError, load_policy
from worker.scoring import Assessment, assess, fingerprint
from worker.scoring.corpus import load_scenarios, message_of

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
    benign_escalated: int = 0  # none/low scored high: escalated to supervisors
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
            self.benign_escalated += got.level == "high"
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
            "benign_escalated": self.benign_escalated,
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
        ("none/low escalated (scored high)", "benign_escalated", "{:.0f}"),
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


def leave_one_writer_out(
    out: TextIO,
    policy: Policy | None = None,
    paths: Sequence[str] | None = None,
    progress: TextIO | None = None,
    writers: Sequence[str] | None = None,
) -> dict[str, Metrics]:
    """Train on every writer but one, score that one; once per writer. Prints a table per
    writer (P/R/F1, false alarms, threat recall, category macro-F1), the mean and the worst
    writer, and the same figures per language. Returns the per-writer metrics.

    The thresholds are the shipped ones (chosen out of fold over all writers); the weights
    are retrained without the writer under test.
    """
    from pathlib import Path

    from worker import training
    from worker.scoring.learned import current_model, using

    chosen = _policy(policy)
    if chosen is None:
        return {}
    items = training.load_training(
        [Path(p) for p in paths] if paths is not None else training.training_paths()
    )
    messages = training.prepare(items)
    thresholds = current_model().thresholds
    per_writer: dict[str, Metrics] = {}
    per_language: dict[str, Metrics] = {}
    held_out = sorted({m.writer for m in messages})
    if writers:
        held_out = [w for w in held_out if w in set(writers)]
    for writer in held_out:
        model = training.train([m for m in messages if m.writer != writer])
        model = training.replace(model, thresholds=thresholds)
        with using(model):
            for item in items:
                if item.writer != writer:
                    continue
                got = score_scenario(item.scenario, chosen)
                expected = item.scenario["expected"]
                lang = str(item.scenario.get("lang", "?"))
                for slices, key in ((per_writer, writer), (per_language, lang)):
                    slices.setdefault(key, Metrics()).add(
                        expected["level"], expected["categories"], got
                    )
        if progress is not None:
            figures = per_writer[writer].as_dict()
            figures["threat_recall"] = _threat_recall(per_writer[writer])
            figures["benign"], figures["benign_flagged"] = (
                per_writer[writer].benign,
                per_writer[writer].benign_flagged,
            )
            progress.write(json.dumps({"writer": writer, **figures}) + "\n")
            progress.flush()
    _render_lowo(per_writer, per_language, out)
    return per_writer


def _threat_recall(m: Metrics) -> float:
    c = m.categories["threat"]
    return c.tp / (c.tp + c.fn) if c.tp + c.fn else float("nan")


def _render_lowo(
    per_writer: dict[str, Metrics], per_language: dict[str, Metrics], out: TextIO
) -> None:
    header = f"{'held-out writer':<48}{'n':>6}{'P':>7}{'R':>7}{'F1':>7}{'FP':>7}"
    header += f"{'threat R':>9}{'cat F1':>8}"
    for title, slices in (("by writer", per_writer), ("by language", per_language)):
        print(f"\n{title}", file=out)
        print(header, file=out)
        rows = []
        for key, m in sorted(slices.items()):
            p, r, f = m.harassment.prf()
            positives = m.harassment.tp + m.harassment.fn
            nan = float("nan")
            # A writer with no harassing line has no F1: it counts for false alarms only.
            rows.append(
                (
                    f if positives else nan,
                    m.fp_rate,
                    _threat_recall(m),
                    m.macro_f1 if positives else nan,
                )
            )
            print(
                f"{key:<48}{m.n:>6}{p:>7.3f}{r:>7.3f}{f:>7.3f}{m.fp_rate:>7.3f}"
                f"{_threat_recall(m):>9.3f}{m.macro_f1:>8.3f}",
                file=out,
            )
        if title == "by writer" and rows:
            defined = [[x[i] for x in rows if x[i] == x[i]] for i in range(4)]
            mean = [sum(v) / len(v) if v else float("nan") for v in defined]
            print(
                f"{'mean over writers':<48}{'':>6}{'':>7}{'':>7}{mean[0]:>7.3f}{mean[1]:>7.3f}"
                f"{mean[2]:>9.3f}{mean[3]:>8.3f}",
                file=out,
            )
            worst_f1 = min(defined[0], default=float("nan"))
            worst_fp = max(defined[1], default=float("nan"))
            print(f"worst writer: F1 {worst_f1:.3f}, false alarms {worst_fp:.3f}", file=out)


def toxicity_set(path: str, out: TextIO, policy: Policy | None = None) -> dict[str, float]:
    """The public Japanese toxicity set (``shared/data/public/inspection-ai-japanese-toxic-
    dataset/subset.csv``): social-media comments rated by several annotators, not tickets.

    Prints the AUC of the scorer's score against "most annotators said Toxic or Very Toxic", and
    the false-alarm rate: the share of comments most annotators called Not Toxic that the scorer
    puts at medium or above.
    """
    import csv
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from worker.scoring import Message

    chosen = _policy(policy)
    if chosen is None:
        return {}
    at = datetime(2026, 2, 4, 11, 0, tzinfo=ZoneInfo("Asia/Tokyo"))  # business hours
    scored: list[tuple[float, bool]] = []
    calm = calm_flagged = 0
    with open(path, encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            votes = int(row["annotation_num"])
            toxic = int(row["Toxic"]) + int(row["Very Toxic"])
            got = assess(Message(subject="", body=row["text"], channel="web", at=at), [], chosen)
            scored.append((got.score, toxic * 2 > votes))
            if int(row["Not Toxic"]) * 2 > votes:
                calm += 1
                calm_flagged += got.level in HARASSMENT
    positives = [s for s, t in scored if t]
    negatives = [s for s, t in scored if not t]
    pairs = sum(
        (p > n) + 0.5 * (p == n) for p in positives for n in negatives
    )  # Mann–Whitney: the share of (toxic, not toxic) pairs ranked the right way
    auc = pairs / (len(positives) * len(negatives)) if positives and negatives else float("nan")
    figures = {
        "comments": float(len(scored)),
        "toxic": float(len(positives)),
        "auc": auc,
        "not_toxic": float(calm),
        "false_alarm_rate": calm_flagged / calm if calm else 0.0,
    }
    print(
        f"{len(scored)} comments, {len(positives)} toxic by majority: AUC {auc:.3f}; "
        f"{calm} not toxic by majority: {calm_flagged} scored medium or high "
        f"({figures['false_alarm_rate']:.1%})",
        file=out,
    )
    return figures
