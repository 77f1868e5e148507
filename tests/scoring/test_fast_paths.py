"""The scorer's fast paths give exactly what the plain definitions they replace give.

Speed work (issue 9) replaced a few plain computations with faster ones; each is checked here
against the plain form, kept in this file as the reference: sentence terminators (one pass over
code points instead of a look-ahead pattern), n-grams (a grid instead of a sort), the vocabulary
(a hash table instead of a binary search) and look-alike characters (visited by a search instead
of a loop over every character).
"""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from worker.scoring.learned import ORDERS, GramLookup, _codes, gram_table, load_model
from worker.scoring.normalize import CONFUSABLE_LATIN, KANJI_AS_KANA, _latin, _look_alikes
from worker.scoring.rules import SENTENCE_END, _terminators

# Characters that matter to these paths, and some that do not.
ALPHABET = st.sampled_from(
    list("。．!?！？\n.. \t\u3000\u00a0\u2028xaあア力口一0９😀")
    + list(KANJI_AS_KANA)
    + list(CONFUSABLE_LATIN)
    + ["\ud800"]  # a lone surrogate, as a broken client sends it
)
TEXTS = st.lists(ALPHABET, max_size=60).map("".join)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_terminators_are_the_sentence_end_pattern(text: str) -> None:
    found = list(SENTENCE_END.finditer(text))
    expected = (tuple(s for s, _ in found), tuple(e for _, e in found))
    assert _terminators(text) == expected


def _plain_gram_table(text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    cp = _codes(text)
    n = len(cp)
    codes, starts, orders = [], [], []
    for order in ORDERS:
        if n < order:
            break
        packed = cp[: n - order + 1].copy()
        for k in range(1, order):
            packed |= cp[k : n - order + 1 + k] << np.uint64(16 * k)
        codes.append(packed)
        starts.append(np.arange(n - order + 1, dtype=np.int64))
        orders.append(np.full(n - order + 1, order, dtype=np.int64))
    if not codes:
        empty = np.zeros(0, dtype=np.int64)
        return np.zeros(0, dtype=np.uint64), empty, empty
    by_start = np.argsort(np.concatenate(starts), kind="stable")
    return (
        np.concatenate(codes)[by_start],
        np.concatenate(starts)[by_start],
        np.concatenate(orders)[by_start],
    )


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_gram_table_is_every_gram_by_start_then_order(text: str) -> None:
    got, plain = gram_table(text), _plain_gram_table(text)
    for a, b in zip(got, plain, strict=True):
        assert a.dtype == b.dtype and np.array_equal(a, b)


def test_the_vocabulary_table_answers_as_a_binary_search() -> None:
    vocabulary = load_model().vocabulary
    rng = np.random.default_rng(9)
    known = rng.choice(vocabulary, 5000)
    unknown = rng.integers(1, 1 << 40, 5000, dtype=np.uint64)
    near = vocabulary[:2000] + np.uint64(1)  # neighbours of real codes, mostly absent
    codes = np.concatenate([known, unknown, near])
    where = np.minimum(np.searchsorted(vocabulary, codes), len(vocabulary) - 1)
    expected = np.where(vocabulary[where] == codes, where, -1)
    assert np.array_equal(GramLookup(vocabulary).ids(codes), expected)
    assert np.array_equal(GramLookup(vocabulary[:0]).ids(codes), np.full(len(codes), -1))


def _plain_look_alikes(text: str, original: str, source: list[int]) -> str:
    chars = list(text)
    for k, ch in enumerate(text):
        if ch in KANJI_AS_KANA and k:
            before = original[source[k - 1]] if source[k - 1] < len(original) else ""
            if "\u30a1" <= before <= "\u30fa" or "\uff66" <= before <= "\uff9d":
                chars[k] = KANJI_AS_KANA[ch]
        elif ch in CONFUSABLE_LATIN:
            if (k and _latin(text[k - 1])) or (k + 1 < len(text) and _latin(text[k + 1])):
                chars[k] = CONFUSABLE_LATIN[ch]
    return "".join(chars)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("バカエロxa力口一二idоtアａ")), max_size=30).map("".join))
def test_look_alikes_read_as_a_loop_over_every_character_would(text: str) -> None:
    source = list(range(len(text)))
    assert _look_alikes(text, text, source) == _plain_look_alikes(text, text, source)


def test_the_harassment_column_is_the_full_computation_s_first_column() -> None:
    from worker.scoring.corpus import corpus_files, load_scenarios, message_of
    from worker.scoring.learned import windows_of
    from worker.scoring.reading import folded_texts

    model = load_model()
    scenarios = [s for path in corpus_files()[:3] for s in load_scenarios(path)][:300]
    for scenario in scenarios:
        texts = folded_texts(message_of(scenario["message"]))
        scores = model.score_windows(texts, windows_of(texts))
        # Bit for bit: the cheap column decides fill and veto, the full matrix the categories.
        assert np.array_equal(scores.harassment, scores.probabilities[:, 0])
