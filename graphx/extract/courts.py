"""Courts as the ones who act: a judge's or a court's act of policy is a ruling (issue 15).

"A federal judge ordered ICE to release her", "Judge Martin Lindahl's April 22 order", and,
once the judge is named, "Lindahl ordered him released": the ``COURT`` rows of
``event_types.csv`` give such acts the ruling's type and family.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from graphx.extract import antecedents
from graphx.extract.doers import doers
from graphx.extract.known import read_head_words
from graphx.extract.lemmas import phrasal_verb
from graphx.extract.someone import someone
from graphx.extract.taxonomy import Taxonomy
from graphx.extract.tree import direct_objects
from graphx.extract.word_lists import capture_word_kinds

__all__ = [
    "a_council_named_before",
    "court_acting",
    "found_by_court",
    "heard_in_court",
    "let_go_on",
    "pleaded",
    "refused",
    "ruled_by_court",
    "ruled_by_its_verb",
    "ruling_of",
    "titled_before",
]


# what only a court holds, which a judge acting on it is a court's
_PROCEEDINGS = frozenset({"hearing", "trial", "case", "sentencing", "arraignment", "bond"})


def _acts_on_proceedings(verb: Token) -> bool:
    """A verb whose object, or its infinitive's, is what only a court holds ("agreed to
    continue a hearing"); not "ordered a flood bond election", "ordered a burn ban after a
    hearing with fire marshals" (a review)."""
    acts = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    return any(o.lemma_.lower() in _PROCEEDINGS for a in acts for o in direct_objects(a))


def court_acting(verb: Token, taxonomy: Taxonomy) -> str:
    """The ``COURT`` noun naming who acts, in the subject ("U.S. District Judge Ann Lee
    ordered", "the appeals court's order paused the rule") or after "by" ("was ordered
    deported by an immigration judge"), else ""."""
    for actor in doers(verb):
        owners = [c for c in actor.children if c.dep_ == "poss"]
        if court := _court_word(actor, taxonomy) or next(
            (w for o in owners if (w := _court_word(o, taxonomy))), ""
        ):
            return court
    return ""


def ruling_of(court: str, taxonomy: Taxonomy) -> tuple[str, str]:
    """The type and family of a ruling by a ``COURT`` word ("judge": a legal action, ruling)."""
    kind = taxonomy.courts[court]
    return kind, taxonomy.family(court, kind)


def found_by_court(verb: Token, taxonomy: Taxonomy) -> tuple[str, str] | None:
    """A court's ruling told as what it found or whom it sided with (``FIND`` rows): a court
    or judge is the subject and a clause says what it found ("Judge Ann Lee found that the
    jail had no authority to hold him", "the appeals court held Tuesday that ...") or a
    "with" whom it sided with ("a federal judge sided with the farmworker"); else None
    ("deputies found that the door was open", "the judge found time", "held in the jail",
    "the judge's clerk determined", "a former judge found"), nor when an "in" names the
    ruling or a text or talk ("In a ruling Tuesday, Judge Lee found", "in an interview")."""
    told = any(c.dep_ == "ccomp" for c in verb.children) or any(
        c.dep_ == "prep" and c.lower_ == "with" for c in verb.children
    )
    sitting = [a for a in doers(verb) if not any(c.lower_ in _FORMER for c in a.children)]
    court = next((w for a in sitting if (w := _court_word(a, taxonomy))), "")
    if not told or not court:
        return None
    kind, family = ruling_of(court, taxonomy)
    within = [o for c in verb.children if c.lower_ == "in" for o in c.children if o.dep_ == "pobj"]
    for noun in (o.lemma_.lower() for o in within):
        if taxonomy.family(noun, kind) == family or noun in _TOLD_IN or noun in taxonomy.written:
            return None  # the ruling's own noun tells it; what is said in a text is no ruling
    return kind, family


