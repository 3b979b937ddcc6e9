"""The command line: outputs, exit codes, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest

from graphx.cli import main


def test_cli_ingest_json_lists_the_demo_documents(
    demo_corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ingest", str(demo_corpus), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    documents = data["documents"] if isinstance(data, dict) else data
    assert len(documents) == 5


def test_cli_ingest_names_skipped_files_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "good.txt").write_text(
        "A headline\n\nA first sentence of the body. And another.", encoding="utf-8"
    )
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["ingest", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "empty.txt" in err and "Traceback" not in err


@pytest.mark.parametrize(
    "argv",
    [
        ["ingest", "/nonexistent/corpus"],
        ["--model", "xx_no_such_model", "build", "data/corpus", "--out", "{tmp}"],
        ["export", "/nonexistent/graph.graphml"],
        ["nosuchcommand"],
        ["build"],
    ],
)
def test_cli_usage_and_settings_errors_exit_2(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run([a.replace("{tmp}", str(tmp_path)) for a in argv]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "error" in err


def run(argv: list[str]) -> int | str | None:
    """main()'s exit code, whether returned or raised by argparse."""
    try:
        return main(argv)
    except SystemExit as e:
        return e.code


def test_cli_bad_settings_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "graphx.toml"
    config.write_text("batch_size = 'many'\n", encoding="utf-8")
    assert main(["--config", str(config), "ingest", str(tmp_path)]) == 2
    assert "batch_size" in capsys.readouterr().err


