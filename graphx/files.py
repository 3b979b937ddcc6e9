"""Files graphx writes: whole or not at all, with the umask's mode, and folders it makes.

An interrupted build or export never leaves half a file: every file is
written to a temporary sibling and renamed over its name.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from graphx.errors import OutputError

__all__ = ["atomic_write", "make_folder"]


@contextmanager
def atomic_write(path: str | Path, mode: str = "wb") -> Iterator[IO[Any]]:
    """Open a temporary sibling of ``path`` and rename it over ``path`` on success.

    The file gets the mode the umask gives a new file (0644 under the usual
    022), not mkstemp's 0600 (issue 12). A missing folder is an error, not
    created: a mistyped ``--out`` must not leave new folders behind.

    Raises:
        OutputError: the folder does not exist or the file cannot be written
            (read-only, permission denied, disk full), with the path.
    """
    path = Path(path)
    if not path.parent.is_dir():
        raise OutputError(f"cannot write {path}: folder {path.parent} does not exist")
    fd, tmp = _create_sibling(path)
    try:
        encoding = None if "b" in mode else "utf-8"
        with os.fdopen(fd, mode, encoding=encoding, newline="" if encoding else None) as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise OutputError(f"cannot write {path}: {e.strerror or e}") from e
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _create_sibling(path: Path) -> tuple[int, Path]:
    """A new ``.<name>.<random>.tmp`` beside ``path``, created with mode 0666 & ~umask."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC
    while True:
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
        try:
            return os.open(tmp, flags, 0o666), tmp
        except FileExistsError:
            continue
        except OSError as e:
            raise OutputError(f"cannot write {path}: {e.strerror or e}") from e


def make_folder(path: Path) -> Path:
    """Create an output or cache folder; one line with the path when it cannot be (issue 12 F7)."""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise OutputError(f"cannot create the folder {path}: {e.strerror or e}") from e
    return path
