"""Adjectives of nationality read as their countries ("Mexican" -> Mexico)."""

from __future__ import annotations

from graphx.extract.gazetteer import Gazetteer, Place, load_gazetteer, normalize_place

__all__ = ["demonym"]


# Regular demonym endings and the country-name endings they replace ("Mexican" -> "Mexico").
_DEMONYM_RULES = (
    ("ian", ("ia", "a", "", "y")),
    ("ean", ("ea", "e")),
    ("an", ("a", "o", "", "e", "as")),
    ("ese", ("", "a")),
    ("i", ("",)),
    ("ish", ("", "land")),
)


def demonym(text: str, *, gazetteer: Gazetteer | None = None) -> Place | None:
    """The country an adjective of nationality refers to ("Mexican" -> Mexico).

    Irregular forms ("Irish", "Dutch") come from ``gazetteer.csv``; regular
    ones from the country names by their endings. Plurals ("Americans",
    the people) are not places.

    >>> demonym("Canadian").name, demonym("Japanese").name, demonym("Americans")
    ('Canada', 'Japan', None)
    """
    gaz = gazetteer or load_gazetteer()
    key = normalize_place(text)
    if not key or " " in key or (key.endswith("s") and not key.endswith("ss")):
        return None
    extra = gaz.extras.get(key)
    if extra is not None and extra.level == "country":
        return extra
    for suffix, endings in _DEMONYM_RULES:
        if key.endswith(suffix) and len(key) > len(suffix) + 2:
            stem = key[: -len(suffix)]
            for ending in endings:
                if stem + ending in gaz.countries:
                    return Place(gaz.countries[stem + ending], "country", "")
    return None