def let_go_on(verb: Token, taxonomy: Taxonomy) -> tuple[str, str] | None:
    """A court's ruling told as what it let go on (``LET`` rows): a court or a judge is the
    subject and an infinitive tells what it let happen ("a federal judge this week allowed
    a man's lawsuit ... to go ahead", "the judge let the case proceed"); else None ("the
    county allowed ICE to use the jail", "the judge allowed reporters in")."""
    goes_on = any(
        c.pos_ == "VERB" and _an_infinitive(c) and _going_on(c, taxonomy) for c in verb.children
    )
    court = next((w for a in doers(verb) if (w := _court_word(a, taxonomy))), "")
    return ruling_of(court, taxonomy) if goes_on and court else None


def _an_infinitive(verb: Token) -> bool:
    """An infinitive of the verb's: its complement, or what the parse hung on as an adverbial
    clause ("permitted the deportation to go forward"); not a "that" clause ("allowed that
    prosecutors had erred")."""
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    that = any(c.dep_ == "mark" for c in verb.children)
    return not that and (verb.dep_ in ("xcomp", "ccomp") or (verb.dep_ == "advcl" and to))


def _going_on(verb: Token, taxonomy: Taxonomy) -> bool:
    """A verb of a case or an act going on (``GO_ON`` rows: "proceed", "go ahead", "take
    effect", "stand"), not of courtroom business ("allowed the jury to go home", "let the
    lawyers approach the bench": a review)."""
    going = taxonomy.rows.get("GO_ON", {})
    lemma = verb.lemma_.lower()
    said = [f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in ("advmod", "prt", "dobj")]
    return lemma in going or any(s in going for s in said)


def heard_in_court(verb: Token, lemma: str, taxonomy: Taxonomy) -> tuple[str, str] | None:
    """A court's hearing, a legal action: a judge or court that heard what is argued to it
    ("Judge Lee heard four hours of testimony", "a federal judge heard arguments Tuesday");
    else None ("the judge heard the news"). What a party told a court is left to what it
    said: "told the judge that she feared returning to Honduras" names no hearing's place,
    and a Texas county's judge heads its government (a review)."""
    if lemma in taxonomy.sitting and court_acting(verb, taxonomy):
        heard = [w for o in direct_objects(verb) for w in (o, *_of_what(o))]
        if any(w.lemma_.lower() in taxonomy.heard for w in heard):
            return _HEARING
    return None


_HEARING = ("legal_action", "hearing")


def _of_what(noun: Token) -> list[Token]:
    """What a measure of it names ("four hours of testimony"): the "of" phrase's nouns."""
    return [p for c in noun.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]


def pleaded(
    verb: Token,
    lemma: str,
    taxonomy: Taxonomy,
    sense: Callable[[Token, Taxonomy], tuple[str, str] | None],
) -> tuple[str, str] | None:
    """Going to court told as asking one to act (``PLEAD`` rows): a court or a judge is the
    object and an infinitive asks for an act a court does for a party ("lawyers asked a
    federal judge Wednesday to order their release", "asked the 5th Circuit on Friday to
    pause the ruling"); else None ("asked the sheriff to resign", "the jury asked the judge
    to clarify the instructions", "prosecutors asked the judge to sentence him", and a
    court's own asking: "the judge asked the lawyers to explain"). A court gone to is asked
    too: "the alliance went to court Tuesday to stop the jail from holding people"; not "he
    went to court for a bond hearing". ``sense`` reads the act."""
    kind = taxonomy.pleading.get(lemma)
    gone_to = [o for c in verb.children if c.lower_ == "to" for o in c.children]
    asked = [c for c in direct_objects(verb) + gone_to if _court_word(c, taxonomy)]
    if not kind or not asked or court_acting(verb, taxonomy):
        return None
    acts = [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and _infinitive(c)]
    senses = [found for c in acts if (found := sense(c, taxonomy))]
    if not any(k in _COURTS_ACTS and family not in _PROSECUTION for k, family in senses):
        if not any(_restrains(c) for c in acts):
            return None
    return kind, taxonomy.family(lemma, kind)


