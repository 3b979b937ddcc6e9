"""The lexicon: every data file of ``graphx/resources``, read in one place, once per settings.

Domain knowledge (agencies, titles, trigger words, time words, page furniture,
administrations...) lives in files a user can read and extend, never in code.
This module is the only code that opens them. It knows, for each file, which
stage reads it (``RESOURCES``), where it is for given settings (a user's file
named by a setting replaces the shipped one), its text, and the structures the
stages build from it (``Lexicon.derived``, built once per lexicon). The cache
key of per-document extraction is ``Lexicon.digest("extract")``: the bytes of
exactly the files extraction reads, wherever they are.

>>> shipped().path("titles.txt").name
'titles.txt'
>>> sorted(r.name for r in RESOURCES if "app" in r.read_by)
['administrations.csv', 'cy_style.json']
"""

from __future__ import annotations

import csv
import functools
import hashlib
import json
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from graphx.errors import SettingsError

if TYPE_CHECKING:
    from graphx.settings import Settings

__all__ = ["RESOURCES", "SHIPPED", "Lexicon", "Resource", "for_settings", "names", "shipped"]

SHIPPED = Path(__file__).parent / "resources"
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Resource:
    """A data file: its name, the stages that read it, and the setting that replaces it."""

    name: str
    read_by: tuple[str, ...]
    setting: str = ""


# The stages: "ingest" (readers, per file), "extract" (per document, cached),
# "resolve" (corpus-wide), "app" (the explorer), "settings" (defaults.toml).
RESOURCES: tuple[Resource, ...] = (
    Resource("administrations.csv", ("extract", "resolve", "app")),
    Resource("agencies.csv", ("extract", "resolve")),
    Resource("aliases.csv", ("resolve",), "aliases_file"),
    Resource("attributions.txt", ("extract",)),
    Resource("body_synonyms.txt", ("resolve",)),
    Resource("byline_roles.txt", ("extract", "resolve")),
    Resource("capture_nouns.txt", ("extract",)),
    Resource("credits.txt", ("extract",)),
    Resource("cy_style.json", ("app",)),
    Resource("crowd_nouns.txt", ("extract",)),
    Resource("crowd_verbs.txt", ("extract",)),
    Resource("defaults.toml", ("settings",)),
    Resource("definite_heads.csv", ("extract",)),
    Resource("editions.txt", ("resolve",)),
    Resource("event_types.csv", ("extract", "resolve")),
    Resource("furniture.jsonl", ("ingest",)),
    # Extraction reads the shipped gazetteer (places inside names); a user's file
    # named by ``gazetteer_file`` replaces it in resolution only.
    Resource("gazetteer.csv", ("extract", "resolve"), "gazetteer_file"),
    Resource("firsts.txt", ("extract",)),
    Resource("gendered_words.csv", ("extract",)),
    Resource("head_words.csv", ("extract",)),
    Resource("headline_small_words.txt", ("extract",)),
    Resource("indefinite_heads.csv", ("extract",)),
    Resource("inexact_count_words.txt", ("extract",)),
    Resource("kind_words.txt", ("extract",)),
    Resource("judging_verbs.txt", ("extract",)),
    Resource("local_body_words.txt", ("resolve",)),
    Resource("many_acts_words.txt", ("extract",)),
    Resource("money_words.txt", ("extract",)),
    Resource("media.csv", ("extract", "resolve")),
    Resource("member_nouns.txt", ("extract",)),
    Resource("name_words.csv", ("extract", "resolve")),
    Resource("notices.txt", ("extract",)),
    Resource("organizations.csv", ("extract", "resolve")),
    Resource("occasions.csv", ("resolve",)),
    Resource("organizers.txt", ("extract",)),
    Resource("origin_nouns.txt", ("extract",)),
    Resource("other_instance_words.txt", ("extract",)),
    Resource("patterns.jsonl", ("extract",), "patterns_file"),
    Resource("place_titles.txt", ("extract",)),
    Resource("practice_ends.txt", ("extract",)),
    Resource("people.csv", ("extract", "resolve")),
    Resource("person_nouns.txt", ("extract",)),
    Resource("place_words.csv", ("extract", "resolve")),
    Resource("products.txt", ("extract",)),
    Resource("related_families.csv", ("extract", "resolve")),
    Resource("pronouns.csv", ("extract",)),
    Resource("run_on_words.txt", ("extract",)),
    Resource("seat_titles.csv", ("resolve",)),
    Resource("support_verbs.txt", ("extract",)),
    Resource("time_words.json", ("ingest", "extract")),
    Resource("title_words.csv", ("extract",)),
    Resource("titles.txt", ("extract", "resolve")),
    Resource("translated_words.txt", ("resolve",)),
    Resource("type_evidence.csv", ("extract",)),
    Resource("wire_services.txt", ("ingest", "extract", "resolve")),
)
_BY_NAME = {r.name: r for r in RESOURCES}


