"""Adjectives of nationality that name a language, not a country (issue 15).

"chanting in Spanish" had placed a march in Spain; "Translated from Spanish", "[English
translation]" and "a Spanish-language station", on the pages of outlets that translate,
had made Spain and the United Kingdom places of stories about Idaho and Iowa (found in
probes 193-257, where most translated pages named one). A demonym is a tongue after "in",
"into", "from" or "to" with no noun after it, before a noun of what is said, written or
spoken in a tongue, or before "-language" and "-speaking", when it is a language's name
("a Mexican newspaper" is Mexico's); never before a noun of people or of a state's doing
("a Mexican national", "in Mexican custody").
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["names_a_tongue"]

# Nouns of what is said, written or spoken in a tongue: "Spanish translation".
_SAID_IN = frozenset(
    {"translation", "version", "edition", "subtitle", "speaker", "interpreter", "translator"}
    | {"language", "class", "lesson", "teacher", "mass", "sermon", "broadcast", "radio"}
    | {"newspaper", "outlet", "station", "media", "word", "text", "caption", "article", "story"}
)
# Demonyms that are a language's name too: "a Mexican newspaper" is Mexico's.
_TONGUES = frozenset(
    {"spanish", "english", "french", "portuguese", "german", "italian", "russian", "arabic"}
    | {"chinese", "japanese", "korean", "vietnamese", "haitian", "somali", "ukrainian"}
)
_INTO = frozenset({"in", "into", "from", "to"})
_SPOKEN = frozenset({"language", "speaking", "speaker", "speakers"})


def names_a_tongue(word: Token) -> bool:
    """Whether a demonym names a language: "chanting in Spanish", "in English and Spanish",
    "in Haitian Creole", "Translated from Spanish", "English translation", "Spanish-language
    radio"; not "in Mexican custody", "a Mexican national"."""
    doc, tongue = word.doc, word.lower_ in _TONGUES
    spoken = word.i + 2 < len(doc) and doc[word.i + 1].text == "-"
    if tongue and spoken and doc[word.i + 2].lower_ in _SPOKEN:
        return True
    if word.dep_ in ("compound", "amod"):
        if tongue and word.head.lemma_.lower() in _SAID_IN:
            return True
        if word.head.pos_ != "PROPN":
            return False
        word = word.head  # "Haitian Creole"
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head
    return word.dep_ == "pobj" and word.head.lower_ in _INTO