# what a court is asked to do by the state that prosecutes, not by a party that goes to court
_PROSECUTION = frozenset({"sentence", "charge", "convict", "indict", "prosecute", "sign"})


def _restrains(verb: Token) -> bool:
    """Whether a verb keeps a body from an act, as a court's order does ("to stop the
    sheriff's office from holding people", "to keep the county from enforcing it"); not a
    person kept from one, as a prosecutor asks ("to keep Ruiz from contacting the victim"),
    nor the law's people ("to stop agents from detaining people")."""
    kept = [c for c in verb.children if c.lower_ == "from"]
    if not any(g.tag_ == "VBG" for c in kept for g in c.children):
        return False
    bodies = antecedents.definite_heads()
    return any(
        o.ent_type_ in _BODIES or bodies.get(o.lemma_.lower(), "person") != "person"
        for o in direct_objects(verb)
    )


_BODIES = frozenset({"ORG", "GPE", "AGENCY"})


def _infinitive(verb: Token) -> bool:
    return verb.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


# what makes a judge no sitting court, and where what one says is no ruling
_FORMER = frozenset({"former", "retired", "ex"})
_TOLD_IN = frozenset({"interview", "remarks", "speech"})  # talk; texts: WRITTEN rows


_COURTS_ACTS = frozenset({"legal_action", "policy", "funding", "release"})


def ruled_by_its_verb(
    verb: Token,
    lemma: str,
    taxonomy: Taxonomy,
    sense: Callable[[Token, Taxonomy], tuple[str, str] | None],
) -> tuple[str, str] | None:
    """A court's ruling told as what it agreed to do, found, or let go on."""
    if lemma in taxonomy.rows.get("CONSENT", {}) and (ruled := _consented(verb, taxonomy, sense)):
        return ruled
    if lemma in taxonomy.finding and (found := found_by_court(verb, taxonomy)):
        return found
    return let_go_on(verb, taxonomy) if lemma in taxonomy.rows.get("LET", {}) else None


def _consented(
    verb: Token, taxonomy: Taxonomy, sense: Callable[[Token, Taxonomy], tuple[str, str] | None]
) -> tuple[str, str] | None:
    """A court's consent to do a court's act, its ruling (``CONSENT`` rows: "an immigration
    judge agreed to release him on bond"), else None ("the judge agreed to release her tax
    records", "agreed to sue the county", "agreed to end their contract")."""
    court = court_acting(verb, taxonomy)
    acts = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    if court and any(
        _a_courts_act(a, found, taxonomy) for a in acts if (found := sense(a, taxonomy))
    ):
        return ruling_of(court, taxonomy)
    return None


def _a_courts_act(act: Token, found: tuple[str, str], taxonomy: Taxonomy) -> bool:
    """A court's act on a matter before it: someone freed, a ruling, a bond, an order, a
    delay or a suspension of a proceeding, a request or a happening ("release him",
    "postpone the hearing", "block the deportations"), or a proceeding ended; not a
    judge's own ("suspend her campaign", "postpone her retirement", "order pizza")."""
    kind, family = found[0], taxonomy.family(found[1], found[0])
    objects = direct_objects(act)
    if kind == "release":
        taken = capture_word_kinds().get("taken", frozenset())
        return any(someone(o, taken) for o in objects)
    if family == "end":
        return any(o.lemma_.lower() in _PROCEEDINGS for o in objects)
    matters = _PROCEEDINGS | taxonomy.petitions
    before_it = any(
        o.lemma_.lower() in matters or o.lemma_.lower() in taxonomy.nouns for o in objects
    )
    return before_it and family in _COURT_FAMILIES


# the families of acts a court does when it agrees to them
_COURT_FAMILIES = frozenset({"ruling", "bond", "order", "postpone", "suspend"})


