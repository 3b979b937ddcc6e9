"""People the model missed beside what says they are people (issue 15).

After a quote the small model reads "Lucía Bermúdez of the Western Carolina Workers Center"
as one title of a work; it is a person and the body she speaks for. "Ana Ruiz Galeana, who
runs a grocery" is a person though the model tags nothing: "who" is said of people. And a
first name it read as a place belongs to the name after it ("Yesenia" + "Marroquín Ayala").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from graphx.extract import places
from graphx.extract.drafts import Draft, covered
from graphx.extract.evidence import read_cues
from graphx.extract.known import facility_or_group, name_words, read_head_words, read_titles
from graphx.extract.repairs import bare_name_word
from graphx.extract.spans import label_type
from graphx.extract.titles import is_title_word

__all__ = [
    "body_after_a_person",
    "first_names_read_as_places",
    "holders_read_with_bodies",
    "names_read_as_places",
    "people_of_bodies",
    "people_told_of_as_who",
    "person_before",
]

# The model's labels under which it reads a person and their body as one name.
_JOINED_LABELS = frozenset({"WORK_OF_ART", "PERSON", "ORG"})
# The kinds of head word (``head_words.csv``) that end a body's name.
_BODY_HEADS = ("agency", "organization", "name_end", "facility", "media")


def people_of_bodies(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A person and their body the model read as one name ("Eduardo Ruiz of the Latino
    Workers Union"): two or three name words, "of the", and a body's name (not "Friends of
    the Earth", "Catholic Charities of the Diocese of Tulsa")."""
    out = list(drafts)
    for ent in doc.ents:
        of = _of_the(ent) if ent.label_ in _JOINED_LABELS else None
        if of is None:
            continue
        inside = [d for d in out if d.start < ent.end and d.end > ent.start]
        if any(d.start < ent.start or d.end > ent.end for d in inside):
            continue  # part of a longer name
        body = doc[of + 1 + (doc[of + 1].lower_ == "the") : ent.end]
        kind = facility_or_group([t.text for t in body]) or label_type("ORG", body.text)
        out = [d for d in out if d not in inside]
        out.append(Draft(ent.start, of, "PERSON", "person", reason="named with their body"))
        out.append(Draft(body.start, body.end, "ORG", kind, reason="named with their body"))
    return sorted(out, key=lambda d: d.start)


def holders_read_with_bodies(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A body's name read on over a title and its holder ("Page County Board of Supervisors
    Chairman Morgan Keyser", found in a probe: a pattern of the entity ruler ran on over
    capitalised words): the body, then the person, the title theirs."""
    titles, out = read_titles(), list(drafts)
    for d in drafts:
        if d.type not in ("agency", "organization") or d.canonical:
            continue
        k = next((k for k in range(d.start + 2, d.end - 1) if _holder_at(doc, k, d.end, titles)), 0)
        if not k:
            continue
        end = d.end
        while end + 1 < len(doc) and _hyphen_joins(doc, end) and _name_word(doc[end + 1]):
            end += 2  # "Keyser" "-" "Dean": the model's one name broken by the hyphen
        out = [
            o for o in out if (o.start, o.end) != (d.start, d.end) and not d.end <= o.start < end
        ]
        out.append(Draft(d.start, k, d.label, d.type, reason=d.reason))
        out.append(Draft(k, end, "PERSON", "person", reason="a title and its holder after a body"))
    return sorted(out, key=lambda d: d.start)


def _hyphen_joins(doc: Doc, i: int) -> bool:
    """A hyphen at ``i`` with no space around it ("Keyser-Dean"; not "Keyser - Republican")."""
    return doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def _holder_at(doc: Doc, k: int, end: int, titles: frozenset[str]) -> bool:
    """A title at ``k`` and two or three words of a person's name after it to ``end``, none
    a title ("Board of Commissioners President Tom Ruiz": the title is "President")."""
    words = [t for t in doc[k + 1 : end] if not _hyphen_joins(doc, t.i)]  # "Keyser-Dean"
    named = 2 <= len(words) <= 3 and all(_name_word(t) for t in words)
    named = named and not any(is_title_word(t.text, titles) for t in words)
    return named and doc[k].is_title and is_title_word(doc[k].text, titles, doc[k + 1].text)


def _of_the(ent: Span) -> int | None:
    """Where "of the" comes after a person's two or three name words at the start of a
    name that ends with a body's head word, else None; or "of" alone, in what the model
    read as a person, before a body's name of three words or more ("Nadia Farhat of
    Brandywine Immigrant Legal Services": found in probe296; not "Planned Parenthood of
    Greater Texas Health Center", a review)."""
    doc = ent.doc
    for size in (2, 3):
        of = ent.start + size
        if of + 2 >= ent.end or doc[of].lower_ != "of":
            continue
        last, names = doc[ent.end - 1], all(_name_word(t) for t in doc[ent.start : of])
        if doc[of + 1].lower_ == "the":
            return of if names and _body_head(last) else None
        heads = read_head_words()
        plural = any(last.lower_[:-1] in heads[kind] for kind in _BODY_HEADS)  # "Services"
        body = ent.end - of > 3 and (_body_head(last) or plural)
        return of if names and body and _told_as_a_person(ent) else None
    return None


