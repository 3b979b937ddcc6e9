"""Which code made a result: a graphx module and every graphx module it imports.

Caches key their entries by the code that computed them, read from the
code's own imports, so a module added to a stage is in its key without
anyone listing it (the hand-kept list missed every module added for
issues 11, 15 and 16).
"""

from __future__ import annotations

import ast
import functools
import hashlib
from pathlib import Path

__all__ = ["PACKAGE", "code_digest", "imported_modules"]

PACKAGE = Path(__file__).resolve().parent


def _module_file(dotted: str) -> Path | None:
    """The file of a graphx module or package named ``graphx.a.b``, if there is one."""
    path = PACKAGE.joinpath(*dotted.split(".")[1:])
    for candidate in (path.with_suffix(".py"), path / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _imports(path: Path) -> list[str]:
    """The graphx modules a file imports: ``from graphx.a import b`` names ``graphx.a`` and,
    when ``b`` is a module, ``graphx.a.b``."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "graphx":
            found.append(node.module or "graphx")
            found += [f"{node.module}.{a.name}" for a in node.names]
        elif isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name.split(".")[0] == "graphx"]
    return found


def imported_modules(start: str) -> list[Path]:
    """``start`` and every graphx module it imports, directly or through others."""
    todo, seen = [start], set()
    while todo:
        path = _module_file(todo.pop())
        if path is None or path in seen:
            continue
        seen.add(path)
        todo += _imports(path)
    return sorted(seen)


@functools.cache
def code_digest(start: str) -> str:
    """A digest of the path and bytes of ``start`` and every graphx module it imports.

    Once per process: finding the imports parses the code (55 ms here), and the
    code a process runs does not change under it.
    """
    h = hashlib.sha256()
    for path in imported_modules(start):
        h.update(path.relative_to(PACKAGE).as_posix().encode() + path.read_bytes())
    return h.hexdigest()
