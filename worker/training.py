"""Build the learned layer's weights from the labelled corpus (``kasuguard model build``).

The scorer only *reads* weights (:mod:`worker.scoring.learned`); this module makes them, offline
and deterministically, so that the shipped ``weights.npz`` can be rebuilt and compared
(``tests/scoring/test_model_build.py``).

Labels are per message, judgement is per window (a sentence or two neighbouring ones), so
training is multiple-instance: every window of a legitimate message is a negative; in a
harassing message at least one window is positive, and which one is learned. Round 0 calls every
window of a harassing message positive; each later round keeps, per harassing message, only its
windows the previous model scores highest (the harassing sentence of a long polite letter) and
leaves out its other windows. Each text category is learned the same way from the messages that
carry it.

Thresholds are not set by hand: :func:`choose_thresholds` reads out-of-fold predictions (folds
grouped by writer, so a writer's style never helps judge itself) and picks the fill threshold
for a stated false-alarm rate and the veto threshold for a stated share of vetoed true cases.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression

from worker.scoring import reading
from worker.scoring.corpus import Labelled, corpus_files, labelled, message_of
from worker.scoring.learned import (
    MODEL_DIR,
    TEXT_CATEGORIES,
    Example,
    Model,
    Window,
    gram_table,
    window_grams,
    windows_of,
)

__all__ = ["Prepared", "build", "choose_thresholds", "out_of_fold", "prepare", "save", "train"]

OUTPUTS = ("harassment", *TEXT_CATEGORIES)
HARASSMENT = frozenset({"medium", "high"})
MIN_DOCUMENTS = 3
"""An n-gram must occur in this many training messages to enter the vocabulary."""
ROUNDS = 3
C = 2.0
"""Inverse regularisation strength of each logistic regression."""


@dataclass
class Prepared:
    """One labelled message read the way the scorer reads it."""

    writer: str
    id: str
    texts: tuple[str, ...]
    windows: list[Window]
    harassment: bool
    categories: frozenset[str]
    why: str
    grams: list[np.ndarray] = field(default_factory=list)  # distinct codes per text
    level: str = ""  # the labelled level


def prepare(items: Sequence[Labelled]) -> list[Prepared]:
    """Fold, segment and window every labelled message (as the scorer will at run time)."""
    out = []
    for item in items:
        scenario = item.scenario
        texts = reading.folded_texts(message_of(scenario["message"]))
        expected = scenario["expected"]
        out.append(
            Prepared(
                writer=item.writer,
                id=str(scenario.get("id", "")),
                texts=texts,
                windows=windows_of(texts),
                harassment=expected["level"] in HARASSMENT,
                categories=frozenset(expected["categories"]) & frozenset(TEXT_CATEGORIES),
                why=str(scenario.get("why", "")),
                grams=[np.unique(gram_table(t)[0]) for t in texts],
                level=expected["level"],
            )
        )
    return out


def vocabulary_of(messages: Sequence[Prepared], min_documents: int = MIN_DOCUMENTS) -> np.ndarray:
    """Sorted n-gram codes that occur in at least ``min_documents`` messages."""
    per_message = [
        np.unique(np.concatenate(m.grams)) if m.grams else np.zeros(0, np.uint64) for m in messages
    ]
    codes, counts = np.unique(np.concatenate(per_message), return_counts=True)
    return codes[counts >= min_documents]


def window_matrix(
    messages: Sequence[Prepared], vocabulary: np.ndarray
) -> tuple[sparse.csr_matrix, np.ndarray]:
    """All windows of all messages as rows (1/√k per known gram), and each row's message."""
    rows, cols, vals, owners = [], [], [], []
    offset = 0
    for m_index, message in enumerate(messages):
        grams = window_grams(message.texts, message.windows, vocabulary)
        known = grams.feature < len(vocabulary)
        sizes = np.maximum(grams.sizes, 1)
        rows.append(grams.window[known] + offset)
        cols.append(grams.feature[known])
        vals.append(1.0 / np.sqrt(sizes[grams.window[known]]))
        owners.append(np.full(len(message.windows), m_index, dtype=np.int64))
        offset += len(message.windows)
    matrix = sparse.csr_matrix(
        (np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))),
        shape=(offset, len(vocabulary)),
    )
    return matrix, np.concatenate(owners)


