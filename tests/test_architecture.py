"""The import graph: core imports neither Rasa nor bot/ nor actions/; bot/ never imports actions/; no cycles."""
from __future__ import annotations

import ast
from pathlib import Path

from bot.settings import REPO_ROOT

PACKAGES = ("core", "bot", "actions")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO_ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> set[str]:
    """Every module a file imports, also inside functions (an import there still is a dependency)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return found


def graph() -> dict[str, set[str]]:
    modules = {module_name(p): p for package in PACKAGES for p in (REPO_ROOT / package).rglob("*.py")
               if "migrations" not in p.parts}
    return {name: {m for m in imports_of(path) if m in modules and m != name} for name, path in modules.items()}


def test_core_imports_no_rasa_no_bot_no_actions() -> None:
    for path in (REPO_ROOT / "core").rglob("*.py"):
        bad = {m for m in imports_of(path) if m.split(".")[0] in ("rasa", "rasa_sdk", "bot", "actions", "sqlalchemy",
                                                                   "aiohttp")}
        assert not bad, f"{path.relative_to(REPO_ROOT)} imports {sorted(bad)}"


def test_bot_never_imports_actions_and_only_services_wires_bot_into_actions() -> None:
    for path in (REPO_ROOT / "bot").rglob("*.py"):
        assert not {m for m in imports_of(path) if m.split(".")[0] == "actions"}, path
    wiring = {module_name(p) for p in (REPO_ROOT / "actions").rglob("*.py")
              if any(m.split(".")[0] == "bot" for m in imports_of(p))}
    assert wiring <= {"actions.services"}, wiring


def test_no_import_cycles() -> None:
    edges = graph()
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in edges[node]:
            assert state.get(nxt) != 1, "import cycle: " + " -> ".join(trail + [node, nxt])
            if nxt not in state:
                visit(nxt, trail + [node])
        state[node] = 2

    for node in edges:
        if node not in state:
            visit(node, [])
