"""Scoring stays pure and at the bottom: it reads text, history and a clock, and imports no I/O
library and nothing above it (evaluation and training use scoring, never the reverse)."""

from __future__ import annotations

import ast
from pathlib import Path

SCORING = Path(__file__).resolve().parents[2] / "worker" / "scoring"
# worker.policy and worker.categories are plain data (the policy's settings, the category keys).
ALLOWED_OUTSIDE = {"worker.policy", "worker.categories"}
FORBIDDEN = ("flask", "redis", "rq", "requests", "integrations", "sklearn", "scipy", "sqlalchemy")


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
    return names


def test_scoring_imports_no_io_library_and_nothing_above_it() -> None:
    bad = {}
    for path in SCORING.rglob("*.py"):
        for name in _imports(path):
            top = name.split(".")[0]
            outside = name.startswith("worker.") and not name.startswith("worker.scoring")
            if top in FORBIDDEN or (outside and name not in ALLOWED_OUTSIDE):
                bad.setdefault(path.name, []).append(name)
    assert not bad, bad