def _told_as_a_person(ent: Span) -> bool:
    """Read as a person by the model, or after a person's noun and a comma ("His lawyer,
    Nadia Farhat of ...")."""
    doc, start = ent.doc, ent.start
    noun = doc[start - 2].lower_ if start > 1 and doc[start - 1].text == "," else ""
    return ent.label_ == "PERSON" or read_cues().apposition.get(noun) == "person"


def body_after_a_person(doc: Doc, start: int, end: int) -> int:
    """Where a body's name begins after "of the" in a run of capitalised words that opens
    with two or three words of a person's name the model tagged nothing in ("Dolores Baca
    of the Frontera Rights Project"), else ``start``."""
    for size in (2, 3):
        of = start + size
        if of + 2 < end and (doc[of].lower_, doc[of + 1].lower_) == ("of", "the"):
            return of + 2 if _a_person(doc, start, of) else start
    return start


def person_before(doc: Doc, start: int, body: int) -> Draft | None:
    """The person whose name opens a run before "of" or "of the" and the body's name at
    ``body`` ("Ana Ruiz of Centro de Trabajadores Unidos"), else None."""
    of = body - (2 if doc[body - 1].lower_ == "the" else 1)
    if body - start < 3 or doc[of].lower_ != "of" or not _a_person(doc, start, of):
        return None
    return Draft(start, of, "PERSON", "person", reason="named with their body")


def _a_person(doc: Doc, start: int, end: int) -> bool:
    """Two or three words of a person's name, not a place's nor what the model read as
    another kind of name ("Planned Parenthood of the ...", a review); the model may tag a
    first name that opens a sentence as a common noun ("Dolores")."""
    if any(t.ent_type_ not in ("", "PERSON") for t in doc[start:end]):
        return False
    first = doc[start]
    opening = first.i == first.sent.start and first.tag_ in ("NN", "NNS") and first.is_title
    words = doc[start + 1 if opening and first.is_alpha else start : end]
    named = 2 <= end - start <= 3 and all(_name_word(t) for t in words)
    return named and places.lookup(doc[start:end].text) is None


def _name_word(token: Token) -> bool:
    """A word of a person's name: a capitalised singular proper noun that says no kind of
    body or building ("Charities", "Center" do)."""
    heads = read_head_words()
    if token.tag_ != "NNP" or not token.is_title or not token.is_alpha:
        return False
    return not any(token.lower_ in heads[kind] for kind in heads)


def _body_head(last: Token) -> bool:
    """The last word, or two, of a body's name ("Center", "Workers Union")."""
    heads = read_head_words()
    two = f"{last.doc[last.i - 1].lower_} {last.lower_}" if last.i else last.lower_
    return any(last.lower_ in heads[kind] or two in heads[kind] for kind in _BODY_HEADS)


