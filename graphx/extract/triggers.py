"""Event triggers: the words that name a happening, and the type and family of each.

``resources/event_types.csv`` lists, per lemma, a verb or noun trigger and its event type,
light verbs that take their type from their object ("issued subpoenas"), verbs of wanting or
planning (irrealis), communique nouns ("a statement") and trigger families ("sue" and
"lawsuit" are one happening). A lemma of two words is a phrasal verb ("strike down"), read
before the verb alone; a ``SAYING`` row gives a verb with a clause the sense of a saying.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from spacy.tokens import Token

from graphx.extract import courts, crowds, custody, deciders, findings, found, funded, rule_changes
from graphx.extract.called_off import called_off
from graphx.extract.handed import handed
from graphx.extract.lemmas import noun_lemma, owned_lemma, phrasal_verb
from graphx.extract.light import (
    a_text_put_out,
    as_listed,
    done_on_site,
    light_nouns,
    texts_put_out,
)
from graphx.extract.money import money_ended
from graphx.extract.notices import ends_money, notice_of_an_end
from graphx.extract.quotes import quoted_title
from graphx.extract.taxonomy import Taxonomy, load_taxonomy
from graphx.extract.tree import direct_objects, lemma_with_hyphen
from graphx.extract.walked_out import out_of_custody
from graphx.extract.word_lists import listed_sense

__all__ = [
    "Taxonomy",
    "awaited",
    "definite",
    "event_sense",
    "light_nouns",
    "load_taxonomy",
    "noun_lemma",
    "verb_lemma",
]


def _verb_sense(token: Token, lemma: str, taxonomy: Taxonomy) -> tuple[str, str] | None:
    if decided := deciders.decided(token, lemma, taxonomy):
        return decided  # "voted to end it", "denied its application for a $214,000 grant"
    if lemma not in taxonomy.verbs:
        return None
    kind = taxonomy.verbs[lemma]
    if _not_of_its_doer(token, lemma, taxonomy):
        return None
    if kind == "statement":
        if _unspoken(token):
            return None
        return _document_content(token, taxonomy) or (kind, lemma)
    if kind == "policy" and taxonomy.family(lemma, kind) == "end":
        return _end_sense(token, lemma, taxonomy)
    if taxonomy.family(lemma, kind) == "charge" and deciders.charged_with_a_duty(token):
        return None  # "the agency charged with enforcing immigration laws"
    if taxonomy.family(lemma, kind) == "death" and " " in lemma and not custody.of_someone(token):
        return None  # "the bill was pronounced dead"
    if acted := deciders.ruled_or_approved(token, lemma, kind, taxonomy):
        return acted
    if taxonomy.family(lemma, kind) == "ruling" and custody.by_the_laws_people(token):
        return None  # "agents blocked both entrances to the plant": no court rules
    if kind == "release" and lemma in taxonomy.light and a_text_put_out(token, taxonomy):
        return None  # "in a decision released Friday": a text put out, no one freed
    return kind, lemma


def _not_of_its_doer(verb: Token, lemma: str, taxonomy: Taxonomy) -> bool:
    """A verb whose doer or object says it tells none: "denied wrongdoing", "turned down the
    job" (no decision on a request); "Ana Ruiz joined the program as a volunteer" (no body's
    act, ``BY_BODY`` rows)."""
    if lemma in taxonomy.deciding and not deciders.asked_for(verb, taxonomy):
        return True
    return lemma in taxonomy.rows.get("BY_BODY", {}) and not deciders.by_a_government(verb)


def _ends_another(verb: Token, taxonomy: Taxonomy) -> bool:
    """A verb of ending, with no object, whose subject names a happening of another kind
    than a policy ("an operation that ended Thursday", "the hearing ended"; not "the
    program ended", "the lawsuit ended the program")."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP")]
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ == "NOUN":
        subjects.append(verb.head)
    for noun in subjects:
        if noun.lemma_.lower() in ("day", "week", "month"):
            return True  # "over five days ending Friday": the days', no policy's end
        named = noun_lemma(noun, taxonomy)
        kind = taxonomy.nouns.get(named) or taxonomy.objects.get(named)
        if kind and kind != "policy":
            return True
    return False


def _end_sense(verb: Token, lemma: str, taxonomy: Taxonomy) -> tuple[str, str] | None:
    """A verb of ending: a release from a stay ("ending three months in detention"), none
    of another happening or of no arrangement ("an operation that ended Thursday", "the car
    pulled out of the lot"), a gathering's ("ended their hunger strike", probe157), else a
    policy's end (the verb may be a court's act)."""
    if custody.ends_a_stay(verb, taxonomy):
        return taxonomy.freeing["walk"], "release"
    if _ends_another(verb, taxonomy) or rule_changes.leaves_no_arrangement(verb, lemma):
        return None
    named = [noun_lemma(noun, taxonomy) for noun in direct_objects(verb)]
    if gathering := next((n for n in named if taxonomy.nouns.get(n) == "meeting"), None):
        return "meeting", gathering
    withheld = listed_sense("withheld", taxonomy)
    if withheld and money_ended(verb):
        return withheld  # "terminated its $2 million grant"
    if court := courts.court_acting(verb, taxonomy):
        return courts.ruling_of(court, taxonomy)
    return "policy", lemma


def awaited(noun: Token, taxonomy: Taxonomy) -> bool:
    """A noun after a word of waiting (``IRREALIS`` "pending"), asked for (``PETITION``) or
    called off (``called_off``) names what has not happened: "released pending a hearing"."""
    asked = noun.head.lower_ == "for" and noun.head.head.lemma_.lower() in taxonomy.petitions
    if noun.dep_ == "pobj" and (noun.head.lower_ in taxonomy.irrealis or asked):
        return True  # "released pending a hearing", "denied her request for a hearing"
    # the word before the noun: "the suspension of two officers pending an inquiry" happened
    return called_off(noun, taxonomy) or any(
        c.dep_ in ("amod", "prep") and c.i < noun.i and c.lower_ in taxonomy.irrealis
        for c in noun.children
    )


def definite(token: Token) -> bool:
    """A noun told as one already known: "the ruling", "Tuesday's raid", "that hearing"."""
    return token.pos_ == "NOUN" and any(
        c.lower_ in ("the", "that", "this") or c.dep_ == "poss" for c in token.children
    )


def verb_lemma(token: Token, taxonomy: Taxonomy) -> str:
    """The lemma a verb is looked up by: with its particle or complement when the table
    lists that phrasal verb ("struck down" -> "strike down", "was set free" -> "set free",
    "called for" -> "call for", "made the report public" -> "make public"), else its own."""
    lemma = token.lemma_.lower()
    if token.dep_ == "acl" and (told := f"{lemma} {token.head.lemma_.lower()}") in taxonomy.verbs:
        return told  # "a review released Tuesday": the verb and the noun it tells of
    idiom = f"{lemma} {' '.join(custody.place_to_place(token))}"  # "went door to door"
    if idiom in taxonomy.sweeping:
        return idiom
    for child in token.children:
        # a verb and its object the table lists together ("set bond", "the bond was set")
        # a case told by its caption is a case: "filed Ruiz v. Marlow County"
        versus = any(c.lower_ in ("v.", "vs.", "v", "vs") for c in child.children)
        thing = "case" if versus else lemma_with_hyphen(child)  # "gave the go-ahead"
        listed = f"{lemma} {thing}" in taxonomy.verbs or f"{lemma} {thing}" in taxonomy.sitting
        if child.dep_ in ("dobj", "nsubjpass") and listed:
            return f"{lemma} {thing}"
        # a preposition and its object the table lists with the verb ("took the city to court")
        for place in (c for c in child.children if c.dep_ == "pobj" and child.dep_ == "prep"):
            nouns = () if _brought(token) else (noun_lemma(place, taxonomy), place.lemma_.lower())
            for noun in nouns:  # with its modifier first: "entered into a plea agreement"
                if (phrase := f"{lemma} {child.lower_} {noun}") in taxonomy.verbs:
                    return phrase
        if phrasal := phrasal_verb(token, child, taxonomy):
            return phrasal
    return lemma


def _brought(verb: Token) -> bool:
    """A person taken to court is brought there, not sued ("deputies took Ana Ruiz to
    court"): an object that is a person, a pronoun or a name no entity type was given."""
    return any(
        c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or c.pos_ == "PRON" or not c.ent_type_)
        for c in verb.children
    )


