"""The shape of the code (issue 14): stages in order, no import cycle, small modules.

Imports are read from the source (``ast``), inside functions too, so a lazy
import cannot hide a cycle; imports under ``if TYPE_CHECKING:`` are for the
type checker only and are left out.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "graphx"

# Each layer may import from the layers before it and from itself, never after.
# Written by hand: this is the pipeline as docs/architecture.md draws it.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("errors",),
    ("lexicon", "settings", "model", "files", "schema", "code_digest"),
    ("administrations", "boundary", "contract"),
    ("ingest",),
    ("extract",),
    ("resolve",),
    ("build",),
    ("explore",),
    ("exports",),
    ("ui", "eval"),
    ("cli", "cli_review"),
)
RANK = {name: rank for rank, names in enumerate(LAYERS) for name in names}


def _module(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _type_checking_only(tree: ast.AST) -> set[int]:
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.body:
                lines.update(range(child.lineno, (child.end_lineno or child.lineno) + 1))
    return lines


def import_graph() -> nx.DiGraph:
    """Module -> graphx module it imports."""
    modules = {_module(p): p for p in PACKAGE.rglob("*.py")}
    graph = nx.DiGraph()
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = _type_checking_only(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.ImportFrom) or node.lineno in skip:
                continue
            base = node.module or ""
            if not base.startswith("graphx"):
                continue
            for alias in node.names:
                target = f"{base}.{alias.name}"
                graph.add_edge(name, target if target in modules else base)
    return graph


def _stage(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "graphx"


def test_architecture_has_no_import_cycle() -> None:
    cycles = list(nx.simple_cycles(import_graph()))
    assert cycles == []


def test_architecture_stages_import_only_earlier_stages() -> None:
    wrong = sorted(
        f"{a} imports {b}"
        for a, b in import_graph().edges
        if _stage(a) in RANK and _stage(b) in RANK and RANK[_stage(b)] > RANK[_stage(a)]
    )
    assert wrong == []


def test_architecture_every_package_module_has_a_layer() -> None:
    stages = {_stage(_module(p)) for p in PACKAGE.rglob("*.py")} - {"graphx", "__init__"}
    assert stages <= set(RANK), stages - set(RANK)


def test_architecture_sizes_are_within_limits() -> None:
    run = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "check_size.py"), str(PACKAGE)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stdout
