"""Neo4j import files: CSV per label and per relationship type, the import command, LOAD CSV.

``graphx export --format neo4j --out DIR`` writes (issue 18):

- ``nodes-<label>.csv``: one file per node label (each entity type, ``event``,
  ``document``), headers typed as ``neo4j-admin database import`` reads them
  (``id:ID``, ``mentions:long``, ``date_start:date``, ``aliases:string[]``,
  arrays joined with ``;``);
- ``rels-<type>.csv``: one file per relationship type (``:START_ID``,
  ``:END_ID``, then the properties);
- ``import.sh``: the exact ``neo4j-admin database import full`` command;
- ``load.cypher``: the same with ``LOAD CSV``, for small graphs on a running server;
- ``README.md``: how to load it and three example queries; and
  ``graphx.provenance.json``.

Every node also has the label ``Node``, so ``load.cypher`` can find either end
of a relationship through one uniqueness constraint.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import networkx as nx

from graphx.build.provenance import Provenance
from graphx.contract import NON_ENTITY, as_bool, encode_value

__all__ = ["DATE_FIELDS", "QUERIES", "node_label", "write_neo4j"]

DATE_FIELDS = frozenset({"date_start", "date_end"})
_SKIP = frozenset({"type"})
_DAY = re.compile(r"\d{4}-\d\d-\d\d")

QUERIES = {
    "An entity's timeline": (
        "MATCH (n:Entity {label: 'Immigration and Customs Enforcement'})"
        "-[r:AGENT|PATIENT|OTHER|PLACE]->(e:Event)\n"
        "RETURN e.date_start, e.date_end, type(r) AS role, e.event_type, e.label\n"
        "ORDER BY e.date_start"
    ),
    "Who co-occurs with whom in a period": (
        "MATCH (a:Entity)-[:AGENT|PATIENT|OTHER]->(e:Event)<-[:AGENT|PATIENT|OTHER]-(b:Entity)\n"
        "WHERE a.id < b.id AND e.date_start >= date('2019-01-01') "
        "AND e.date_end <= date('2020-12-31')\n"
        "RETURN a.label, b.label, count(DISTINCT e) AS events ORDER BY events DESC LIMIT 25"
    ),
    "Events by jurisdiction (a state with its counties and cities)": (
        "MATCH (j:Jurisdiction {label: 'Illinois'})<-[:WITHIN*0..]-(p:Jurisdiction)"
        "-[:PLACE]->(e:Event)\n"
        "RETURN p.label AS place, e.event_type, e.date_start, e.label ORDER BY e.date_start"
    ),
}


def node_label(kind: str) -> str:
    """A graphx node type as a Neo4j label.

    >>> node_label("person"), node_label("event"), node_label("part_of")
    ('Person', 'Event', 'PartOf')
    """
    return "".join(p.capitalize() for p in kind.split("_")) or "Unknown"


def _labels(kind: str) -> str:
    """Every label of a node of this type, as the import command names them."""
    extra = "" if kind in NON_ENTITY else ":Entity"
    return f"Node{extra}:{node_label(kind)}"


def _scalar_list(value: Any) -> list[Any] | None:
    """A list of scalars (aliases, sources), else None.

    Lists of objects (roles, reports) are written as JSON text: Neo4j properties cannot be maps.

    >>> _scalar_list(["a", "b"]), _scalar_list([{"doc_id": "x"}]), _scalar_list("a")
    (['a', 'b'], None, None)
    """
    if isinstance(value, list) and all(not isinstance(i, (list, dict)) for i in value):
        return value
    return None


def _neo_type(name: str, values: Iterable[Any]) -> str:
    present = [v for v in values if v is not None and v != ""]
    if name in DATE_FIELDS:
        return "date"
    if present and all(_scalar_list(v) is not None for v in present):
        return "string[]"
    kinds = {type(v) for v in present}
    if kinds == {bool}:
        return "boolean"
    if kinds and kinds <= {int}:
        return "long"
    if kinds and kinds <= {int, float}:
        return "double"
    return "string"


def _cell(value: Any, kind: str) -> str:
    """A value as neo4j-admin reads it: empty is no property; arrays joined with ``;``."""
    from graphx.build.export import clean_text

    if value is None or value == "":
        return ""
    if kind == "boolean":
        return "true" if as_bool(value) else "false"
    if kind == "date":
        return str(value) if _DAY.fullmatch(str(value)) else ""
    if kind == "string[]":
        items = _scalar_list(value) or []
        # ";" separates array items and cannot be escaped in an import file.
        return ";".join(clean_text(str(i)).replace(";", ",") for i in items if str(i))
    if isinstance(value, (list, dict)):
        value = encode_value(value)
    return clean_text(str(value))


def _table(rows: list[tuple[str, Mapping[str, Any]]]) -> tuple[list[str], list[str]]:
    """(property names, typed header fields) of a group of nodes or relationships."""
    names = sorted({k for _, d in rows for k in d if k not in _SKIP})
    kinds = [_neo_type(n, (d.get(n) for _, d in rows)) for n in names]
    # ":" separates a header's name from its type, so it cannot be in a name.
    fields = [
        n.replace(":", "_") + ("" if k == "string" else f":{k}")
        for n, k in zip(names, kinds, strict=True)
    ]
    return names, fields


def _write_csv(path: Path, header: list[str], rows: Iterable[list[str]]) -> Path:
    from graphx.files import atomic_write

    with atomic_write(path, "w") as f:
        writer = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
    return path


def _groups(items: Iterable[tuple[str, Any]]) -> dict[str, list[Any]]:
    groups: dict[str, list[Any]] = {}
    for key, item in items:
        groups.setdefault(key, []).append(item)
    return groups


def _node_files(G: nx.MultiDiGraph, folder: Path) -> list[tuple[str, Path, list[str]]]:
    by_type = _groups((str(d.get("type") or "unknown"), (n, d)) for n, d in G.nodes(data=True))
    files = []
    for kind, rows in sorted(by_type.items()):
        names, fields = _table(rows)
        kinds = [f.partition(":")[2] or "string" for f in fields]
        body = ([str(n), *(_cell(d.get(k), t) for k, t in zip(names, kinds, strict=True))]
                for n, d in rows)  # fmt: skip
        path = _write_csv(folder / f"nodes-{kind}.csv", ["id:ID", *fields], body)
        files.append((_labels(kind), path, ["id:ID", *fields]))
    return files


def _rel_files(G: nx.MultiDiGraph, folder: Path) -> list[tuple[str, Path, list[str]]]:
    edges = ((str(d.get("relation") or "related"), ((u, v), d)) for u, v, d in G.edges(data=True))
    files = []
    for relation, rows in sorted(_groups(edges).items()):
        names, fields = _table([(str(uv), {k: v for k, v in d.items() if k != "relation"})
                                for uv, d in rows])  # fmt: skip
        kinds = [f.partition(":")[2] or "string" for f in fields]
        body = ([str(u), str(v), *(_cell(d.get(k), t) for k, t in zip(names, kinds, strict=True))]
                for (u, v), d in rows)  # fmt: skip
        header = [":START_ID", ":END_ID", *fields]
        path = _write_csv(folder / f"rels-{relation}.csv", header, body)
        files.append((relation.upper(), path, header))
    return files


Files = list[tuple[str, Path, list[str]]]  # (labels or type, file, header)


def import_command(nodes: Files, rels: Files, *, database: str = "neo4j") -> str:
    """The ``neo4j-admin`` (Neo4j 5) command that imports the files, run from their folder."""
    lines = [
        "neo4j-admin database import full --overwrite-destination=true",
        "  --multiline-fields=true --array-delimiter=';'",
        *(f"  --nodes={labels}={path.name}" for labels, path, _ in nodes),
        *(f"  --relationships={rtype}={path.name}" for rtype, path, _ in rels),
        f"  {database}",
    ]
    return " \\\n".join(lines) + "\n"


def _convert(field: str) -> tuple[str, str]:
    """(property name, Cypher expression reading it from ``row``) of a typed header field."""
    name, _, kind = field.partition(":")
    raw = f"row.`{field}`"
    expr = {
        "long": f"toInteger({raw})",
        "double": f"toFloat({raw})",
        "boolean": f"toBoolean({raw})",
        "date": f"date({raw})",
        "string[]": f"split({raw}, ';')",
    }.get(kind, raw)
    # An empty cell is no property, as neo4j-admin reads it.
    return name, f"CASE WHEN coalesce({raw}, '') = '' THEN null ELSE {expr} END"


def _sets(var: str, fields: list[str]) -> str:
    pairs = [_convert(f) for f in fields]
    return ", ".join(f"{var}.`{name}` = {expr}" for name, expr in pairs)


def load_cypher(nodes: Files, rels: Files, *, folder: str) -> str:
    """``LOAD CSV`` statements doing what the import command does, for a running server.

    The files are read from ``file:///<folder>/``: copy the export folder into
    the server's ``import`` folder under that name.
    """
    out = ["CREATE CONSTRAINT graphx_node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE;"]
    for labels, path, header in nodes:
        out.append(
            f"LOAD CSV WITH HEADERS FROM 'file:///{folder}/{path.name}' AS row\n"
            f"CREATE (n:{labels} {{id: row.`id:ID`}})"
            + (f"\nSET {_sets('n', header[1:])}" if header[1:] else "")
            + ";"
        )
    for rtype, path, header in rels:
        out.append(
            f"LOAD CSV WITH HEADERS FROM 'file:///{folder}/{path.name}' AS row\n"
            "MATCH (a:Node {id: row.`:START_ID`}), (b:Node {id: row.`:END_ID`})\n"
            f"CREATE (a)-[r:{rtype}]->(b)"
            + (f"\nSET {_sets('r', header[2:])}" if header[2:] else "")
            + ";"
        )
    return "\n\n".join(out) + "\n"


def _readme(command: str, provenance: Provenance | None) -> str:
    queries = "\n\n".join(f"{title}:\n\n```cypher\n{q};\n```" for title, q in QUERIES.items())
    origin = f"\n{provenance.sentence()}\n" if provenance else ""
    return (
        "# graphx graph for Neo4j\n"
        f"{origin}\n"
        "Into an empty database (the server stopped), from this folder:\n\n"
        f"```sh\n{command}```\n\n"
        "Or on a running server, for small graphs: copy this folder into the server's\n"
        "`import` folder and run `cypher-shell -f load.cypher`.\n\n"
        "Every node has the label `Node` and an `id`; entities also have `Entity` and their\n"
        "type (`Person`, `Agency`, `Jurisdiction`...). Dates are `date` values, lists are\n"
        "string arrays; `roles` and `reports` are JSON text.\n\n"
        f"## Example queries\n\n{queries}\n"
    )


def write_neo4j(
    G: nx.MultiDiGraph, folder: str | Path, *, provenance: Provenance | None = None
) -> list[Path]:
    """Write the Neo4j import files of G into ``folder`` (created if missing, parent must exist).

    Raises:
        OutputError: the folder cannot be created or written.
    """
    from graphx.build.export import write_sidecar
    from graphx.errors import OutputError
    from graphx.files import atomic_write

    folder = Path(folder)
    try:
        folder.mkdir(exist_ok=True)
    except OSError as e:
        raise OutputError(f"cannot write {folder}: {e.strerror or e}") from e
    nodes, rels = _node_files(G, folder), _rel_files(G, folder)
    command = import_command(nodes, rels)
    texts = {
        "import.sh": "#!/bin/sh\n# Neo4j 5, server stopped; the files are beside this script.\n"
        f'cd "$(dirname "$0")" || exit 1\n{command}',
        "load.cypher": load_cypher(nodes, rels, folder=folder.name),
        "README.md": _readme(command, provenance),
    }
    written = [p for _, p, _ in nodes + rels]
    for name, text in texts.items():
        with atomic_write(folder / name, "w") as f:
            f.write(text)
        written.append(folder / name)
    return written + write_sidecar(folder / "graphx.csv", provenance)
