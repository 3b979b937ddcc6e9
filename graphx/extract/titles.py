"""Role titles: split off a person's name, or read around it.

"Acting ICE Director Matthew Albence" is Matthew Albence with the title
"Acting ICE Director"; "Lyons, the acting field director for ICE" gives
Lyons the appositive title. The titles are those of ``titles.txt``
(:func:`graphx.extract.known.read_titles`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from graphx.extract.drafts import DETERMINERS, POSSESSIVE, Draft, covered
from graphx.extract.known import facility_or_group, name_words, read_head_words, read_titles
from graphx.extract.lines import line_bounds

__all__ = [
    "ends_a_title_begun_before",
    "ends_title",
    "in_capitals",
    "is_title_word",
    "possessive_title",
    "split_title",
    "stop_word_first_name",
    "untagged_titled_people",
]

# Words that link a title to what it is a title of ("director for ICE"): grammar.
_ROLE_LINKS = {"for", "of", "at", "with", "in"}


def split_title(doc: Doc, draft: Draft, titles: frozenset[str], ents_at: dict[int, Draft]) -> None:
    """Move a role title from a person's name (or its surroundings) to ``draft.title``."""
    i = _name_start(doc, draft, titles)
    before = _title_before(doc, draft.start, titles, ents_at, draft)
    first = before[0].i if before else draft.start
    title = doc[first:i].text if i > first else ""
    draft.start = i
    if not title:
        title = _title_after(doc, draft, titles, ents_at)
    if all(w.lower().rstrip(".") in name_words().honorifics for w in title.split()):
        title = ""  # "Mr." is a courtesy, not a role
    draft.title = title


def _name_start(doc: Doc, draft: Draft, titles: frozenset[str]) -> int:
    """Where the name begins after the last title inside the span: "Pinellas Sheriff Bob
    Gualtieri" -> "Bob Gualtieri", "Mayor de Blasio" -> "de Blasio" (issue 16)."""
    particles = name_words().particles
    # the model's "Charge Theodore Brandvold" after "Special Agent in" (found in probe246)
    begun = ends_a_title_begun_before(doc, draft.start, draft.start, titles)
    if draft.end - draft.start > 2 and begun:
        return draft.start + 1
    for k in range(draft.end - 2, draft.start - 1, -1):
        after = doc[k + 1]
        if is_title_word(doc[k].text, titles, after.text) and (
            after.is_title or after.lower_ in particles
        ):
            return k + 1
    return draft.start


def is_title_word(token_text: str, titles: frozenset[str], next_text: str = "") -> bool:
    """A title by itself ("Mayor"), or the first word of a longer one ("Under Secretary")."""
    low = token_text.lower()
    if low in titles or low.rstrip(".") in titles:
        return True
    return f"{low} {next_text.lower()}" in titles


def _title_before(
    doc: Doc, start: int, titles: frozenset[str], ents_at: dict[int, Draft], own: Draft
) -> list[Token]:
    """Title words and agency names right before the name ("Acting ICE Director")."""
    i = start
    while i > 0:
        prev = doc[i - 1]
        other = ents_at.get(i - 1)
        if (
            other is not None
            and other.start != own.start
            and other.type in ("agency", "organization")
        ):
            i = other.start
        elif other is None and ends_title(doc, i - 1, titles):
            i -= 1
        elif prev.text in POSSESSIVE and i >= 2 and i < len(doc) and possessive_title(doc, i):
            i -= 2  # "State's Attorney"
        elif prev.text == "." and i >= 2 and (doc[i - 2].lower_ + ".") in titles:
            i -= 2  # the tokenizer splits some abbreviations: "Lt" "."
        else:
            break
    tokens = list(doc[i:start])
    while tokens and not ends_title(doc, tokens[-1].i, titles):
        tokens.pop()
    return tokens


def _title_token(token: Token) -> bool:
    return token.is_alpha or token.text in POSSESSIVE


def possessive_title(doc: Doc, i: int) -> bool:
    """doc[i - 2 : i + 1] is a title with a possessive ("State" "'s" "Attorney")."""
    return f"{doc[i - 2].lower_}'s {doc[i].lower_}" in read_titles()


def ends_title(doc: Doc, k: int, titles: frozenset[str]) -> bool:
    """Token k is a title word, begins one with the next word, or ends a two-word title
    with the word before ("Attorney General" before a name, issue 16)."""
    nxt = doc[k + 1].text if k + 1 < len(doc) else ""
    if is_title_word(doc[k].text, titles, nxt):
        return True
    return k > 0 and f"{doc[k - 1].lower_} {doc[k].lower_}" in titles


def ends_a_title_begun_before(doc: Doc, k: int, start: int, titles: frozenset[str]) -> bool:
    """Token k, a draft's first (``start``), ends a title of three words or more begun before
    the draft: "Charge" of "HSI Special Agent in Charge Gregory Anselm", the model's ORG
    "Charge Gregory Anselm" (found in probe222); not "hiding in Charge Hill Mercantile" (a
    review)."""
    if not k == start > 1:
        return False
    pairs = (f"{doc[k - 2].lower_} {doc[k - 1].lower_}", f"{doc[k - 1].lower_} {doc[k].lower_}")
    return all(pair in titles for pair in pairs)


