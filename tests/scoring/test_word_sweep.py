"""Dictionary sweep: no plain-word insult or slur fires inside another word of the dictionary.

For every phrasing the rule tables mark as a plain word (``Rule.words``: an insult or slur
written as one Japanese word), every entry of the dictionary the analyser reads
(``words.DICTIONARY``) whose folded surface contains it is put in a sentence. An entry in
which the word does not stand on morpheme boundaries when the analyser reads the entry alone is
a different word (チョンマゲ, アスペクト, 行きちがい, ながめくらす): its rule must not fire.
Entries where it does stand alone are compounds of the word itself (東支那海, ぶっ潰れろ) and
are left out.
"""

from __future__ import annotations

from datetime import datetime
from functools import cache
from zoneinfo import ZoneInfo

import pytest
import re2
from sudachipy import Dictionary, SplitMode

from worker.scoring import Message, _analyse
from worker.scoring.lexicon import TEXT_RULES
from worker.scoring.normalize import fold
from worker.scoring.words import DICTIONARY

AT = datetime(2026, 2, 4, 11, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
WORDS = sorted({(r.reason, r.alternatives[k].source) for r in TEXT_RULES for k in r.words})


@cache
def _different_words() -> list[tuple[str, str, str]]:
    """(reason, word, dictionary surface) for every entry that contains a word but is not it."""
    dictionary = Dictionary(dict=DICTIONARY)
    reader = dictionary.tokenizer(mode=SplitMode.A)
    literals = sorted({w for _, w in WORDS})
    options = re2.Options()
    options.never_capture = True
    found_in = re2.Set.SearchSet(options)
    for word in literals:
        found_in.Add(re2.escape(word))
    found_in.Compile()
    reasons = {w: [r for r, x in WORDS if x == w] for w in literals}
    out = []
    seen: set[str] = set()
    for entry in dictionary.entries():
        surface = entry.surface()
        if surface in seen:
            continue
        seen.add(surface)
        folded = fold(surface)
        for k in found_in.Match(folded.encode("utf-8")) or ():
            word = literals[k]
            if folded == word or len(folded) != len(surface):
                continue
            start = folded.find(word)
            end = start + len(word)
            cuts = {0, len(surface)}
            for m in reader.tokenize(surface):
                cuts.update((m.begin(), m.end()))
            if start in cuts and end in cuts:
                continue  # the word itself, inside a compound
            out += [(reason, word, surface) for reason in reasons[word]]
    return out


def test_the_sweep_covers_the_dictionary() -> None:
    cases = _different_words()
    assert len(cases) > 100
    assert "チョンマゲ" in {s for _, w, s in cases if w == "ちょん"}


def test_no_plain_word_fires_inside_another_dictionary_word() -> None:
    fired = []
    for reason, word, surface in _different_words():
        message = Message(subject="", body=f"{surface}について質問です。", channel="web", at=AT)
        hits = [h for h in _analyse(message).hits if h.rule.reason == reason]
        if any(h.working.text[h.start : h.end] == word for h in hits):
            fired.append((word, surface))
    assert not fired, fired[:20]


@pytest.mark.parametrize(("reason", "word"), WORDS[:1])
def test_a_plain_word_still_fires_as_a_word(reason: str, word: str) -> None:
    message = Message(subject="", body=f"この{word}が。", channel="web", at=AT)
    assert any(h.rule.reason == reason for h in _analyse(message).hits)
