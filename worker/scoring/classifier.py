"""A small statistical backstop under the rules: character n-grams and logistic regression.

Rules name the conduct and quote it, but they only know the phrasings someone wrote down; a
customer who says the same thing in other words slips through. This model reads the same folded
text as the rules (quoted mail and signatures already gone, kana and width folded) as counts of
1–3 character n-grams, and gives two kinds of probability: that the message is harassment (level
medium or high) and, one model per text category, that it shows that conduct.

It is trained when first used, in about two seconds, from the labelled corpus shipped in
``worker/scoring/corpus/`` (the build part only: the held-out part stays an honest test), so no
model file is downloaded or committed. Training is deterministic (lbfgs, fixed data order), and
inference is a few numpy operations (~0.1 ms per message).

N-grams are exact: each character's code point (+1, so that 0 means "no character") fills one of
three 21-bit fields of an int64, so a 1-, 2- or 3-gram is one integer and lookups are a binary
search in a sorted vocabulary.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from worker.categories import CATEGORIES

__all__ = [
    "CORPUS_DIR",
    "TEXT_CATEGORIES",
    "Model",
    "Prediction",
    "corpus_examples",
    "default_model",
    "train",
    "training_examples",
]

CORPUS_DIR = Path(__file__).parent / "corpus"
# repeat and after_hours come from history and the calendar, never from wording.
TEXT_CATEGORIES: tuple[str, ...] = tuple(
    c for c in CATEGORIES if c not in ("repeat", "after_hours")
)
_SPACES = re.compile(r"\s+")
_SHIFT = 21  # bits per character: every Unicode code point + 1 fits in 21 bits
_MIN_DOCUMENTS = 2  # an n-gram seen in one training message only is noise
_C = 4.0  # inverse regularisation strength, chosen by cross-validation on the build part


def ngrams(text: str) -> tuple[np.ndarray, np.ndarray]:
    """The distinct 1–3 character n-grams of ``text`` (as integers) and their counts."""
    text = _SPACES.sub(" ", text).strip()
    if not text:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.int64) + 1
    parts = [codes]
    if len(codes) > 1:
        parts.append(codes[:-1] | (codes[1:] << _SHIFT))
    if len(codes) > 2:
        parts.append(codes[:-2] | (codes[1:-1] << _SHIFT) | (codes[2:] << (2 * _SHIFT)))
    return np.unique(np.concatenate(parts), return_counts=True)


@dataclass(frozen=True)
class Prediction:
    """Probabilities for one text: harassment overall, and per text category."""

    harassment: float
    categories: dict[str, float]


@dataclass(frozen=True)
class Model:
    """Vocabulary (sorted n-gram integers), their idf, and one weight column per output."""

    vocabulary: np.ndarray  # (V,) int64, sorted
    idf: np.ndarray  # (V,)
    weights: np.ndarray  # (V, 1 + len(TEXT_CATEGORIES)): harassment first
    intercepts: np.ndarray  # (1 + len(TEXT_CATEGORIES),)

    def _features(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        grams, counts = ngrams(text)
        if grams.size == 0 or self.vocabulary.size == 0:
            return np.zeros(0, dtype=np.intp), np.zeros(0)
        where = np.searchsorted(self.vocabulary, grams)
        where[where >= self.vocabulary.size] = 0
        known = self.vocabulary[where] == grams
        index = where[known]
        values = (1.0 + np.log(counts[known])) * self.idf[index]
        norm = math.sqrt(float(values @ values))
        return index, values / norm if norm else values

    def predict(self, text: str) -> Prediction:
        """The model's probabilities for ``text`` (folded like the rules' working text)."""
        index, values = self._features(text)
        logits = values @ self.weights[index] + self.intercepts
        probabilities = 1.0 / (1.0 + np.exp(-logits))
        categories = zip(TEXT_CATEGORIES, probabilities[1:], strict=True)
        return Prediction(
            harassment=float(probabilities[0]), categories={c: float(p) for c, p in categories}
        )

    def category_logit(self, text: str, category: str) -> float:
        """The category's raw score for a piece of text (to pick the sentence to quote)."""
        index, values = self._features(text)
        column = 1 + TEXT_CATEGORIES.index(category)
        return float(values @ self.weights[index, column] + self.intercepts[column])


