"""The editor's palette: what a template can use, as snippets an admin inserts with one click.

Derived from what the renderer passes (``ReplyContext``'s fields, their meanings in
``VARIABLES``, the item keys in ``ITEM_FIELDS``) and from the category list, so it can never
offer a variable the renderer does not have. The shape of a field decides its snippet: text is
printed (``{{ addressee }}``), a yes/no opens an ``{% if %}`` block, a list a ``{% for %}`` loop;
each category gets an ``{% if "money" in category_keys %}`` block.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from worker.categories import CATEGORIES
from worker.replies import ITEM_FIELDS, VARIABLES, ReplyContext, category_label


@dataclass(frozen=True)
class Snippet:
    """One palette entry: its name, what it means, the text inserted, and where the cursor
    goes in it (inside the block, so the admin types straight into it)."""

    name: str
    meaning: str
    text: str
    cursor: int


_LOOP_NAMES = {"findings": "f", "broken_templates": "t"}


def _snippet(name: str, meaning: str, text: str, marker: str = "¦") -> Snippet:
    cursor = text.index(marker) if marker in text else len(text)
    return Snippet(name, meaning, text.replace(marker, ""), cursor)


def _meaning(name: str, language: str) -> str:
    # VARIABLES holds "日本語 / English" per variable.
    ja, _, en = VARIABLES[name].partition(" / ")
    return ja if language == "ja" or not en else en


def variables(language: str) -> list[Snippet]:
    """One snippet per template variable, in the renderer's order."""
    out = []
    for field in fields(ReplyContext):
        name = field.name
        meaning = _meaning(name, language)
        kind = str(field.type)
        if kind == "bool":
            text = f"{{% if {name} %}}\n¦\n{{% endif %}}\n"
        elif kind.startswith("tuple"):
            item = _LOOP_NAMES.get(name, "x")
            if name in ITEM_FIELDS:
                shown = " ".join(f"{{{{ {item}.{key} }}}}" for key in ITEM_FIELDS[name][:3])
            else:
                shown = f"{{{{ {item} }}}}"
            text = f"{{% for {item} in {name} %}}\n・{shown}¦\n{{% endfor %}}\n"
        else:
            text = f"{{{{ {name} }}}}"
        out.append(_snippet(name, meaning, text))
    return out


def category_blocks(language: str) -> list[Snippet]:
    """One ``{% if "<category>" in category_keys %}`` block per category."""
    return [
        _snippet(
            key,
            category_label(key, language),
            f'{{% if "{key}" in category_keys %}}\n¦\n{{% endif %}}\n',
        )
        for key in CATEGORIES
    ]
