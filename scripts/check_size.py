"""Fail when a graphx module or function is too long to read at once (``make lint``).

A module may have at most ``--module-lines`` lines; a function at most
``--function-lines`` lines of code, not counting its docstring (the
signature and the body, nested functions included). Complexity is ruff's
C901, configured in pyproject.toml.

    python scripts/check_size.py graphx
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections.abc import Iterator
from pathlib import Path

Function = ast.FunctionDef | ast.AsyncFunctionDef


def _docstring_lines(node: Function) -> int:
    first = node.body[0] if node.body else None
    if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
        if isinstance(first.value.value, str) and first.end_lineno is not None:
            return first.end_lineno - first.lineno + 1
    return 0


def function_lengths(source: str) -> Iterator[tuple[str, int, int]]:
    """(name, first line, lines of code without the docstring) of every function.

    >>> code = "def f(x):\\n    'Doc.'\\n    y = x\\n    return y\\n"
    >>> list(function_lengths(code))
    [('f', 1, 3)]
    """
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.end_lineno:
            start = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            length = node.end_lineno - start + 1 - _docstring_lines(node)
            yield node.name, node.lineno, length


def problems(root: Path, *, module_lines: int, function_lines: int) -> list[str]:
    """Every module and function of ``root`` over its limit, as ``path:line: what``."""
    found = []
    for path in sorted(root.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        lines = source.count("\n")
        if lines > module_lines:
            found.append(f"{path}:1: module has {lines} lines (limit {module_lines})")
        for name, line, length in function_lengths(source):
            if length > function_lines:
                found.append(
                    f"{path}:{line}: {name} has {length} lines of code (limit {function_lines})"
                )
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("roots", nargs="+", type=Path)
    parser.add_argument("--module-lines", type=int, default=400)
    parser.add_argument("--function-lines", type=int, default=40)
    args = parser.parse_args(argv)
    found = [
        p
        for root in args.roots
        for p in problems(root, module_lines=args.module_lines, function_lines=args.function_lines)
    ]
    print("\n".join(found) or "sizes: every module and function within its limit")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
