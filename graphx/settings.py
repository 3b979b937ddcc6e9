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

from .errors import SettingsError

__all__ = ["RESOURCES", "Settings", "load_settings", "resource_path"]

RESOURCES = Path(__file__).parent / "resources"


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

    def resource(self, name: str) -> Path:
        """The user's file for a resource when set, else the shipped one."""
        override = {
            "aliases.csv": self.aliases_file,
            "patterns.jsonl": self.patterns_file,
            "gazetteer.csv": self.gazetteer_file,
        }.get(name, "")
        path = Path(override) if override else RESOURCES / name
        if not path.is_file():
            raise SettingsError(f"resource file {name!r} not found at {path}")
        return path


def resource_path(name: str) -> Path:
    """Path of a file shipped in ``graphx/resources``."""
    return RESOURCES / name


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
        SettingsError: an unknown setting, a value of the wrong type, or an
            unreadable file.

    >>> load_settings(port=9000).port
    9000
    """
    kinds = {f.name: type(f.default) for f in fields(Settings)}
    values: dict[str, Any] = _read_toml(RESOURCES / "defaults.toml")
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
    for name in ("aliases_file", "patterns_file", "gazetteer_file"):
        if checked.get(name) and not Path(checked[name]).is_file():
            raise SettingsError(f"setting {name!r}: file not found: {checked[name]}")
    return replace(Settings(), **checked)
