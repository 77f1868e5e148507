"""Which parts of a body are the customer's new words.

Quoted earlier mail (``>`` lines, ``-----Original Message-----``, ``On … wrote:``,
``2026年2月3日(火) 10:12 サポート <support@example.jp>:``) and signatures after ``--`` are not the
customer's new words and never count. The result is a list of ``(start, end)`` spans into the
original body, so evidence offsets stay exact.
"""

from __future__ import annotations

import re

__all__ = ["live_segments"]

# A line that starts a quoted tail: everything from it to the end is earlier mail.
_TAIL_START = re.compile(
    r"""^\s*(?:
        -{2,}\s*(?:original\s+message|forwarded\s+message|元のメッセージ|転送メッセージ)\s*-{2,}
      | _{8,}
      | on\s.{4,200}\bwrote:
      | \S.{0,200}(?:wrote|a\s+écrit|schrieb):\s*$
      | \d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日.{0,120}
        (?:<[^<>\s]+@[^<>\s]+>|書きました|wrote).{0,40}:?\s*$
      | \d{4}[/-]\d{1,2}[/-]\d{1,2}.{0,120}<[^<>\s]+@[^<>\s]+>.{0,20}:\s*$
      | (?:from|差出人|送信者)\s*[:：].{0,200}\n\s*(?:sent|date|送信日時|日時|to|宛先)\s*[:：]
      | --\s*$
    )""",
    re.IGNORECASE | re.MULTILINE | re.VERBOSE,
)
_QUOTED_LINE = re.compile(r"^[ \t\u3000]*[>＞|｜]", re.MULTILINE)


def live_segments(body: str) -> list[tuple[int, int]]:
    """Spans of ``body`` written by the customer now (quoted mail and signatures removed)."""
    end = len(body)
    tail = _TAIL_START.search(body)
    if tail:
        end = tail.start()
    segments: list[tuple[int, int]] = []
    pos = 0
    while pos < end:
        line_end = body.find("\n", pos, end)
        line_end = end if line_end < 0 else line_end + 1
        if not _QUOTED_LINE.match(body, pos, line_end):
            if segments and segments[-1][1] == pos:
                segments[-1] = (segments[-1][0], line_end)
            else:
                segments.append((pos, line_end))
        pos = line_end
    return segments
