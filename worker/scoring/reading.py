"""Reading a message: the customer's live words (quoted mail and signatures set aside), folded.

The first stage of scoring. A message has two texts, the subject and the body; each becomes a
:class:`~worker.scoring.normalize.Working` that keeps the map back to the original offsets, so
every later stage can quote the customer exactly.
"""

from __future__ import annotations

from dataclasses import replace

from worker.scoring.normalize import Working, normalize
from worker.scoring.quotes import live_segments
from worker.scoring.types import Message

__all__ = ["MAX_CHARS", "folded_texts", "read"]

MAX_CHARS = 100_000
"""The scorer reads at most this many characters of a subject or a body (a 100 KB ticket is
read whole; beyond that the verdict covers the first part and says so)."""


def read(message: Message) -> tuple[Working, Working]:
    """The subject and the live body of ``message``, folded."""
    subject = message.subject or ""
    body = message.body or ""
    subject_cut, body_cut = subject[:MAX_CHARS], body[:MAX_CHARS]
    return (
        replace(
            normalize(subject_cut, [(0, len(subject_cut))], "subject"),
            truncated=len(subject) > MAX_CHARS,
        ),
        replace(
            normalize(body_cut, live_segments(body_cut), "body"),
            truncated=len(body) > MAX_CHARS,
        ),
    )


def folded_texts(message: Message) -> tuple[str, str]:
    """The folded subject and live body, as the rules and the learned layer read them."""
    subject, body = read(message)
    return subject.text, body.text
