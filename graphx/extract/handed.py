"""Someone handed over to the law (``HAND`` rows of event_types.csv): "19 were turned over
to ICE", "the jail transferred him to ICE custody", "was released to Border Patrol agents"
tell that they passed into the law's custody, an arrest as other outlets tell it (issue 15).
Someone moved from one place of custody to another (``MOVE`` rows): "ICE moved the last 14
detainees out of the jail", "she was transferred to the Stewart Detention Center"."""

from __future__ import annotations

from spacy.tokens import Token

from graphx.extract.custody import custody_noun, of_the_law
from graphx.extract.known import read_head_words, read_titles
from graphx.extract.someone import someone
from graphx.extract.taxonomy import Taxonomy, load_taxonomy
from graphx.extract.tree import objects_of
from graphx.extract.word_lists import capture_nouns, capture_word_kinds
from graphx.model import EventMention

__all__ = ["handed", "handed_to_the_law", "without_undated_moves"]

# the prepositions of whom someone is handed to: "turned over to ICE", "released into
# federal custody"
_TO = frozenset({"to", "into"})
# the words of the rest of a group, people when no "of" phrase says otherwise: "the rest
# were turned over", "both were released to ICE"; not "the rest of the money"
_THE_REST = frozenset({"rest", "remainder", "others", "all", "both"})


def handed(verb: Token, lemma: str, taxonomy: Taxonomy) -> tuple[str, str] | None:
    """The event type and family of a verb of handing over that hands someone to the law
    ("19 were turned over to ICE"), or of moving someone held between places of custody,
    else None."""
    kind = taxonomy.rows.get("HAND", {}).get(lemma)
    if kind and handed_to_the_law(verb):
        return kind, taxonomy.family(lemma, kind)
    moved = taxonomy.act_by("MOVE", lemma)
    return moved if moved and _moved_in_custody(verb) else None


