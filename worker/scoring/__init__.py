"""Scoring: a pure function from (message, requester history, policy) to an ``Assessment``.

No I/O, no clock of its own, deterministic. The worker and the ``kasuguard score``/``eval``
commands call only ``assess`` and ``fingerprint``.

Pipeline: drop quoted mail and signatures (:mod:`.quotes`), fold the rest into a working string
that maps back to the original offsets (:mod:`.normalize`), run the guarded rule tables
(:mod:`.lexicon`, :mod:`.rules`), add the context categories — ``repeat`` from the requester's
fingerprints (:mod:`.history`) and ``after_hours`` from the policy calendar (:mod:`.calendar`) —
and apply the level table (:mod:`.levels`).
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import numpy as np

from worker.policy import Policy
from worker.scoring.calendar import Deadline, find_deadline
from worker.scoring.history import Fingerprint, demand_keys, judge_repeat
from worker.scoring.language import JUDGED, identify
from worker.scoring.learned import (
    MIN_GRAMS,
    TEXT_CATEGORIES,
    Model,
    WindowScores,
    current_model,
    windows_of,
)
from worker.scoring.levels import SEVERE, decide_level, score_for
from worker.scoring.lexicon import (
    ABUSE_TARGET,
    EN_ABUSE_TARGET,
    LEGIT_HANDLER,
    TEXT_RULES,
    VEILED,
)
from worker.scoring.normalize import Working, fold_pattern
from worker.scoring.patterns import compile_pattern
from worker.scoring.reading import read
from worker.scoring.rules import Hit, scan, sentence_bounds
from worker.scoring.types import CATEGORIES, LEVELS, Assessment, Finding, Message

__all__ = [
    "CATEGORIES",
    "LEVELS",
    "Assessment",
    "Finding",
    "Fingerprint",
    "Message",
    "assess",
    "fingerprint",
    "folded_text",
    "warm_up",
]

MAX_FINDINGS_PER_CATEGORY = 3
CONTEXT_CATEGORIES = frozenset({"repeat", "after_hours"})
# The learned layer's fill and veto thresholds ship with its weights (chosen from out-of-fold
# predictions by ``kasuguard model build``), never set here.
VETO_MIN_CHARS = 60
LONE_MIN_CHARS = 120
"""A lone severe phrase is weighed against the model only in a message at least this long: in
a short one the phrase is most of what was said."""
_TARGET_REACH = 10  # characters either side of a mild word where a person makes it an insult

# The message says it repeats itself: 「3回目」「毎日送る」「何度も言っている」, "again".
_CLAIM = compile_pattern(
    fold_pattern(
        r"(?:\d+|何|[二三四五六七八九十])(?:回目|度目|日目|晩目|通目)|何度(?:も|目)|何回(?:も|目)"
        r"|毎日|毎晩|連日|昨日も|一昨日も"
        r"|今日も|今夜も|再々|再度の|度重な|(?:送り|かけ|書き)続け|何度でも|何回でも|\bagain\b"
        r"|\bevery (?:day|night)\b"
        r"|\bin a row\b|\b(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh) (?:time"
        r"|message|night|day|request)\b"
        r"|\bkeep (?:sending|writing|asking)\b|\bhow many times\b|\b(?:three|four|five"
        r"|\d+) times\b|\bstill waiting\b"
    ),
)
# Shouting at a person: a rough command or retort right before "!!"/"！！！", or an all-caps
# message at someone. Polite or pleading words (ください, please, help) mean distress, not menace.
_BANGS = compile_pattern(r"[!?]{2,}")
_ROUGH_BANG = compile_pattern(
    fold_pattern(
        r"(?:しろ|(?<![ぁ-ゖ])せ|せよ|ろ|(?<![まさ])れ|(?<![でま])すか?な|んな|のか|んか|んかい|んだよ|だぞ"
        r"|んぞ|だろ|やろ|ねえ|ねー|やがれ|ごら|こら|おら|出せ|来い|こい"
        r"|\bnow|\bhear me|\bget \w+|\banswer (?:me|the phone)|\bcall me back)\s?[!?]*![!?]*!"
    )
)
_POLITE = compile_pattern(
    fold_pattern(r"ください|下さい|お願い|いただけ|頂け|ません|ますか|ですか|でしょうか")
    + r"|\b(?:please|pls|plz|kindly|help|thanks?|thank you|sorry)\b",
)
_CAPS_AT_PERSON = compile_pattern(
    r"\b(?:you|your|me|now|get|put|answer|call|manager|director|supervisor|who i am)\b"
)
_CAPS_RUN = compile_pattern(r"[A-Z][A-Z0-9'’,!?. ]{9,}[A-Z!?]", ignore_case=False)
_ALL_RULES = TEXT_RULES + VEILED
# Someone else's words, quoted after a verb of saying ("another customer shouted at your cashier
# 'I will kill you'", "we received this from a user: 'I know where you live'"): a report of
# conduct, not the writer's own. The quote must still be open where the phrase starts.
_QUOTED_REPORT = compile_pattern(
    r"\b(?:say|says|said|saying|shout(?:s|ed|ing)?|yell(?:s|ed|ing)?|scream(?:s|ed|ing)?|told"
    r"|tells?|telling|wr(?:ote|ites?|iting)|text(?:s|ed|ing)?|post(?:s|ed|ing)|threaten(?:s"
    r"|ed|ing)?"
    r"|warn(?:s|ed|ing)?|receiv(?:e|es|ed|ing)|forward(?:s|ed|ing)?|messag(?:es|ed|ing)"
    r"|emailed|left (?:a|this) (?:message|note))\b"
    r"[^.!?\n]{0,60}[\s:,]['\"‘“][^\"’”\n]{0,80}$"
)
_REPORT_REACH = 150


_LATIN_LETTERS = compile_pattern(r"[A-Za-zＡ-Ｚａ-ｚ]+", ignore_case=False)
_UPPER_LETTERS = compile_pattern(r"[A-ZＡ-Ｚ]+", ignore_case=False)


@dataclass(frozen=True)
class _Context:
    """Per-message analysis shared by ``fingerprint`` and ``assess``."""

    workings: tuple[Working, ...]
    hits: tuple[Hit, ...]
    folded: str
    claims: bool
    partial: bool  # only part of the text was read (too long, or the time budget ran out)


BUDGET_S = 2.0
"""Wall-clock seconds the rules may spend on one message before the rest is left unread (the
verdict then covers what was read, and says so). Matching is linear, so this is a guard for a
machine under heavy load, not the normal path: 100 KB takes well under a second."""
_CACHE: OrderedDict[Message, _Context] = OrderedDict()


def _analyse(message: Message, clock: Callable[[], float] = time.monotonic) -> _Context:
    # Cached (complete analyses only): the worker calls ``assess`` then ``fingerprint``.
    cached = _CACHE.get(message)
    if cached is not None:
        return cached
    deadline = clock() + BUDGET_S

    def over() -> bool:
        return clock() > deadline

    workings = read(message)
    hits: list[Hit] = []
    for w in workings:
        hits += scan(w, _ALL_RULES, stop=over)
    partial = over() or any(w.truncated for w in workings)
    folded = "\n".join(w.text for w in workings)
    ctx = _Context(workings, tuple(hits), folded, _CLAIM.search(folded) is not None, partial)
    if not partial:
        _CACHE[message] = ctx
        if len(_CACHE) > 8:
            _CACHE.popitem(last=False)
    return ctx


def folded_text(message: Message) -> str:
    """The text the rules and the model read: live subject and body, folded."""
    return _analyse(message).folded


def _text_categories(hits: Sequence[Hit]) -> set[str]:
    return {h.category for h in hits if h.rule.tag != "veiled"}


def fingerprint(message: Message) -> Fingerprint:
    """Reduce ``message`` to what ``repeat`` detection needs later (hashes, no raw text)."""
    ctx = _analyse(message)
    keys = demand_keys(ctx.folded, _text_categories(ctx.hits))
    return Fingerprint.build(message.at, ctx.folded, keys, ctx.claims)


def _targeted(hit: Hit) -> bool:
    """A mild rude word aimed at people (「お前ら役立たず」, "useless people") is an insult."""
    text = hit.working.text
    left, right = sentence_bounds(text, hit.start, hit.end)
    # Near the word, not anywhere in the sentence: 「クソみたいな障害でしたけど、担当の人を責める
    # 気はない」 is about the outage.
    left, right = max(left, hit.start - _TARGET_REACH), min(right, hit.end + _TARGET_REACH)
    if ABUSE_TARGET.search(text, left, right):
        return True
    near = EN_ABUSE_TARGET.search(text, max(0, hit.start - 2), min(len(text), hit.end + 20))
    return near is not None


def _quoted_report(hit: Hit) -> bool:
    """The phrase is inside words the writer quotes someone else as saying."""
    text = hit.working.text
    left, _ = sentence_bounds(text, hit.start, hit.end)
    left = max(left, hit.start - _REPORT_REACH)
    return _QUOTED_REPORT.search(text, left, hit.start) is not None


def _shouting(workings: tuple[Working, ...]) -> tuple[Working, int, int, bool] | None:
    """Evidence span of shouting at a person, or ``None``.

    The flag says whether the span is in original (all-caps) or working (「出せ！！！」) offsets.
    """
    for w in workings:
        bangs = list(_BANGS.finditer(w.text))
        # Two bursts, or one of three marks or more: 「早く直せ！！！」 is shouting, one "!!" not.
        if len(bangs) >= 2 or any(e - s >= 3 for s, e in bangs):
            for r_start, r_end in _ROUGH_BANG.finditer(w.text):
                left, right = sentence_bounds(w.text, r_start, r_start + 1)
                if not _POLITE.search(w.text, left, right):
                    return w, r_start, r_end, False
    for w in workings:
        # All caps at a person, in the body: an all-caps "URGENT SERVER DOWN" subject is not it;
        # neither is a plea ("PLEASE HELP, WE CANNOT LOG IN").
        if w.field != "body":
            continue
        letters = sum(e - s for s, e in _LATIN_LETTERS.finditer(w.original))
        if letters < 12 or not _CAPS_AT_PERSON.search(w.text):
            continue
        if letters < 20 and not _BANGS.search(w.text):
            continue
        upper = sum(e - s for s, e in _UPPER_LETTERS.finditer(w.original))
        if upper / letters >= 0.7 and not _POLITE.search(w.text):
            run = _CAPS_RUN.search(w.original)
            if run:
                return w, run[0], run[1], True
            return w, 0, 0, True
    return None


def _finding(
    category: str, working: Working, start: int, end: int, reason: str, policy: Policy
) -> Finding:
    o_start, o_end = working.span(start, end) if end > start else (0, 0)
    return _raw_finding(category, working, o_start, o_end, reason, policy)


def _select(hits: Sequence[Hit]) -> list[Hit]:
    """Keep non-overlapping hits per category, earliest first, a few per category."""
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.working.field != "subject", h.start, -h.end)):
        same = [k for k in kept if k.category == hit.category]
        if len(same) >= MAX_FINDINGS_PER_CATEGORY:
            continue
        if any(k.working is hit.working and k.start < hit.end and hit.start < k.end for k in same):
            continue
        kept.append(hit)
    return kept


def assess(
    message: Message, history: Sequence[Fingerprint], policy: Policy, *, learned: bool = True
) -> Assessment:
    """Score ``message`` against ``policy``, given the requester's earlier ``history``.

    ``learned=False`` leaves out the learned layer (the rules alone: used to choose its
    thresholds).
    """
    ctx = _analyse(message)
    enabled = policy.enabled_categories
    hits = [h for h in ctx.hits if h.rule.tag != "veiled" and not _quoted_report(h)]

    # A handler change with a stated reason (accessibility, language, wrong information) is
    # legitimate unless the "reason" is itself discriminatory.
    # (Searched only when there is a handler demand: the reason list is long.)
    has_discrimination = any(h.category == "discrimination_sexual" for h in hits)
    if (
        not has_discrimination
        and any(h.rule.tag == "handler" for h in hits)
        and any(LEGIT_HANDLER.search(w.text) for w in ctx.workings)
    ):
        hits = [h for h in hits if h.rule.tag != "handler"]

    # Menace next to the staff member's private life (home, family) is a threat.
    if any(h.category == "privacy" for h in hits):
        hits += [h for h in ctx.hits if h.rule.tag == "veiled"]

    # A veiled 「覚えとけ」 beside an announced harm or exposure is part of that threat.
    if any(h.category in ("threat", "exposure_threat") for h in hits):
        hits = [h for h in hits if h.rule.tag != "menace"]

    # One mild rude word (「ふざけるな」) beside other conduct is not a separate insult.
    abuse = [h for h in hits if h.category == "abuse"]
    if abuse and all(h.rule.tag == "mild" and not _targeted(h) for h in abuse):
        if {h.category for h in hits} - {"abuse"}:
            hits = [h for h in hits if h.category != "abuse"]

    # Conduct the rules found in a category this policy does not report: the rules were not
    # silent, so the model does not fill a category of its own in its place.
    unreported = any(h.category not in enabled for h in hits)
    hits = [h for h in _select(hits) if h.category in enabled]
    findings = [
        _finding(h.category, h.working, h.start, h.end, h.rule.reason, policy) for h in hits
    ]
    # Choosing who may serve by sex, nationality or age is also a handler demand (staff_attack).
    if "staff_attack" in enabled and not any(h.category == "staff_attack" for h in hits):
        chooser = next((h for h in hits if h.rule.tag == "selects_staff"), None)
        if chooser:
            reason = "属性を理由にした担当者の指定・変更の要求"
            findings.append(
                _finding(
                    "staff_attack", chooser.working, chooser.start, chooser.end, reason, policy
                )
            )

    shout = _shouting(ctx.workings)
    if shout and "intimidation" in enabled:
        if not any(f.category == "intimidation" for f in findings):
            w, s, e, original = shout
            reason = "大声（感嘆符の連続・大文字）での威圧"
            make = _raw_finding if original else _finding
            findings.append(make("intimidation", w, s, e, reason, policy))

    language = identify([w.text for w in ctx.workings])
    kneeling = any(h.category == "dogeza" and h.rule.tag == "kneel" for h in hits)
    # One mild rude word stays a low tag: the veto is for verdicts that would accuse (medium).
    mild = bool(hits) and all(h.category == "abuse" and h.rule.tag == "mild" for h in hits)
    deadline = (
        find_deadline(ctx.workings, message.at, policy.calendar)
        if "after_hours" in enabled
        else None
    )
    judgement = (
        _judge(ctx, findings, enabled, policy, language, kneeling or mild, deadline, unreported)
        if learned
        else _Judgement()
    )
    findings = [f for f in findings if f.category not in judgement.vetoed]
    findings += judgement.added

    text_categories = {f.category for f in findings}
    abuse_hits = [h for h in hits if h.category == "abuse"]
    mild_only = bool(abuse_hits) and all(
        h.rule.tag == "mild" and not _targeted(h) for h in abuse_hits
    )
    mild_only = mild_only and len({h.working.text[h.start : h.end] for h in abuse_hits}) == 1

    keys = demand_keys(ctx.folded, text_categories)
    current = Fingerprint.build(message.at, ctx.folded, keys, ctx.claims)
    if "repeat" in enabled:
        verdict = judge_repeat(current, keys, history, policy.history_window_days)
        if verdict:
            claim = next(((w, m) for w in ctx.workings for m in [_CLAIM.search(w.text)] if m), None)
            if claim:
                w, m = claim
                findings.append(_finding("repeat", w, m[0], m[1], verdict.reason, policy))
            else:
                findings.append(
                    _raw_finding("repeat", ctx.workings[1], 0, 0, verdict.reason, policy)
                )

    if deadline is not None:
        findings.append(
            _finding(
                "after_hours",
                deadline.working,
                deadline.start,
                deadline.end,
                deadline.reason,
                policy,
            )
        )

    categories = frozenset(f.category for f in findings)
    level = decide_level(categories, kneeling=kneeling, mild_abuse_only=mild_only)
    if judgement.review and level == "high":
        # A severe category on weak evidence (one phrase the model does not read as conduct, or
        # the model alone): a person decides (medium, note "review"), nobody is paged — unless
        # the message is high for another reason (three categories, repeat, kneeling).
        ordinary = frozenset("abuse" if c in SEVERE else c for c in categories)
        if decide_level(ordinary, kneeling=kneeling, mild_abuse_only=False) != "high":
            level = "medium"
    order = {c: i for i, c in enumerate(CATEGORIES)}
    findings.sort(key=lambda f: (order[f.category], f.field != "subject", f.start))
    return Assessment(
        level=level,
        score=score_for(level, categories, policy.category_weights),
        categories=tuple(c for c in CATEGORIES if c in categories),
        findings=tuple(findings),
        language=language,
        notes=judgement.notes + (("partial",) if ctx.partial else ()),
    )


@dataclass(frozen=True)
class _Judgement:
    """What the learned layer added or took away, and what it said about itself."""

    added: tuple[Finding, ...] = ()
    vetoed: frozenset[str] = frozenset()
    notes: tuple[str, ...] = ()
    review: bool = False  # a lone severe phrase: medium for a person to read, not escalated


def _judge(
    ctx: _Context,
    findings: Sequence[Finding],
    enabled: frozenset[str],
    policy: Policy,
    language: str,
    keep: bool,
    deadline: Deadline | None = None,
    unreported: bool = False,
) -> _Judgement:
    """Fill where the rules are silent, veto one weak rule verdict the model finds legitimate
    (never a severe category, kneeling, or a single mild word: ``keep``).

    The model judges only Japanese and English, and only windows whose n-grams it mostly saw
    in training; the rest it leaves to the rules and says so.
    """
    if language not in JUDGED:
        return _Judgement(notes=(f"language:{language}",))
    model = current_model()
    if model.empty or "fill" not in model.thresholds:
        return _Judgement()
    texts = tuple(w.text for w in ctx.workings)
    windows = windows_of(texts)
    scores = model.score_windows(texts, windows)
    judged = scores.judged
    unfamiliar = not judged.any() and bool(windows) and int(scores.sizes.max()) >= MIN_GRAMS
    if deadline is not None:
        # A deadline out of hours is the calendar's to judge (after_hours, low on its own): the
        # sentence that states it is not also read as an excessive demand.
        index = ctx.workings.index(deadline.working)
        judged &= np.array(
            [
                not (w.text == index and w.start < deadline.end and deadline.start < w.end)
                for w in scores.windows
            ],
            dtype=bool,
        )
    if not judged.any():
        return _Judgement(notes=("unfamiliar",) if unfamiliar else ())
    harassment = np.where(judged, scores.harassment, 0.0)
    top = int(harassment.argmax())
    p_harassment = float(harassment[top])
    conduct = {f.category for f in findings} - CONTEXT_CATEGORIES
    if not conduct:
        if unreported:
            return _Judgement()
        long = len(ctx.folded) >= LONE_MIN_CHARS
        fill = model.thresholds["fill"]
        if p_harassment < (model.thresholds.get("fill_long", fill) if long else fill):
            return _Judgement()
        added = tuple(_fill(model, ctx, scores, judged, top, enabled, policy))
        # In a long letter the model alone never escalates: a severe category it fills there is
        # held for a person to review (medium, note "review"); its false alarms are long polite
        # letters, while in a short message a severe window is most of what was said.
        review = len(ctx.folded) >= LONE_MIN_CHARS and any(f.category in SEVERE for f in added)
        return _Judgement(added=added, notes=("review",) if review else (), review=review)
    weak = len(conduct) == 1 and not (conduct & SEVERE) and not keep
    # Overruling a rule needs evidence: a one-line message gives the model too little to say
    # the rule misread it.
    length = sum(len(t) for t in texts)
    if weak and length >= VETO_MIN_CHARS and p_harassment < model.thresholds["veto"]:
        return _Judgement(vetoed=frozenset(conduct), notes=("veto",))
    if lone_severe(findings) and len(ctx.folded) >= LONE_MIN_CHARS:
        # One severe phrase and nothing else in a long letter: the phrase may be read out of
        # its sense (a quoted threat, the writer's own family, a hypothetical). The model's
        # strongest sentence decides: far below the line, drop it; below, a person reviews.
        if p_harassment < model.thresholds.get("lone_drop", 0.0):
            return _Judgement(vetoed=frozenset(conduct), notes=("lone_severe_dropped",))
        if p_harassment < model.thresholds.get("lone_review", 0.0):
            return _Judgement(notes=("review",), review=True)
    return _Judgement()


def lone_severe(findings: Sequence[Finding]) -> bool:
    """Exactly one conduct finding, in a severe category (one phrase, no other conduct)."""
    conduct = [f for f in findings if f.category not in CONTEXT_CATEGORIES]
    return len(conduct) == 1 and conduct[0].category in SEVERE


def _fill(
    model: Model,
    ctx: _Context,
    scores: WindowScores,
    judged: np.ndarray,
    top: int,
    enabled: frozenset[str],
    policy: Policy,
) -> list[Finding]:
    """Findings for the categories the model gives the strongest window: each quotes the
    judged window its category scores highest, with the nearest labelled case."""
    columns = {c: model.outputs.index(c) for c in TEXT_CATEGORIES if c in enabled}
    if not columns:
        return []
    cut = model.thresholds.get("category", 0.5)
    at_top = {c: float(scores.probabilities[top, k]) for c, k in columns.items()}
    # The model must also know *which* conduct it sees: a strong harassment score with no
    # category above even odds is a hunch (short regional phrases score so), not a finding.
    wanted = [c for c, p in at_top.items() if p >= cut]
    p_harassment = float(scores.probabilities[top, 0])
    added = []
    for category in wanted:
        column = np.where(judged, scores.probabilities[:, columns[category]], -1.0)
        window = scores.windows[int(column.argmax())]
        working = ctx.workings[window.text]
        quote = working.text[window.start : window.end]
        nearest = model.nearest(quote, category)
        reason = f"規則にない言い回し: 学習モデルの判定（ハラスメント {p_harassment:.2f}）"
        if nearest is not None:
            reason += f"。似た事例: 「{_clip(nearest.text)}」（{nearest.why}）"
        added.append(_finding(category, working, window.start, window.end, reason, policy))
    return added


def _clip(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _raw_finding(
    category: str, working: Working, start: int, end: int, reason: str, policy: Policy
) -> Finding:
    """A finding whose offsets are already original offsets (or empty)."""
    return Finding(
        category=category,
        quote=working.original[start:end],
        start=start,
        end=end,
        reason=reason,
        clause=policy.clause_for(category),
        field=working.field,
    )


def warm_up() -> None:
    """Load what the scorer loads lazily — the rule sets, the learned weights, the Japanese
    analyser — so that a worker forked per job (RQ's horses) inherits it instead of loading it
    again in every job."""
    from worker.scoring.learned import load_model
    from worker.scoring.rules import _index
    from worker.scoring.words import morphemes

    _index(_ALL_RULES)
    load_model()
    morphemes("このバカが")
    at = time_of_warm_up()
    for body in (
        "いつもお世話になっております。請求書の件でご連絡しました。",
        "Hello, the export failed.",
    ):
        assess(Message(subject="", body=body, channel="web", at=at), [], Policy())


def time_of_warm_up() -> datetime:
    """A fixed business-hours moment (warm-up must not depend on the clock)."""
    return datetime(2026, 2, 4, 2, 0, tzinfo=UTC)