def refused(
    verb: Token, taxonomy: Taxonomy, sense: Callable[[Token, Taxonomy], tuple[str, str] | None]
) -> tuple[str, str] | None:
    """A court's refusal to do an act it was asked to do, its ruling ("a federal judge
    refused to dismiss the lawsuit"), else None ("the jail refused to release him", "the
    judge declined to comment"); ``sense`` reads what it refused to do."""
    court = court_acting(verb, taxonomy)
    asked = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    senses = [sense(c, taxonomy) for c in asked]
    # an act a court does ("dismiss", "block", "release"), not a meeting, an arrest or words
    if not court or not any(found and found[0] in _COURTS_ACTS for found in senses):
        return None
    return ruling_of(court, taxonomy)


def ruled_by_court(noun: Token, kind: str, taxonomy: Taxonomy) -> tuple[str, str] | None:
    """A policy noun a court owns or gives ("Judge Martin Lindahl's April 22 order", "the
    court's order", "an order by the judge", "the judge issued an order") is its ruling: the
    COURT row's type and family; else None ("the sheriff's order", "the Justice Department's
    memo", "the court clerk's order")."""
    if kind not in ("policy", "funding"):
        return None
    court = given_by_court(noun, taxonomy)
    return ruling_of(court, taxonomy) if court else None


