"""Dependencies run one way: core <- booking/insight <- bot/web/actions, and no cycles.

The import graph is read from the sources with ``ast`` (imports inside functions count
too: a delayed import is still a dependency).
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("core", "actions", "bot", "web", "booking", "insight")
# Which first-party packages each package may import (itself always allowed).
ALLOWED = {
    "core": set(),
    "booking": {"core"},
    "insight": {"core", "web"},
    "web": {"core", "booking", "insight"},
    "actions": {"core", "booking", "insight"},
    "bot": {"core", "insight"},
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def project_modules() -> dict[str, Path]:
    return {module_name(p): p for pkg in PACKAGES for p in (ROOT / pkg).rglob("*.py")}


def imports_of(path: Path, name: str, known: set[str]) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join(anchor + ([base] if base else []))
            targets = [base] + [f"{base}.{a.name}" for a in node.names]
        for target in targets:
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


def graph() -> dict[str, set[str]]:
    modules = project_modules()
    known = set(modules)
    return {name: imports_of(path, name, known) for name, path in modules.items()}


def test_the_graph_sees_the_packages():
    g = graph()
    assert "core.answering.answer" in g and "actions.question_actions" in g
    assert "core.knowledge.base" in g["core.answering.answer"]


def test_packages_import_only_downwards():
    wrong = sorted(
        f"{name} -> {target}"
        for name, targets in graph().items()
        for target in targets
        if (src := name.split(".")[0]) != (dst := target.split(".")[0])
        and dst not in ALLOWED[src]
    )
    assert wrong == []


def test_no_import_cycles_between_modules():
    g = graph()
    # A package's __init__ importing its own submodules is not a cycle of logic.
    edges = {n: {t for t in ts if not n or not t.startswith(n + ".")} for n, ts in g.items()}
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                cycles.append(stack[stack.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt, stack)
        stack.pop()
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node, [])
    assert cycles == []


def test_no_action_module_imports_another():
    """Actions share helpers (answer_flow, booking_replies, tracker_helpers), never each other."""
    wrong = sorted(f"{name} -> {target}" for name, targets in graph().items()
                   if name.endswith("_actions") for target in targets if target.endswith("_actions"))
    assert wrong == []