# Prepositions of a verb's motion sense: "a truck slammed into a bus", "crews blasted through
# the rock" are no words anyone said.
_MOTION = frozenset({"into", "onto", "through"})


def _unspoken(verb: Token) -> bool:
    """A statement verb that tells no one speaking: passive without its speaker ("a man
    accused of murder", "he is accused of fraud" tell what someone is charged with) or in
    its motion sense ("slammed into a bus")."""
    if any(c.dep_ == "prep" and c.lower_ in _MOTION for c in verb.children):
        return True
    if verb.tag_ != "VBN" or any(c.dep_ == "agent" for c in verb.children):
        return False
    return verb.dep_ == "acl" or any(c.dep_ == "auxpass" for c in verb.children)


def _document_content(verb: Token, taxonomy: Taxonomy) -> tuple[str, str] | None:
    """The happening of the document a statement's subject names: "the lawsuit accused
    California of obstruction", "the memo blamed local jails" tell what the suit or the memo
    says, so they report its filing or issuing, not a second happening."""
    for subject in (c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"):
        named = noun_lemma(subject, taxonomy)
        kind = taxonomy.nouns.get(named) or deciders.object_kind(subject, taxonomy, named)
        if kind:
            return kind, named
    return None


def _gathering(verb: Token, taxonomy: Taxonomy) -> tuple[str, str] | None:
    """The gathering an attending verb tells: its object's ("a ceremony was attended by"), or
    its "for", "at" or "to" object's, when that is a happening of the meeting kind
    ("gathered for a vigil", "came to a candlelight vigil"), else None ("gathered data")."""
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] + [
        o
        for p in verb.children
        if p.lower_ in ("for", "at", "to")
        for o in p.children
        if o.dep_ == "pobj"
    ]
    for noun in nouns:
        named = noun_lemma(noun, taxonomy)
        if taxonomy.nouns.get(named) == "meeting":
            return "meeting", named
    return None


