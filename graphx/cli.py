"""The ``graphx`` command line: ingest, build, export, evaluate.

Each command is a few lines over library calls. Exit codes: 0 success, 1 some
input files were skipped or some documents failed a stage (each is named with
its reason), 2 a usage or settings error (one clear line, no traceback), 3 a
corpus-wide stage failed (a bug; ``-v`` shows the traceback).
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import json
import logging
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from graphx.boundary import CorpusStageError
from graphx.cli_review import add_review_command
from graphx.errors import GraphxError
from graphx.settings import Settings, load_settings

__all__ = ["main"]

log = logging.getLogger(__name__)

EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, EXIT_BUG = 0, 1, 2, 3


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"graphx: error: {message}\n")
        raise SystemExit(EXIT_USAGE)


def _progress(enabled: bool) -> Callable[[int, int, str], None] | None:
    """A one-line progress display on stderr, for terminals only."""
    if not enabled or not sys.stderr.isatty():
        return None

    def show(done: int, total: int, path: str) -> None:
        sys.stderr.write(f"\r\x1b[K[{done}/{total}] {path[-60:]}")
        if done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show


def _report_ignored(ignored: Sequence[object]) -> None:
    for item in ignored:
        print(f"ignored: {item}", file=sys.stderr)


def _report_problems(problems: Sequence[object]) -> int:
    for problem in problems:
        print(f"skipped: {problem}", file=sys.stderr)
    return EXIT_SKIPPED if problems else EXIT_OK


def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    from graphx.ingest.corpus import read_corpus
    from graphx.ingest.report import format_table, to_json

    corpus = read_corpus(
        args.corpus, sidecar=args.sidecar, progress=_progress(not args.json), settings=settings
    )
    print(to_json(corpus) if args.json else format_table(corpus))
    _report_ignored(corpus.ignored)
    return _report_problems(corpus.problems)


def cmd_build(args: argparse.Namespace, settings: Settings) -> int:
    from graphx.build.pipeline import build

    result = build(
        args.corpus,
        args.out,
        settings=settings,
        sidecar=args.sidecar,
        engine=args.engine,
        scheduler=args.scheduler,
        progress=_progress(True),
    )
    if args.json:
        print(json.dumps(result.to_dict(), indent=1))
    else:
        print(f"graph:      {result.graph_path}")
        print(
            f"documents:  {result.documents} ({result.extracted} extracted, {result.cached} cached)"
        )
        entities = ", ".join(f"{t} {n}" for t, n in result.entities_by_type.items())
        print(f"entities:   {sum(result.entities_by_type.values())} ({entities})")
        print(f"events:     {result.events_dated} dated, {result.events_undated} undated")
        print(f"warnings:   {len(result.warnings)}")
        for warning in result.warnings:
            print(f"  {warning}")
    _report_ignored(result.ignored)
    for failed in result.failed:
        print(f"failed: {failed['path']}: {failed['stage']}: {failed['error']}", file=sys.stderr)
    skipped = _report_problems(result.problems)
    return EXIT_SKIPPED if result.failed else skipped


def _date_option(option: str, value: str | None) -> tuple[str, str]:
    """An ISO-prefix option value and the first (``--from``) or last day it covers.

    Raises:
        GraphxError: not ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, or no such day.
    """
    if not value:
        return "", ""
    m = re.fullmatch(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?", value.strip())
    try:
        if m is None:
            raise ValueError(value)
        year, month, day = int(m[1]), int(m[2] or 0), int(m[3] or 0)
        last = day or calendar.monthrange(year, month or 12)[1]
        first = dt.date(year, month or 1, day or 1)
        end = dt.date(year, month or 12, last)
    except ValueError:
        raise GraphxError(
            f"{option} {value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2019-05-07)"
        ) from None
    return value.strip(), (first if option == "--from" else end).isoformat()


def cmd_export(args: argparse.Namespace, settings: Settings) -> int:
    from graphx.administrations import resolve_administration
    from graphx.build.export import read_graph
    from graphx.explore.data import ExplorerData
    from graphx.exports import build_date, make_provenance, view_state, write_view

    # options are checked before the graph is read: a typo fails at once (issue 11)
    date_from, first = _date_option("--from", args.date_from)
    date_to, last = _date_option("--to", args.date_to)
    if first and last and first > last:
        raise GraphxError(f"--from {date_from} is after --to {date_to}")
    admin = resolve_administration(args.administration) if args.administration else ""
    data = ExplorerData.from_graph(read_graph(args.graph))
    # whole days: "--to 2019" keeps all of 2019 ("2019-06-01" <= "2019" is false)
    state = view_state(
        data,
        jurisdiction=args.jurisdiction,
        administration=admin,
        days=(first, last),
        types=args.type,
    )
    provenance = make_provenance(data, state, built=build_date(args.graph))
    out = args.out or _default_out(Path(args.graph), args.format, args.view)
    paths = write_view(
        data,
        state,
        out,
        format=args.format,
        provenance=provenance,
        per_source=args.per_source,
        view=args.view,
    )
    for path in paths:
        print(f"wrote {path}")
    print(f"view: {provenance.filter}")
    return EXIT_OK


def _default_out(graph: Path, format: str, view: str) -> Path:
    """``graph.export.gexf``, ``graph.events.csv``, ``graph.network.svg``, ``graph-neo4j/``."""
    if format == "neo4j":
        return graph.with_name(f"{graph.stem}-neo4j")
    if format == "events":
        return graph.with_suffix(".events.csv")
    if format in ("svg", "png"):
        return graph.with_suffix(f".{view}.{format}")
    return graph.with_suffix(f".export.{format}")


def _score_seeds(args: argparse.Namespace, settings: Settings) -> dict[str, object]:
    import tempfile

    from graphx.build.export import read_graph
    from graphx.build.pipeline import build
    from graphx.eval.goldcheck import score_seeds
    from graphx.ingest.corpus import read_corpus

    with tempfile.TemporaryDirectory() as tmp:
        out = args.graph or tmp
        if not args.graph:
            build(args.corpus, out, settings=settings)
        G = read_graph(Path(out) / "graph.graphml")
    texts = {d.path: d.text for d in read_corpus(args.corpus).documents}
    return score_seeds(args.dataset, G, texts=texts)


def cmd_evaluate(args: argparse.Namespace, settings: Settings) -> int:
    from graphx.eval.evaluate import run_evaluate
    from graphx.eval.realnews import is_realnews_folder, score_realnews

    task = args.task or ("seeds" if str(args.dataset).endswith(".json") else "timex")
    if args.task is None and is_realnews_folder(args.dataset):
        task = "realnews"
    if task == "seeds":
        return _print_json(_score_seeds(args, settings))
    if task == "realnews":
        graph, system = args.graph, args.system
        return _print_json(
            score_realnews(args.dataset, settings=settings, graph=graph, system=system)
        )
    metrics = run_evaluate(
        args.dataset,
        task=task,
        errors=args.errors,
        predictions=args.predictions,
        settings=settings,
        system=args.system,
        split=args.split or ("dev" if args.errors else "test"),
    )
    return _print_json(metrics)


def _print_json(result: object) -> int:
    print(json.dumps(result, indent=1, ensure_ascii=False))
    return EXIT_OK


def _add_ingest(commands: argparse._SubParsersAction[_Parser]) -> None:
    p = commands.add_parser("ingest", help="read a corpus and list its documents")
    p.add_argument("corpus", help="a file or a folder of articles")
    p.add_argument("--sidecar", help="metadata CSV/JSON (default: metadata.csv beside the files)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(run=cmd_ingest)


def _add_build(commands: argparse._SubParsersAction[_Parser]) -> None:
    p = commands.add_parser("build", help="extract entities and events into a graph")
    p.add_argument("corpus")
    p.add_argument("--out", default="data/graph", help="output folder (default: data/graph)")
    p.add_argument("--sidecar")
    p.add_argument("--jobs", type=int, help="worker processes for extraction")
    p.add_argument("--engine", choices=("local", "dask"), default="local")
    p.add_argument(
        "--scheduler", help="with --engine dask: a scheduler address (default: a local cluster)"
    )
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.set_defaults(run=cmd_build)


def _add_export(commands: argparse._SubParsersAction[_Parser]) -> None:
    p = commands.add_parser("export", help="write the graph, or a filtered part, to a file")
    p.add_argument("graph", help="graph.graphml written by `graphx build`")
    p.add_argument(
        "--format",
        choices=("graphml", "gexf", "json", "csv", "events", "neo4j", "svg", "png"),
        default="graphml",
        help="graphml; gexf (dynamic, for Gephi); json (node-link); csv (nodes and edges); "
        "events (one row per event); neo4j (a folder of import files); svg or png (a picture)",
    )
    p.add_argument("--out", help="output file (with --format neo4j: a folder)")
    p.add_argument(
        "--per-source",
        action="store_true",
        help="with --format events: also OUT-sources.csv, one row per (event, source)",
    )
    p.add_argument(
        "--view",
        choices=("network", "timeline"),
        default="network",
        help="with --format svg or png: which view to draw",
    )
    p.add_argument("--jurisdiction", help="keep what happens in this place or inside it")
    p.add_argument("--administration", help="e.g. 'Obama', 'Trump (1st term)', 'Biden'")
    p.add_argument("--from", dest="date_from", help="ISO date, e.g. 2019 or 2019-05-07")
    p.add_argument("--to", dest="date_to", help="ISO date")
    p.add_argument("--type", action="append", help="entity or event type to keep (repeatable)")
    p.set_defaults(run=cmd_export)


def _add_evaluate(commands: argparse._SubParsersAction[_Parser]) -> None:
    p = commands.add_parser("evaluate", help="score extraction on an annotated dataset")
    p.add_argument("dataset", help="JSON Lines dataset, the seeds gold JSON, or a real-news folder")
    p.add_argument(
        "--task",
        choices=("timex", "entities", "events", "seeds", "realnews"),
        help="default: seeds for a .json gold file, realnews for a folder with gold.json "
        "and score.py, timex for .jsonl",
    )
    p.add_argument(
        "--system",
        choices=("graphx", "dateparser", "spacy+dateparser", "spacy"),
        default="graphx",
        help="graphx, or a baseline: dateparser, spacy+dateparser (timex), spacy (the model alone)",
    )
    p.add_argument(
        "--split",
        choices=("test", "dev", "all"),
        help="half of the dataset, by a hash of the document id (default: test; dev with --errors)",
    )
    p.add_argument("--errors", type=int, default=0, help="list N mistakes (with --split dev)")
    p.add_argument("--predictions", help="write the system's output as JSON Lines")
    p.add_argument("--corpus", default="data/corpus", help="with --task seeds: the corpus")
    p.add_argument(
        "--graph",
        help="seeds: a built graph folder; realnews: a graph.graphml (default: build one)",
    )
    p.set_defaults(run=cmd_evaluate)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="graphx", description="Timeline and entity graph from news articles.")
    parser.add_argument("--config", help="settings file (TOML); default ./graphx.toml if present")
    parser.add_argument("--model", help="spaCy model name (default: setting 'model')")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress details")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    for add in (_add_ingest, _add_build, _add_export, _add_evaluate, add_review_command):
        add(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        settings = load_settings(args.config, model=args.model, jobs=getattr(args, "jobs", None))
        return int(args.run(args, settings))
    except CorpusStageError as e:
        print(f"graphx: error: {e}", file=sys.stderr)
        return EXIT_BUG
    except GraphxError as e:
        print(f"graphx: error: {e}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("graphx: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`graphx ingest ... | head`): stop quietly, as cat does.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


if __name__ == "__main__":
    raise SystemExit(main())
