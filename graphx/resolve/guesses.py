"""Whether a page's reading of a bare place name is a guess that another page's reading of
the name may overrule (issue 16)."""

from __future__ import annotations

from graphx.extract import places
from graphx.resolve.page_places import PagePlaces

__all__ = ["read_as_a_guess"]


def read_as_a_guess(page: PagePlaces, name: str, place: places.Place) -> bool:
    """A reading abroad, among namesakes or of a town (not a big city's, "Columbus") on a
    page naming no state; or an American town the page's states do not hold (a city abroad
    so read is meant as itself: "a student in Paris" beside "PARIS, Tenn."), even a big
    city's small namesake ("Jackson" read as Missouri's beside "Aurora, Colorado":
    probe321; on a page naming no state, its county or neighbours placed it: a review)."""
    gaz = page.gazetteer
    weak = place.parent not in gaz.states.values() or place.ambiguous
    american = place.parent in gaz.states.values() and place.level in ("city", "county")
    if american and place.parent not in page.regions(name):
        return weak or not places.is_city(place.name, gaz, place.parent)
    return (weak or not places.is_city(place.name, gaz)) and not page.names_a_region