def _gathering_or_custody(verb: Token, lemma: str, taxonomy: Taxonomy) -> tuple[str, str] | None:
    """An attending verb's gathering, or a confining verb's detention ("held in jail")."""
    if lemma in taxonomy.attending:
        return _gathering(verb, taxonomy)
    return (taxonomy.confining[lemma], lemma) if custody.in_custody(verb, taxonomy) else None


def _of_people(lemma: str, taxonomy: Taxonomy) -> bool:
    """A verb of gathering, custody or release, whose people say whether it tells one."""
    tables: tuple[Collection[str], ...] = (
        *(taxonomy.attending, taxonomy.confining, taxonomy.crowding),
        *(taxonomy.freeing, taxonomy.surrounding, taxonomy.capturing, taxonomy.sweeping),
        *(taxonomy.halting, taxonomy.resolving, taxonomy.receiving, taxonomy.enclosing),
        *(taxonomy.sitting, taxonomy.discovering),
    )
    return any(lemma in table for table in tables)


def _people_sense(verb: Token, lemma: str, taxonomy: Taxonomy) -> tuple[str, str] | None:
    """The sense of a verb of people (``_of_people``), or None when its people or places
    say it tells none ("gathered data", "took a job at the jail", "stocks rallied", "picked
    up the tab")."""
    if lemma in taxonomy.attending or lemma in taxonomy.confining:
        sense = _gathering_or_custody(verb, lemma, taxonomy)
        if sense is not None or lemma not in (*taxonomy.crowding, *taxonomy.surrounding):
            return sense
    checks: tuple[tuple[dict[str, str], Callable[[Token], bool]], ...] = (
        (taxonomy.crowding, crowds.crowd_gathered),
        (taxonomy.surrounding, crowds.crowd_around),
        (taxonomy.capturing, custody.captured),
        (taxonomy.halting, custody.halted),
        (taxonomy.discovering, found.found_in_numbers),
        (taxonomy.sweeping, custody.swept),
        (taxonomy.enclosing, crowds.law_around),
        (taxonomy.resolving, deciders.resolved),
        (taxonomy.receiving, funded.took_money),
        (taxonomy.sitting, deciders.sat_to_hear),
    )
    # a verb of two rows is the one whose people fit ("protesters" or "agents" surrounded)
    tables = [table for table, told in checks if lemma in table and told(verb)]
    if tables:
        return deciders.by_whom(verb, lemma, tables[0][lemma], taxonomy)
    if any(lemma in table for table, _ in checks):  # else its own row: "marched to the jail"
        return _verb_sense(verb, lemma, taxonomy) if lemma in taxonomy.capturing else None
    freed = out_of_custody(verb, taxonomy)
    return (taxonomy.freeing[lemma], lemma) if freed else None