def _fit(x: sparse.csr_matrix, y: np.ndarray) -> tuple[np.ndarray, float]:
    if y.min() == y.max():  # a category absent from this training set: never fires
        return np.zeros(x.shape[1]), -20.0
    model = LogisticRegression(
        C=C, solver="liblinear", dual=True, class_weight="balanced", max_iter=500
    )
    model.fit(x, y)
    return model.coef_[0].copy(), float(model.intercept_[0])


def _positive_windows(scores: np.ndarray, owners: np.ndarray, bags: np.ndarray) -> np.ndarray:
    """Per positive message, its best-scoring window and any window close to it."""
    keep = np.zeros(len(scores), dtype=bool)
    order = np.lexsort((-scores, owners))
    first = np.ones(len(order), dtype=bool)
    first[1:] = owners[order][1:] != owners[order][:-1]
    best = np.full(owners.max() + 1 if len(owners) else 0, -np.inf)
    best[owners[order][first]] = scores[order][first]
    keep = bags[owners] & (scores >= best[owners] - 1.0)
    return keep


def train(
    messages: Sequence[Prepared],
    *,
    rounds: int = ROUNDS,
    progress: Callable[[str], None] | None = None,
) -> Model:
    """Fit every output by multiple-instance rounds; thresholds and examples are left empty."""
    vocabulary = vocabulary_of(messages)
    x, owners = window_matrix(messages, vocabulary)
    weights = np.zeros((len(vocabulary), len(OUTPUTS)), dtype=np.float64)
    bias = np.zeros(len(OUTPUTS))
    for k, output in enumerate(OUTPUTS):
        if output == "harassment":
            bags = np.array([m.harassment for m in messages])
        else:
            bags = np.array([output in m.categories for m in messages])
        negatives = ~bags[owners]
        use = np.ones(len(owners), dtype=bool)
        y = bags[owners].astype(int)
        for r in range(rounds):
            coef, intercept = _fit(x[use], y[use])
            if r + 1 == rounds or not bags.any():
                break
            scores = x @ coef + intercept
            use = negatives | _positive_windows(scores, owners, bags)
        weights[:, k], bias[k] = coef, intercept
        if progress:
            progress(f"{output}: {int(bags.sum())} messages")
    return Model(
        vocabulary=vocabulary,
        weights=weights.astype(np.float32),
        bias=bias,
        outputs=OUTPUTS,
        thresholds={},
    )


def message_scores(model: Model, messages: Sequence[Prepared]) -> np.ndarray:
    """Per message, the harassment probability of its strongest window that the scorer would
    judge (familiar enough, long enough), or 0."""
    out = np.zeros(len(messages))
    for i, m in enumerate(messages):
        if not m.windows:
            continue
        scores = model.score_windows(m.texts, m.windows)
        judged = scores.judged
        if judged.any():
            out[i] = float(scores.probabilities[judged, 0].max())
    return out


def out_of_fold(
    messages: Sequence[Prepared],
    folds: int = 5,
    progress: Callable[[str], None] | None = None,
) -> np.ndarray:
    """Message scores from models that never saw the message's writer (writers dealt into
    ``folds`` groups in a fixed order)."""
    writers = sorted({m.writer for m in messages})
    group = {w: k % folds for k, w in enumerate(writers)}
    out = np.zeros(len(messages))
    for fold in range(folds):
        held = [i for i, m in enumerate(messages) if group[m.writer] == fold]
        model = train([m for m in messages if group[m.writer] != fold])
        out[held] = message_scores(model, [messages[i] for i in held])
        if progress:
            progress(f"fold {fold + 1}/{folds}: {len(held)} messages held out")
    return out


FILL_FALSE_ALARMS = 0.01
"""Fill: at most this share of legitimate messages the rules leave silent may be flagged."""
VETO_MISSES = 0.03
"""Veto: at most this share of harassing messages with one weak rule verdict may be cleared."""
LONE_DROP_MISSES = 0.02
"""Lone severe phrase in a long message: at most this share of the harassing messages whose rule
verdict is one severe phrase may lose it."""
LONE_REVIEW_MISSES = 0.10
"""…and at most this share of those labelled ``high`` may be held at medium for review instead
of being escalated."""


