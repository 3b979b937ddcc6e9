"""A small hand-built graph that follows the graph contract (graphx/contract.py).

Used by the filter, figure, callback and browser tests. Jurisdictions nest
Chicago -> Cook County -> Illinois -> United States; agencies nest
ERO -> ICE -> DHS. Events cover a day, a month, a year, a fiscal year,
an uncertain date and no date at all, across the Obama, Trump (1st term)
and Biden terms. One document carries hostile text (script tags, a
``javascript:`` URL) so the app's text handling is exercised.
"""

from __future__ import annotations

import networkx as nx

__all__ = ["EVENTS", "make_graph"]

ENTITIES = {
    # id: (type, label, aliases, level)
    "e:us": ("jurisdiction", "United States", ["U.S.", "USA"], "country"),
    "e:il": ("jurisdiction", "Illinois", [], "state"),
    "e:cook": ("jurisdiction", "Cook County", [], "county"),
    "e:chi": ("jurisdiction", "Chicago", [], "city"),
    "e:ny": ("jurisdiction", "New York", [], "state"),
    "e:nyc": ("jurisdiction", "New York City", ["NYC"], "city"),
    "e:dhs": ("agency", "Department of Homeland Security", ["DHS"], ""),
    "e:ice": ("agency", "Immigration and Customs Enforcement", ["ICE"], ""),
    "e:ero": ("agency", "Enforcement and Removal Operations", ["ERO"], ""),
    "e:albence": ("person", "Matthew Albence", ["Albence"], ""),
    "e:mayorkas": ("person", "Alejandro Mayorkas", ["Mayorkas"], ""),
    "e:deblasio": ("person", "Bill de Blasio", ["de Blasio"], ""),
    "e:aclu": ("organization", "ACLU", ["American Civil Liberties Union"], ""),
    "e:ap": ("media", "Associated Press", ["AP"], ""),
    "e:trumpadm": ("administration", "Trump administration", [], ""),
}

# id: (type, summary, date, start, end, precision, uncertain, admins, place, participants, docs)
EVENTS = {
    "v:subpoena": (
        "legal_action",
        "ICE subpoenaed New York City",
        "2020-01-17",
        "2020-01-17",
        "2020-01-17",
        "day",
        False,
        ["Trump (1st term)"],
        "e:nyc",
        [("e:ice", "agent"), ("e:nyc", "patient"), ("e:albence", "other")],
        ["d:a"],
    ),
    "v:suit": (
        "legal_action",
        "De Blasio sued the Trump administration",
        "2018",
        "2018-01-01",
        "2018-12-31",
        "year",
        False,
        ["Trump (1st term)"],
        "e:nyc",
        [("e:deblasio", "agent"), ("e:trumpadm", "patient")],
        ["d:a"],
    ),
    "v:release": (
        "release",
        "Cook County released a detainee",
        "2019-05",
        "2019-05-01",
        "2019-05-31",
        "month",
        False,
        ["Trump (1st term)"],
        "e:cook",
        [("e:cook", "agent"), ("e:ice", "other")],
        ["d:b"],
    ),
    "v:raid": (
        "enforcement",
        "ICE arrests in Chicago",
        "2019-07-14",
        "2019-07-14",
        "2019-07-14",
        "day",
        False,
        ["Trump (1st term)"],
        "e:chi",
        [("e:ice", "agent"), ("e:ero", "agent")],
        ["d:b"],
    ),
    "v:arrests": (
        "enforcement",
        "ICE arrests in fiscal year 2018",
        "2018",
        "2017-10-01",
        "2018-09-30",
        "fiscal_year",
        True,
        ["Trump (1st term)"],
        "",
        [("e:ice", "agent"), ("e:ero", "agent")],
        ["d:c"],
    ),
    "v:grant": (
        "funding",
        "DHS grant to Illinois",
        "2017",
        "2016-10-01",
        "2017-09-30",
        "fiscal_year",
        False,
        ["Obama", "Trump (1st term)"],
        "e:il",
        [("e:dhs", "agent"), ("e:il", "patient")],
        ["d:c"],
    ),
    "v:statement": (
        "statement",
        "Mayorkas backs ICE",
        "2021-04-06",
        "2021-04-06",
        "2021-04-06",
        "day",
        False,
        ["Biden"],
        "",
        [("e:mayorkas", "agent"), ("e:ice", "patient")],
        ["d:d"],
    ),
    "v:meeting": (
        "meeting",
        "DHS met Chicago officials",
        "2021-02",
        "2021-02-01",
        "2021-02-28",
        "month",
        False,
        ["Biden"],
        "e:chi",
        [("e:dhs", "agent"), ("e:chi", "other")],
        ["d:d"],
    ),
    "v:undated": (
        "statement",
        "ACLU criticised detainers",
        "",
        "",
        "",
        "",
        False,
        [],
        "",
        [("e:aclu", "agent"), ("e:ice", "patient")],
        ["d:hostile"],
    ),
}