def stop_word_first_name(token: Token, titles: frozenset[str] | None = None) -> bool:
    """A word of the language's stop list that is a first name where it stands: "Will" of
    "Attorney General Will Dorsey", "May" of "Mayor May Linden" (a review: both had named
    no one). Capitalised between a title and a capitalised proper noun, in a sentence's run
    of text; not "Sheriff Will Seek Reelection", a headline's capitals over a verb."""
    doc, i, titles = token.doc, token.i, read_titles() if titles is None else titles
    if not (token.is_stop and token.is_title and token.is_alpha) or token.like_num:
        return False
    if not 0 < i < len(doc) - 1:
        return False
    surname = doc[i + 1]
    if token.pos_ in ("PRON", "DET", "ADP", "CCONJ", "SCONJ", "PART", "ADV", "NUM"):
        return False  # "Sheriff He", "Governor Of", "Deputy Then", "Officer Two Mark Dale"
    named = surname.pos_ in ("PROPN", "") and surname.is_title and not surname.is_stop
    if not named or is_title_word(surname.text, titles) or not ends_title(doc, i - 1, titles):
        return False
    return not in_capitals(doc, i)


def in_capitals(doc: Doc, i: int) -> bool:
    """Whether the token's line is written in capitalised words, as a headline is."""
    text = doc.text
    words = [w for w in text[slice(*line_bounds(text, doc[i].idx))].split() if w[:1].isalpha()]
    return len(words) > 2 and sum(w[0].isupper() for w in words) > 0.6 * len(words)


def _title_after(doc: Doc, draft: Draft, titles: frozenset[str], ents_at: dict[int, Draft]) -> str:
    """An appositive title: "Lyons, the acting field director for ICE"."""
    i = draft.end
    if i >= len(doc) or doc[i].text != ",":
        return ""
    i += 1
    if i < len(doc) and doc[i].lower_ in DETERMINERS:
        i += 1
    first, last_title = i, -1
    # "Ruth Vance, the state's attorney general": a possessive may stand inside (issue 16)
    while i < len(doc) and i - first < 7 and _title_token(doc[i]) and i not in ents_at:
        if ends_title(doc, i, titles):
            last_title = i
        elif last_title >= 0:
            break
        i += 1
    if last_title < 0:
        return ""
    stop = last_title + 1
    if stop < len(doc) and not (doc[stop].lower_ in _ROLE_LINKS or doc[stop].is_punct):
        return ""
    return doc[first:stop].text


def untagged_titled_people(doc: Doc, drafts: list[Draft], titles: frozenset[str]) -> list[Draft]:
    """A name the model missed right after a person's title: "City Councilor Amílcar D.
    Rosa-Pereira called ...", two to four capitalised words (an initial with its dot and
    hyphenated parts among them), none tagged, none a title, not a body's, a building's or
    a street's name; a person. Not words that run on into a name the model tagged or
    into more capitalised words: those are the rest of a title ("Mayor Pro Tem Rosa
    Delgado", "Deputy Public Defender Mark Ellis")."""
    taken = covered(drafts)
    found = []
    for title in (t for t in doc[:-2] if t.is_title and _ends_a_title(t, titles)):
        end, words = title.i + 1, 0
        while end < len(doc) and end not in taken and words < 4 and _name_part(doc[end]):
            words += doc[end].text != "-"
            end += 1
        name = [t.text for t in doc[title.i + 1 : end] if t.text != "-"]
        if _given_name_left_out(doc, drafts, title.i + 1, end, titles):
            continue
        runs_on = end < len(doc) and (end in taken or _name_part(doc[end]))
        if runs_on or doc[end - 1].text == "-" or len(name) < 2 or _a_named_thing(name):
            continue
        pairs = [f"{a} {b}" for a, b in zip(name, name[1:], strict=False)]
        if any(w.lower().rstrip(".") in titles for w in name + pairs):
            continue  # "Police Chief", "Medical Examiner Ana Ruiz": the run's title is later
        found.append(Draft(title.i + 1, end, "PERSON", "person", reason="named after a title"))
        taken.update(range(title.i + 1, end))
    return sorted(drafts + found, key=lambda d: d.start)


def _given_name_left_out(
    doc: Doc, drafts: list[Draft], start: int, end: int, titles: frozenset[str]
) -> bool:
    """ "Superintendent Gregory Tschetter told the board" (found in probe284): the model
    tagged the surname alone, which then named no one in full; one word between the title
    and a one-word person is the given name (not a title's word: "Attorney General Ken").
    The person's draft now opens with it."""
    person = next((d for d in drafts if d.start == end and d.type == "person"), None)
    if person is None or person.end - person.start != 1 or end - start != 1:
        return False
    if doc[start].lower_ in titles or _ends_a_title(doc[start], titles):
        return False
    person.start = start
    return True


def _ends_a_title(token: Token, titles: frozenset[str]) -> bool:
    """A title word, or the last of a title of two ("Medical Examiner", "Public Defender")."""
    before = token.doc[token.i - 1].lower_ if token.i else ""
    return token.lower_ in titles or f"{before} {token.lower_}" in titles


def _a_named_thing(name: list[str]) -> bool:
    """A body's, a building's or a street's name ("... Memorial Highway")."""
    last = name[-1].lower()
    return bool(facility_or_group(name)) or any(last in w for w in read_head_words().values())


def _name_part(token: Token) -> bool:
    """A capitalised proper noun, an initial with its dot ("D."), or a hyphen joining two
    words."""
    initial = len(token.text) == 2 and token.text[0].isupper() and token.text[1] == "."
    joined = token.text == "-" and not token.whitespace_
    proper = token.pos_ in ("PROPN", "")  # when tagged, a proper noun ("Head Start Program")
    word = token.is_title and token.is_alpha and not token.ent_type_ and proper
    return word or initial or joined
