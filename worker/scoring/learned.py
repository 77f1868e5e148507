"""The learned layer: a linear model over character n-grams that judges sentences, not mails.

A harassing sentence is usually one sentence of a longer message, and a long frustrated report
is long, not abusive. So the model reads *windows*: each sentence of the live text, and each pair
of neighbouring sentences (a threat often spans two). Each window gets a probability of being
harassment and one per text category; a message is as harassing as its worst window.

Features are the distinct character 1–4-grams of a window's folded text (kana, width and case
already folded by :mod:`.normalize`; digits read as 0), weighted 1/√k for k distinct grams, so
that a window's length does not decide its score. The model *knows what it does not know*: it
reports the share of a window's grams it saw in training, and the caller does not let it judge
text that is mostly unfamiliar (another script, emoji, a run of dots).

Weights are built offline from the labelled corpus (``kasuguard model build``, see
:mod:`worker.training`) and shipped in ``model/weights.npz`` with the thresholds chosen from
out-of-fold predictions; loading them is the only thing this module reads from disk.
Inference is a handful of numpy operations per message.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from worker.categories import CATEGORIES
from worker.scoring.patterns import compile_pattern

__all__ = [
    "MODEL_DIR",
    "ORDERS",
    "TEXT_CATEGORIES",
    "Model",
    "Window",
    "GramLookup",
    "WindowScores",
    "current_model",
    "gram_table",
    "load_model",
    "using",
    "sentence_spans",
    "windows_of",
]

MODEL_DIR = Path(__file__).parent / "model"
ORDERS = (1, 2, 3, 4)
"""Character n-gram orders."""
# The model judges a window only when it saw most of its letters and letter pairs in training and
# the window has enough n-grams to say anything: other scripts, emoji rows and "……" are not
# evidence of anything.
MIN_FAMILIAR = 0.6
MIN_GRAMS = 8
FAMILIAR_ORDER = 2
"""Familiarity (does the model know this text at all?) is the known share of 1–2-grams."""
MAX_WINDOW = 160
"""A sentence longer than this is judged in pieces of at most this many characters."""
TEXT_CATEGORIES: tuple[str, ...] = tuple(
    c for c in CATEGORIES if c not in ("repeat", "after_hours")
)
"""The categories wording can show (``repeat`` and ``after_hours`` come from context)."""

_SENTENCE_END = compile_pattern(r"[。．!?！？\n]+|\.(?:\s|$)")
_BREAK = compile_pattern(r"[、,，;；:：\s]")
_LANE = 16  # bits per character in a packed n-gram
_ASTRAL = 0xFFFE  # every character outside the BMP reads as this one
_DIGIT = ord("0") + 1


@dataclass(frozen=True)
class Window:
    """A judged span: which text (index into the caller's list) and where."""

    text: int
    start: int
    end: int


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentences of ``text`` (terminators excluded, blank ones dropped), long ones cut into
    pieces of at most ``MAX_WINDOW`` characters at a comma or a space when there is one."""
    spans: list[tuple[int, int]] = []
    start = 0
    for t_start, t_end in [*_SENTENCE_END.finditer(text), (len(text), len(text))]:
        left, right = start, t_start
        while left < right and text[left].isspace():
            left += 1
        while right > left and text[right - 1].isspace():
            right -= 1
        while right - left > MAX_WINDOW:
            cut = left + MAX_WINDOW
            soft = _last_break(text, left + MAX_WINDOW // 2, cut)
            spans.append((left, soft if soft is not None else cut))
            left = soft + 1 if soft is not None else cut
        if right > left:
            spans.append((left, right))
        start = t_end
    return spans


def _last_break(text: str, lo: int, hi: int) -> int | None:
    last = None
    for s, _ in _BREAK.finditer(text[lo:hi]):
        last = lo + s
    return last


def windows_of(texts: Sequence[str]) -> list[Window]:
    """Every sentence of every text, then every pair of neighbouring sentences."""
    out: list[Window] = []
    pairs: list[Window] = []
    for index, text in enumerate(texts):
        spans = sentence_spans(text)
        out += [Window(index, s, e) for s, e in spans]
        pairs += [Window(index, a[0], b[1]) for a, b in zip(spans, spans[1:], strict=False)]
    return out + pairs


def _codes(text: str) -> np.ndarray:
    cp = np.frombuffer(text.encode("utf-32-le", "replace"), dtype=np.uint32).astype(np.uint64)
    cp = np.where(cp > 0xFFFD, _ASTRAL, cp)
    cp[(cp >= ord("0")) & (cp <= ord("9"))] = ord("0")
    return cp + 1  # 0 means "no character"


def gram_table(text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every n-gram of ``text`` as (packed code, start, order), sorted by start, then order."""
    cp = _codes(text)
    n = len(cp)
    # Row i holds the grams starting at character i, column k the one of order k + 1: read
    # row by row, the grams come in the order wanted, with no sort.
    grid = np.zeros((n, len(ORDERS)), dtype=np.uint64)
    grid[:, 0] = cp
    for k in range(1, min(len(ORDERS), n)):
        grid[: n - k, k] = grid[: n - k, k - 1] | (cp[k:] << np.uint64(_LANE * k))
    # Only the last rows hold grams that would run past the end.
    full = max(n - len(ORDERS) + 1, 0)
    tail = range(full, n)
    code = np.concatenate([grid[:full].ravel(), *(grid[i, : n - i] for i in tail)])
    per_start = np.minimum(len(ORDERS), n - np.arange(n, dtype=np.int64))
    start = np.repeat(np.arange(n, dtype=np.int64), per_start)
    orders = np.array(ORDERS, dtype=np.int64)
    order = np.concatenate([np.tile(orders, full), *(orders[: n - i] for i in tail)])
    return code, start, order


_GOLDEN = np.uint64(0x9E3779B97F4A7C15)  # Fibonacci hashing: multiply, keep the top bits


class GramLookup:
    """A sorted vocabulary of packed n-gram codes as an open-addressing hash table.

    ``ids(codes)`` gives each code's index in the vocabulary, or -1, in a few array operations:
    the same answer as a binary search, which cost 0.2 ms per 2 KB message (12 cache-missing
    steps per gram over 78,000 codes) where this takes a tenth of that. The table holds each
    code once, at its hash slot or the first free slot after it (linear probing); 0 marks a free
    slot (no code is 0: every character counts from 1).
    """

    def __init__(self, vocabulary: np.ndarray) -> None:
        count = len(vocabulary)
        self.bits = max(4, (3 * count).bit_length())  # at most a third of the slots used
        self.mask = (1 << self.bits) - 1
        self.codes = np.zeros(1 << self.bits, dtype=np.uint64)
        self.index = np.zeros(1 << self.bits, dtype=np.int32)
        self.longest = 0  # the most slots past its own that a code had to move
        slots = self._slots(vocabulary)
        pending = np.arange(count, dtype=np.int64)
        while len(pending):
            free = self.codes[slots] == 0
            taken, first = np.unique(slots[free], return_index=True)
            placed = pending[free][first]  # one code per free slot this round
            self.codes[taken] = vocabulary[placed]
            self.index[taken] = placed
            left = np.ones(len(pending), dtype=bool)
            left[np.flatnonzero(free)[first]] = False
            pending, slots = pending[left], (slots[left] + 1) & self.mask
            self.longest += bool(len(pending))

    def _slots(self, codes: np.ndarray) -> np.ndarray:
        hashed = codes.astype(np.uint64) * _GOLDEN  # wraps modulo 2**64, as intended
        return (hashed >> np.uint64(64 - self.bits)).astype(np.int64)

    def ids(self, codes: np.ndarray) -> np.ndarray:
        """Vocabulary index of every code, -1 for codes the vocabulary lacks."""
        slots = self._slots(codes)
        found = self.codes[slots]
        out = np.where(found == codes, self.index[slots], -1)
        # The few codes neither at their slot nor absent from it probe on.
        going = np.flatnonzero((out < 0) & (found != 0))
        slots = slots[going]
        for _ in range(self.longest):
            if not len(going):
                break
            slots = (slots + 1) & self.mask
            found = self.codes[slots]
            hit = found == codes[going]
            out[going[hit]] = self.index[slots[hit]]
            on = ~hit & (found != 0)
            going, slots = going[on], slots[on]
        return out


@dataclass(frozen=True)
class WindowGrams:
    """Distinct grams per window: parallel arrays of window index and feature id.

    Feature ids below ``vocabulary_size`` are known grams; unknown grams get ids above it (a
    hash, only counted). ``sizes[w]`` is the number of distinct grams of window ``w``,
    ``known[w]`` how many of them are known; ``letter_*`` count the 1–2-grams only, which say
    whether the model knows the *script and spelling* (new wording is expected in 3–4-grams).
    """

    window: np.ndarray
    feature: np.ndarray
    sizes: np.ndarray
    known: np.ndarray
    letter_sizes: np.ndarray  # distinct 1–2-grams per window
    letter_known: np.ndarray  # how many of those are known


def window_grams(
    texts: Sequence[str],
    windows: Sequence[Window],
    vocabulary: np.ndarray,
    lookup: GramLookup | None = None,
) -> WindowGrams:
    """Map every window to its distinct grams, looked up in the sorted ``vocabulary`` (through
    ``lookup``, the same vocabulary's hash table, when the caller keeps one)."""
    tables = [gram_table(t) for t in texts]
    table = lookup if lookup is not None else GramLookup(vocabulary)
    looked: list[np.ndarray] = []
    for code, _, _ in tables:
        idx = table.ids(code)
        unknown = len(vocabulary) + (code % np.uint64(2147483647)).astype(np.int64)
        looked.append(np.where(idx >= 0, idx, unknown))
    parts_w: list[np.ndarray] = []
    parts_f: list[np.ndarray] = []
    parts_low: list[np.ndarray] = []
    for t, (_, start, order) in enumerate(tables):
        mine = [(k, w) for k, w in enumerate(windows) if w.text == t]
        if not mine:
            continue
        owner = np.array([k for k, _ in mine], dtype=np.int64)
        begins = np.array([w.start for _, w in mine], dtype=np.int64)
        ends = np.array([w.end for _, w in mine], dtype=np.int64)
        lo = np.searchsorted(start, begins, "left")
        lengths = np.searchsorted(start, ends, "left") - lo
        total = int(lengths.sum())
        if not total:
            continue
        # Every window's gram indices [lo, hi) laid end to end, without a Python loop.
        first = np.cumsum(lengths) - lengths
        index = np.arange(total, dtype=np.int64) - np.repeat(first - lo, lengths)
        inside = start[index] + order[index] <= np.repeat(ends, lengths)
        index = index[inside]
        parts_f.append(looked[t][index])
        parts_w.append(np.repeat(owner, lengths)[inside])
        parts_low.append(order[index] <= FAMILIAR_ORDER)
    n_windows = len(windows)
    if not parts_f or not sum(len(p) for p in parts_f):
        zeros = np.zeros(n_windows, dtype=np.int64)
        empty = np.zeros(0, dtype=np.int64)
        return WindowGrams(empty, empty, zeros, zeros, zeros, zeros)
    all_w, all_f = np.concatenate(parts_w), np.concatenate(parts_f)
    high = ~np.concatenate(parts_low)
    # One sort for both counts: (window, feature, 3–4-gram) triples; the lowest bit set apart
    # gives the distinct (window, feature) pairs, and the triples with it clear the pairs seen
    # as a 1–2-gram.
    triples = _distinct((all_w << np.int64(34)) | (all_f << np.int64(1)) | high)
    pairs = triples >> np.int64(1)
    first = np.ones(len(pairs), dtype=bool)
    np.not_equal(pairs[1:], pairs[:-1], out=first[1:])
    pairs = pairs[first]
    window = pairs >> np.int64(33)
    feature = pairs & np.int64((1 << 33) - 1)
    sizes = np.bincount(window, minlength=n_windows)
    known = np.bincount(window[feature < len(vocabulary)], minlength=n_windows)
    low_pairs = triples[(triples & np.int64(1)) == 0] >> np.int64(1)
    low_window = low_pairs >> np.int64(33)
    low_known = (low_pairs & np.int64((1 << 33) - 1)) < len(vocabulary)
    low_sizes = np.bincount(low_window, minlength=n_windows)
    low_seen = np.bincount(low_window[low_known], minlength=n_windows)
    return WindowGrams(window, feature, sizes, known, low_sizes, low_seen)


def _distinct(keys: np.ndarray) -> np.ndarray:
    """Sorted distinct values (a sort and a comparison: faster than ``np.unique`` here)."""
    if not len(keys):
        return keys
    keys = np.sort(keys)
    keep = np.empty(len(keys), dtype=bool)
    keep[0] = True
    np.not_equal(keys[1:], keys[:-1], out=keep[1:])
    return keys[keep]


@dataclass(frozen=True)
class WindowScores:
    """The model's view of each window: probabilities per output and the known-gram share."""

    windows: tuple[Window, ...]
    harassment: np.ndarray  # (windows,) probability of the "harassment" output
    familiarity: np.ndarray  # (windows,) share of the window's grams seen in training
    sizes: np.ndarray  # (windows,) distinct grams
    _all: Callable[[], np.ndarray] = field(repr=False, compare=False)  # probabilities, on demand

    @cached_property
    def probabilities(self) -> np.ndarray:
        """(windows, outputs): "harassment", then one column per text category.

        Worked out when first read: most messages are judged on the harassment column alone,
        and the other twelve cost a third of the learned layer's time. Column 0 equals
        ``harassment`` exactly (the same sums, in the same order)."""
        return self._all()

    @property
    def judged(self) -> np.ndarray:
        """Windows the model may judge: familiar enough, with enough grams to say anything."""
        return (self.familiarity >= MIN_FAMILIAR) & (self.sizes >= MIN_GRAMS)


@dataclass(frozen=True)
class Example:
    """A labelled training sentence, shown as the nearest case to a finding."""

    category: str
    text: str
    why: str


@dataclass(frozen=True)
class Model:
    """Vocabulary, weights (one column per output), thresholds and nearest-case index."""

    vocabulary: np.ndarray  # (V,) uint64, sorted
    weights: np.ndarray  # (V, outputs) float32
    bias: np.ndarray  # (outputs,)
    outputs: tuple[str, ...]  # "harassment", then TEXT_CATEGORIES
    thresholds: dict[str, float]
    examples: tuple[Example, ...] = ()
    # The examples' known grams as CSR parts (indptr, feature ids) and each example's output.
    example_index: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None

    @cached_property
    def harassment_weights(self) -> np.ndarray:
        """The "harassment" column of ``weights``, contiguous (V, 1)."""
        return np.ascontiguousarray(self.weights[:, :1])

    @cached_property
    def lookup(self) -> GramLookup:
        """The vocabulary's hash table (built once per model)."""
        return GramLookup(self.vocabulary)

    @property
    def empty(self) -> bool:
        """True for the stand-in used when no weights are shipped: it never judges."""
        return len(self.vocabulary) == 0

    def score_windows(self, texts: Sequence[str], windows: Sequence[Window]) -> WindowScores:
        """Probabilities for every window (no thresholds applied)."""
        outputs = len(self.outputs)
        if not windows or self.empty:
            return WindowScores(
                tuple(windows),
                np.zeros(len(windows)),
                np.zeros(len(windows)),
                np.zeros(len(windows), dtype=np.int64),
                lambda: np.zeros((len(windows), outputs)),
            )
        grams = window_grams(texts, windows, self.vocabulary, self.lookup)
        sizes = np.maximum(grams.sizes, 1)
        known = grams.feature < len(self.vocabulary)
        owner = grams.window[known]  # sorted: grams come grouped by window
        feature = grams.feature[known]
        first = np.flatnonzero(np.diff(owner, prepend=-1))  # each window's first row
        scale = np.sqrt(sizes[owner])[:, None]

        def logits(weights: np.ndarray, bias: np.ndarray) -> np.ndarray:
            out = np.tile(bias.astype(np.float64), (len(windows), 1))
            if len(owner):
                rows = weights[feature].astype(np.float64)
                rows /= scale
                out[owner[first]] += np.add.reduceat(rows, first, axis=0)
            return out

        harassment = 1.0 / (1.0 + np.exp(-logits(self.harassment_weights, self.bias[:1])[:, 0]))
        familiarity = grams.letter_known / np.maximum(grams.letter_sizes, 1)
        return WindowScores(
            tuple(windows),
            harassment,
            familiarity,
            grams.sizes.astype(np.int64),
            lambda: 1.0 / (1.0 + np.exp(-logits(self.weights, self.bias))),
        )

    def nearest(self, text: str, category: str) -> Example | None:
        """The labelled sentence of ``category`` whose grams overlap ``text``'s the most."""
        if self.example_index is None or not self.examples:
            return None
        indptr, indices, cats = self.example_index
        grams = window_grams([text], [Window(0, 0, len(text))], self.vocabulary, self.lookup)
        mine = set(grams.feature[grams.feature < len(self.vocabulary)].tolist())
        if not mine:
            return None
        best, best_score = None, 0.0
        wanted = self.outputs.index(category) if category in self.outputs else -1
        for k in np.flatnonzero(cats == wanted):
            theirs = indices[indptr[k] : indptr[k + 1]]
            if not len(theirs):
                continue
            shared = sum(1 for f in theirs.tolist() if f in mine)
            score = shared / np.sqrt(len(mine) * len(theirs))
            if score > best_score:
                best, best_score = int(k), score
        return None if best is None or best_score < 0.2 else self.examples[best]


def _empty_model() -> Model:
    outputs = ("harassment", *TEXT_CATEGORIES)
    return Model(
        vocabulary=np.zeros(0, dtype=np.uint64),
        weights=np.zeros((0, len(outputs)), dtype=np.float32),
        bias=np.zeros(len(outputs)),
        outputs=outputs,
        thresholds={},
    )


def model_from_arrays(arrays: Any, meta: dict[str, Any]) -> Model:
    """A :class:`Model` from the arrays and metadata :func:`worker.training.save` wrote."""
    examples = tuple(Example(**e) for e in meta.get("examples", ()))
    index = None
    if "example_indptr" in arrays:
        index = (
            np.asarray(arrays["example_indptr"]),
            np.asarray(arrays["example_indices"]),
            np.asarray(arrays["example_outputs"]),
        )
    if "weights_int8" in arrays:
        weights = arrays["weights_int8"].astype(np.float32) * arrays["weights_scale"]
    else:
        weights = np.asarray(arrays["weights"], dtype=np.float32)
    return Model(
        vocabulary=np.asarray(arrays["vocabulary"], dtype=np.uint64),
        weights=weights,
        bias=np.asarray(arrays["bias"], dtype=np.float64),
        outputs=tuple(meta["outputs"]),
        thresholds={k: float(v) for k, v in meta["thresholds"].items()},
        examples=examples,
        example_index=index,
    )


_OVERRIDE: list[Model] = []


def current_model() -> Model:
    """The model ``assess`` uses: the shipped one, or one an evaluation put in its place."""
    return _OVERRIDE[-1] if _OVERRIDE else load_model()


@contextmanager
def using(model: Model) -> Iterator[None]:
    """Score with ``model`` instead of the shipped one (leave-one-writer-out evaluation)."""
    _OVERRIDE.append(model)
    try:
        yield
    finally:
        _OVERRIDE.pop()


@lru_cache(maxsize=1)
def load_model(directory: str = str(MODEL_DIR)) -> Model:
    """The shipped model (read once per process); a model that never judges if none ships."""
    weights = Path(directory) / "weights.npz"
    meta = Path(directory) / "model.json"
    if not weights.exists() or not meta.exists():
        return _empty_model()
    with np.load(weights) as arrays:
        model = model_from_arrays(
            {k: arrays[k] for k in arrays.files}, json.loads(meta.read_text("utf-8"))
        )
    model.lookup  # noqa: B018  built here, so a worker's forked jobs inherit them
    model.harassment_weights  # noqa: B018
    return model
