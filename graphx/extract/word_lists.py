"""Word lists that tell how a trigger is told: of many acts, of a kind, of another instance.

``many_acts_words.txt`` ("each of the counties"), ``kind_words.txt`` ("ones who"),
``other_instance_words.txt`` ("similar subpoenas", "another lawsuit"),
``inexact_count_words.txt`` ("about 60", "another 12"), ``money_words.txt`` ("in federal
money"), ``organizers.txt``
("organizer Sofia Herrera"), ``practice_ends.txt`` ("will no longer hold"), read through
the lexicon once per lexicon.
"""

from __future__ import annotations

from graphx.extract.taxonomy import Taxonomy
from graphx.lexicon import Lexicon, shipped

__all__ = [
    "byline_roles",
    "capture_nouns",
    "capture_word_kinds",
    "firsts",
    "inexact_count_words",
    "judging_verbs",
    "kind_words",
    "listed_sense",
    "many_acts_words",
    "money_words",
    "notices",
    "organizers",
    "other_instance_words",
    "practice_ends",
]


def many_acts_words(lexicon: Lexicon | None = None) -> tuple[frozenset[str], frozenset[str]]:
    """``many_acts_words.txt``: the words that count bodies, and the bodies' nouns
    (``clauses.tells_many_acts``)."""
    return (lexicon or shipped()).derived(_many_acts_words)


def _many_acts_words(lexicon: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    kinds = lexicon.word_kinds("many_acts_words.txt")
    return kinds.get("count", frozenset()), kinds.get("body", frozenset())


def kind_words(lexicon: Lexicon | None = None) -> frozenset[str]:
    """``kind_words.txt``: "ones", "anyone" ... (``kinds.describes_a_kind``)."""
    return (lexicon or shipped()).word_set("kind_words.txt")


def other_instance_words(lexicon: Lexicon | None = None) -> frozenset[str]:
    """``other_instance_words.txt``: "similar", "another", "separate" ..."""
    return (lexicon or shipped()).word_set("other_instance_words.txt")


def inexact_count_words(lexicon: Lexicon | None = None) -> frozenset[str]:
    """``inexact_count_words.txt``: "about", "more", "remaining" ... (``counted``)."""
    return (lexicon or shipped()).word_set("inexact_count_words.txt")


def money_words(lexicon: Lexicon | None = None) -> dict[str, frozenset[str]]:
    """``money_words.txt``: the nouns of money ("money", "funds") and the words of where
    public money comes from ("federal", "grant") (``deciders``)."""
    return (lexicon or shipped()).word_kinds("money_words.txt")


def notices(lexicon: Lexicon | None = None) -> dict[str, frozenset[str]]:
    """``notices.txt``: the nouns ("letter"), the verbs that carry one ("received") and the
    verbs that tell what it says ("notifying") of a notice of an end (``notices``)."""
    return (lexicon or shipped()).word_kinds("notices.txt")


def capture_nouns(lexicon: Lexicon | None = None) -> tuple[frozenset[str], frozenset[str]]:
    """``capture_nouns.txt``: the nouns of people taken, and of people of the law who take."""
    return (lexicon or shipped()).derived(_capture_nouns)


def _capture_nouns(lexicon: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    kinds = capture_word_kinds(lexicon)
    return kinds.get("taken", frozenset()), kinds.get("taker", frozenset())


def capture_word_kinds(lexicon: Lexicon | None = None) -> dict[str, frozenset[str]]:
    """``capture_nouns.txt`` by kind of line ("taken", "taker", "band", "hidden")."""
    return (lexicon or shipped()).derived(_capture_word_kinds)


def _capture_word_kinds(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    return lexicon.word_kinds("capture_nouns.txt")


def byline_roles(lexicon: Lexicon | None = None) -> frozenset[str]:
    """``byline_roles.txt``: a reporter's or a show's roles ("host", "byline"), which a
    transcript writes after a speaker's name (``page``)."""
    return (lexicon or shipped()).word_set("byline_roles.txt")


def firsts(lexicon: Lexicon | None = None) -> dict[str, frozenset[str]]:
    """``firsts.txt``: the words that single out who did it ("only", "latest") and the nouns
    of no one who did anything ("step", "time") (``firsts``)."""
    return (lexicon or shipped()).word_kinds("firsts.txt")


def judging_verbs(lexicon: Lexicon | None = None) -> frozenset[str]:
    """``judging_verbs.txt``: verbs by which one thanks, blames or punishes someone "for"
    an act the one judged did (``subjects``)."""
    return (lexicon or shipped()).word_set("judging_verbs.txt")


def organizers(lexicon: Lexicon | None = None) -> dict[str, frozenset[str]]:
    """``organizers.txt``: the titles ("organizer") and the verbs ("organize") of who
    organized a gathering (``beside``)."""
    return (lexicon or shipped()).word_kinds("organizers.txt")


def practice_ends(lexicon: Lexicon | None = None) -> dict[str, frozenset[str]]:
    """``practice_ends.txt``: the words that tell a practice ended as the rule from now on
    ("will stop honoring", "will no longer hold", "Effective immediately") (``rule_changes``)."""
    return (lexicon or shipped()).word_kinds("practice_ends.txt")


def listed_sense(kind: str, taxonomy: Taxonomy) -> tuple[str, str] | None:
    """The event type and lemma of the event_types.csv verb a line of ``practice_ends.txt``
    names ("happening: end", "withheld: cut off"), else None."""
    for lemma in sorted(practice_ends().get(kind, ())):
        if lemma in taxonomy.verbs:
            return taxonomy.verbs[lemma], lemma
    return None
