"""Which parts of a body are the customer's new words.

Quoted earlier mail (``>`` lines, ``-----Original Message-----``, ``On … wrote:``,
``2026年2月3日(火) 10:12 サポート <support@example.jp>:``) and signatures after ``--`` are not the
customer's new words and never count. The result is a list of ``(start, end)`` spans into the
original body, so evidence offsets stay exact.
"""

from __future__ import annotations

from worker.scoring.patterns import compile_pattern

__all__ = ["live_segments"]

# A line that starts a quoted tail: everything from it to the end is earlier mail. One RE2
# pass over the body (linear: no pattern can make it backtrack over a long run of lines).
_TAIL_START = compile_pattern(
    r"(?m)^[ \t\u3000]*(?:"
    r"-{2,}\s{0,4}(?:original\s+message|forwarded\s+message|元のメッセージ|転送メッセージ)\s{0,4}-{2,}"
    r"|_{8,}"
    r"|on\s.{4,200}\bwrote:"
    r"|\S.{0,200}(?:wrote|a\s+écrit|schrieb):\s{0,4}$"
    r"|\d{4}\s{0,2}年\s{0,2}\d{1,2}\s{0,2}月\s{0,2}\d{1,2}\s{0,2}日.{0,120}"
    r"(?:<[^<>\s]+@[^<>\s]+>|書きました|wrote).{0,40}:?\s{0,4}$"
    r"|\d{4}[/-]\d{1,2}[/-]\d{1,2}.{0,120}<[^<>\s]+@[^<>\s]+>.{0,20}:\s{0,4}$"
    r"|(?:from|差出人|送信者)\s{0,4}[:：].{0,200}\n[ \t\u3000]{0,8}"
    r"(?:sent|date|送信日時|日時|to|宛先)\s{0,4}[:：]"
    r"|--\s{0,4}$"
    r")"
)
_QUOTE_MARKS = ">＞|｜"


def live_segments(body: str) -> list[tuple[int, int]]:
    """Spans of ``body`` written by the customer now (quoted mail and signatures removed)."""
    lines: list[tuple[int, int]] = []
    pos = 0
    while pos < len(body):
        line_end = body.find("\n", pos)
        line_end = len(body) if line_end < 0 else line_end + 1
        lines.append((pos, line_end))
        pos = line_end
    tail = _TAIL_START.search(body)
    end = len(body) if tail is None else tail[0]
    segments: list[tuple[int, int]] = []
    for line_start, line_stop in lines:
        if line_start >= end:
            break
        pos, line_end = line_start, min(line_stop, end)
        if not body[pos:line_end].lstrip(" \t\u3000").startswith(tuple(_QUOTE_MARKS)):
            if segments and segments[-1][1] == pos:
                segments[-1] = (segments[-1][0], line_end)
            else:
                segments.append((pos, line_end))
        pos = line_end
    return segments
