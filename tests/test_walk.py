"""Tests of graphx.ingest.walk: the walk stays inside the corpus folder (issue 12 F2, F10, F11)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from graphx.ingest.corpus import read_corpus
from graphx.ingest.walk import corpus_files, display_path
from graphx.model import Problem

ARTICLE = "Big News Today\n\nThe county board voted on Tuesday to end the jail contract.\n"
SECRET = "Secret Outside Note\n\nThe password of the county server is hunter2 on Tuesday.\n"


def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "good.txt").write_text(ARTICLE, encoding="utf-8")
    return root


def walked(root: Path) -> tuple[list[str], list[str]]:
    problems: list[Problem] = []
    files = corpus_files(root, problems)
    return [f.rel for f in files], [str(p) for p in problems]


def test_walk_symlink_loop_is_one_line_each(tmp_path: Path) -> None:
    root = corpus(tmp_path)
    os.symlink("b.txt", root / "a.txt")
    os.symlink("a.txt", root / "b.txt")
    assert walked(root) == (
        ["good.txt"],
        ["a.txt: symlink loop; not read", "b.txt: symlink loop; not read"],
    )


def test_walk_read_corpus_survives_a_symlink_loop(tmp_path: Path) -> None:
    root = corpus(tmp_path)
    os.symlink("b.txt", root / "a.txt")
    os.symlink("a.txt", root / "b.txt")
    (root / "metadata.csv").symlink_to("metadata.csv")
    result = read_corpus(root)
    assert [d.path for d in result.documents] == ["good.txt"]
    assert [p.path for p in result.problems] == ["a.txt", "b.txt", "metadata.csv"]


def test_walk_refuses_file_and_folder_symlinks_out_of_the_corpus(tmp_path: Path) -> None:
    root = corpus(tmp_path)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(SECRET, encoding="utf-8")
    os.symlink(outside / "secret.txt", root / "secret.txt")
    os.symlink("../outside", root / "more")
    result = read_corpus(root)
    assert [d.path for d in result.documents] == ["good.txt"]
    assert [str(p) for p in result.problems] == [
        "more: symlink to a path outside the corpus folder; not read",
        "secret.txt: symlink to a path outside the corpus folder; not read",
    ]
    assert all("hunter2" not in d.text for d in result.documents)


def test_walk_follows_file_symlinks_inside_and_names_folder_symlinks(tmp_path: Path) -> None:
    root = corpus(tmp_path)
    (root / "sub").mkdir()
    (root / "sub" / "inner.txt").write_text(SECRET, encoding="utf-8")
    os.symlink("sub", root / "alias")
    os.symlink(".", root / "sub" / "self")
    os.symlink("sub/inner.txt", root / "link.txt")
    files, problems = walked(root)
    assert files == ["good.txt", "link.txt", "sub/inner.txt"]
    assert problems == [
        "alias: symlink to the folder sub of the corpus; not followed",
        "sub/self: symlink to the folder sub of the corpus; not followed",
    ]
    # The link is opened at its resolved path, inside the corpus.
    assert corpus_files(root, [])[1].path == (root / "sub" / "inner.txt").resolve()


def test_walk_broken_symlink_is_named(tmp_path: Path) -> None:
    root = corpus(tmp_path)
    os.symlink("gone.txt", root / "dangling.txt")
    assert walked(root)[1] == ["dangling.txt: broken symlink (its target does not exist); not read"]


def test_walk_skips_a_graphx_output_folder_inside_the_corpus(tmp_path: Path) -> None:
    root = corpus(tmp_path)
    out = root / "graph"
    (out / "cache").mkdir(parents=True)
    (out / ".graphx.lock").write_text("123", encoding="utf-8")
    (out / "cache" / "entry.json").write_text('{"text": "Cached Copy Of Text"}', encoding="utf-8")
    (out / "summary.json").write_text('{"title": "x", "text": "A summary."}', encoding="utf-8")
    assert walked(root) == (
        ["good.txt"],
        ["graph: a graphx output folder (it holds .graphx.lock); not read"],
    )


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("plain.txt", "plain.txt"),
        ("evil\u202etxt.exe", "evil\\u202etxt.exe"),
        ("a\u2066b\u2069.txt", "a\\u2066b\\u2069.txt"),
        ("line\nbreak.txt", "line\\nbreak.txt"),
        ("c1\x9bcontrol", "c1\\x9bcontrol"),
        ("caf\u00e9.txt", "caf\u00e9.txt"),
    ],
)
def test_walk_display_path_escapes_controls_and_bidi(name: str, shown: str) -> None:
    assert display_path(name) == shown


def test_walk_the_builds_own_output_folder_is_left_without_a_word(tmp_path: Path) -> None:
    root = corpus(tmp_path)
    for name in ("graph", "old"):
        (root / name).mkdir()
        (root / name / ".graphx.lock").write_text("1", encoding="utf-8")
        (root / name / "summary.json").write_text('{"text": "A summary."}', encoding="utf-8")
    problems: list[Problem] = []
    files = corpus_files(root, problems, exclude=[root / "graph"])
    assert [f.rel for f in files] == ["good.txt"]
    assert [str(p) for p in problems] == [
        "old: a graphx output folder (it holds .graphx.lock); not read"
    ]
    result = read_corpus(root, exclude=[str(root / "graph")])
    assert [p.path for p in result.problems] == ["old"]


def test_walk_ignored_files_are_named_not_read(tmp_path: Path) -> None:
    for name in ("story.txt", "README.md", "Readme.txt", "tools.py", "notes/LICENSE", "a.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("Some words of text here.\n")
    problems: list[Problem] = []
    ignored: list[Problem] = []
    found = corpus_files(
        tmp_path, problems, ignore=("README*", "*.py", "LICENSE*"), ignored=ignored
    )
    assert sorted(f.rel for f in found) == ["a.md", "story.txt"]
    assert sorted(p.path for p in ignored) == [
        "README.md",
        "Readme.txt",
        "notes/LICENSE",
        "tools.py",
    ]
    assert problems == []
    assert ignored[0].message.startswith("not an article (ignore ")


def test_walk_ignore_setting_reaches_read_corpus(tmp_path: Path) -> None:
    from graphx.ingest.corpus import read_corpus
    from graphx.settings import load_settings

    (tmp_path / "story.txt").write_text("Council Votes\n\nThe council voted on the budget.\n")
    (tmp_path / "README.md").write_text("# About this folder\n\nArticles about the council.\n")
    shipped = read_corpus(tmp_path, settings=load_settings())
    assert [d.path for d in shipped.documents] == ["story.txt"]
    assert [p.path for p in shipped.ignored] == ["README.md"] and shipped.problems == []
    none = read_corpus(tmp_path, settings=load_settings(ignore=""))
    assert sorted(d.path for d in none.documents) == ["README.md", "story.txt"]
