"""Reading a message: the customer's live words (quoted mail and signatures set aside), folded.

The first stage of scoring. A message has two texts, the subject and the body; each becomes a
:class:`~worker.scoring.normalize.Working` that keeps the map back to the original offsets, so
every later stage can quote the customer exactly.
"""

from __future__ import annotations

from worker.scoring.normalize import Working, normalize
from worker.scoring.quotes import live_segments
from worker.scoring.types import Message

__all__ = ["folded_texts", "read"]


def read(message: Message) -> tuple[Working, Working]:
    """The subject and the live body of ``message``, folded."""
    subject = message.subject or ""
    body = message.body or ""
    return (
        normalize(subject, [(0, len(subject))], "subject"),
        normalize(body, live_segments(body), "body"),
    )


def folded_texts(message: Message) -> tuple[str, str]:
    """The folded subject and live body, as the rules and the learned layer read them."""
    subject, body = read(message)
    return subject.text, body.text