def handed_to_the_law(verb: Token) -> bool:
    """Someone (a person, a count of people, "those arrested", "the rest") passed to the
    law's people or an agency of the law, or into the law's custody ("ICE custody", "the
    custody of Border Patrol", "federal custody"); not records or money handed over, a man
    transferred to a hospital or another jail, released to his family, a mother's child
    handed to a deputy through a window, nor a practice ("stopped turning people over")."""
    if verb.dep_ == "xcomp" and verb.tag_ == "VBG":
        return False  # "stopped turning people over to agents", "kept handing them over"
    handed = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not any(_people(word) and not _ones_own(word, verb) for word in handed):
        return False
    to = [
        o
        for p in verb.children
        if p.dep_ in ("prep", "dative") and p.lower_ in _TO
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return any(_the_laws(o) for o in to)


def without_undated_moves(
    candidates: dict[int, tuple[str, str]], found: dict[int, EventMention], taxonomy: Taxonomy
) -> tuple[dict[int, EventMention], dict[int, tuple[str, str]]]:
    """The events and the triggers of a sentence without the moves between places of custody
    told with no time of their own: a step of the arrest they follow ("They were transported
    to the Stewart Detention Center in Lumpkin"), no news by itself, nor the news of a
    saying ("his lawyer said Sunday that he had been transferred to ...": a review)."""
    moves = {family for (kind, _), (_, family) in taxonomy.acts_by.items() if kind == "MOVE"}
    steps = {
        i
        for i, (_, lemma) in candidates.items()
        if lemma in moves and (i not in found or found[i].time is None)
    }
    events = {i: event for i, event in found.items() if i not in steps}
    return events, {i: sense for i, sense in candidates.items() if i not in steps}


def _moved_in_custody(verb: Token) -> bool:
    """Someone held moved out of, from, to or into a jail or a detention center by the law
    ("ICE moved the last 14 people out of the jail", "was transferred to the Stewart
    Detention Center"); not a man moved to a hospital, an office moved out of the jail, nor
    (reviews) a move to come or kept from happening ("plans to move 40 detainees", "blocked
    ICE from moving him"), one told beside the arrest it is a step of ("arrested her on
    Monday and transferred her to ..."), a warden's or a deputy's, nor a church's bus. One
    told by who moves is of those told as held ("the first detainees arrived at the jail")."""
    if _not_a_move_of_its_own(verb):
        return False
    moved = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    movers = [c for c in verb.children if c.dep_ == "nsubj"]
    whither = _WHENCE_OR_WHITHER
    if not moved and verb.lemma_.lower() in _ARRIVING:
        # "The first 11 ICE detainees arrived at the county jail on Monday"
        moved = [m for m in movers if _told_as_held(m) and not _of_the_staff(m)]
        movers, whither = [], _WHERE
    elif not any(_people(word) and not _of_the_staff(word) for word in moved):
        return False
    if not moved:
        return False
    if movers and not (of_the_law(movers) or any(m.ent_type_ in _BODIES for m in movers)):
        return False  # "Churches bused 200 people to the detention center for a vigil"
    stack = [p for p in verb.children if p.dep_ in ("prep", "dative", "prt", "advmod")]
    while stack:
        word = stack.pop()
        if word.dep_ == "pobj" and _a_jail(word):
            return True
        if word.lower_ in whither:
            stack.extend(c for c in word.children if c.dep_ in ("prep", "pobj"))
    return False


_BODIES = frozenset({"ORG", "AGENCY", "GPE"})  # a body that moves those it holds: "the county"


def _not_a_move_of_its_own(verb: Token) -> bool:
    """A move to come, a practice or one kept from happening (an infinitive, a gerund: "plans
    to move", "began moving", "blocked ICE from moving"), the background of another act
    ("After she was transferred ..., Velez filed"), or a step of the arrest it is told with
    ("ICE arrested Ana Ruiz on Monday and transferred her")."""
    if verb.tag_ in ("VB", "VBG") or verb.dep_ == "advcl":
        return True
    taxonomy, head = load_taxonomy(), verb.head.lemma_.lower()
    arrest = taxonomy.verbs.get(head) == "enforcement" or head in taxonomy.capturing
    return verb.dep_ == "conj" and arrest


def _told_as_held(word: Token) -> bool:
    """Someone who arrives told as held now: a noun of people held ("held:" lines of
    capture_nouns.txt: "detainees", "inmates") or people told by a participle of holding
    ("holding:" lines: "the first people held for ICE"); not agents, visitors or protesters
    arriving, nor (a review) people freed ("freed:" lines: "former inmates", "detainees
    released on Monday"), none ("no more detainees", "not a single inmate") or held in an
    arrest the sentence tells ("the women detained by agents on Monday arrived ...")."""
    kinds = capture_word_kinds()
    said = [t for t in word.subtree if t.i < word.i or t.head == word or t.head.head == word]
    if any(t.lemma_.lower() in kinds.get("freed", frozenset()) for t in said):
        return False
    if any(t.lower_ in _NONE for t in word.subtree if t.i <= word.i):
        return False
    if word.lemma_.lower() in kinds.get("held", frozenset()):
        return True
    holding = kinds.get("holding", frozenset())
    told = [c for c in word.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    told = [c for c in told if c.lemma_.lower() in holding]
    return any(not any(d.dep_ == "agent" or d.ent_type_ == "DATE" for d in c.subtree) for c in told)


# the words of a count of no one: "no more detainees", "not a single inmate", "zero"
_NONE = frozenset({"no", "not", "zero", "none"})
# a verb of coming whose subject is who is moved (MOVE rows read intransitively)
_ARRIVING = frozenset({"arrive"})


def _of_the_staff(word: Token) -> bool:
    """One of the law or of a jail's staff, not one held: "Warden Lisa Tran", "Sgt. Omar
    Reyes", "deputies" (a review)."""
    titled = word.doc[word.left_edge.i].lower_.rstrip(".") in read_titles()
    return titled or of_the_law([word])


# the words that lead to where someone is moved from or to: "out of", "from", "to", "into"
_WHENCE_OR_WHITHER = frozenset({"out", "of", "from", "to", "into"})
# ... and where those held arrive: "arrived at the county jail", "arrived in the jail"; not
# where they come from ("arrived at the shelter from the detention center": a review)
_WHERE = frozenset({"at", "in", "to", "into"})


def _a_jail(noun: Token) -> bool:
    """A building of custody (``facility`` words of ``head_words.csv``: "the jail", "the
    Otero County Processing Center"), not custody itself ("into custody", "to detention")."""
    facility = read_head_words()["facility"]
    before = noun.doc[noun.i - 1].lemma_.lower() if noun.i > 0 else ""
    lemma = noun.lemma_.lower()
    of = [f"{lemma} of {o.lower_}" for o in objects_of(noun, "of")]
    return any(name in facility for name in (lemma, f"{before} {lemma}", *of))


def _the_laws(noun: Token) -> bool:
    """The law's keeping, or its people or agency; not a jail or a prison ("transferred to
    the Dane County jail": from one jail to another)."""
    if _kept_by_the_law(noun):
        return True
    return not custody_noun(noun, load_taxonomy()) and of_the_law([noun])


def _people(word: Token) -> bool:
    """Who a verb of handing over hands: a person, people counted ("19", "27 people",
    "Nineteen of those arrested"), "those" told as held, or the rest of them."""
    of = objects_of(word, "of")
    if of:
        return any(_people(o) for o in of)  # "all of the evidence", "the rest of the money"
    persons = capture_nouns()[0] | capture_word_kinds().get("person", frozenset())
    if someone(word, persons) or word.lower_ in _THE_REST:
        return True
    if word.lower_ == "those":  # "those arrested", "those who could not show papers"
        return any(c.dep_ in ("acl", "relcl") for c in word.children)
    if word.pos_ == "PROPN" and not word.ent_type_:  # a name the model left untagged
        return True
    counted = any(c.dep_ == "nummod" for c in word.children)
    if word.lemma_ == "people":
        return counted  # "27 people were turned over"; not "turning people over"
    # a bare count ("19 were handed to ICE"), not a sum ("$2 million was transferred")
    return word.tag_ == "CD" and word.ent_type_ not in ("MONEY", "PERCENT", "QUANTITY")


def _ones_own(word: Token, verb: Token) -> bool:
    """Someone's own, handed by one not of the law: "a mother handed her child to a deputy
    through the window of the burning home"."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    owned = any(c.dep_ == "poss" for c in word.children)
    return owned and bool(subjects) and not of_the_law(subjects)


def _kept_by_the_law(noun: Token) -> bool:
    """A noun of the law's keeping ("keeping:" lines of capture_nouns.txt: "custody",
    "authorities") held by an agency of the law or told as the law's by a "keeper:" word
    ("ICE custody", "the custody of ICE", "federal custody", "immigration authorities")."""
    kinds = capture_word_kinds()
    if noun.lemma_.lower() not in kinds.get("keeping", frozenset()):
        return False
    keepers = [c for c in noun.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
    keepers += objects_of(noun, "of")
    keeper_words = kinds.get("keeper", frozenset())
    return of_the_law(keepers) or any(k.lemma_.lower() in keeper_words for k in keepers)
