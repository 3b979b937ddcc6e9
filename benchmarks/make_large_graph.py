"""Write a synthetic graph at the scale of a 10,000-article corpus, deterministic from a seed.

Usage::

    python benchmarks/make_large_graph.py OUT_DIR [--articles 10000] [--seed 7]

writes ``OUT_DIR/graph.graphml`` (through ``graphx.build.export.write_graph``) that
follows the graph contract (notes/graph_contract.md): ``--articles`` document
nodes, four events per article, about 1.5 entities per article. Jurisdictions
nest city -> county -> state -> country with ``within`` edges; agencies nest
with ``part_of``; persons are ``affiliated_with`` an agency or organisation;
event administrations come from ``graphx.administrations.administrations_for``
over the event's dates. Entity popularity is heavy-tailed (a few hubs, many
entities seen once), as in real coverage. Names are generic placeholders:
this is benchmark scaffolding, not data graphx reads.

The app benchmarks (``bench_app_server.py``, ``loadtest.py``) and
``tests/test_app_scale.py`` build their graphs with ``make_graph`` here.
"""

from __future__ import annotations

import argparse
import itertools
import json
import logging
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import networkx as nx

from graphx.administrations import administrations_for, load_terms

__all__ = ["make_graph", "main", "write_large_graph"]

log = logging.getLogger(__name__)

EVENT_TYPES = (
    "legal_action",
    "enforcement",
    "release",
    "policy",
    "funding",
    "statement",
    "meeting",
    "publication",
    "other",
)
PRECISIONS = (("day", 0.62), ("month", 0.18), ("year", 0.06), ("fiscal_year", 0.04))
_J = json.dumps


def _entity(G: nx.MultiDiGraph, node: str, kind: str, label: str, **extra: object) -> None:
    G.add_node(
        node,
        type=kind,
        label=label,
        aliases=_J(extra.pop("aliases", [])),
        mentions=0,
        doc_count=0,
        evidence=f"{label} said on Tuesday it would respond.",
        level=extra.pop("level", ""),
        ambiguous=False,
        roles=extra.pop("roles", "[]"),
        canonical="",
    )


def _span(rng: random.Random, first: date, days: int) -> tuple[str, str, str, str]:
    """(date, start, end, precision) of a random event date ("" x4 for an undated one)."""
    if rng.random() < 0.08:
        return "", "", "", ""
    day = first + timedelta(days=rng.randrange(days))
    roll, acc = rng.random(), 0.0
    precision = "day"
    for name, share in PRECISIONS:
        acc += share
        if roll < acc:
            precision = name
            break
    else:
        precision = "week"
    if precision == "day":
        return day.isoformat(), day.isoformat(), day.isoformat(), "day"
    if precision == "week":
        monday = day - timedelta(days=day.weekday())
        year, week, _ = monday.isocalendar()
        return (
            f"{year}-W{week:02d}",
            monday.isoformat(),
            (monday + timedelta(6)).isoformat(),
            "week",
        )
    if precision == "month":
        nxt = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
        return (
            f"{day.year}-{day.month:02d}",
            f"{day.year}-{day.month:02d}-01",
            (nxt - timedelta(1)).isoformat(),
            "month",
        )
    if precision == "year":
        return str(day.year), f"{day.year}-01-01", f"{day.year}-12-31", "year"
    return f"FY{day.year}", f"{day.year - 1}-10-01", f"{day.year}-09-30", "fiscal_year"


