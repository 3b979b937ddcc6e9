"""The parse repair of ``extract/reattach.py`` (issue 15), on invented sentences.

A subject the parser hung as an apposition on the last noun of a long opening phrase is
given back to its verb; a verb that has a subject, or a phrase that is no opening of its
own verb, is left as parsed.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from graphx.build.engines import extract
from graphx.extract.ner import AUTO_MODELS, load_nlp
from graphx.model import Document
from graphx.settings import Settings

pytestmark = [
    pytest.mark.model,
    pytest.mark.skipif(
        not any(spacy.util.is_package(name) for name in AUTO_MODELS),
        reason="no spaCy English model installed",
    ),
]

# found in a fresh corpus: a long opening phrase before the subject (each of these was parsed
# with the subject hung on the phrase's last name)
STRANDED = (
    "After more than two hours of public comment that spilled into the lobby of the Town Hall "
    "Annex, the Dover Town Council voted 5-4 Tuesday to approve an ordinance."
)
STRANDED_TOO = (
    "Following a long debate that filled the chamber of the Kent County Courthouse, the Kent "
    "County Levy Court approved the plan on Tuesday."
)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_nlp(Settings())


@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [(STRANDED, "voted", "Council"), (STRANDED_TOO, "approved", "Court")],
)
def test_the_stranded_phrase_is_the_verbs_subject(
    nlp: Language, text: str, verb: str, subject: str
) -> None:
    doc = nlp(text)
    acts = next(t for t in doc if t.text == verb)
    name = next(t for t in doc if t.text == subject)
    assert (name.head, name.dep_) == (acts, "nsubj")
    assert acts.dep_ == "ROOT"


def test_the_vote_names_its_council(nlp: Language) -> None:
    document = Document(
        "t", "t.txt", "txt", STRANDED, published="2024-03-08", published_basis="known"
    )
    found = extract(nlp(STRANDED), document)
    names = {m.id: m.text for m in found.mentions}
    (vote,) = [e for e in found.events if e.trigger == "voted"]
    assert {names[i]: role for i, role in vote.participants} == {"Dover Town Council": "agent"}


@pytest.mark.parametrize(
    ("text", "word", "head"),
    [
        # the verb has a subject: the apposition stays the name's
        ("After the hearing, Mayor Ann Lee, a Democrat, said Tuesday that the city would appeal.",
         "Democrat", "Lee"),
        # an apposition inside the subject itself
        ("The mayor of Dover, a former teacher, voted against the plan on Tuesday.",
         "teacher", "mayor"),
    ],
)  # fmt: skip
def test_an_apposition_with_a_subject_beside_it_stays(
    nlp: Language, text: str, word: str, head: str
) -> None:
    token = next(t for t in nlp(text) if t.text == word)
    assert (token.head.text, token.dep_) == (head, "appos")
