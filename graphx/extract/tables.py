"""Every table per-document extraction reads, built before the first document.

The tables are built lazily, on first use, inside the per-document stages; a
malformed row in a data file a user extended would then fail every document
one by one. Building them all first turns it into one line naming the file
and the line, before any work (``build.engines.run_extraction``).
"""

from __future__ import annotations

from graphx.administrations import load_terms
from graphx.extract import (
    antecedents,
    aspect,
    credits,
    crowds,
    described,
    evidence,
    headlines,
    known,
    lines,
    members,
    origins,
    placing,
    retype,
    word_lists,
)
from graphx.extract.gazetteer import load_gazetteer
from graphx.extract.nlp import file_patterns
from graphx.extract.taxonomy import kin_of
from graphx.extract.timex import rules
from graphx.extract.triggers import load_taxonomy
from graphx.lexicon import Lexicon, shipped

__all__ = ["load_tables"]


def load_tables(lexicon: Lexicon | None = None, *, patterns: Lexicon | None = None) -> None:
    """Build every table extraction reads, from where it reads them.

    Args:
        lexicon: the data files (the shipped ones by default: extraction reads them so).
        patterns: the lexicon whose ``patterns.jsonl`` the entity ruler reads (the user's file
            when a setting names one); ``lexicon`` by default.

    Raises:
        SettingsError: a data file is unreadable or a row of it is malformed.
    """
    lexicon = lexicon or shipped()
    for table in (
        load_taxonomy, kin_of, antecedents.definite_heads, antecedents.pronoun_types,
        antecedents.indefinite_heads, antecedents.gendered_words,
        origins.origin_nouns, described.title_words, described.person_nouns,
        placing.support_verbs, credits.credit_patterns, credits.read_attributions,
        word_lists.other_instance_words, word_lists.kind_words, word_lists.many_acts_words,
        word_lists.inexact_count_words, word_lists.organizers, word_lists.practice_ends,
        word_lists.money_words, word_lists.notices, word_lists.capture_word_kinds,
        members.member_words, crowds.crowd_nouns, crowds.crowd_verbs, word_lists.capture_nouns,
        aspect.looking_ahead_verbs, retype.place_titles, word_lists.byline_roles,
        aspect.progressive_habits, word_lists.judging_verbs, word_lists.firsts,
        evidence.read_cues, headlines.small_words, lines.run_on_words, load_gazetteer,
        known.known_table, known.known_names, known.read_titles, known.read_products,
        known.read_head_words, known.name_words, load_terms, rules.words,
    ):  # fmt: skip
        table(lexicon)
    file_patterns(patterns or lexicon)
