"""Check decoded JSON against a dataclass before it is trusted.

Cache entries are JSON written by graphx, but a file on disk can be edited,
damaged or left by another version: valid JSON with a wrong type crashed
every later build, and a records entry with ``"warnings": null`` dropped its
article with a traceback (issue 12 F8). :func:`checker` turns a dataclass's
annotations into a function that says, with the JSON path, what does not
fit: a missing or unknown key, a value of the wrong type. Built once per
class, it costs a few microseconds per cached object.

>>> from dataclasses import dataclass
>>> @dataclass
... class Point:
...     x: int
...     tags: list[str]
>>> checker(Point)({"x": 1, "tags": ["a", None]})
Traceback (most recent call last):
...
graphx.schema.SchemaError: tags[1]: expected str, got null
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from functools import cache
from typing import Any

__all__ = ["SchemaError", "checker"]

Check = Callable[[Any], None]
_ABSENT = object()  # an optional field left out


class SchemaError(ValueError):
    """Decoded data does not match the dataclass it should rebuild."""

    def __init__(self, problem: str, where: str = "") -> None:
        super().__init__(f"{where or 'entry'}: {problem}")
        self.problem, self.where = problem, where

    def inside(self, step: str) -> SchemaError:
        """The same error one level up: ``step`` is a key (``name``) or an index (``[2]``)."""
        where = step + ("." if self.where and not self.where.startswith("[") else "") + self.where
        return SchemaError(self.problem, where)


def _name(value: Any) -> str:
    return "null" if value is None else type(value).__name__


def _fail(expected: str, value: Any) -> SchemaError:
    return SchemaError(f"expected {expected}, got {_name(value)}")


def checker(cls: type) -> Callable[[Any], None]:
    """A function that raises :class:`SchemaError` when data cannot rebuild ``cls``."""
    return _compile(cls)


def _accepted(kind: type) -> tuple[type, ...]:
    return (int, float) if kind is float else (kind,)


def _scalar(kind: type) -> Check:
    accepted = _accepted(kind)

    def check(value: Any) -> None:
        # bool is an int to Python, never to a field declared int.
        if not isinstance(value, accepted) or (isinstance(value, bool) and kind is not bool):
            raise _fail(kind.__name__, value)

    return check


def _list(item: Check) -> Check:
    def check(value: Any) -> None:
        if not isinstance(value, list):
            raise _fail("list", value)
        for n, x in enumerate(value):
            try:
                item(x)
            except SchemaError as e:
                raise e.inside(f"[{n}]") from None

    return check


def _tuple(items: list[Check]) -> Check:
    def check(value: Any) -> None:
        # JSON has no tuples: asdict's tuples come back as lists.
        if not isinstance(value, list | tuple) or len(value) != len(items):
            raise _fail(f"a list of {len(items)}", value)
        for n, (x, item) in enumerate(zip(value, items, strict=True)):
            try:
                item(x)
            except SchemaError as e:
                raise e.inside(f"[{n}]") from None

    return check


def _optional(inner: Check) -> Check:
    def check(value: Any) -> None:
        if value is not None:
            inner(value)

    return check


def _literal(allowed: tuple[Any, ...]) -> Check:
    def check(value: Any) -> None:
        if value not in allowed:
            raise SchemaError(f"{value!r} is not one of {list(allowed)}")

    return check


def _of(kind: Any) -> Check:
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if dataclasses.is_dataclass(kind) and isinstance(kind, type):
        return _compile(kind)
    if origin is list:
        return _list(_of(args[0]))
    if origin is tuple:
        return _tuple([_of(a) for a in args])
    if origin is typing.Literal:
        return _literal(args)
    if origin in (typing.Union, types.UnionType):
        rest = [a for a in args if a is not type(None)]
        if len(rest) != 1:
            raise TypeError(f"unsupported union {kind}")
        return _optional(_of(rest[0])) if len(rest) < len(args) else _of(rest[0])
    if kind in (str, int, float, bool):
        return _scalar(kind)
    raise TypeError(f"no schema check for {kind!r}")


@cache
def _compile(cls: type) -> Check:
    hints = typing.get_type_hints(cls)
    names = frozenset(f.name for f in dataclasses.fields(cls))
    required = {
        f.name
        for f in dataclasses.fields(cls)
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    }
    # Scalar fields are checked inline, the rest through their own check: a
    # cached extraction has hundreds of mentions, each of eight scalars.
    scalars = [(n, _accepted(k)) for n, k in hints.items() if n in names and k in (str, int, float)]
    others = [(n, _of(k)) for n, k in hints.items() if n in names and k not in (str, int, float)]

    def check(value: Any) -> None:
        if not isinstance(value, dict):
            raise _fail(f"an object ({cls.__name__})", value)
        if value.keys() != names and (value.keys() - names or required - value.keys()):
            unknown, missing = sorted(value.keys() - names), sorted(required - value.keys())
            raise SchemaError(
                f"unknown key {unknown[0]!r}" if unknown else f"missing key {missing[0]!r}"
            )
        for name, accepted in scalars:
            x = value.get(name, _ABSENT)
            if x is not _ABSENT and (not isinstance(x, accepted) or x is True or x is False):
                raise _fail(accepted[-1].__name__, x).inside(name)
        for name, item in others:
            if name in value:
                try:
                    item(value[name])
                except SchemaError as e:
                    raise e.inside(name) from None

    return check