class Lexicon:
    """The data files of one set of settings: paths, text and what is built from them.

    Args:
        overrides: resource name -> a user's file that replaces the shipped one.
        folder: where the shipped files are.
    """

    def __init__(self, overrides: Mapping[str, Path] | None = None, *, folder: Path = SHIPPED):
        self.folder = folder
        self.overrides = dict(overrides or {})
        unknown = set(self.overrides) - set(_BY_NAME)
        if unknown:
            raise SettingsError(f"unknown resource files: {sorted(unknown)}")
        self.opened: set[str] = set()  # names read so far: what the cache key must cover
        self._texts: dict[str, str] = {}
        self._derived: dict[Callable[..., Any], Any] = {}
        self._word_sets: dict[str, frozenset[str]] = {}
        self._lock = threading.RLock()

    def path(self, name: str, *, shipped_only: bool = False) -> Path:
        """Where ``name`` is read from: the user's file when one is set, else the shipped one."""
        if name not in _BY_NAME:
            raise SettingsError(f"unknown resource file {name!r}")
        if name in self.overrides and not shipped_only:
            return self.overrides[name]
        return self.folder / name

    def text(self, name: str, *, shipped_only: bool = False) -> str:
        """The file's text, read once.

        Raises:
            SettingsError: the file is missing, unreadable or not UTF-8; the message names it.
        """
        path = self.path(name, shipped_only=shipped_only)
        key = f"{name}\x1f{shipped_only}"
        with self._lock:
            if key not in self._texts:
                self._texts[key] = _read_text(path)
                self.opened.add(name)
            return self._texts[key]

    def current_text(self, name: str) -> str:
        """The file's text read now, not kept: for files a user edits between builds in one
        process, like ``aliases.csv`` while the explorer runs."""
        text = _read_text(self.path(name))
        with self._lock:
            self.opened.add(name)
        return text

    def lines(self, name: str, *, shipped_only: bool = False) -> list[str]:
        """The file's lines without blank lines and ``#`` comments, stripped."""
        lines = self.text(name, shipped_only=shipped_only).splitlines()
        return [x.strip() for x in lines if x.strip() and not x.startswith("#")]

    def word_set(self, name: str) -> frozenset[str]:
        """The file's lines in lower case, as a set, built once: a word list
        ("kind_words.txt", "support_verbs.txt")."""
        with self._lock:
            if name not in self._word_sets:
                self._word_sets[name] = frozenset(w.lower() for w in self.lines(name))
            return self._word_sets[name]

    def word_kinds(self, name: str) -> dict[str, frozenset[str]]:
        """The words of each kind of a list whose lines are "kind: word"
        ("member_nouns.txt", "capture_nouns.txt", "many_acts_words.txt")."""
        kinds: dict[str, set[str]] = {}
        for line in self.word_set(name):
            kind, _, word = line.partition(":")
            kinds.setdefault(kind.strip(), set()).add(word.strip())
        return {kind: frozenset(words) for kind, words in kinds.items()}

    def rows(
        self, name: str, *, required: Sequence[str] = (), shipped_only: bool = False
    ) -> list[dict[str, str]]:
        """A CSV file's rows by header, ``#`` comment lines left out, a missing cell "".

        Raises:
            SettingsError: a ``required`` column is missing from the header, or empty in a
                row; the message names the file and the line, so whoever extended it sees
                where.
        """
        numbered = [
            (n, line)
            for n, line in enumerate(self.text(name, shipped_only=shipped_only).splitlines(), 1)
            if not line.startswith("#")
        ]
        reader = csv.DictReader((line for _, line in numbered), restval="")
        rows = []
        for row in reader:
            empty = [c for c in required if not (row.get(c) or "").strip()]
            if empty:
                line = numbered[reader.line_num - 1][0]
                path = self.path(name, shipped_only=shipped_only)
                raise SettingsError(f"{path}, line {line}: needs a value for {', '.join(empty)}")
            rows.append({k: v or "" for k, v in row.items() if k is not None})
        return rows

    def json(self, name: str) -> Any:
        """A JSON file's value.

        Raises:
            SettingsError: the file is not valid JSON.
        """
        try:
            return json.loads(self.text(name))
        except ValueError as e:
            raise SettingsError(f"{self.path(name)} is not valid JSON: {e}") from e

    def derived(self, build: Callable[[Lexicon], T]) -> T:
        """``build(self)``, computed once per lexicon: the tables a stage makes of its files."""
        with self._lock:
            if build not in self._derived:
                self._derived[build] = build(self)
            value: T = self._derived[build]
            return value

    def digest(self, stage: str) -> str:
        """A digest of the name and bytes of every file ``stage`` reads, where it reads it."""
        h = hashlib.sha256(stage.encode())
        for resource in RESOURCES:
            if stage in resource.read_by:
                # Extraction reads the shipped gazetteer whatever the settings say.
                path = self.path(resource.name, shipped_only=_shipped_in(resource, stage))
                h.update(resource.name.encode() + b"\x1f" + _read_bytes(path))
        return h.hexdigest()[:16]


def _shipped_in(resource: Resource, stage: str) -> bool:
    return resource.name == "gazetteer.csv" and stage == "extract"


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as e:
        raise SettingsError(f"cannot read resource file {path}: {e.strerror or e}") from e


def _read_text(path: Path) -> str:
    try:
        return _read_bytes(path).decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise SettingsError(f"resource file {path} is not UTF-8 text") from e


@functools.cache
def shipped() -> Lexicon:
    """The shipped files, as every stage reads them when no setting names a file."""
    return Lexicon()


def _overrides(settings: Settings) -> tuple[tuple[str, Path], ...]:
    named = ((r.name, getattr(settings, r.setting, "")) for r in RESOURCES if r.setting)
    return tuple((name, Path(value)) for name, value in named if value)


@functools.lru_cache(maxsize=8)
def _lexicon(overrides: tuple[tuple[str, Path], ...]) -> Lexicon:
    return Lexicon(dict(overrides)) if overrides else shipped()


def for_settings(settings: Settings) -> Lexicon:
    """The lexicon of ``settings``: one per distinct set of user files, shared.

    Raises:
        SettingsError: a file a setting names does not exist.
    """
    overrides = _overrides(settings)
    for name, path in overrides:
        if not path.is_file():
            raise SettingsError(f"resource file {name!r} not found at {path}")
    return _lexicon(overrides)


def names(stage: str) -> Iterable[str]:
    """The files ``stage`` reads."""
    return (r.name for r in RESOURCES if stage in r.read_by)
