"""The corpus walk: which files under a corpus folder are read, and which are named and left.

Every path is resolved before it is read, so the walk never leaves the corpus
folder: a symlink to anything outside it is one line and is not read (an attack
read ``/etc/passwd`` into the graph, issue 12 F11). A symlink loop or a broken
symlink is one line, never an exception that stops the corpus (F2). A symlink
to a folder inside the corpus is not followed, since that folder's files are
read at their own path, and says so. A graphx output folder (it holds
``.graphx.lock``) inside the corpus is not read, so ``--out`` inside the
corpus does not make each build read its previous output (F10). Hidden
entries are skipped, as before.
"""

from __future__ import annotations

import errno
import fnmatch
import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from graphx.model import Problem

__all__ = ["OUTPUT_MARKER", "CorpusFile", "corpus_files", "display_path"]

log = logging.getLogger(__name__)

# build_lock() writes it into every output folder before the corpus is read.
OUTPUT_MARKER = ".graphx.lock"


@dataclass(frozen=True, slots=True)
class CorpusFile:
    """A file to read: ``path`` is resolved (what is opened), ``rel`` what it is called."""

    path: Path
    rel: str


def display_path(rel: str) -> str:
    """A relative path that prints on one line, as itself, and encodes as UTF-8.

    Bytes that were not UTF-8 in the file name (kept by Python as lone
    surrogates) become ``\\xNN``; control characters and invisible format
    characters (bidi overrides, which would reorder the rest of the terminal
    line, issue 12) their escape, so each file is reported on exactly one line
    that shows its real name.

    >>> display_path("a\\nb/\\udcff.txt")
    'a\\\\nb/\\\\xff.txt'
    >>> display_path("report\\u202etxt.exe")
    'report\\\\u202etxt.exe'
    """
    return "".join(_escape(c) for c in rel)


def _escape(c: str) -> str:
    code = ord(c)
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"
    if code < 0x20 or 0x7F <= code <= 0x9F or 0xD800 <= code <= 0xDFFF or code in _FORMAT:
        return c.encode("unicode_escape", "backslashreplace").decode("ascii")
    return c


# Bidi controls, zero-width characters, line and paragraph separators, BOM.
_FORMAT = frozenset(
    [0x061C, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2028, 0x2029, 0x2060, 0xFEFF]
    + list(range(0x202A, 0x202F))
    + list(range(0x2066, 0x206A))
)


@dataclass(slots=True)
class _Walk:
    root: Path
    real_root: str
    problems: list[Problem]
    exclude: frozenset[str] = frozenset()
    ignore: tuple[str, ...] = ()
    found: list[CorpusFile] = field(default_factory=list)
    ignored: list[Problem] = field(default_factory=list)

    def ignored_by(self, name: str) -> str:
        """The ignore pattern a file name matches ("" for none); any case."""
        return next((p for p in self.ignore if fnmatch.fnmatch(name.lower(), p.lower())), "")

    def rel(self, path: str | Path) -> str:
        return display_path(Path(path).relative_to(self.root).as_posix())

    def skip(self, path: str | Path, reason: str) -> None:
        self.problems.append(Problem(self.rel(path), reason))

    def inside(self, real: str) -> bool:
        return real == self.real_root or real.startswith(self.real_root.rstrip("/") + "/")


def corpus_files(
    root: Path,
    problems: list[Problem],
    *,
    exclude: Iterable[str | Path] = (),
    ignore: Iterable[str] = (),
    ignored: list[Problem] | None = None,
) -> list[CorpusFile]:
    """The files under ``root`` to read, in path order; what is left alone goes to ``problems``.

    Args:
        root: the corpus folder.
        problems: receives one :class:`~graphx.model.Problem` per entry not
            read (symlink out of the folder, loop, unlistable folder, output folder).
        exclude: folders never read and not reported (the build's own output).
        ignore: file-name patterns of files that are not articles (a README, code).
        ignored: receives one entry per file left by ``ignore``.
    """
    real = frozenset(os.path.realpath(p) for p in exclude)
    walk = _Walk(root, os.path.realpath(root), problems, real, tuple(ignore))
    _visit(walk, root)
    if ignored is not None:
        ignored.extend(walk.ignored)
    return walk.found


def _visit(walk: _Walk, folder: Path) -> None:
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as e:
        reason = (
            "permission denied"
            if isinstance(e, PermissionError)
            else f"cannot list directory: {e.strerror or e}"
        )
        if folder == walk.root:
            walk.problems.append(Problem(display_path(folder.name), reason))
        else:
            walk.skip(folder, reason)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = folder / entry.name
        if entry.is_symlink():
            _link(walk, path)
        elif entry.is_dir(follow_symlinks=False):
            if os.path.realpath(path) in walk.exclude:
                log.info("%s is the output folder; not read", walk.rel(path))
            elif (path / OUTPUT_MARKER).exists():
                walk.skip(path, "a graphx output folder (it holds .graphx.lock); not read")
            else:
                _visit(walk, path)
        elif pattern := walk.ignored_by(entry.name):
            walk.ignored.append(Problem(walk.rel(path), f"not an article (ignore {pattern!r})"))
        else:
            walk.found.append(CorpusFile(path, walk.rel(path)))


def _link(walk: _Walk, path: Path) -> None:
    """A symlink: read the file it names if that is inside the corpus, else say why not."""
    try:
        real = os.path.realpath(path, strict=True)
    except OSError as e:
        if e.errno == errno.ELOOP:
            walk.skip(path, "symlink loop; not read")
        elif e.errno == errno.ENOENT:
            walk.skip(path, "broken symlink (its target does not exist); not read")
        else:
            walk.skip(path, f"cannot resolve symlink: {e.strerror}; not read")
        return
    if not walk.inside(real):
        walk.skip(path, "symlink to a path outside the corpus folder; not read")
    elif os.path.isdir(real):
        target = display_path(Path(real).relative_to(walk.real_root).as_posix()) or "."
        walk.skip(path, f"symlink to the folder {target} of the corpus; not followed")
    else:
        walk.found.append(CorpusFile(Path(real), walk.rel(path)))
