"""One entity of the model made a draft: trimmed, cut to its name, typed, or dropped.

``draft_entity`` fixes the model's known confusions one small step at a
time: determiners and possessives trimmed, a product ("Toyota Camry",
"Boeing 737") or a time-zone code dropped, a company's legal form kept
("Chrysler LLC"), "the Trump Era" cut to "Trump", a police acronym tagged
NORP typed an agency. ``label_type`` types a label by the head noun of an
ORG ("Boston Police Department" is an agency).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from graphx.extract import parted, places, tongues
from graphx.extract.drafts import DETERMINERS, POSSESSIVE, Draft
from graphx.extract.facilities import facility_drafts
from graphx.extract.known import (
    KnownName,
    facility_or_group,
    name_words,
    normalize_name,
    read_head_words,
    read_products,
)
from graphx.extract.titles import stop_word_first_name

__all__ = ["draft_entity", "label_type"]


_LABEL_TYPES = {
    "PERSON": "person",
    "PER": "person",
    "AGENCY": "agency",
    "MEDIA": "media",
    "ORG": "organization",
    "GPE": "jurisdiction",
    "LOC": "jurisdiction",
    "ADMINISTRATION": "administration",
    "PROGRAM": "program",
    "LAW": "law",
}
_BODY_LABELS = {"ORG", "AGENCY", "MEDIA", "PROGRAM", "LAW", "FAC"}
_NAME_LABELS = {*_LABEL_TYPES, "NORP", "FAC"}
# "iPhone", "eBook Reader": lower-case-initial camel case names products.
_CAMEL = re.compile(r"(?:(?:the|a|an|The|A|An)\s+)?[a-z]{1,2}[A-Z]")
_AGE = re.compile(r"\d+[- ]year[- ]old", re.I)
# a federal court's district in a case citation: "S.D. Ill.", "N.D. Cal", "E.D.N.Y."
# a case's caption: two parties' names around "v." or "vs." ("Ruiz v. County of Hall")
_CASE_CAPTION = re.compile(r"\w[\s.]+(?-i:v|vs)\.\s+[A-Z]")
_DISTRICT_CITATION = re.compile(r"[NSEWCM]\.\s?D\.\s*(?:[A-Z][a-z]{1,5}\.?|[A-Z]\.\s?[A-Z]\.)")
_MODEL_NUMBER = re.compile(r"[A-Z]{0,3}-?\d{2,4}[A-Za-z]?(?:-\d+)?s?")


# an American broadcaster's call sign, with its band, channel or frequency: four capitals
# from K or W ("WCFR-FM", "KSCW 12", "WKQR 90.7", "WLCZ 103.9 FM"); alone, such capitals
# are as often a group's ("KIND", "WOLA")
_CALL_SIGN = re.compile(
    r"[KW][A-Z]{3}(?:-(?:TV|FM|AM|DT|LP)|(?: (?:Channel )?\d{1,2})|(?: \d{2,3}\.\d(?: FM)?))"
)


def label_type(label: str, text: str) -> str:
    """The entity type for a spaCy label, refined by the head noun of an ORG.

    >>> [label_type("ORG", t) for t in ("Boston Police Department", "Boston Herald", "ACLU")]
    ['agency', 'media', 'organization']
    >>> [label_type("ORG", t) for t in ("Harlan County Jail", "Gulf Detention Watch Network")]
    ['agency', 'organization']
    >>> [label_type("ORG", t) for t in ("Plains News Service", "Ohio Judicial Branch")]
    ['media', 'agency']
    >>> [label_type("ORG", t) for t in ("KSCW 12", "WCFR-FM", "WLCZ 103.9 FM", "KIND", "WHO")]
    ['media', 'media', 'media', 'organization', 'organization']
    """
    kind = _LABEL_TYPES.get(label, "")
    if kind == "organization" and _CALL_SIGN.fullmatch(text):
        return "media"  # "KSCW 12", "WCFR-FM"
    heads = read_head_words()
    if kind == "organization" and text.split()[-1].lower() in heads["event"]:
        return ""  # "National Border Conference" is a happening, not a body
    if kind == "organization" and (found := facility_or_group(text.split())):
        return found  # "Harlan County Jail" is an agency, "Tidewater Watch Network" a group
    if kind == "organization":
        head = re.split(r"\s(?:of|for|on)\s", text, maxsplit=1)[0].split()
        last = re.sub(r"['’]s?$", "", head[-1].lower()) if head else ""
        two = " ".join([*(w.lower() for w in head[-2:-1]), last])  # "Borough Assembly"
        if last in heads["desk"] and len(head) > 1 and head[-2].lower() in heads["media"]:
            return "media"  # "Capital News Service", not "the Marshals Service"
        if last in heads["agency"] or two in heads["agency"] or head[:1] == ["Department"]:
            return "agency"
        if last in heads["media"]:
            return "media"
    return kind


def _trim(doc: Doc, start: int, end: int, keep_the: bool) -> tuple[int, int]:
    """Drop leading determiners, trailing possessives, prepositions and stray punctuation."""
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    end = _before_unclosed_parenthesis(doc, start, end)
    while (
        start < end
        and doc[start].lower_ in DETERMINERS
        and (not keep_the or doc[start].lower_ != "the")
    ):
        start += 1
    # a name never ends in a lower-case preposition ("the Hawaii Community Correctional
    # Center on Komohana Street" taken to "on"; found in a probe)
    while end > start and (
        doc[end - 1].text in POSSESSIVE
        or doc[end - 1].is_punct
        or doc[end - 1].is_space
        or (doc[end - 1].pos_ == "ADP" and doc[end - 1].is_lower)
    ):
        end -= 1
    return start, end


def _before_unclosed_parenthesis(doc: Doc, start: int, end: int) -> int:
    """Where a name ends that ran into a parenthesis it does not close: "the Hawaii Coalition
    for Immigrant Rights (HCIR" is the coalition; its acronym is read as one defined."""
    opened = [i for i in range(start, end) if doc[i].text == "("]
    closed = [i for i in range(start, end) if doc[i].text == ")"]
    return opened[-1] if opened and (not closed or closed[-1] < opened[-1]) else end


def _model_number(doc: Doc, end: int) -> bool:
    """True when the name is followed by a model designation ("C-208", "737-800"), not by a
    union local's number ("Packinghouse Workers Local 417": the union was no entity)."""
    if end >= len(doc) or doc[end - 1].lower_ == "local":
        return False
    return bool(_MODEL_NUMBER.fullmatch(doc[end].text))


def _is_country(text: str) -> bool:
    """The name is a country of the gazetteer ("the United States", "Qatar")."""
    return places.normalize_place(text) in places.load_gazetteer().countries


def _cut_flight(doc: Doc, start: int, end: int) -> int:
    """End of an airline's name before the flight it operates ("Harbor Air Flight 212")."""
    for i in range(start + 1, end):
        numbers = doc[i + 1 : end]
        if doc[i].lower_ == "flight" and all(_MODEL_NUMBER.fullmatch(t.text) for t in numbers):
            return i
    return end


def _org_suffix(doc: Doc, end: int) -> int:
    """End of a company name after the legal-form suffix that follows it ("Chrysler LLC")."""
    legal_forms = name_words().legal_forms
    if end < len(doc) and doc[end].lower_ in legal_forms and doc[end].text[0].isupper():
        return end + 1
    return end


def _is_product(doc: Doc, start: int, end: int, products: frozenset[str]) -> bool:
    """The name is a product, not a maker: a listed product line, alone or after its
    maker ("the Camry", "Toyota Camry"), or a name ending in a model designation
    ("Boeing 737", "Cessna C-208")."""
    if end - start > 1 and _MODEL_NUMBER.fullmatch(doc[end - 1].text):
        return True
    for longer in range(end + 1, min(end + 3, len(doc)) + 1):
        if doc[start:longer].text.lower() in products:
            return True  # the name begins a listed one ("Windows" of "Windows Vista")
    if end < len(doc) and doc[end].lower_ in name_words().indexes:
        return True  # "the Borsa Alta index", "the Borsa Alta Composite"
    tokens = [t.text for t in doc[start:end]]
    if tokens and tokens[0].lower() in DETERMINERS:
        tokens = tokens[1:]
    return any(" ".join(tokens[i:]).lower() in products for i in range(min(len(tokens), 2)))


def _cut_possessive(doc: Doc, start: int, end: int, label: str, names: dict[str, KnownName]) -> int:
    """End of the name before an inner "'s" ("ICE's Boston" -> "ICE", issue 3).

    An organization whose own name has a possessive ("Lawyer's Committee for
    Civil Rights") is kept whole unless what precedes the "'s" is a known name
    or an acronym; so is a county named after someone ("Queen Anne's County", "Prince
    George's County"), unlike a county of a state ("Ohio's Franklin County").
    """
    if normalize_name(doc[start:end].text) in names:
        return end
    for i in range(start + 1, end):
        if doc[i].text in ("'s", "’s"):
            left = doc[start:i].text
            right = doc[i + 1 : end].text.lower()
            if right in places.load_gazetteer().county_words:
                return end
            if (
                normalize_name(left) in names
                or left.isupper()
                or label not in _BODY_LABELS
                or right in read_products()
            ):
                return i
            return end
    return end


def draft_entity(doc: Doc, ent: Span, names: dict[str, KnownName]) -> list[Draft]:
    """The draft of one entity of the model: none when it names nothing we keep.

    The steps run in order; each may cut the span, change the label or drop it.
    """
    label = ent.label_
    if label not in _NAME_LABELS:
        return []
    # A name never starts with "the": labels drop it anyway, and keeping it only
    # matched one corpus's span convention (issue 13).
    start, end = _trim(doc, ent.start, ent.end, keep_the=False)
    if end <= start:
        return []
    end = _cut_possessive(doc, start, end, label, names)
    end = _before_lowercase_noun(doc, start, end, label)
    if label == "ORG" and end - start > 1:
        end = _cut_flight(doc, start, end)
    cut = _body_name(doc, start, end, label, names)
    if cut is None:
        return []
    end, label = cut
    if _no_name(doc, start, end, label):
        return list(parted.person_of_a_place(doc, start, end)) if label == "PERSON" else []
    end = _without_era(doc, start, end, names)
    if _CASE_CAPTION.search(doc[start:end].text if end > start else ""):
        label = "LAW"  # "Quintanilla Ortega v. Pruett" names a case, not a person or a body
    if end < 0 or _product_code(doc, end, label, doc[start:end].text):
        return []
    return _typed(doc, ent, start, end, label, names)


def _before_lowercase_noun(doc: Doc, start: int, end: int, label: str) -> int:
    """End of a place's name before the common nouns the model ran it into after a
    determiner ("this southwest Kansas city" is in Kansas; "in Oklahoma city" is the city);
    a state's "state" stays ("Washington state")."""
    if label not in ("GPE", "LOC") or not _after_a_determiner(doc, start):
        return end
    while end - start > 1 and doc[end - 1].is_lower and doc[end - 1].is_alpha:
        if doc[end - 1].lower_ in ("state", "commonwealth"):
            break
        end -= 1
    return end


_MODIFIED_BY = frozenset({"a", "an", "the", "this", "that", "another", "one", "every", "our"})
_PREPOSITIONS = frozenset({"in", "of", "at", "to", "from", "for", "on", "near", "by", "with"})


def _after_a_determiner(doc: Doc, start: int) -> bool:
    """A determiner before the name over lower-case modifiers only (not "a plant in")."""
    for token in reversed(doc[max(0, start - 3) : start]):
        if token.lower_ in _MODIFIED_BY:
            return True
        if not token.is_lower or token.lower_ in _PREPOSITIONS:
            return False
    return False


def _body_name(
    doc: Doc, start: int, end: int, label: str, names: dict[str, KnownName]
) -> tuple[int, str] | None:
    """End and label of a body's or a person's name, None when it is no such name: a
    product ("Toyota Camry", "Boeing 737") or a bare "LLC"; a company keeps its legal
    form, and an ORG that is a country is a place ("companies in the United States")."""
    if label not in _BODY_LABELS and label not in ("PERSON", "PER") or label == "LAW":
        return end, label  # a law's number is its name ("House Bill 2210"), not a model's
    if normalize_name(doc[start:end].text) not in names and _is_product(
        doc, start, end, read_products()
    ):
        return None
    if label != "ORG":
        return end, label
    if end - start == 1 and doc[start].lower_ in name_words().legal_forms:
        return None  # a bare "LLC" belongs to the name before it
    end = _org_suffix(doc, end)
    text = doc[start:end].text
    if normalize_name(text) not in names and _is_country(text):
        return end, "GPE"
    return end, label


def _no_name(doc: Doc, start: int, end: int, label: str) -> bool:
    """Stop words only, an age ("30-year-old"), a line break, no letters, or a "person"
    with a stop word: headline fragments the model calls people ("Shows He")."""
    tokens = doc[start:end]
    if all((t.is_stop and t.is_lower) or t.is_punct or t.is_space for t in tokens):
        return True
    text = tokens.text
    if _DISTRICT_CITATION.fullmatch(text):
        return True  # "(S.D. Ill.)" cites a court's district, not South Dakota
    if _AGE.search(text) or "\n" in text or not re.search(r"[A-Za-z]{2}|[A-Z]", text):
        return True
    particles = name_words().particles
    return label in ("PERSON", "PER") and any(
        t.is_stop and t.lower_ not in particles and not stop_word_first_name(t) for t in tokens
    )


def _without_era(doc: Doc, start: int, end: int, names: dict[str, KnownName]) -> int:
    """ "the Trump Era" is an era, not a person: the end before "Era" if the rest is a
    known name, else -1 (drop it)."""
    if doc[end - 1].lower_ not in name_words().eras or end - start == 1:
        return end
    if normalize_name(doc[start : end - 1].text) not in names:
        return -1
    return end - 1


def _product_code(doc: Doc, end: int, label: str, text: str) -> bool:
    """An ORG that is a code ("UTC", "USD") or a product ("Boeing 737", "iPod")."""
    if label != "ORG":
        return False
    return text in name_words().codes or _model_number(doc, end) or bool(_CAMEL.match(text))


def _typed(
    doc: Doc, ent: Span, start: int, end: int, label: str, names: dict[str, KnownName]
) -> list[Draft]:
    """The draft typed by a table row, else by its label ("Mexican" names Mexico)."""
    text = doc[start:end].text
    canonical = ent.ent_id_ or ""
    if text.islower() and not canonical:
        return []  # "no era un criminal": a name has a capital, unless a table rule says so
    known = names.get(normalize_name(text))
    if known and (not canonical or canonical == known.id):
        if known.type == "person" and doc[start].lower_ in DETERMINERS:
            start += 1
        return [Draft(start, end, label, known.type, known.id)]
    if label == "FAC":
        return facility_drafts(doc, start, end)
    kind = label_type(label, text)
    if kind == "jurisdiction" and label_type("ORG", text) == "agency" and not places.lookup(text):
        kind = "agency"  # a body's name the model read as a place: "... Borough Assembly"
    if kind == "jurisdiction" and _a_streets_name(doc, start, end):
        return []  # "a grocery on East First Street": an address, no jurisdiction
    if kind == "person" and _an_address(doc, start, end):
        return []
    if label == "NORP" and re.fullmatch(r"[A-Z]{2,}PD", text):
        kind = "agency"  # police acronyms the model calls NORP ("NYPD")
    elif label == "NORP" and tongues.names_a_tongue(doc[end - 1]):
        return []  # "chanting in Spanish and Haitian Creole": a tongue, no place
    elif label in ("NORP", "ORG") and (
        places.demonym(text) is not None or (label == "NORP" and text in name_words().regions)
    ):
        kind = "jurisdiction"  # "Mexican" refers to Mexico; "a Guatemalan man" is no group
    if not kind:
        return []
    return [Draft(start, end, label, kind, canonical)]


def _a_streets_name(doc: Doc, start: int, end: int) -> bool:
    """A street's name no gazetteer knows ("East First Street"), or a name after a word of
    an address and before a street's word ("his home on South Union Street": the model's
    "South Union", found in probe296; "on Chicago Avenue")."""
    if _a_street(doc[end - 1]) and not places.lookup(doc[start:end].text):
        return True
    along = start > 0 and doc[start - 1].lower_ in _ALONG
    return along and end < len(doc) and _a_street(doc[end])


def _a_street(last: Token) -> bool:
    """The last word of a street's name ("Street", "Road"; ``head_words.csv``)."""
    return last.is_title and last.lower_ in read_head_words()["street"]


# Words before a street's name where it is an address ("a plant on Robert L. Pugh Parkway").
_ALONG = frozenset({"on", "at", "off", "along", "onto", "near", "down", "up", "across"})


def _an_address(doc: Doc, start: int, end: int) -> bool:
    """A street named after someone, where something is: "on Robert L. Pugh Parkway", "at
    1200 Cesar Chavez Avenue" (found in a probe: the street's namesake a person), with the
    street's word inside the name or right after it; not "said Michael Lane". A street's
    word that is a surname too ("Lane", "Drive") makes an address only after "on", "at" ...
    and before more of the sentence ("on Rosa Parks Drive on Monday"; not "at Michael Lane,
    the director", "on Diane Lane's proposal", a review), and a year is no house's number."""
    at = end - 1 if _a_street(doc[end - 1]) else end
    if start == 0 or at >= len(doc) or not _a_street(doc[at]):
        return False
    before = doc[start - 1]
    number = before.like_num and not re.fullmatch(r"(?:19|20)\d\d", before.text)
    if doc[at].lower_ in _SURNAMES_TOO:
        after = doc[at + 1] if at + 1 < len(doc) else None
        possessive = after is not None and after.text in ("'s", "’s")
        going_on = after is not None and not after.is_punct and not possessive
        # "on Martin Luther King Jr. Drive." or "...Drive, police said" (found in a probe
        # and a review): a surname too rare for a person's name to stand there
        rare = doc[at].lower_ in _RARE_SURNAMES and not possessive
        return (before.lower_ in _ALONG or number) and (going_on or rare)
    return before.lower_ in _ALONG or number


# Streets' last words that are surnames too ("Nathan Lane", "Tom Street").
_SURNAMES_TOO = frozenset({"lane", "drive", "street", "way", "court", "place", "hill", "park"})
_RARE_SURNAMES = frozenset({"drive", "street"})