def event_sense(token: Token, taxonomy: Taxonomy) -> tuple[str, str] | None:
    """The event type of a trigger and the lemma that names its happening.

    A light verb takes both from its eventive object, so "issued four
    subpoenas" is the same happening as "subpoenaed" (issue 15), and "announced a new
    program" the same as "launched a program" (``OBJECT`` nouns: a program is no happening
    by itself, but announcing or issuing one is).
    """
    verbal = token.pos_ in ("VERB", "AUX")
    lemma = verb_lemma(token, taxonomy) if verbal else noun_lemma(token, taxonomy)
    texts = texts_put_out(token, lemma, taxonomy)
    # a verb listed with its object is that act ("took public comment": a hearing)
    listed = " " in lemma and lemma in taxonomy.verbs or lemma in taxonomy.sitting
    if token.pos_ == "VERB" and texts and not listed:
        # "released the following statement", "a statement ICE released Tuesday": a text's
        # release tells nothing that happened, unless told with what it says
        return next(filter(None, (_said_in(n, taxonomy) for n in texts)), None)
    if (
        token.pos_ == "VERB"
        and lemma in taxonomy.light
        and (lit := _light_sense(token, lemma, taxonomy))
    ):
        return lit
    if verbal and lemma in taxonomy.refusing:
        return courts.refused(token, taxonomy, event_sense)
    if verbal and (found := handed(token, lemma, taxonomy) or _court_sense(token, lemma, taxonomy)):
        return found
    if token.pos_ == "VERB" and _of_people(lemma, taxonomy):
        return _people_sense(token, lemma, taxonomy) or _noticed_end(token, taxonomy)
    if verbal and (said := _saying_sense(token, lemma, taxonomy)):
        return said
    if verbal and (lemma in taxonomy.verbs or lemma in taxonomy.voting):
        return _verb_sense(token, lemma, taxonomy)
    if token.pos_ == "NOUN" and lemma in taxonomy.nouns:
        kind = taxonomy.nouns[lemma]
        return courts.ruled_by_court(token, kind, taxonomy) or (kind, lemma)
    if token.pos_ == "NOUN" and (approval := deciders.approval_before(token, lemma, taxonomy)):
        return approval
    if token.pos_ == "NOUN":
        return _said_in(token, taxonomy)
    return deciders.tallied(token, taxonomy) or _noticed_end(token, taxonomy)


def _noticed_end(verb: Token, taxonomy: Taxonomy) -> tuple[str, str] | None:
    """An end no verb row lists, told in a notice ("received a letter saying its grant will
    be canceled"): money cut off, or an arrangement ended (``notices``)."""
    if notice_of_an_end(verb) is None:
        return None
    kind = "withheld" if ends_money(verb) else "happening"
    return listed_sense(kind, taxonomy)


