"""Which language a message is written in: Japanese and English are judged by every stage;
any other language gets the rules only, and the note says the language is not supported.

Scripts decide most cases at no cost (kana is Japanese, Hangul Korean, Thai, Arabic, Cyrillic…).
Text in Latin letters is English unless the common function words of another Latin-script
language a Japanese desk meets (Spanish, Portuguese, French, German, Italian, Dutch, Indonesian,
Tagalog, Vietnamese, Turkish) outnumber the English ones; text too short to tell (「ok」, an order
number) counts as English, where the rules are harmless. A table of function words decides one
question (English or not) for a few microseconds; a general language identifier (py3langid was
measured) costs 75 MB of worker memory for the same answer. Han characters with no kana are
Japanese when short (「至急対応」) and Chinese when they make up a longer text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

__all__ = ["FUNCTION_WORDS", "JUDGED", "identify"]

JUDGED = frozenset({"ja", "en"})
"""Languages the learned layer judges (the ones its corpus is written in)."""

# The most common short words of each language (articles, pronouns, prepositions, politeness),
# lower case, without accents where writers often drop them.
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    code: frozenset(words.split())
    for code, words in {
        "en": "the and to of a in is it you that for on my i your this have not with be are "
        "was but can we please thanks thank me do at from or will if our me no so an my am",
        "es": "el la los las de que y en un una por para con no es su al lo como mas pero mi "
        "gracias hola pedido usted muy esta este tengo",
        "pt": "o a os as de que e do da em um uma para com nao por se na no meu minha obrigado "
        "obrigada ola pedido voce esta",
        "fr": "le la les des de et est un une pour pas que je vous nous il elle dans sur avec "
        "merci bonjour ma mon commande ne",
        "de": "der die das und ist nicht ich sie es ein eine zu mit den dem von bitte danke "
        "meine mein hallo bestellung wir auf",
        "it": "il la di che e non un una per con sono mi grazie ciao ordine del della io",
        "nl": "de het een en van is niet ik je dat op met voor zijn mijn bedankt hallo bestelling",
        "id": "saya tidak yang dan ini itu dengan untuk ada di ke dari terima kasih pesanan "
        "apakah sudah belum anda",
        "tl": "po ang ng sa mga ako ko na ang ay salamat kayo hindi paano ba opo",
        "vi": "toi khong cua la va cho mot cac duoc co nay don hang cam on ban",
        "tr": "ve bir bu da de ne icin ile siparis tesekkur merhaba ben degil mi",
    }.items()
}
_MIN_LATIN = 20  # letters below which a Latin text is too short to tell: English
_SAMPLE = 400  # characters read
_MIN_HAN_ALONE = 8  # Han characters without kana from which a text reads as Chinese
_FOLD_ACCENTS = str.maketrans("áàâãäåéèêëíìîïóòôõöúùûüñçß", "aaaaaaeeeeiiiiooooouuuuncs")


def _latin_language(letters: str) -> str:
    words = letters.lower().translate(_FOLD_ACCENTS).split()
    counts = {code: sum(w in table for w in words) for code, table in FUNCTION_WORDS.items()}
    best = max(counts, key=counts.__getitem__)
    if counts[best] <= counts["en"] or counts[best] < 2:
        return "en"
    return best


@lru_cache(maxsize=8192)
def _script(ch: str) -> str:
    code = ord(ch)
    if 0x3040 <= code <= 0x30FF or 0xFF66 <= code <= 0xFF9D:
        return "kana"
    if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF:
        return "han"
    if 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
        return "ko"
    if ch.isascii() and ch.isalpha() or 0x00C0 <= code <= 0x024F or 0x1E00 <= code <= 0x1EFF:
        return "latin"
    if 0x0400 <= code <= 0x04FF:
        return "cyrillic"
    if 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F:
        return "ar"
    if 0x0E00 <= code <= 0x0E7F:
        return "th"
    if 0x0900 <= code <= 0x097F:
        return "hi"  # Devanagari (Hindi, Nepali, Marathi)
    if 0x1000 <= code <= 0x109F:
        return "my"
    if 0x0D80 <= code <= 0x0DFF:
        return "si"
    if 0x0590 <= code <= 0x05FF:
        return "he"
    if 0x0370 <= code <= 0x03FF:
        return "el"
    if ch.isalpha():
        return "other"
    return ""


def identify(texts: Sequence[str]) -> str:
    """An ISO 639-1 code for the language of ``texts`` ("ja", "en", "ko", …) or "und" for text
    with no letters at all (emoji, digits, punctuation)."""
    samples: list[str] = []
    budget = _SAMPLE
    for text in texts:
        samples.append(text[:budget])
        budget -= min(budget, len(text))
    # Counted per distinct character (Counter's loop is in C): most samples need no more.
    counts: dict[str, int] = {}
    for ch, n in Counter("".join(samples)).items():
        script = _script(ch)
        if script:
            counts[script] = counts.get(script, 0) + n
    letters = sum(counts.values())
    if not letters:
        return "und"
    kana, han = counts.get("kana", 0), counts.get("han", 0)
    if kana >= 2 or (kana and kana >= letters * 0.05):
        return "ja"
    if han:
        if han >= _MIN_HAN_ALONE and han >= letters * 0.5:
            return "zh"
        if han >= letters * 0.5:
            return "ja"
    script, top = max(counts.items(), key=lambda kv: kv[1])
    if script != "latin":
        return {"cyrillic": "ru", "other": "und", "han": "ja", "kana": "ja"}.get(script, script)
    if top < _MIN_LATIN:
        return "en"
    latin: list[str] = []
    for ch in "".join(samples):
        if len(latin) >= _SAMPLE:
            break
        if _script(ch) == "latin" or (latin and ch in " '-"):
            latin.append(ch)
    return _latin_language("".join(latin))
