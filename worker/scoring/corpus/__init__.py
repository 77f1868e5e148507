"""The labelled corpus shipped with the scorer, and the one reader of its JSONL schema.

Every file here is a JSONL file in the schema of ``shared/data/dev/scenarios.jsonl`` (``id``,
``lang``, ``message``, ``expected``, ``why``; the newer files add ``writer``, ``register`` and
``traits``). ``README.md`` is the datasheet. The learned layer is built from these files
(``kasuguard model build``), and evaluation reads any file of the same schema through
:func:`load_scenarios`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from worker.scoring.types import Message

__all__ = ["CORPUS_DIR", "Labelled", "corpus_files", "labelled", "load_scenarios", "message_of"]

CORPUS_DIR = Path(__file__).parent


def load_scenarios(path: str | Path) -> Iterator[dict[str, Any]]:
    """Yield scenarios from a JSONL file, skipping blank lines; errors name the line."""
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: not valid JSON ({exc.msg})") from exc


def message_of(raw: dict[str, Any], channel: str = "web") -> Message:
    """A scenario's ``message`` (or history entry) as the scorer's ``Message``."""
    return Message(
        subject=raw.get("subject") or "",
        body=raw.get("body") or "",
        channel=raw.get("channel") or channel,
        at=datetime.fromisoformat(raw["at"]),
    )


def corpus_files() -> list[Path]:
    """The shipped corpus files, in a fixed order."""
    return sorted(CORPUS_DIR.glob("*.jsonl"))


@dataclass(frozen=True)
class Labelled:
    """One labelled scenario and the writer (or writer group) it came from."""

    writer: str
    scenario: dict[str, Any]


def labelled(paths: Iterable[str | Path]) -> Iterator[Labelled]:
    """Scenarios of ``paths`` with their writer: the line's ``writer`` field, or the file's
    name for files written before writers were recorded (one writer group per file)."""
    for path in paths:
        stem = Path(path).stem
        for scenario in load_scenarios(path):
            yield Labelled(str(scenario.get("writer") or stem), scenario)
