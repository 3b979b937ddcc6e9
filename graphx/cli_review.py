"""``graphx review``: the decision ledger from a terminal or a script (issue 19).

``list`` the decisions with their line numbers, ``suggest`` what graphx was
least sure of, record ``merge``, ``split``, ``reject``, ``retype``,
``split-event`` or ``merge-event``, and ``undo`` a line. Decisions apply at
the next build, or at once in the explorer's review mode.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from graphx.errors import InputError, SettingsError
from graphx.resolve.ledger import ACTIONS

__all__ = ["add_review_command", "cmd_review"]

EXIT_OK, EXIT_SKIPPED = 0, 1  # as graphx.cli's


def _report_problems(problems: Sequence[object]) -> int:
    for problem in problems:
        print(f"skipped: {problem}", file=sys.stderr)
    return EXIT_SKIPPED if problems else EXIT_OK


def cmd_review(args: argparse.Namespace, settings: object) -> int:
    """``graphx review ACTION NAME --graph DIR``: the ledger in ``DIR/decisions.jsonl``."""
    from graphx.resolve.ledger import LEDGER_NAME, read_numbered, remove

    path = Path(args.graph) / LEDGER_NAME
    if args.action == "list":
        decisions, unusable = read_numbered(path)
        for number, decision in decisions:
            print(f"{number}\t{decision.describe()}\t{decision.author}\t{decision.time}")
        return _report_problems(unusable)
    if args.action == "suggest":
        return _review_suggest(Path(args.graph))
    if not args.name:
        raise SettingsError(f"graphx review {args.action} needs a name")
    if args.action == "undo":
        if not args.name.isdigit():
            raise SettingsError("graphx review undo takes the line number that `list` shows")
        print(f"removed: {remove(path, int(args.name))}")
    else:
        _review_record(args, path)
    print("rebuild to apply it: graphx build CORPUS --out " + str(args.graph), file=sys.stderr)
    return EXIT_OK


def _review_record(args: argparse.Namespace, path: Path) -> None:
    """Append the decision the command line describes."""
    from graphx.resolve.ledger import Decision, append

    targets = {"merge": args.into, "retype": args.new_type, "merge-event": args.into}
    documents = tuple(d for d in ",".join(args.documents).split(",") if d)
    into_documents = tuple(d for d in ",".join(args.into_documents).split(",") if d)
    try:
        decision = Decision(
            args.action,
            args.name,
            args.entity_type,
            targets.get(args.action, ""),
            args.reason,
            documents=documents,
            target_documents=into_documents,
        )
        print(f"recorded: {append(path, decision).describe()}")
    except ValueError as e:
        raise SettingsError(f"graphx review {args.action}: {e}") from e


def _review_suggest(graph_dir: Path) -> int:
    """The review queue of a built graph, one tab-separated line each."""
    from graphx.build.export import read_graph
    from graphx.explore.suggest import suggestions

    graph = graph_dir / "graph.graphml"
    if not graph.is_file():
        raise InputError(f"no graph at {graph}: build it first")
    print("events\tkind\tsubject\twhy\tlikely action")
    for suggestion in suggestions(read_graph(graph)):
        print(suggestion.describe())
    return EXIT_OK


def add_review_command(commands: argparse._SubParsersAction[Any]) -> None:
    """Add ``graphx review`` to the command line's subcommands."""
    p = commands.add_parser(
        "review", help="record a correction in the build's decision ledger (replayed by builds)"
    )
    p.add_argument("action", choices=("list", "suggest", *ACTIONS, "undo"))
    p.add_argument(
        "name",
        nargs="?",
        help="the entity's name; for an event, its trigger as written (undo: the line number)",
    )
    p.add_argument("--graph", default="data/graph", help="the build's output folder")
    p.add_argument("--type", dest="entity_type", default="", help="the name's entity type")
    p.add_argument(
        "--into",
        default="",
        help="merge: the name of the entity to merge into; merge-event: the other event's trigger",
    )
    p.add_argument(
        "--documents",
        action="append",
        default=[],
        help="split-event: the document ids whose reports leave; merge-event: the event's "
        "document ids (comma-separated or repeated)",
    )
    p.add_argument(
        "--into-documents",
        action="append",
        default=[],
        help="merge-event: the other event's document ids",
    )
    p.add_argument("--as", dest="new_type", default="", help="retype: the new entity type")
    p.add_argument("--reason", default="", help="why, for whoever reads the ledger")
    p.set_defaults(run=cmd_review)
