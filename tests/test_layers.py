"""The import rule, read from the code itself (every import, also those inside functions):

    cli/ → web/ → service/ → pipeline/ → ingest, ocr, classify, signing, archive, search_api
    → sohoa/

Nothing imports a layer above it, a stage package imports no other stage package, and no
module takes part in an import circle."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STAGES = ("ingest", "ocr", "classify", "signing", "archive", "search_api")
LAYER = {"sohoa": 0, **dict.fromkeys(STAGES, 1), "pipeline": 2, "service": 3, "web": 4,
         "cli": 5}


def _module(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Every module of this repository that ``path`` imports, resolved to a module name."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    here = _module(path)
    package = here if path.name == "__init__.py" else here.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*up, base] if base else up)
            found.add(base)
            found |= {f"{base}.{a.name}" for a in node.names}
    return {m for m in found if m.split(".")[0] in LAYER}


def _graph() -> dict[str, set[str]]:
    files = {_module(p): p for top in LAYER for p in (ROOT / top).rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        graph[name] = {m for m in _imports(path) if m in files and m != name}
    return graph


def test_no_package_imports_a_layer_above_it_or_a_sibling_stage() -> None:
    wrong = []
    for module, targets in _graph().items():
        top = module.split(".")[0]
        for target in targets:
            other = target.split(".")[0]
            if other == top:
                continue
            if LAYER[other] > LAYER[top] or (other in STAGES and top in STAGES):
                wrong.append(f"{module} imports {target}")
    assert wrong == []


def test_there_is_no_import_circle() -> None:
    graph = _graph()
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    assert circles == []


def test_the_doors_hold_no_business_logic() -> None:
    """``cli/`` and ``web/`` reach the archive, signatures and search only through the
    service (a query type is the one thing they build themselves)."""
    allowed = {"search_api", "search_api.types"}
    wrong = defaultdict(list)
    for module, targets in _graph().items():
        if module.split(".")[0] not in ("cli", "web"):
            continue
        for target in targets:
            if target.split(".")[0] in ("archive", "signing", "search_api") and \
                    target not in allowed:
                wrong[module].append(target)
    assert dict(wrong) == {}


def test_no_module_is_over_500_lines() -> None:
    long = {str(p.relative_to(ROOT)): n for top in (*LAYER, "tests", "bench")
            for p in (ROOT / top).rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 500}
    assert long == {}