@pytest.mark.model
def test_cli_build_then_export_filtered(
    demo_graph_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    graph = demo_graph_dir / "graph.graphml"
    out = tmp_path / "il.graphml"
    assert main(["export", str(graph), "--jurisdiction", "Illinois", "--out", str(out)]) == 0
    H = nx.read_graphml(out)
    events = [d for _, d in H.nodes(data=True) if d["type"] == "event"]
    assert events and all(d["date_start"] >= "2018" for d in events)
    assert main(["export", str(graph), "--jurisdiction", "Atlantis"]) == 2
    assert "no jurisdiction named 'Atlantis'" in capsys.readouterr().err


def test_cli_closed_pipe_ends_without_traceback(tmp_path: Path) -> None:
    import subprocess
    import sys

    for i in range(60):  # well over a pipe buffer (64 kB) of JSON
        body = " ".join(
            f"Sentence {i}-{j} of the body, with enough words to count." for j in range(40)
        )
        (tmp_path / f"a{i}.txt").write_text(f"Headline number {i}\n\n{body}", encoding="utf-8")
    reader = subprocess.Popen(
        [sys.executable, "-m", "graphx.cli", "ingest", str(tmp_path), "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert reader.stdout is not None and reader.stderr is not None
    reader.stdout.read(10)
    reader.stdout.close()  # the reader goes away, as `| head -c 10` would
    err = reader.stderr.read().decode()
    reader.wait(timeout=60)
    assert "Traceback" not in err


@pytest.fixture
def small_graph(tmp_path: Path) -> Path:
    from graph_factory import make_graph

    from graphx.build.export import write_graph

    path = tmp_path / "graph.graphml"
    write_graph(make_graph(), path, format="graphml")
    return path


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (
            ["--administration", "Trump"],
            "graphx: error: administration 'Trump' is ambiguous: Trump (1st term) or Trump (2nd "
            "term) (known: Clinton, G. W. Bush, Obama, Trump (1st term), Biden, Trump (2nd term))",
        ),
        (
            ["--administration", "Nixon"],
            "graphx: error: no administration named 'Nixon' (known: Clinton, G. W. Bush, Obama, "
            "Trump (1st term), Biden, Trump (2nd term))",
        ),
        (
            ["--from", "2019-13"],
            "graphx: error: --from '2019-13' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD "
            "(e.g. 2019-05-07)",
        ),
        (
            ["--to", "2019-02-30"],
            "graphx: error: --to '2019-02-30' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD "
            "(e.g. 2019-05-07)",
        ),
        (
            ["--from", "May 2019"],
            "graphx: error: --from 'May 2019' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD "
            "(e.g. 2019-05-07)",
        ),
        (["--from", "2020", "--to", "2019-12"], "graphx: error: --from 2020 is after --to 2019-12"),
    ],
)
def test_cli_export_rejects_unknown_administration_and_bad_dates(
    small_graph: Path, options: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = small_graph.with_name("out.graphml")
    assert main(["export", str(small_graph), "--out", str(out), *options]) == 2
    assert capsys.readouterr().err == message + "\n"
    assert not out.exists()


@pytest.mark.parametrize(
    ("options", "admins"),
    [
        (["--administration", "biden"], {"Biden"}),
        (["--administration", "Barack Obama"], {"Obama"}),
        (["--administration", "trump (1st TERM)"], {"Trump (1st term)"}),
        (["--from", "2021-01", "--to", "2021"], {"Biden"}),
        (["--from", "2016", "--to", "2017-01"], {"Obama"}),
    ],
)
def test_cli_export_names_an_administration_by_name_or_president(
    small_graph: Path, options: list[str], admins: set[str], capsys: pytest.CaptureFixture[str]
) -> None:
    out = small_graph.with_name("out.graphml")
    assert main(["export", str(small_graph), "--out", str(out), *options]) == 0
    events = [d for _, d in nx.read_graphml(out).nodes(data=True) if d["type"] == "event"]
    assert events and all(admins & set(json.loads(d["administration"])) for d in events)


def test_cli_output_folder_problems_are_one_line_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("A Headline Here\n\nThe mayor spoke.", encoding="utf-8")
    taken = tmp_path / "taken"
    taken.write_text("a file where the output folder should go", encoding="utf-8")
    assert run(["build", str(corpus), "--out", str(taken)]) == 2
    err = capsys.readouterr().err
    assert err == f"graphx: error: cannot create the folder {taken}: File exists\n"


def test_cli_export_into_a_missing_folder_is_one_line_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    G = nx.MultiDiGraph()
    G.add_node("d:1", type="document", label="A document", title="A document")
    nx.write_graphml(G, tmp_path / "graph.graphml")
    out = tmp_path / "missing" / "x.graphml"
    assert run(["export", str(tmp_path / "graph.graphml"), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err == f"graphx: error: cannot write {out}: folder {out.parent} does not exist\n"
    assert not out.parent.exists()


@pytest.mark.model
def test_cli_review_decisions_survive_a_rebuild_from_scratch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Issue 19: `graphx review reject "Agent X"` then a rebuild from scratch leaves it out.
    import shutil

    from graphx.build.export import read_graph

    corpus, out = tmp_path / "corpus", tmp_path / "out"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Sheriff Meets Council\n\nSheriff Dana Brook met Mayor Ola Penn in Dayton on May 2, 2019."
        " Ola Penn thanked the sheriff.\n"
    )

    def people() -> set[str]:
        assert main(["build", str(corpus), "--out", str(out)]) in (0, 1)
        G = read_graph(out / "graph.graphml")
        return {a["label"] for _, a in G.nodes(data=True) if a["type"] == "person"}

    assert "Ola Penn" in people()
    assert main(["review", "reject", "Ola Penn", "--graph", str(out)]) == 0
    assert (
        main(["review", "retype", "Dana Brook", "--as", "organization", "--graph", str(out)]) == 0
    )
    shutil.rmtree(out / "cache")
    assert people() == set()
    capsys.readouterr()
    assert main(["review", "list", "--graph", str(out)]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[:2] for line in listed] == [
        ["1", "reject 'Ola Penn'"],
        ["2", "retype 'Dana Brook' as organization"],
    ]
    assert main(["review", "undo", "1", "--graph", str(out)]) == 0
    assert people() == {"Ola Penn"}
