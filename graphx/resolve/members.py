"""A place's body named by its members: "Hendry County commissioners" (issue 15).

News names a county board by its members as often as by its name ("Hendry County
commissioners voted", the "Hendry County Board of County Commissioners"). When the corpus
names one body of that place whose name shares the members' word ("Commission",
"Commissioners"; "Council" for "council members"), or a body every place has named in
the same article ("the Board of County Commissioners"), the members are that body.
"""

from __future__ import annotations

from graphx.extract import places
from graphx.extract.known import normalize_name, read_head_words
from graphx.resolve.bodies import any_places
from graphx.resolve.clusters import Cluster, label_of, merge_into

__all__ = ["bodies_of_members"]


def _county_words() -> frozenset[str]:
    return frozenset(places.load_gazetteer().county_words) | {"city", "town", "township"}


_STEM = 6  # "commissioners" and "Commission", "councilmembers" and "Council" share six letters


def bodies_of_members(groups: dict[tuple[str, ...], Cluster]) -> dict[int, Cluster]:
    """Each members' cluster joined to the one body of its place the corpus names; returns
    the redirects (cluster id -> the body's cluster)."""
    members = read_head_words()["members"]
    agencies = [c for c in groups.values() if c.type == "agency"]
    redirect: dict[int, Cluster] = {}
    for cluster in agencies:
        label = label_of(cluster)
        told = (_place_and_members(n, members) for n in [label, *cluster.names])
        place, noun = next((pair for pair in told if pair[0]), ("", ""))
        if not place:
            continue
        found = [
            body
            for body in agencies
            if body is not cluster
            and id(body) not in redirect
            and _body_of(body, cluster, place, noun)
        ]
        if len(found) == 1:
            cluster.reasons.append(f"{label!r} joined {label_of(found[0])!r}: its members")
            merge_into(found[0], cluster)
            redirect[id(cluster)] = found[0]
    return redirect


def _place_and_members(label: str, members: frozenset[str]) -> tuple[str, str]:
    """ "Hendry County commissioners" -> ("Hendry County", "commissioners"), and so
    "Belknap County Commissioners", a body that is its members (found in probe124); else
    ("", "")."""
    words = label.split()
    for size in (2, 1):
        tail = " ".join(words[-size:])
        # a capitalised one only right after the place's own word ("County Commissioners")
        named = all(w.istitle() for w in words[-size:]) and len(words) > size
        named = named and words[-size - 1].lower() in _county_words()
        told = tail.islower() or named
        if len(words) > size and told and tail.lower() in members:
            return " ".join(words[:-size]), tail.lower()
    return "", ""


def _body_of(body: Cluster, members: Cluster, place: str, noun: str) -> bool:
    """A body one of whose words shares the members' word's stem, named for the place
    ("Hendry County Board of County Commissioners") or, in an article that names the
    members, with no place at all ("the Board of County Commissioners")."""
    name = label_of(body)
    # "Hendry County Board of ...", "Board of Muskingum County Commissioners" (probe117)
    at = f" {normalize_name(name)} ".find(f" {normalize_name(place)} ")
    # at the start, or after "of": not "Lake County" in "Red Lake County Board"
    if at == 0 or normalize_name(name)[:at].rstrip().endswith(" of"):
        rest = name.split()[len(normalize_name(name)[:at].split()) + len(place.split()) :]
    elif any_places(name) and body.docs & members.docs:
        rest = name.split()
    else:
        return False
    stem = noun.replace(" ", "")[:_STEM].lower()
    return any(w.lower().startswith(stem) and w[:1].isupper() for w in rest)
