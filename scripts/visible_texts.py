"""Every text a werknemer can see in the chat, from wherever it is written, and which of them lack a u-vorm.

    python scripts/visible_texts.py            # the je-vorm sentences without a u-vorm in content/u_vorm.yml

Sources: the content library, the short texts of content/texts.yml, the responses in domain.yml (texts and button
titles), and the Dutch string literals left in the chat code (actions/, core/logic/, bot/channels/). f-strings
become templates with ``{}``.
"""
from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.content.library import load_library  # noqa: E402
from core.logic import register, texts  # noqa: E402

CODE_FOLDERS = ("actions", "core/logic", "bot/channels")
_PATTERN_LIKE = re.compile(r"\||\\[bsw]|\(\?")  # regular expressions in the code: matched, never shown


def content_texts() -> Iterator[str]:
    for _item_id, _field, text in load_library().texts():
        yield text


def short_texts() -> Iterator[str]:
    """The short turns and button titles of content/texts.yml."""
    yield from texts.all_texts().values()


def domain_texts() -> Iterator[str]:
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    for variations in (domain.get("responses") or {}).values():
        for variation in variations:
            if variation.get("text"):
                yield variation["text"]
            for button in variation.get("buttons") or []:
                yield button["title"]


def code_texts() -> Iterator[str]:
    """String literals of the chat code that contain Dutch address words (docstrings are skipped)."""
    for folder in CODE_FOLDERS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            docstrings = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Expr)}
            for node in ast.walk(tree):
                if id(node) in docstrings:
                    continue
                if isinstance(node, ast.JoinedStr):
                    text = "".join(part.value if isinstance(part, ast.Constant) else "{}" for part in node.values)
                elif isinstance(node, ast.Constant) and isinstance(node.value, str) \
                        and not _inside_fstring(node, tree):
                    text = node.value
                else:
                    continue
                if " " in text.strip() and not _PATTERN_LIKE.search(text):  # a sentence, not a token
                    yield text


def _inside_fstring(node: ast.AST, tree: ast.AST) -> bool:
    parents = _fstring_parts(tree)
    return id(node) in parents


_PARTS: dict[int, set[int]] = {}


def _fstring_parts(tree: ast.AST) -> set[int]:
    key = id(tree)
    if key not in _PARTS:
        _PARTS[key] = {id(part) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr) for part in node.values}
    return _PARTS[key]


def visible_texts() -> list[str]:
    """All texts, de-duplicated, in a stable order."""
    return list(dict.fromkeys([*content_texts(), *short_texts(), *domain_texts(), *code_texts()]))


def main() -> int:
    missing = register.load().missing(visible_texts())
    for sentence in missing:
        print(sentence)
    print(f"{len(missing)} sentences without a u-vorm", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
