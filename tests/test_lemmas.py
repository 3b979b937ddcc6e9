"""The lemma repair of ``extract/lemmas.py`` (issue 15), on invented sentences.

A verb form the model's lemmatizer cuts wrong ("staged" -> "stag") takes the stem the
trigger table knows; a verb the table does not know keeps the model's lemma.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from graphx.extract.lemmas import stems, verb_lemmas
from graphx.extract.taxonomy import load_taxonomy
from tests.extracting import NEEDS_MODEL, named_events

pytestmark = NEEDS_MODEL


@pytest.mark.parametrize(
    ("form", "stem"),
    [
        ("staged", "stage"),
        ("defunded", "defund"),
        ("stopped", "stop"),
        ("carried", "carry"),
        ("policies", "policy"),
        ("hopes", "hope"),
        ("staging", "stage"),
    ],
)
def test_a_form_reads_back_to_its_stem(form: str, stem: str) -> None:
    assert stem in list(stems(form))


def test_a_short_word_has_no_stem() -> None:
    assert list(stems("led")) == []  # "l" is no verb to try


def test_the_tables_verbs_include_phrasal_and_light_ones_but_no_nouns() -> None:
    known = verb_lemmas(load_taxonomy())
    assert {"stage", "defund", "strike", "hold"} <= known
    assert "lawsuit" not in known  # a NOUN row


@pytest.mark.parametrize(
    ("text", "trigger", "event_type"),
    [
        # each of these verbs was lemmatized "stag", "defunde" and "lambast" by the model
        ("Students staged a walkout Monday at Lincoln High School.", "staged", "meeting"),
        ("The Adair County Commission defunded the program on Tuesday.", "defunded", "funding"),
        ("Sheriff Dana Pruitt lambasted the ruling on Friday.", "lambasted", "statement"),
    ],
)
def test_a_verb_the_lemmatizer_cut_wrong_still_tells_its_happening(
    nlp: Language, text: str, trigger: str, event_type: str
) -> None:
    events = [e for e, _ in named_events(nlp, text) if e.trigger == trigger]
    assert [e.event_type for e in events] == [event_type]


def test_a_verb_no_stem_of_which_the_tables_name_keeps_its_own_lemma(nlp: Language) -> None:
    # "hoped" is "hope", a verb of the table; "hopped" is no "hope" however it is cut
    hoped, hopped = nlp("She hoped the rabbits hopped away.")[1], nlp("The rabbits hopped away.")[2]
    assert (hoped.lemma_, hopped.lemma_) == ("hope", "hop")