@dataclass(frozen=True)
class RuleVerdict:
    """What the rules alone say of a message (no learned layer)."""

    silent: bool  # no conduct category at all
    weak: bool  # exactly one non-severe conduct category, no kneeling
    lone_severe: bool = False  # one severe phrase, no other conduct, in a long message
    long: bool = False  # at least LONE_MIN_CHARS characters


def choose_thresholds(
    scores: np.ndarray, messages: Sequence[Prepared], verdicts: Sequence[RuleVerdict]
) -> dict[str, float]:
    """Fill and veto thresholds for the stated rates, from out-of-fold ``scores``."""
    silent_benign = np.array(
        [
            s
            for s, m, v in zip(scores, messages, verdicts, strict=True)
            if v.silent and not m.harassment
        ]
    )
    weak_harassing = np.array(
        [s for s, m, v in zip(scores, messages, verdicts, strict=True) if v.weak and m.harassment]
    )
    fill = float(np.quantile(silent_benign, 1 - FILL_FALSE_ALARMS)) if len(silent_benign) else 1.0
    # Long letters have many windows, so their strongest one is higher by chance: the same rate,
    # counted over long legitimate messages only (never below the overall threshold).
    silent_benign_long = np.array(
        [
            s
            for s, m, v in zip(scores, messages, verdicts, strict=True)
            if v.silent and v.long and not m.harassment
        ]
    )
    fill_long = (
        float(np.quantile(silent_benign_long, 1 - FILL_FALSE_ALARMS))
        if len(silent_benign_long)
        else fill
    )
    veto = float(np.quantile(weak_harassing, VETO_MISSES)) if len(weak_harassing) else 0.0
    lone = [
        (s, m.level)
        for s, m, v in zip(scores, messages, verdicts, strict=True)
        if v.lone_severe and m.harassment
    ]
    lone_harassing = np.array([s for s, _ in lone])
    lone_high = np.array([s for s, level in lone if level == "high"])
    drop = float(np.quantile(lone_harassing, LONE_DROP_MISSES)) if len(lone_harassing) else 0.0
    review = float(np.quantile(lone_high, LONE_REVIEW_MISSES)) if len(lone_high) else 0.0
    return {
        "fill": round(min(max(fill, 0.5), 0.999), 4),
        "fill_long": round(min(max(fill_long, fill, 0.5), 0.999), 4),
        "veto": round(min(veto, fill), 4),
        "lone_drop": round(drop, 4),
        "lone_review": round(max(review, drop), 4),
        "category": 0.5,
    }


EXAMPLES_PER_CATEGORY = 80
"""Cases kept per category for "似た事例" (the first ones in corpus order, one per line)."""


def attach_examples(model: Model, messages: Sequence[Prepared]) -> Model:
    """The nearest-case index: for each harassing message and each of its categories, the
    window that category's output scores highest, with the line's ``why``."""
    examples: list[Example] = []
    rows: list[np.ndarray] = []
    owners: list[int] = []
    kept: dict[str, int] = {}
    for m in messages:
        if not m.harassment or not m.windows:
            continue
        scores = model.score_windows(m.texts, m.windows)
        for category in sorted(m.categories):
            if kept.get(category, 0) >= EXAMPLES_PER_CATEGORY:
                continue
            kept[category] = kept.get(category, 0) + 1
            k = model.outputs.index(category)
            best = int(scores.probabilities[:, k].argmax())
            window = m.windows[best]
            text = m.texts[window.text][window.start : window.end]
            grams = window_grams([text], [Window(0, 0, len(text))], model.vocabulary)
            known = np.unique(grams.feature[grams.feature < len(model.vocabulary)])
            examples.append(Example(category=category, text=text, why=m.why))
            rows.append(known.astype(np.int32))
            owners.append(k)
    indptr = np.zeros(len(rows) + 1, dtype=np.int64)
    np.cumsum([len(r) for r in rows], out=indptr[1:])
    index = (
        indptr,
        np.concatenate(rows) if rows else np.zeros(0, np.int32),
        np.array(owners, dtype=np.int16),
    )
    return replace(model, examples=tuple(examples), example_index=index)


