"""The nouns a light verb takes its happening from: "issued subpoenas", "subpoenas were
issued", "the subpoenas ICE issued", 'released "Open Doors," a report' (issue 15)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from graphx.extract.quotes import titled_work
from graphx.extract.taxonomy import Taxonomy, load_taxonomy
from graphx.extract.tree import direct_objects, objects_of

__all__ = ["a_text_put_out", "as_listed", "done_on_site", "light_nouns", "texts_put_out"]


def light_nouns(verb: Token) -> list[Token]:
    """The nouns a light verb can take its happening from: its object ("issued subpoenas"),
    its passive subject ("subpoenas were issued"), or the noun its clause describes ("the
    subpoenas ICE issued", "lawsuits filed in federal court"; a text the noun is the "of",
    "on" or "about" of first: "the audit of the program released yesterday"), or what that
    noun stands for ("the suit is the first filed by the department")."""
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    nouns.extend(filter(None, [titled_work(verb)]))  # 'released "Open Doors," a report'
    nouns.extend(_what_it_is_called(verb))
    nouns.extend(_text_before_its_teller(verb))
    # a clause whose object or passive subject is its own ("policies Khan had been released
    # under", a parse of "due to the city's policies, Khan had been released") tells none
    # of the noun it hangs on
    own = [c for c in verb.children if c.dep_ == "nsubjpass" and c.tag_ not in ("WDT", "WP")]
    if verb.dep_ in ("relcl", "acl") and not own:
        head = verb.head
        nouns.extend(filter(None, [_text_about(verb, head)]))
        if head.pos_ == "NOUN":
            nouns.append(head)
            nouns.extend(_object_before(head) if verb.dep_ == "acl" else [])
        elif head.dep_ == "attr":
            nouns.extend(c for c in head.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN")
    return nouns


def _text_before_its_teller(verb: Token) -> list[Token]:
    """The text right before who tells it, with no object of the verb's own: "according to
    figures Immigration and Customs Enforcement released this week", which the parse read
    as "released" joined to the sentence's verb, "data ICE released", read as "data ICE"
    (found in probe327: a release from custody, merged with a student's release), or "the
    video, which the sheriff released"; not "In its report, ICE released three men"."""
    doc = verb.doc
    if verb.i < 2 or direct_objects(verb):
        return []
    start, named = _teller_start(doc, verb.i)
    if start is None:
        return []
    before = start - 1
    if before > 0 and doc[before].lower_ in ("that", "which"):
        before -= 1 + (doc[before - 1].text == ",")
    elif not named:
        return []  # "the agency released": no name, so only a relative word tells it
    return [doc[before]] if before >= 0 and _a_text(doc[before]) else []


def _teller_start(doc: Doc, verb: int) -> tuple[int | None, bool]:
    """Where the name ("Immigration and Customs Enforcement") or the noun ("the sheriff")
    right before a verb starts, and whether it is a name."""
    if doc[verb - 1].ent_type_:
        start = verb - 1
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        return start, True
    if doc[verb - 1].tag_ in ("NN", "NNS") and doc[verb - 2].tag_ == "DT":
        return verb - 2, False
    return None, False


def _what_it_is_called(verb: Token) -> list[Token]:
    """The noun a free relative names its object by: "carried out what neighbors are
    calling the biggest raid" carried out a raid."""
    called = [c for c in verb.children if c.dep_ == "ccomp"]
    if not any(w.tag_ == "WP" and w.lower_ == "what" for c in (verb, *called) for w in c.children):
        return []
    return [o for c in called for o in c.children if o.dep_ == "oprd" and o.pos_ == "NOUN"]


# What a text is of or about: "the audit of the program released yesterday", "the report on
# detainers, which the group put out Wednesday".
_ABOUT = frozenset({"of", "on", "about"})
_PUBLISHED = "publication"


def _text_about(verb: Token, head: Token) -> Token | None:
    """The text a clause's noun is the "of" of ("the audit of the 287(g) program released
    yesterday"), or, for a relative clause of its own, the "on" or "about" of ("the report on
    detainers, which the group put out"; not "a report on the asylum seekers released")."""
    relative = verb.dep_ == "relcl" and any(c.lower_ in ("which", "that") for c in verb.children)
    told = _ABOUT if relative else ("of",) if verb.dep_ == "acl" else ()
    if head.dep_ != "pobj" or head.head.lower_ not in told:
        return None
    outer = head.head.head
    return outer if _a_text(outer) else None


def _object_before(subject: Token) -> list[Token]:
    """The noun right before a subject the parse read a verb's participle of: what the
    subject did it to ("a report an advocacy coalition released Thursday")."""
    start = subject.left_edge.i
    before = subject.doc[start - 1] if start else None
    if before is None or before.pos_ != "NOUN" or before.dep_ not in ("pobj", "dobj"):
        return []
    published = _a_text(before) or load_taxonomy().nouns.get(before.lemma_.lower()) == "publication"
    if subject.dep_ in ("nsubj", "nsubjpass") or not published:
        return []  # "In the lawsuit a man released from the county jail says ..." (a review)
    return [before] if any(c.dep_ == "det" for c in subject.children) else []


def _a_text(noun: Token) -> bool:
    """A noun of a text or a finding ("audit", "report"), which a participle after its "of"
    phrase may tell of; not a happening's own noun ("the arrest of a man released from
    jail")."""
    taxonomy = load_taxonomy()
    lemma = noun.lemma_.lower()
    published = (taxonomy.objects.get(as_listed(noun, lemma, taxonomy)), taxonomy.nouns.get(lemma))
    told = lemma in taxonomy.communiques or _PUBLISHED in published
    return noun.pos_ == "NOUN" and told


def as_listed(noun: Token, named: str, taxonomy: Taxonomy) -> str:
    """The name an ``OBJECT`` row lists a noun by: its lemma ``named``, or the plural a row
    names ("figures": "released figures" puts a text out, told as a publication; the lemma
    "figure" is listed by none)."""
    plural = named not in taxonomy.objects and noun.lower_ in taxonomy.objects
    return noun.lower_ if plural else named


def a_text_put_out(verb: Token, taxonomy: Taxonomy) -> bool:
    """A text released, not people out of custody ("the study of detainees released from
    the jail")."""
    if any(w.lemma_.lower() in taxonomy.custody for w in objects_of(verb, "from")):
        return False
    texts = (taxonomy.objects, taxonomy.written, taxonomy.communiques)
    named = [w for n in light_nouns(verb) for w in (n.lemma_.lower(), n.lower_)]  # "figures"
    return any(w in table for w in named for table in texts)


def texts_put_out(verb: Token, lemma: str, taxonomy: Taxonomy) -> list[Token]:
    """The texts (``COMMUNIQUE`` nouns) a verb puts out, its object or the noun its clause
    tells of ("a statement ICE released")."""
    released = [c for c in verb.children if c.dep_ == "dobj"]
    # "a statement sent to members and released publicly": the participle it is joined to
    told = verb.head if verb.dep_ == "conj" and verb.head.dep_ in ("acl", "relcl") else verb
    own = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    participle = told.dep_ == "acl" and verb.tag_ == "VBN" and not own
    participle = participle and taxonomy.verbs.get(lemma) != "legal_action"  # "a response filed"
    if told.dep_ == "relcl" or participle:
        released.append(told.head)
    return [n for n in released if n.lemma_.lower() in taxonomy.communiques]


def done_on_site(verb: Token, lemma: str, taxonomy: Taxonomy) -> tuple[str, str] | None:
    """The happening a verb of acts done at a place (``ON_SITE`` rows: "carry out",
    "conduct") does by a noun that names one only so (``SITE_ACT`` rows): "carried out an
    enforcement action Tuesday at the plant" (found in probe317) is a raid, while "filed" or
    "announced" an enforcement action is a regulator's (a review), else None."""
    if lemma not in taxonomy.rows.get("ON_SITE", {}):
        return None
    for noun in light_nouns(verb):
        lemma = noun.lemma_.lower()
        words = [c.lemma_.lower() for c in noun.children if c.dep_ == "compound"]
        for named in [f"{w} {lemma}" for w in words[-1:]] + [lemma]:  # "enforcement action"
            if act := taxonomy.act_by("SITE_ACT", named):
                return act
    return None