def people_told_of_as_who(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """Two or three capitalised words the model missed, alone before ", who": a person
    ("Ana Ruiz Galeana, who runs a grocery"); not a place or a body's name ("Sierra County,
    who" is no person). A surname the model read as a group is one too ("Teresa
    Villanueva, who coordinates the network", with "Villanueva" an ORG)."""
    out = [_group_told_of_as_who(doc, d) for d in drafts]
    taken = covered(out)
    for who in (t for t in doc if t.lower_ == "who" and t.i > 2 and doc[t.i - 1].text == ","):
        end = who.i - 1
        start = end
        while end - start < 3 and start > who.sent.start and bare_name_word(doc[start - 1]):
            start -= 1
        before = doc[start - 1]
        # not the end of a longer name ("Our Lady of the Valley Parish, who")
        alone = start == who.sent.start or not (before.is_title or before.lower_ in _INSIDE)
        if end - start < 2 or not alone or taken & set(range(start, end)):
            continue
        if not _name_word(doc[end - 1]) or places.lookup(doc[start:end].text):
            continue
        out.append(Draft(start, end, "PERSON", "person", reason="told of as who"))
    return sorted(out, key=lambda d: d.start)


# Small words inside a name.
_INSIDE = frozenset({"the", "of", "de", "del", "la", "and", "&"})


def _group_told_of_as_who(doc: Doc, draft: Draft) -> Draft:
    """A group's name of one to three name words, none a body's, after a first name the
    model left out and before ", who": a person ("Teresa" + "Villanueva")."""
    end = draft.end
    who = end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "who"
    if who and draft.type == "organization" and not draft.canonical and _with_particle(doc, draft):
        return Draft(draft.start, end, "PERSON", "person", reason="told of as who")
    named = all(_name_word(t) for t in doc[draft.start : end]) and end - draft.start <= 3
    if not (who and named and draft.type == "organization" and not draft.canonical):
        return draft
    start = draft.start
    while start > 0 and end - start < 3 and bare_name_word(doc[start - 1]):
        start -= 1
    if start == draft.start:
        return draft  # "Acme Logistics, who owns the warehouse": a firm may be a "who"
    return Draft(start, end, "PERSON", "person", reason="told of as who")


def _with_particle(doc: Doc, draft: Draft) -> bool:
    """A first name, a particle and a surname ("Cornelius Van der Hoek", found in a probe):
    a person's name, which no firm's is without a word of its kind."""
    words = list(doc[draft.start : draft.end])
    particles = name_words().particles
    inside = [t for t in words[1:-1] if t.lower_ in particles]
    names = [t for t in words if t.lower_ not in particles]
    return len(words) <= 5 and bool(inside) and len(names) >= 2 and all(map(_name_word, names))


def first_names_read_as_places(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A one-word place no gazetteer knows right before a person's name: the person's
    first name ("Yesenia" of "Yesenia Marroquín Ayala, 29", which the model read as a
    place and the rest as a person); a group's when the word is the kind a group's name
    begins with in Spanish ("Iglesia" of "Iglesia Bautista Nueva Esperanza": found in
    probe234; ``head_words.csv``'s name_start)."""
    people = {d.start: d for d in drafts if d.type == "person"}
    kinds = read_head_words()["name_start"]
    out = []
    for d in drafts:
        person = people.get(d.end)
        one = d.end - d.start == 1 and d.type == "jurisdiction" and doc[d.start].is_title
        if person is not None and one and places.lookup(doc[d.start].text) is None:
            person.start, person.reason = d.start, "a first name read as a place"
            if doc[d.start].lower_ in kinds:
                _a_group_begun_by_its_kind(doc, person, covered(drafts))
            continue
        out.append(d)
    return out


def _a_group_begun_by_its_kind(doc: Doc, draft: Draft, taken: set[int]) -> None:
    """The draft as a group's name, with the capitalised words after it that no other draft
    holds ("Esperanza", which the model left out; not "ICE" after it: a review)."""
    draft.type, draft.reason = "organization", "a group's name begun by its kind"
    while draft.end < len(doc) and doc[draft.end].is_title and draft.end not in taken:
        draft.end += 1


def names_read_as_places(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A person's first name or surname the model read as a place."""
    return _surnames_read_as_places(doc, first_names_read_as_places(doc, drafts))


def _surnames_read_as_places(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A place no gazetteer knows right after a first name the model left untagged, itself
    after a noun of what someone is: the person's surname ("immigration attorney Beatriz
    Olmedo-Finch answered", found in a probe: "Olmedo-Finch" a place and "Beatriz" none;
    "Its director, Beatriz Salcedo, said", found in probe280)."""
    taken = covered(drafts)
    for d in drafts:
        first = d.start - 1
        if d.type != "jurisdiction" or first < 1 or first in taken:
            continue
        role = _role_before(doc, first, d.end)
        named = bare_name_word(doc[first]) and doc[first].pos_ == "PROPN"
        if role and named and places.lookup(doc[d.start : d.end].text) is None:
            d.start, d.type, d.label, d.reason = first, "person", "PERSON", "a name after a role"
    return drafts


def _role_before(doc: Doc, first: int, end: int) -> bool:
    """A noun of what someone is right before the word at ``first`` ("attorney Beatriz"), or
    before the comma that opens the name in apposition (", Beatriz Salcedo," after "Its
    director"), lower case."""
    before = doc[first - 1]
    if before.text == "," and first >= 2 and end < len(doc) and doc[end].text == ",":
        before = doc[first - 2]
    return before.tag_ == "NN" and before.is_lower
