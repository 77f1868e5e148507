"""Every problem of a template draft at once, each with its line, for an admin to fix.

A syntax error stops Jinja's parser, so it is the one problem reported then (with the line of
the block left open, where that is the cause). Otherwise the syntax tree is walked for what can
be known without running it — unknown variables, attributes of ``findings`` items, filters and
tests, ``_``-attributes the sandbox refuses, category and level names that do not exist — and
the draft is rendered against every sample ticket for what only running shows (a wrong type, an
element that is not there, output too long). A problem found both ways is reported once.

Suggestions for near names come from ``difflib`` (the standard library's matcher).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from typing import Any

from jinja2 import TemplateSyntaxError, nodes

from worker.categories import CATEGORIES, LEVELS
from worker.replies import (
    ITEM_FIELDS,
    VARIABLES,
    ReplyContext,
    TemplateIssue,
    issue_from_exception,
    known_filters_and_tests,
    parse,
    render_text,
    sample_context_for,
)

_DICT_METHODS = frozenset({"get", "items", "keys", "values"})
"""Methods of a record item a template may call (reading only)."""


def problems(source: str, contexts: Iterable[ReplyContext]) -> list[TemplateIssue]:
    """Every problem of ``source``, in line order: from its syntax tree, then from rendering it
    against each of ``contexts``. Empty when the draft is fine."""
    try:
        tree = parse(source)
    except TemplateSyntaxError as exc:
        return [issue_from_exception(exc, source)]
    found = _static(tree)
    for context in contexts:
        try:
            render_text(source, context)
        except Exception as exc:  # every failure is a problem to show, none escapes
            issue = issue_from_exception(exc, source)
            if not any(_same(issue, known) for known in found):
                found.append(issue)
    return sorted(found, key=lambda i: i.line or 0)


def validate(source: str, language: str = "ja") -> list[TemplateIssue]:
    """``problems`` against the default sample ticket (tests and quick checks)."""
    return problems(source, [sample_context_for(language)])


def _same(issue: TemplateIssue, known: TemplateIssue) -> bool:
    # A render stops at the first problem the walk already found (maybe at another use of it).
    return issue.kind == known.kind and issue.values.get("name") == known.values.get("name")


def _issue(message: str, line: int | None, kind: str, **params: str) -> TemplateIssue:
    return TemplateIssue(message, line, kind, tuple(params.items()))


def _hint(word: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(choices), n=2, cutoff=0.6)
    return ", ".join(close)


def _static(tree: nodes.Template) -> list[TemplateIssue]:
    found: list[TemplateIssue] = []
    declared = _declared(tree)
    seen: set[tuple[str, str, int | None]] = set()

    def add(issue: TemplateIssue) -> None:
        key = (issue.kind, issue.values.get("name", ""), issue.line)
        if key not in seen:
            seen.add(key)
            found.append(issue)

    for name in tree.find_all(nodes.Name):
        if name.ctx == "load" and name.name not in VARIABLES and name.name not in declared:
            add(
                _issue(
                    f"unknown variable {name.name!r}",
                    name.lineno,
                    "unknown_variable",
                    name=name.name,
                    hint=_hint(name.name, VARIABLES),
                )
            )
    records = _record_loops(tree)
    for attribute in tree.find_all(nodes.Getattr):
        if attribute.attr.startswith("_"):
            add(
                _issue(
                    f"SecurityError: access to attribute {attribute.attr!r} is unsafe",
                    attribute.lineno,
                    "unsafe_attribute",
                    name=attribute.attr,
                )
            )
            continue
        owner = attribute.node
        if isinstance(owner, nodes.Name) and owner.name in records:
            fields = ITEM_FIELDS[records[owner.name]]
            if attribute.attr not in fields and attribute.attr not in _DICT_METHODS:
                add(
                    _issue(
                        f"{owner.name} has no attribute {attribute.attr!r}",
                        attribute.lineno,
                        "unknown_attribute",
                        name=attribute.attr,
                        owner=records[owner.name],
                        hint=_hint(attribute.attr, fields),
                        fields=", ".join(fields),
                    )
                )
    filters, tests = known_filters_and_tests()
    for node in tree.find_all(nodes.Filter):
        if node.name not in filters:
            add(
                _issue(
                    f"no filter named {node.name!r}",
                    node.lineno,
                    "unknown_filter",
                    name=node.name,
                    hint=_hint(node.name, filters),
                )
            )
    for node in tree.find_all(nodes.Test):
        if node.name not in tests:
            add(
                _issue(
                    f"no test named {node.name!r}",
                    node.lineno,
                    "unknown_test",
                    name=node.name,
                    hint=_hint(node.name, tests),
                )
            )
    for compare in tree.find_all(nodes.Compare):
        for value, kind, choices in _compared_names(compare):
            if value not in choices:
                add(
                    _issue(
                        f"unknown {kind} {value!r}",
                        compare.lineno,
                        f"unknown_{kind}",
                        name=value,
                        hint=_hint(value, choices),
                    )
                )
    return found


def _declared(tree: nodes.Template) -> set[str]:
    """Names the template itself defines (loop variables, ``set``, macros and their args)."""
    names = {"loop", "range", "dict", "lipsum", "cycler", "joiner", "namespace"}
    for node in tree.find_all((nodes.For, nodes.Assign, nodes.AssignBlock, nodes.Macro)):
        if isinstance(node, nodes.Macro):
            names.add(node.name)
            names.update(arg.name for arg in node.args)
            continue
        names.update(n.name for n in node.target.find_all(nodes.Name))
        if isinstance(node.target, nodes.Name):
            names.add(node.target.name)
    return names


def _record_loops(tree: nodes.Template) -> dict[str, str]:
    """Loop variables over a list of records: ``{% for f in findings %}`` gives ``{"f": ...}``."""
    loops = {}
    for loop in tree.find_all(nodes.For):
        if (
            isinstance(loop.iter, nodes.Name)
            and loop.iter.name in ITEM_FIELDS
            and isinstance(loop.target, nodes.Name)
        ):
            loops[loop.target.name] = loop.iter.name
    return loops


def _compared_names(compare: nodes.Compare) -> list[tuple[str, str, Sequence[str]]]:
    """Category and level names written in a comparison, with what they may be:
    ``"money" in category_keys``, ``f.category == "money"``, ``level == "high"``."""
    out: list[tuple[str, str, Sequence[str]]] = []
    operands: list[Any] = [compare.expr, *(op.expr for op in compare.ops)]
    ops = [op.op for op in compare.ops]
    for index, op in enumerate(ops):
        left, right = operands[index], operands[index + 1]
        if op in ("in", "notin") and _is_name(right, "category_keys") and _text(left):
            out.append((left.value, "category", CATEGORIES))
        if op in ("eq", "ne"):
            for this, other in ((left, right), (right, left)):
                if not _text(this):
                    continue
                if isinstance(other, nodes.Getattr) and other.attr == "category":
                    out.append((this.value, "category", CATEGORIES))
                elif _is_name(other, "level"):
                    out.append((this.value, "level", LEVELS))
    return out


def _is_name(node: Any, name: str) -> bool:
    return isinstance(node, nodes.Name) and node.name == name


def _text(node: Any) -> bool:
    return isinstance(node, nodes.Const) and isinstance(node.value, str)
