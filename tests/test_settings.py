"""Settings: defaults, overrides, and one clear error for each bad value."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphx.cli import main
from graphx.errors import SettingsError
from graphx.settings import Settings, load_settings


def test_settings_defaults_and_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "graphx.toml"
    config.write_text("port = 9000\nbatch_size = 8\n", encoding="utf-8")
    monkeypatch.setenv("GRAPHX_BATCH_SIZE", "16")
    settings = load_settings(config, jobs=2)
    assert (settings.model, settings.port, settings.batch_size, settings.jobs) == (
        "auto",
        9000,
        16,
        2,
    )
    assert settings.host == "127.0.0.1"  # never exposed unless asked


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("colour = 'blue'\n", "unknown setting(s): colour"),
        ("port = 'eighty'\n", "'port' must be an integer"),
        ("jobs = -1\n", "'jobs' must not be negative"),
        ("port = \n", "not valid TOML"),
        ("gazetteer_file = '/nonexistent/places.csv'\n", "'gazetteer_file': file not found"),
        ("aliases_file = '/nonexistent/aliases.csv'\n", "'aliases_file': file not found"),
        ("batch_size = 0\n", "'batch_size' must be at least 1, got 0"),
        ("max_network_nodes = 0\n", "'max_network_nodes' must be at least 1, got 0"),
        ("min_year = 2000\nmax_year = 1999\n", "min_year <= max_year <= 9999, got 2000 and 1999"),
        ("max_year = 10000\n", "min_year <= max_year <= 9999, got 1800 and 10000"),
    ],
)
def test_settings_bad_values_raise_a_named_error(tmp_path: Path, toml: str, message: str) -> None:
    config = tmp_path / "graphx.toml"
    config.write_text(toml, encoding="utf-8")
    with pytest.raises(SettingsError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_settings(config)


@pytest.mark.model
@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("action,name\nmerge\n", "header must be"),
        ("foo,bar\n1,2\n", "need a name and a level"),
    ],
)
def test_settings_malformed_resource_files_exit_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, expected: str
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "A headline\n\nThe mayor of Austin spoke on Monday.", encoding="utf-8"
    )
    bad = tmp_path / "bad.csv"
    bad.write_text(content, encoding="utf-8")
    name = "aliases_file" if content.startswith("action") else "gazetteer_file"
    config = tmp_path / "graphx.toml"
    config.write_text(f"{name} = '{bad}'\n", encoding="utf-8")
    code = main(["--config", str(config), "build", str(corpus), "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert code == 2 and expected in err and str(bad) in err


def test_settings_dataclass_defaults_match_defaults_toml(monkeypatch: pytest.MonkeyPatch) -> None:
    # read_corpus falls back on Settings(): it must mean the shipped defaults.
    for name in ("BATCH_SIZE", "MIN_YEAR", "MAX_YEAR", "MODEL", "JOBS", "PORT"):
        monkeypatch.delenv(f"GRAPHX_{name}", raising=False)
    monkeypatch.chdir(Path(__file__).parent)
    assert load_settings() == Settings()
    assert (Settings().min_year, Settings().max_year) == (1800, 2100)


def test_settings_batch_size_zero_from_the_environment_exits_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("GRAPHX_BATCH_SIZE", "0")
    (tmp_path / "a.txt").write_text("A Headline Here\n\nThe mayor spoke.", encoding="utf-8")
    code = main(["build", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 2
    assert err == "graphx: error: setting 'batch_size' must be at least 1, got 0\n"


@pytest.mark.parametrize("name", ["aliases_file", "gazetteer_file", "patterns_file"])
def test_settings_binary_resource_file_is_refused_before_anything_runs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    binary = tmp_path / "aliases.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe")
    config = tmp_path / "graphx.toml"
    config.write_text(f"{name} = '{binary}'\n", encoding="utf-8")
    code = main(["--config", str(config), "ingest", str(tmp_path / "nothing-here")])
    err = capsys.readouterr().err
    assert code == 2
    assert err == f"graphx: error: setting {name!r}: {binary} is not a UTF-8 text file\n"
