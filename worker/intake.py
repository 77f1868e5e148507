"""Reading an untrusted webhook body: UTF-8, JSON nested at most ``MAX_DEPTH`` deep, and no
lone surrogates (``"\\ud800"`` is valid JSON text but not Unicode: it would fail later, when the
event is stored or logged, as a 500 or a job that can never run).

The depth is checked on the raw text before parsing, without recursion, so a body of a
thousand brackets costs one linear scan instead of a ``RecursionError``.
"""

from __future__ import annotations

import json
import re
from typing import Any

from integrations.base import MalformedPayload

MAX_DEPTH = 64
"""Deeper than any real webhook (Zendesk's is 5 levels); deeper bodies are refused unparsed."""

_SPECIAL = re.compile(r'["\\\[\]{}]')
_SURROGATE = re.compile("[\ud800-\udfff]")


class NotJson(ValueError):
    """The body is not a JSON text (400 ``body is not valid JSON``)."""


def read_json(raw: bytes) -> Any:
    """The decoded body, or ``NotJson`` / ``MalformedPayload`` (naming the field) saying what
    is wrong."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise NotJson(f"not UTF-8 at byte {exc.start}") from exc
    if _too_deep(text):
        raise MalformedPayload("body", f"is nested deeper than {MAX_DEPTH} levels")
    try:
        payload = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise NotJson(str(exc)) from exc
    check_unicode(payload)
    return payload


def _too_deep(text: str) -> bool:
    """True when brackets outside strings nest deeper than ``MAX_DEPTH``."""
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return False  # the common case: a real webhook has a handful of brackets
    depth, in_string, escaped = 0, False, -1
    for match in _SPECIAL.finditer(text):  # visits only quotes, backslashes and brackets
        at, char = match.start(), match.group()
        if at == escaped:
            continue  # the character after a backslash
        if in_string:
            if char == "\\":
                escaped = at + 1
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return True
        elif char in "]}":
            depth -= 1
    return False


def check_unicode(payload: Any) -> None:
    """Raise ``MalformedPayload`` naming the first key or value holding a lone surrogate."""
    stack: list[tuple[str, Any]] = [("", payload)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, str):
            if _SURROGATE.search(value):
                raise MalformedPayload(
                    path or "body", "contains invalid Unicode (a lone surrogate)"
                )
        elif isinstance(value, dict):
            for key, inner in value.items():
                where = f"{path}.{key}" if path else str(key)
                if _SURROGATE.search(key):
                    raise MalformedPayload(
                        _printable(where), "is a key with invalid Unicode (a lone surrogate)"
                    )
                stack.append((where, inner))
        elif isinstance(value, list):
            stack.extend((f"{path}[{i}]", inner) for i, inner in enumerate(value))


def _printable(path: str) -> str:
    """A field path safe to echo and log: lone surrogates shown as escapes."""
    return path.encode("utf-8", "backslashreplace").decode("utf-8")