def given_by_court(noun: Token, taxonomy: Taxonomy) -> str:
    """The ``COURT`` word of the court or judge that owns or gives a noun ("the court's
    order", "an order by the judge", "Judge Ann Lee handed down the opinion"), else ""."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [p for c in noun.children if c.lower_ == "by" for p in c.children if p.dep_ == "pobj"]
    verb = noun.head  # "issued", or a phrasal "handed down" (probe165)
    said = [verb.lemma_.lower(), *(phrasal_verb(verb, c, taxonomy) for c in verb.children)]
    if noun.dep_ == "dobj" and any(s in taxonomy.light for s in said):
        owners += [c for c in noun.head.children if c.dep_ == "nsubj"]  # "the judge issued"
    return next(filter(None, (_court_word(owner, taxonomy) for owner in owners)), "")


def _court_word(who: Token, taxonomy: Taxonomy) -> str:
    """The ``COURT`` word a noun phrase names a court or a judge by: its own head ("the
    judge", "the Ohio Supreme Court"), a court word before a person's name ("Judge Ann
    Lee"), or, for a surname alone, the title of its nearest full mention; not a court word
    before a body's head ("the Justice Department"), a county's "Fiscal Court", its
    members ("Fiscal Court magistrates") or "County Judge" (who heads a Texas county's
    government), or anyone's common noun ("court officials", "the court clerk")."""
    bodies, councils = read_head_words()["agency"], read_head_words()["council"]
    phrase = " ".join(t.lower_ for t in who.subtree if t.i >= who.i)
    voting = who.head.lemma_.lower() in taxonomy.voting or who.head.lemma_.lower() == "vote"
    if voting and any(phrase.startswith(m) for m in read_head_words()["members"] if " " in m):
        return ""  # "justices of the peace voted 8-1": a county's legislators
    at = [w for p in who.head.children if p.lower_ in ("at", "during") for w in p.subtree]
    if voting and any(f"{w.nbor(-1).lower_} {w.lower_}" in councils for w in at if w.i):
        return ""  # "Magistrates voted 5 to 2 at Tuesday's Fiscal Court meeting" (probe162)
    if voting and a_council_named_before(who, councils):
        return ""  # "Magistrate Ann Lee voted no" in a Fiscal Court's recap (probe267)
    nearest = [c for c in who.children if c.dep_ in ("compound", "poss", "amod")]
    # "a Cole County judge agreed to continue a hearing" is one of its judges, by what he
    # acts on (found in probe214); "the county judge", "County Judge Ann Lee", "a Harris
    # County judge ordered a burn ban" the one who heads a Texas county (a review)
    one_of = who.text == "judge" and any(c.lower_ in ("a", "an") for c in who.children)
    one_of = one_of and _acts_on_proceedings(who.head)
    if nearest and f"{nearest[-1].lower_} {who.lower_}" in councils and not one_of:
        return ""  # "the Tarrant County Commissioners' Court", "the county's fiscal court"
    if any(f"{w.doc[w.i - 1].lower_} {w.lower_}" in councils for w in who.lefts if w.i > 0):
        return ""  # "Christian County Fiscal Court magistrates": the council's members
    if who.lower_ == "court" and not nearest and a_council_named_before(who, councils):
        return ""  # "the court approved" after "The Warren County Fiscal Court met" (probe267)
    # the parse may hang "Judge" on the first name ("U.S. District Judge Evelyn T. Lee")
    words = [w for w in who.subtree if w.i < who.i and w.dep_ == "compound"]
    named = who.pos_ == "PROPN" and who.lower_ not in bodies
    for word in (who, *(words if named else [])):
        county = word.i > 0 and f"{word.doc[word.i - 1].lower_} {word.lower_}" in councils
        county = county and not one_of
        if word.lemma_.lower() in taxonomy.courts and not county:
            return word.lemma_.lower()
    return titled_before(who, taxonomy) or _judge_told_of(who, taxonomy)


def a_council_named_before(court: Token, councils: frozenset[str]) -> bool:
    """Whether a county's governing court ("Fiscal Court", "Quorum Court") is the one court
    the page names by name before a word (not "the court" told again)."""
    before = court.doc[: court.i]
    named = {
        f"{a.lower_} {b.lower_}"
        for a, b in zip(before, before[1:], strict=False)
        if b.text == "Court" and a.is_title
    }
    return bool(named) and named <= councils


def _judge_told_of(pronoun: Token, taxonomy: Taxonomy) -> str:
    """The court word of the person "he" or "she" stands for, the last person named before it
    in its sentence or the two before, as a subject, when a judge ("Immigration Judge Carl
    Whitacre listened ... Whitacre disagreed. He ordered Maldonado released on a $5,000
    bond": found in probe225), else ""; not a judge told of ("he criticized Judge Ann Lee.
    He ordered deputies ...", "appeared before Judge Ann Lee": a review)."""
    if pronoun.lower_ not in ("he", "she") or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return ""
    sentences = list(pronoun.doc.sents)
    at = next(i for i, s in enumerate(sentences) if s.start <= pronoun.i < s.end)
    start = sentences[max(at - 2, 0)].start
    people = [t for t in pronoun.doc[start : pronoun.i] if t.ent_type_ == "PERSON"]
    if not people:
        return ""
    last = people[-1]
    if last.dep_ not in ("nsubj", "nsubjpass"):
        return ""
    words = [w for w in last.subtree if w.i < last.i and w.dep_ == "compound"]
    told = next((w.lemma_.lower() for w in words if w.lemma_.lower() in taxonomy.courts), "")
    return told or titled_before(last, taxonomy)


def titled_before(name: Token, taxonomy: Taxonomy) -> str:
    """The court word before the nearest earlier full mention of a person named again by
    surname alone ("U.S. District Judge Martin Lindahl ... Lindahl ordered him released"),
    else "" (not when a nearer "Sheriff Tom Lindahl" was named, nor a surname told with a
    role of its own: "Brooks, the sheriff, ordered")."""
    if name.pos_ != "PROPN" or any(c.dep_ in ("compound", "appos") for c in name.children):
        return ""
    for before in reversed(name.doc[: name.i]):
        words = [w for w in before.subtree if w.i < before.i and w.dep_ == "compound"]
        if before.text != name.text or not words:
            continue
        return next((w.lemma_.lower() for w in words if w.lemma_.lower() in taxonomy.courts), "")
    return ""