def make_graph(n_articles: int = 10_000, *, seed: int = 7) -> nx.MultiDiGraph:
    """A contract-shaped graph for ``n_articles`` articles (4 events and ~1.5 entities each).

    Args:
        n_articles: document nodes to create.
        seed: the same seed always gives the same graph.

    Returns:
        A MultiDiGraph with about ``4 * n_articles`` events and ``1.5 * n_articles`` entities.
    """
    rng = random.Random(seed)
    terms = load_terms()
    G = nx.MultiDiGraph()
    n_entities = max(60, n_articles * 3 // 2)
    # Jurisdictions: 1 country, up to 50 states, ~12 counties per state, ~3 cities per county.
    n_states = min(50, max(2, n_entities // 300))
    n_counties = max(n_states, n_entities // 24)
    n_cities = max(n_counties, n_entities // 8)
    _entity(G, "e:j0", "jurisdiction", "United States", aliases=["U.S."], level="country")
    states = [f"e:js{i}" for i in range(n_states)]
    for i, s in enumerate(states):
        _entity(G, s, "jurisdiction", f"State {i}", level="state")
        G.add_edge(s, "e:j0", relation="within", evidence="", doc_id="")
    counties = [f"e:jc{i}" for i in range(n_counties)]
    for i, c in enumerate(counties):
        _entity(G, c, "jurisdiction", f"County {i}", level="county")
        G.add_edge(c, states[i % n_states], relation="within", evidence="", doc_id="")
    cities = [f"e:jt{i}" for i in range(n_cities)]
    for i, c in enumerate(cities):
        _entity(G, c, "jurisdiction", f"City {i}", level="city")
        G.add_edge(c, rng.choice(counties), relation="within", evidence="", doc_id="")
    places = ["e:j0", *states, *counties, *cities]
    # Agencies (with part_of chains), organisations, media, persons, administrations.
    rest = n_entities - len(places)
    n_agencies, n_orgs, n_media = rest * 15 // 100, rest * 20 // 100, rest * 5 // 100
    agencies = [f"e:a{i}" for i in range(n_agencies)]
    for i, a in enumerate(agencies):
        _entity(G, a, "agency", f"Agency {i}", aliases=[f"AG{i}"])
        if i >= 20:
            G.add_edge(
                a, agencies[rng.randrange(min(i, 200))], relation="part_of", evidence="", doc_id=""
            )
    orgs = [f"e:o{i}" for i in range(n_orgs)]
    for i, o in enumerate(orgs):
        _entity(G, o, "organization", f"Organization {i}")
    media = [f"e:m{i}" for i in range(n_media)]
    for i, m in enumerate(media):
        _entity(G, m, "media", f"Outlet {i}")
    admins = [f"e:ad{i}" for i in range(len(terms))]
    for a, term in zip(admins, terms, strict=True):
        _entity(G, a, "administration", f"{term.name} administration")
    persons = [f"e:p{i}" for i in range(max(1, rest - n_agencies - n_orgs - n_media - len(admins)))]
    for i, p in enumerate(persons):
        employer = rng.choice(agencies + orgs) if agencies or orgs else ""
        roles = [{"title": "spokesperson", "organization": employer, "doc_id": ""}]
        _entity(G, p, "person", f"Person {i}", aliases=[f"P. {i}"], roles=_J(roles))
        if employer:
            G.add_edge(
                p, employer, relation="affiliated_with", role="spokesperson", evidence="", doc_id=""
            )
    actors = persons + agencies + orgs + media + admins

    # Heavy-tailed popularity: weight 1/(rank+10).
    def weights(n: int) -> list[float]:  # cumulative, so rng.choices does not re-sum them
        return list(itertools.accumulate(1.0 / (r + 10) for r in range(n)))

    actor_w, place_w = weights(len(actors)), weights(len(places))
    rng.shuffle(actors)
    first, span_days = date(2009, 1, 1), (date(2025, 6, 30) - date(2009, 1, 1)).days
    outlets = media or ["e:j0"]
    event_no = 0
    for d in range(n_articles):
        doc = f"d:doc{d:05d}"
        published = first + timedelta(days=rng.randrange(span_days))
        G.add_node(
            doc,
            type="document",
            label=f"Article {d}: agencies respond",
            aliases="[]",
            title=f"Article {d}: agencies respond",
            url=f"https://news.example.org/{published.year}/article-{d}",
            source=G.nodes[outlets[d % len(outlets)]]["label"],
            published=published.isoformat(),
            published_basis="metadata",
            path=f"articles/{d:05d}.txt",
            author=f"Reporter {d % 97}",
        )
        mentioned: set[str] = set()
        for _ in range(4):
            node = f"v:{event_no:06d}"
            event_no += 1
            when, start, end, precision = _span(rng, first, span_days)
            place = rng.choices(places, cum_weights=place_w)[0] if rng.random() < 0.85 else ""
            members = set(rng.choices(actors, cum_weights=actor_w, k=rng.randint(1, 4)))
            kind = rng.choice(EVENT_TYPES)
            summary = f"{G.nodes[next(iter(sorted(members)))]['label']} {kind} {event_no}"
            G.add_node(
                node,
                type="event",
                label=summary,
                aliases="[]",
                event_type=kind,
                trigger=kind.split("_")[0],
                summary=summary,
                date=when,
                date_start=start,
                date_end=end,
                date_precision=precision,
                date_text=when,
                date_reading=f"'{when}' read as written" if when else "",
                date_uncertain=bool(when) and rng.random() < 0.04,
                administration=_J(administrations_for(start, end, terms) if start else []),
                place=place,
                evidence=_J([f"{summary}, officials said."]),
                sources=_J([doc]),
            )
            for i, member in enumerate(sorted(members)):
                relation = ("agent", "patient", "other")[min(i, 2)]
                G.add_edge(member, node, relation=relation, evidence=summary, doc_id=doc)
            if place:
                G.add_edge(place, node, relation="place", evidence=summary, doc_id=doc)
                members.add(place)
            G.add_edge(node, doc, relation="reported_in", evidence=summary, doc_id=doc)
            mentioned |= members
        for entity in sorted(mentioned):
            G.add_edge(entity, doc, relation="mentioned_in", evidence="", doc_id=doc)
            G.nodes[entity]["mentions"] += 1
            G.nodes[entity]["doc_count"] += 1
    return G


def write_large_graph(out_dir: str | Path, n_articles: int = 10_000, *, seed: int = 7) -> Path:
    """Generate and write ``out_dir/graph.graphml``; returns the file's path."""
    from graphx.build.export import write_graph

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    path = out / "graph.graphml"
    t0 = time.perf_counter()
    G = make_graph(n_articles, seed=seed)
    t1 = time.perf_counter()
    write_graph(G, path)
    log.info(
        "%d nodes, %d edges: generated in %.1f s, written in %.1f s",
        G.number_of_nodes(),
        G.number_of_edges(),
        t1 - t0,
        time.perf_counter() - t1,
    )
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", help="directory to write graph.graphml into")
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    path = write_large_graph(args.out, args.articles, seed=args.seed)
    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
