"""Hostile webhook bodies, built from the real fixtures: the receiver's fuzz test and
``bench/faults.py`` share them. Deterministic for a seed.

Each case mutates one authentic payload (a field's value, a key, the raw bytes, or a header),
so the request still gets past authentication (the caller signs it) and reaches the parser.
"""

from __future__ import annotations

import copy
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).parent / "fixtures"

SOURCES = (
    ("zendesk", "comment_added.json"),
    ("zendesk", "ticket_created.json"),
    ("zendesk", "trigger_comment.json"),
    ("freshdesk", "ticket_created.json"),
    ("freshdesk", "customer_reply.json"),
)

LONE_SURROGATE = "\ud800"
"""``json.dumps`` writes it as the escape ``\\ud800``: valid JSON text, invalid Unicode."""

NASTY_VALUES: tuple[Any, ...] = (
    None,
    True,
    0,
    -1,
    1.5,
    2**53 + 1,
    2**64,
    1e308,
    "",
    " ",
    "0",
    "007",
    "+12",
    "-12",
    "12.0",
    "1e3",
    "12\n",
    " 12 ",
    "１２３",  # fullwidth digits
    "١٢٣",  # Arabic-Indic digits
    "٣",
    "9" * 40,
    "abc",
    "a/b",
    "a:b",
    "a b",
    "../../etc",
    "zen:ticket:１２",
    "zen:ticket:-1",
    "zen:ticket:" + "9" * 30,
    LONE_SURROGATE,
    "ok" + LONE_SURROGATE + "ok",
    "\udfff\ud800",
    "\x00",
    "\u202e",
    "☃" * 300,
    "x" * 20_000,
    "0001-01-01T00:00:00Z",
    "0001-01-01T00:00:00+05:00",
    "9999-12-31T23:59:59Z",
    "9999-12-31T23:59:59-05:00",
    "1999-12-31T23:59:59Z",
    "2100-01-01T00:00:00Z",
    "2026-02-30T00:00:00Z",
    "2026-02-06T01:12:09",
    "2026-02-06",
    "now",
    [],
    [1, 2],
    {},
    {"a": {"b": {"c": None}}},
)

RAW_BODIES: tuple[bytes, ...] = (
    b"",
    b"null",
    b"[]",
    b"1",
    b'"text"',
    b"{",
    b"{}",
    b"[" * 1000 + b"]" * 1000,
    b'{"a":' * 1000 + b"1" + b"}" * 1000,
    b"[" * 65 + b"]" * 65,
    b'{"x": NaN}',
    b'{"x": 1e400}',
    b'{"x": ' + b"9" * 5000 + b"}",
    b"\xef\xbb\xbf{}",
    b"\xff\xfe{\x00}\x00",
    b'{"x": "\xed\xa0\x80"}',  # a surrogate encoded as (invalid) UTF-8
    b'{"x": "\\ud800"}',
    b'{"x": "\\udc00\\ud800"}',
    b'{"x": "\xc3"}',
)


@dataclass
class Case:
    """One request: which route, the exact body, and headers to add (before signing)."""

    helpdesk: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)
    what: str = ""


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every key path into a payload (dict keys and list indexes)."""
    if isinstance(value, dict):
        for key, inner in value.items():
            yield (*prefix, key)
            yield from _paths(inner, (*prefix, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield (*prefix, index)
            yield from _paths(inner, (*prefix, index))


def _set(payload: Any, path: tuple[Any, ...], value: Any) -> None:
    for step in path[:-1]:
        payload = payload[step]
    payload[path[-1]] = value


def _delete(payload: Any, path: tuple[Any, ...]) -> None:
    for step in path[:-1]:
        payload = payload[step]
    del payload[path[-1]]


def _nested(depth: int) -> str:
    return '{"k": ' * depth + "1" + "}" * depth


def cases(count: int, seed: int = 20260206) -> list[Case]:
    """``count`` hostile requests, the same ones for the same seed."""
    rng = random.Random(seed)
    sources = [(h, json.loads((FIXTURES / h / name).read_bytes())) for h, name in SOURCES]
    out: list[Case] = []
    while len(out) < count:
        helpdesk, original = rng.choice(sources)
        payload = copy.deepcopy(original)
        paths = list(_paths(payload))
        roll = rng.random()
        headers: dict[str, str] = {}
        if roll < 0.55:
            path = rng.choice(paths)
            value = rng.choice(NASTY_VALUES)
            _set(payload, path, value)
            what = f"{'.'.join(map(str, path))} = {value!r:.40}"
            body = json.dumps(payload).encode()
        elif roll < 0.65:
            path = rng.choice(paths)
            _delete(payload, path)
            what = f"delete {'.'.join(map(str, path))}"
            body = json.dumps(payload).encode()
        elif roll < 0.72:
            path = rng.choice(paths)
            depth = rng.choice((63, 64, 65, 200, 1000, 5000))
            text = json.dumps(payload)
            marker = '"__deep__"'
            _set(payload, path, "__deep__")
            text = json.dumps(payload).replace(marker, _nested(depth), 1)
            what = f"{'.'.join(map(str, path))} nested {depth} deep"
            body = text.encode()
        elif roll < 0.80:
            body = rng.choice(RAW_BODIES)
            what = f"raw {body[:30]!r}"
        elif roll < 0.88:
            # Several fields at once, so combinations reach the later checks too.
            for _ in range(rng.randint(2, 5)):
                path = rng.choice(list(_paths(payload)) or [("x",)])
                try:
                    _set(payload, path, rng.choice(NASTY_VALUES))
                except (KeyError, IndexError, TypeError):
                    continue
            what = "several fields"
            body = json.dumps(payload).encode()
        elif roll < 0.94 and helpdesk == "zendesk":
            value = rng.choice(NASTY_VALUES)
            headers["X-Zendesk-Webhook-Invocation-Id"] = _header_text(value)
            what = f"invocation id {value!r:.40}"
            body = json.dumps(payload).encode()
        else:
            text = json.dumps(payload, ensure_ascii=False)
            cut = rng.randint(0, max(len(text) - 1, 0))
            body = (text[:cut] + rng.choice(['"', "\\", "}", "\\u", "\x00", "\ud800"]))[
                : cut + 2
            ].encode("utf-8", "surrogatepass")
            what = f"truncated at {cut}"
        out.append(Case(helpdesk, body, headers, what))
    return out


def _header_text(value: Any) -> str:
    """Header values travel as latin-1; keep what can be sent."""
    text = value if isinstance(value, str) else json.dumps(value)
    return text.encode("latin-1", "replace").decode("latin-1").replace("\n", " ")


def timestamp_cases() -> list[str]:
    """Zendesk signature timestamps that once overflowed date arithmetic."""
    return [
        "0001-01-01T00:00:00+05:00",
        "9999-12-31T23:59:59-05:00",
        "0001-01-01T00:00:00Z",
        "9999-12-31T23:59:59Z",
        "2026-02-06T01:12:09",
        "not a time",
    ]