def save(model: Model, directory: Path, meta: dict[str, Any]) -> None:
    """Write ``weights.npz`` and ``model.json`` (thresholds, outputs, provenance)."""
    directory.mkdir(parents=True, exist_ok=True)
    # Weights ship as int8 with one scale per output (a quarter of float32, and the rounding is
    # far below what separates a verdict): the repository stays small.
    scale = np.maximum(np.abs(model.weights).max(axis=0), 1e-9) / 127.0
    quantised = np.round(model.weights / scale).astype(np.int8)
    arrays = {
        "vocabulary": model.vocabulary,
        "weights_int8": quantised,
        "weights_scale": scale.astype(np.float32),
        "bias": model.bias,
    }
    if model.example_index is not None:
        indptr, indices, outputs = model.example_index
        arrays |= {"example_indptr": indptr, "example_indices": indices, "example_outputs": outputs}
    np.savez_compressed(directory / "weights.npz", **arrays)
    doc = {
        "outputs": list(model.outputs),
        "thresholds": model.thresholds,
        "examples": [e.__dict__ for e in model.examples],
        **meta,
    }
    (directory / "model.json").write_text(
        json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
    )


SHARED_DEV = (
    Path(__file__).resolve().parents[1].parent / "shared" / "data" / "dev" / "scenarios.jsonl"
)
"""The development scenarios beside a checkout (``../shared``): trained on when present."""


def training_paths(dev: Path | None = SHARED_DEV) -> list[Path]:
    """Every labelled file the model learns from: the shipped corpus, and the development
    scenarios when they are there."""
    paths = list(corpus_files())
    if dev is not None and dev.exists():
        paths.append(dev)
    return paths


def load_training(paths: Sequence[Path]) -> list[Labelled]:
    """Labelled lines with their writer; the development scenarios form one writer, "dev"."""
    out = []
    for item in labelled(paths):
        writer = "dev" if item.writer == SHARED_DEV.stem else item.writer
        out.append(Labelled(writer, item.scenario))
    return out


def rule_verdicts(items: Sequence[Labelled]) -> list[RuleVerdict]:
    """What the rules alone say of each line (default policy, no learned layer)."""
    from worker.policy import Policy
    from worker.scoring import (
        CONTEXT_CATEGORIES,
        LONE_MIN_CHARS,
        assess,
        fingerprint,
        folded_text,
        lone_severe,
    )
    from worker.scoring.levels import SEVERE

    policy = Policy()
    out = []
    for item in items:
        history = [fingerprint(message_of(h)) for h in item.scenario.get("history") or []]
        message = message_of(item.scenario["message"])
        result = assess(message, history, policy, learned=False)
        conduct = set(result.categories) - CONTEXT_CATEGORIES
        kneeling = result.level == "high" and conduct == {"dogeza"}
        out.append(
            RuleVerdict(
                silent=not conduct,
                weak=len(conduct) == 1 and not conduct & SEVERE and not kneeling,
                lone_severe=lone_severe(result.findings)
                and len(folded_text(message)) >= LONE_MIN_CHARS,
                long=len(folded_text(message)) >= LONE_MIN_CHARS,
            )
        )
    return out


def build(
    directory: Path = MODEL_DIR,
    paths: Sequence[Path] | None = None,
    progress: Callable[[str], None] | None = None,
) -> Model:
    """Train on every labelled line, choose thresholds out of fold, save; returns the model."""
    items = load_training(paths if paths is not None else training_paths())
    messages = prepare(items)
    if progress:
        writers = len({m.writer for m in messages})
        progress(f"{len(messages)} labelled lines from {writers} writers")
    scores = out_of_fold(messages, progress=progress)
    thresholds = choose_thresholds(scores, messages, rule_verdicts(items))
    if progress:
        progress(f"thresholds: {thresholds}")
    model = attach_examples(train(messages, progress=progress), messages)
    model = replace(model, thresholds=thresholds)
    save(
        model,
        directory,
        {
            "lines": len(messages),
            "writers": sorted({m.writer for m in messages}),
            "fill_false_alarms": FILL_FALSE_ALARMS,
            "veto_misses": VETO_MISSES,
        },
    )
    return model
