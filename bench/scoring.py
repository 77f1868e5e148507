"""Benchmark: scoring time per 2 KB message, against one pass of a single compiled regex.

Run from the repository root::

    .venv/bin/python bench/scoring.py            # 400 messages, 5 history fingerprints each
    .venv/bin/python bench/scoring.py --n 1000 --history 0

Prints the median and p99 time of ``assess`` per ~2 KB (UTF-8) message, and the same figures for
``re.finditer`` of one compiled alternation over the same text, with their ratio. This is a
benchmark, not a test: numbers depend on the machine. Pin it to one core for the target
(``taskset -c 0 .venv/bin/python bench/scoring.py``).
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from worker.policy import Policy  # noqa: E402
from worker.scoring import Message, assess, fingerprint  # noqa: E402

TOKYO = ZoneInfo("Asia/Tokyo")
TARGET_BYTES = 2048

# Sentences in the register of real tickets (benign and harassing, Japanese and English).
SENTENCES_JA = [
    "いつもお世話になっております。",
    "先日注文した商品について確認させてください。",
    "管理画面にログインすると500エラーが表示されます。",
    "請求書の宛名を株式会社みなとに変更したいです。",
    "CSVの取り込みで文字化けが発生しています。",
    "お手数ですがご確認のほどよろしくお願いいたします。",
    "何度問い合わせても同じ回答しか返ってきません。",
    "担当者の方から折り返しお電話をいただけますか。",
    "お前ら本当に無能だな、さっさと直せ。",
    "この件はSNSで晒すからな。",
    "納得するまで電話は切らせない。",
    "> 以前のメールの引用部分です。",
]
SENTENCES_EN = [
    "Hi team, our export job has failed since this morning.",
    "Could you check the attached log and advise?",
    "This is the third time I am asking about the invoice.",
    "You people are completely useless.",
    "Please escalate this to a senior engineer.",
    "I will post this on Twitter if it is not fixed today.",
]


def make_message(rng: random.Random, size: int = TARGET_BYTES) -> Message:
    """A message of about ``size`` UTF-8 bytes assembled from ticket-like sentences."""
    pool = SENTENCES_JA if rng.random() < 0.75 else SENTENCES_EN
    parts: list[str] = []
    length = 0
    while length < size:
        parts.append(rng.choice(pool))
        length += len(parts[-1].encode("utf-8")) + 1
    body = "\n".join(parts)
    body = body.encode("utf-8")[:size].decode("utf-8", errors="ignore")
    at = datetime(2026, 2, 4, 9, 0, tzinfo=TOKYO) + timedelta(minutes=rng.randrange(0, 60 * 24 * 7))
    return Message(subject="お問い合わせ", body=body, channel="email", at=at)


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile ``q`` (0–1) of ``values``."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=400, help="messages to score")
    parser.add_argument("--history", type=int, default=5, help="fingerprints of history each")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    rng = random.Random(args.seed)
    policy = Policy()
    messages = [make_message(rng) for _ in range(args.n)]
    histories = [
        [fingerprint(make_message(rng)) for _ in range(args.history)] for _ in range(args.n)
    ]
    baseline = re.compile(r"殺す|死ね|土下座|晒す|慰謝料|クビ|kill|idiot|useless|refund")

    for message, history in zip(messages[:20], histories[:20], strict=True):  # warm caches
        assess(message, history, policy)

    scoring: list[float] = []
    scoring_cpu: list[float] = []
    regex: list[float] = []
    for message, history in zip(messages, histories, strict=True):
        cpu = time.thread_time()
        start = time.perf_counter()
        assess(message, history, policy)
        scoring.append(time.perf_counter() - start)
        scoring_cpu.append(time.thread_time() - cpu)
        text = message.subject + "\n" + message.body
        start = time.perf_counter()
        for _ in baseline.finditer(text):
            pass
        regex.append(time.perf_counter() - start)

    size = statistics.mean(len((m.subject + m.body).encode("utf-8")) for m in messages)
    med_s, p99_s = statistics.median(scoring), percentile(scoring, 0.99)
    med_r, p99_r = statistics.median(regex), percentile(regex, 0.99)
    print(f"messages: {args.n}, mean size {size:.0f} bytes, history {args.history} fingerprints")
    med_c, p99_c = statistics.median(scoring_cpu), percentile(scoring_cpu, 0.99)
    print(f"assess        median {med_s * 1e3:7.3f} ms   p99 {p99_s * 1e3:7.3f} ms   (wall clock)")
    print(f"assess (CPU)  median {med_c * 1e3:7.3f} ms   p99 {p99_c * 1e3:7.3f} ms   (thread CPU)")
    print(f"single regex  median {med_r * 1e3:7.3f} ms   p99 {p99_r * 1e3:7.3f} ms")
    print(f"ratio (assess / regex): median {med_s / med_r:.0f}x   p99 {p99_s / p99_r:.0f}x")
    verdict = "met" if med_s <= 0.003 and p99_s <= 0.020 else "NOT met (see CPU time when busy)"
    print(f"target ≤ 3 ms median, ≤ 20 ms p99 per 2 KB: {verdict}")
    print("\ngrowth with size (median of 20 messages each, wall clock):")
    for kb in (1, 10, 100):
        sized = [make_message(rng, kb * 1024) for _ in range(20)]
        times = []
        for message in sized:
            start = time.perf_counter()
            assess(message, [], policy)
            times.append(time.perf_counter() - start)
        median, worst = statistics.median(times) * 1e3, max(times) * 1e3
        print(f"  {kb:>3} KB  median {median:8.1f} ms   max {worst:8.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