DOCUMENTS = {
    "d:a": ("ICE subpoenas NYC", "https://example.org/a", "Example News", "2020-01-20"),
    "d:b": ("Chicago coverage", "http://example.org/b", "Example Daily", "2019-07-20"),
    "d:c": ("Arrest statistics", "", "Stats Weekly", ""),
    "d:d": ("Mayorkas interview", "https://example.org/d", "Example Times", "2021-04-06"),
    "d:hostile": (
        '<script>alert("x")</script><img src=x onerror=alert(1)>',
        "javascript:alert(1)",
        "<b>Evil</b>",
        "2022-01-01",
    ),
}

_STRUCTURE = [
    ("e:cook", "e:il", "within"),
    ("e:chi", "e:cook", "within"),
    ("e:il", "e:us", "within"),
    ("e:nyc", "e:ny", "within"),
    ("e:ny", "e:us", "within"),
    ("e:ero", "e:ice", "part_of"),
    ("e:ice", "e:dhs", "part_of"),
    ("e:albence", "e:ice", "affiliated_with"),
    ("e:mayorkas", "e:dhs", "affiliated_with"),
]


def _add_entities(G: nx.MultiDiGraph) -> None:
    for node, (kind, label, aliases, level) in ENTITIES.items():
        roles = (
            [{"title": "Director", "organization": "ICE", "doc_id": "d:a"}]
            if (node == "e:albence")
            else []
        )
        G.add_node(
            node,
            type=kind,
            label=label,
            aliases=list(aliases),
            mentions=3,
            doc_count=1,
            evidence=f"{label} was mentioned.",
            level=level,
            ambiguous=False,
            roles=roles,
            canonical="",
        )


def _add_events(G: nx.MultiDiGraph) -> None:
    for node, row in EVENTS.items():
        kind, summary, date, start, end, precision, uncertain, admins, place, parts, docs = row
        G.add_node(
            node,
            type="event",
            label=summary,
            aliases=[],
            event_type=kind,
            trigger=summary.split()[1],
            summary=summary,
            date=date,
            date_start=start,
            date_end=end,
            date_precision=precision,
            date_text=date or "",
            date_reading=f"'{date}' read as written" if date else "",
            date_uncertain=uncertain,
            administration=list(admins),
            place=place,
            evidence=[f"{summary}.", '<script>alert("ev")</script>'],
            sources=list(docs),
        )
        for entity, role in parts:
            G.add_edge(entity, node, relation=role, evidence=f"{summary}.", doc_id=docs[0])
        if place:
            G.add_edge(place, node, relation="place", evidence=f"{summary}.", doc_id=docs[0])
        for doc in docs:
            G.add_edge(node, doc, relation="reported_in", evidence="", doc_id=doc)


def make_graph() -> nx.MultiDiGraph:
    """The test graph (a fresh copy on every call)."""
    G = nx.MultiDiGraph()
    _add_entities(G)
    for node, (title, url, source, published) in DOCUMENTS.items():
        G.add_node(
            node,
            type="document",
            label=title,
            aliases=[],
            title=title,
            url=url,
            source=source,
            published=published,
            published_basis="file metadata",
            path=f"{node[2:]}.txt",
            author="",
        )
    _add_events(G)
    for src, dst, relation in _STRUCTURE:
        attrs = {"role": "Director"} if relation == "affiliated_with" else {}
        G.add_edge(src, dst, relation=relation, evidence="", doc_id="d:a", **attrs)
    G.add_edge("e:ice", "d:a", relation="mentioned_in", evidence="ICE said.", doc_id="d:a")
    return G


def make_large_graph(n_events: int, n_entities: int, *, seed: int = 7) -> nx.MultiDiGraph:
    """A random graph of the same shape as ``make_graph`` (for load and speed checks)."""
    import random

    rng = random.Random(seed)
    G = make_graph()
    kinds = ["person", "agency", "organization", "media", "jurisdiction"]
    jurisdictions = ["e:il", "e:cook", "e:chi", "e:ny", "e:nyc"]
    for i in range(n_entities):
        kind = kinds[i % len(kinds)]
        node = f"e:x{i}"
        G.add_node(
            node,
            type=kind,
            label=f"{kind.title()} {i}",
            aliases=[f"X{i}"],
            mentions=1,
            doc_count=1,
            evidence="",
            level="city" if kind == "jurisdiction" else "",
            ambiguous=False,
            roles=[],
            canonical="",
        )
        if kind == "jurisdiction":
            G.add_edge(node, rng.choice(jurisdictions), relation="within", evidence="", doc_id="")
    types = ["legal_action", "enforcement", "release", "policy", "funding", "statement"]
    entities = [f"e:x{i}" for i in range(n_entities)]
    for i in range(n_events):
        node, day = (
            f"v:x{i}",
            f"{rng.randint(2009, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        )
        end = day if rng.random() < 0.7 else f"{day[:4]}-12-31"
        undated = rng.random() < 0.1
        G.add_node(
            node,
            type="event",
            label=f"Event {i}",
            aliases=[],
            event_type=rng.choice(types),
            trigger="x",
            summary=f"Event {i}",
            date="" if undated else day,
            date_start="" if undated else day,
            date_end="" if undated else end,
            date_precision="" if undated else "day",
            date_text="",
            date_reading="",
            date_uncertain=rng.random() < 0.05,
            administration=[],
            place="",
            evidence=[],
            sources=["d:a"],
        )
        for entity in rng.sample(entities, 3):
            G.add_edge(entity, node, relation="agent", evidence="", doc_id="d:a")
    return G