def train(examples: Sequence[tuple[str, str, Iterable[str]]]) -> Model:
    """Fit the model on (folded text, level, categories) examples."""
    # Imported here: only training needs scikit-learn and scipy, and only once per process.
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    outputs = 1 + len(TEXT_CATEGORIES)
    if not examples:  # no corpus (a broken install): a model that never speaks
        empty = np.zeros(0, dtype=np.int64)
        return Model(empty, np.zeros(0), np.zeros((0, outputs)), np.full(outputs, -30.0))
    counted = [ngrams(text) for text, _, _ in examples]
    every = np.concatenate([g for g, _ in counted]) if counted else np.zeros(0, np.int64)
    grams, documents = np.unique(every, return_counts=True)
    vocabulary = grams[documents >= _MIN_DOCUMENTS]
    df = documents[documents >= _MIN_DOCUMENTS]
    idf = np.log((1.0 + len(examples)) / (1.0 + df)) + 1.0
    model = Model(vocabulary, idf, np.zeros((vocabulary.size, 0)), np.zeros(0))

    rows, cols, vals = [], [], []
    for row, (text, _, _) in enumerate(examples):
        index, values = model._features(text)
        rows.extend([row] * index.size)
        cols.extend(index.tolist())
        vals.extend(values.tolist())
    matrix = csr_matrix((vals, (rows, cols)), shape=(len(examples), vocabulary.size))

    targets = [[level in ("medium", "high") for _, level, _ in examples]]
    labelled = [frozenset(categories) for _, _, categories in examples]
    targets += [[c in cats for cats in labelled] for c in TEXT_CATEGORIES]
    weights, intercepts = [], []
    for target in targets:
        y = np.array(target, dtype=int)
        if y.min() == y.max():  # a category absent from the data can never be predicted
            weights.append(np.zeros(vocabulary.size))
            intercepts.append(-30.0 if y.max() == 0 else 30.0)
            continue
        # liblinear: ten times faster than lbfgs on a few hundred sparse rows, same predictions;
        # a fixed random_state makes its coordinate order, and so the model, reproducible.
        fitted = LogisticRegression(
            C=_C, class_weight="balanced", solver="liblinear", random_state=0, max_iter=1000
        )
        fitted.fit(matrix, y)
        weights.append(fitted.coef_[0])
        intercepts.append(float(fitted.intercept_[0]))
    return Model(vocabulary, idf, np.column_stack(weights), np.array(intercepts))


def corpus_examples(split: str = "build") -> list[dict]:
    """The shipped labelled corpus (``corpus/*.jsonl``), restricted to ``split``."""
    from worker.evaluation import load_scenarios, split_of  # the same split as every evaluation

    return [
        scenario
        for path in sorted(CORPUS_DIR.glob("*.jsonl"))
        for scenario in load_scenarios(str(path))
        if split == "all" or split_of(scenario["id"]) == split
    ]


def training_examples(scenarios: Iterable[dict]) -> list[tuple[str, str, Sequence[str]]]:
    """Scenarios as (folded text, level, categories): the text exactly as ``assess`` reads it."""
    from worker.evaluation import message_of
    from worker.scoring import folded_text

    return [
        (folded_text(message_of(s["message"])), s["expected"]["level"], s["expected"]["categories"])
        for s in scenarios
    ]


@lru_cache(maxsize=1)
def default_model() -> Model:
    """The model trained on the shipped corpus's build part (once per process)."""
    return train(training_examples(corpus_examples("build")))
