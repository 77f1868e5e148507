"""Rule tables: the conduct each category describes, in Japanese and English, one module each.

Each entry is a *family of phrasings* for one kind of conduct (the spec's "what counts" column
and the seed policies' clauses), not a copy of any one ticket. Patterns are folded like the
message text (NFKC, lower case, katakana → hiragana), so 「クビ」「ｸﾋﾞ」「くび」 are one pattern.
Guards (``needs`` / ``unless``) encode the hard negatives of ``shared/spec/categories.md``.
The ``*_FAMILIES`` tables are structural frames (a threat frame, a status-wielding frame, a
demand verb form with an object class, a named-person frame), each with the hard negatives it
must not touch (tests/scoring/test_families.py).
"""

from __future__ import annotations

from worker.scoring.lexicon.abuse import ABUSE, ABUSE_TARGET, EN_ABUSE_TARGET
from worker.scoring.lexicon.discrimination import (
    DISCRIMINATION,
    DISCRIMINATION_FAMILIES,
    SEXUAL_FAMILIES,
)
from worker.scoring.lexicon.dogeza import DOGEZA
from worker.scoring.lexicon.excessive import EXCESSIVE, EXCESSIVE_FAMILIES
from worker.scoring.lexicon.exposure import EXPOSURE
from worker.scoring.lexicon.intimidation import INTIMIDATION, INTIMIDATION_FAMILIES
from worker.scoring.lexicon.money import MONEY, MONEY_FAMILIES
from worker.scoring.lexicon.privacy import PRIVACY
from worker.scoring.lexicon.punish_staff import PUNISH
from worker.scoring.lexicon.restraint import RESTRAINT
from worker.scoring.lexicon.staff_attack import LEGIT_HANDLER, STAFF_ATTACK, STAFF_FAMILIES
from worker.scoring.lexicon.threat import THREAT, THREAT_FAMILIES, VEILED
from worker.scoring.rules import Rule

__all__ = ["ABUSE_TARGET", "EN_ABUSE_TARGET", "LEGIT_HANDLER", "TEXT_RULES", "VEILED"]

TEXT_RULES: tuple[Rule, ...] = (
    ABUSE
    + THREAT
    + THREAT_FAMILIES
    + INTIMIDATION
    + INTIMIDATION_FAMILIES
    + EXPOSURE
    + DOGEZA
    + MONEY
    + MONEY_FAMILIES
    + PUNISH
    + STAFF_ATTACK
    + STAFF_FAMILIES
    + PRIVACY
    + DISCRIMINATION
    + DISCRIMINATION_FAMILIES
    + SEXUAL_FAMILIES
    + EXCESSIVE
    + EXCESSIVE_FAMILIES
    + RESTRAINT
)
"""Every text rule, in the contract's category order."""