def _light_sense(verb: Token, lemma: str, taxonomy: Taxonomy) -> tuple[str, str] | None:
    """The happening a light verb takes from its object, else None."""
    only, staging = taxonomy.light_of.get(lemma), lemma in taxonomy.staging
    # a gathering put on anew by its own noun (not "a meal"); a known one is told again
    anew = [n for n in direct_objects(verb) if not definite(n)]
    nouns = anew if staging else light_nouns(verb)
    # then the nouns joined to its object, triggers too ("released its minutes and a report")
    nouns += [c for n in nouns if n.head == verb for c in n.conjuncts if c.pos_ == "NOUN"]
    for noun in (n for n in nouns if not awaited(n, taxonomy)):
        named = as_listed(noun, owned_lemma(noun, noun_lemma(noun, taxonomy), taxonomy), taxonomy)
        # a staged gathering takes its happening from its own noun only (not "a meal")
        kind = taxonomy.nouns.get(named) or (
            "" if staging else deciders.object_kind(noun, taxonomy, named)
        )
        if kind and (only is None or taxonomy.family(named, kind) == only):
            return courts.ruled_by_court(noun, kind, taxonomy) or (kind, named)
    if site := done_on_site(verb, lemma, taxonomy):
        return site
    if lemma in _WORKS_PUT_OUT and quoted_title(verb):
        return "publication", "publish"  # 'released "Holding Pattern: ...," the first look'
    return None


# Verbs that put out a work named by its quoted title alone (not "launched", "issued" or
# "unveiled" a named plan or operation, which stay what they were).
_WORKS_PUT_OUT = frozenset({"release", "publish"})


def _court_sense(verb: Token, lemma: str, taxonomy: Taxonomy) -> tuple[str, str] | None:
    """A court's ruling told as what it found, let go on or agreed to do ("a judge agreed to
    release him"), a court's hearing, or going to court told as asking it to act, else None."""
    if ruled := courts.ruled_by_its_verb(verb, lemma, taxonomy, event_sense):
        return ruled
    if heard := courts.heard_in_court(verb, lemma, taxonomy):
        return heard
    pleading = lemma in taxonomy.pleading
    return courts.pleaded(verb, lemma, taxonomy, event_sense) if pleading else None


def _saying_sense(verb: Token, lemma: str, taxonomy: Taxonomy) -> tuple[str, str] | None:
    """The statement a verb of calling or saying tells, else None."""
    says = any(c.dep_ == "ccomp" for c in verb.children)
    if lemma in taxonomy.calling and _calls(verb, lemma in taxonomy.urging):
        return taxonomy.calling[lemma], lemma  # "called the raid a disgrace": kept if dated
    if lemma in taxonomy.sayings and says:
        return taxonomy.sayings[lemma], lemma  # "charged that the policy is unlawful"
    if lemma in taxonomy.spoken and says and findings.report_told_next(verb, taxonomy):
        return "publication", "report"  # "The watchdog said Tuesday ... The report ..."
    if lemma in taxonomy.spoken and says:
        return taxonomy.spoken[lemma], lemma  # kept only when dated and news (events)
    return None


def _calls(verb: Token, urges: bool) -> bool:
    """An object and a predicate of it ("called the report cherry-picked"), or for a verb of
    urging an infinitive it is to do ("urged all sheriffs to seek agreements")."""
    deps = {c.dep_ for c in verb.children}
    # "on what ICE calls humanitarian grounds" names no one's words of that day
    named = any(c.dep_ == "dobj" and c.tag_ not in ("WP", "WDT") for c in verb.children)
    said = any(c.dep_ == "oprd" and c.pos_ != "ADV" for c in verb.children)  # not "back"
    return named and (said or (urges and "xcomp" in deps))


def _said_in(text: Token, taxonomy: Taxonomy) -> tuple[str, str] | None:
    """The statement a text noun tells when told with what it says: a "that" clause ("her
    statement on Tuesday that the jail will ...") or a participle ("a statement calling the
    policy reckless"); kept only when dated and news, as a saying is (events)."""
    lemma = text.lemma_.lower()
    if lemma not in taxonomy.contents:
        return None
    for clause in (c for c in text.children if c.dep_ in ("acl", "ccomp", "relcl")):
        that = any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
        if that or (clause.dep_ == "acl" and clause.tag_ == "VBG"):
            return taxonomy.contents[lemma], lemma
    return None
