"""The one exception hierarchy of graphx.

Messages say what failed and with which value; the CLI prints them as one
line and exits with code 2 (bad settings or usage) instead of a traceback.
"""

from __future__ import annotations

__all__ = ["GraphxError", "InputError", "OutputError", "SettingsError"]


class GraphxError(Exception):
    """Base class of every error graphx raises on purpose."""


class SettingsError(GraphxError):
    """A setting, a resource file or a command-line option is unusable."""


class InputError(GraphxError):
    """An input file cannot be read as a document (reported per file)."""


class OutputError(GraphxError):
    """An output file or folder cannot be written (missing, read-only, full)."""
