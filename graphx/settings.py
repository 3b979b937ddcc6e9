"""One validated settings object, read from defaults.toml and overrides.

Precedence, lowest first: the shipped ``resources/defaults.toml``, a user
``graphx.toml`` (given explicitly or found in the working directory),
environment variables ``GRAPHX_<NAME>``, then keyword overrides (the CLI's
options). Unknown names and wrongly typed values raise ``SettingsError``.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from graphx.errors import SettingsError
from graphx.lexicon import SHIPPED

__all__ = ["Settings", "load_settings"]


@dataclass(frozen=True, slots=True)
class Settings:
    model: str = "auto"
    batch_size: int = 32
    jobs: int = 1
    aliases_file: str = ""
    patterns_file: str = ""
    gazetteer_file: str = ""
    host: str = "127.0.0.1"
    port: int = 8050
    max_network_nodes: int = 300
    min_year: int = 1800
    max_year: int = 2100
    ignore: str = (
        "README*, LICENSE*, LICENCE*, COPYING*, CHANGELOG*, CHANGES*, CONTRIBUTING*, AUTHORS*, "
        "NOTICE*, *.py, *.sh, *.js, *.css, *.toml, *.yaml, *.yml, *.ipynb, *.lock"
    )

    @property
    def ignore_patterns(self) -> tuple[str, ...]:
        """The ``ignore`` setting's file-name patterns (comma-separated globs)."""
        return tuple(p.strip() for p in self.ignore.split(",") if p.strip())


def _coerce(name: str, value: Any, kind: type) -> Any:
    if isinstance(value, str) and kind is int:
        try:
            value = int(value)
        except ValueError as e:
            raise SettingsError(f"setting {name!r} must be an integer, got {value!r}") from e
    if not isinstance(value, kind) or isinstance(value, bool):
        raise SettingsError(f"setting {name!r} must be {kind.__name__}, got {value!r}")
    if isinstance(value, int) and value < 0:
        raise SettingsError(f"setting {name!r} must not be negative, got {value!r}")
    return value


# Smallest value of the integer settings that must be positive (issue 12: batch_size 0
# was a ValueError deep in spaCy); every other integer only has to be 0 or more.
_MINIMUM = {"batch_size": 1, "max_network_nodes": 1, "min_year": 1}
_TEXT_FILES = ("aliases_file", "patterns_file", "gazetteer_file")


def _check_ranges(values: dict[str, Any]) -> None:
    for name, low in _MINIMUM.items():
        if name in values and values[name] < low:
            raise SettingsError(f"setting {name!r} must be at least {low}, got {values[name]!r}")
    low, high = values.get("min_year", 1), values.get("max_year", 9999)
    if high > 9999 or low > high:
        raise SettingsError(
            f"settings 'min_year' and 'max_year' must satisfy min_year <= max_year <= 9999, "
            f"got {low} and {high}"
        )


def _check_text_file(name: str, path: Path) -> None:
    """A resource file must be UTF-8 text: said now, not after the whole extraction (issue 12)."""
    if not path.is_file():
        raise SettingsError(f"setting {name!r}: file not found: {path}")
    try:
        data = path.read_bytes()
        if b"\x00" in data:
            raise UnicodeError("NUL byte")
        data.decode("utf-8-sig")
    except OSError as e:
        raise SettingsError(f"setting {name!r}: cannot read {path}: {e.strerror}") from e
    except UnicodeError as e:
        raise SettingsError(f"setting {name!r}: {path} is not a UTF-8 text file") from e


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except OSError as e:
        raise SettingsError(f"cannot read settings file {path}: {e.strerror}") from e
    except tomllib.TOMLDecodeError as e:
        raise SettingsError(f"settings file {path} is not valid TOML: {e}") from e


def load_settings(config: str | Path | None = None, **overrides: Any) -> Settings:
    """Read, merge and validate the settings.

    Args:
        config: a TOML file; when None, ``./graphx.toml`` is used if present.
        **overrides: values that win over every file (None values are ignored).

    Raises:
        SettingsError: an unknown setting, a value of the wrong type or out
            of range, or an unreadable or binary file.

    >>> load_settings(port=9000).port
    9000
    """
    kinds = {f.name: type(f.default) for f in fields(Settings)}
    values: dict[str, Any] = _read_toml(SHIPPED / "defaults.toml")
    user = Path(config) if config else Path("graphx.toml")
    if config or user.is_file():
        values.update(_read_toml(user))
    for name in kinds:
        env = os.environ.get(f"GRAPHX_{name.upper()}")
        if env is not None:
            values[name] = env
    values.update({k: v for k, v in overrides.items() if v is not None})
    unknown = sorted(set(values) - set(kinds))
    if unknown:
        raise SettingsError(f"unknown setting(s): {', '.join(unknown)}")
    checked = {name: _coerce(name, value, kinds[name]) for name, value in values.items()}
    _check_ranges(checked)
    for name in _TEXT_FILES:
        if checked.get(name):
            _check_text_file(name, Path(checked[name]))
    return replace(Settings(), **checked)
