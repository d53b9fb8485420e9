"""What students' file names and broken rubric files do to the terminal: nothing."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from export.test_rubric_fuzz import rubric_bytes
from export.zip_forge import Entry, forge_zip
from vidfeedback.cli.main import main

MOODLE41_ZIP = "moodle-4.1/NOR1234-Argumenterende tekst-5521.zip"


def vidfeedback(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONWARNINGS": "error"}
    return subprocess.run(
        [sys.executable, "-m", "vidfeedback", *map(str, args)],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip


def test_handin_shows_escape_sequences_and_newlines_in_names_instead_of_obeying_them(
    tmp_path: Path,
) -> None:
    archive = tmp_path / "NOR1-Essay-9.zip"
    hostile = "Kari\x1b]0;owned\x07\nfake line\u202e_1_assignsubmission_file/essay\x1b[2J.pdf"
    archive.write_bytes(
        forge_zip(
            [
                Entry(hostile.encode(), b"x", utf8_flag=True),
                Entry(b"Ola_2_assignsubmission_file/a.pdf", b"y"),
            ]
        )
    )
    run = vidfeedback("handin", archive)
    assert run.returncode == 0, run.stderr
    assert "\x1b" not in run.stdout and "\x07" not in run.stdout and "\u202e" not in run.stdout
    assert "\\x1b]0;owned\\x07\\nfake line\\u202e" in run.stdout
    assert not any(line.startswith("fake line") for line in run.stdout.splitlines())


def test_broken_rubric_files_give_the_documented_message(
    take: Path, handin_copy: Callable[[str], Path], tmp_path: Path
) -> None:
    archive = handin_copy("moodle-4.1/NOR1234-Argumenterende tekst-5521.zip")
    cases = {
        "bom-then-cp1252.csv": b"\xef\xbb\xbfKriterium;Beskrivelse\r\nSpr\xe5k;ok\r\n",
        "odd-utf16.csv": "Kriterium;Beskrivelse\r\nSpråk;ok\r\n".encode("utf-16")[:-1],
    }
    for name, data in cases.items():
        rubric = tmp_path / name
        rubric.write_bytes(data)
        run = vidfeedback("export", take, "--handin", archive, "--student", "Kari",
                          "--rubric", rubric)  # fmt: skip
        assert run.returncode == 2, run.stderr
        assert f"{name}: the file is marked as UTF-" in run.stderr
        assert "Traceback" not in run.stderr


@pytest.fixture(scope="module")
def listed_handin(tmp_path_factory: pytest.TempPathFactory, shared_fixtures: Path) -> Path:
    folder = tmp_path_factory.mktemp("handin")
    return Path(shutil.copy(shared_fixtures / "handins" / MOODLE41_ZIP, folder))


@settings(
    max_examples=150,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=rubric_bytes, suffix=st.sampled_from((".csv", ".tsv", ".txt", ".toml")))
def test_export_with_any_rubric_file_exits_2_with_a_sentence(
    take_dir: Path,
    listed_handin: Path,
    capsys: pytest.CaptureFixture[str],
    data: bytes,
    suffix: str,
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        rubric = Path(tmp) / f"rubric{suffix}"
        rubric.write_bytes(data)
        # An impossible markers version stops the export right after the rubric was read, so
        # a rubric that reads well ends the same way and nothing is written.
        status = main(["export", str(take_dir / "take.mp4"), "--handin", str(listed_handin),
                       "--student", "Kari", "--rubric", str(rubric),
                       "--markers", '{"version": 9}'])  # fmt: skip
        err = capsys.readouterr().err
    assert status == 2
    assert err.startswith("vidfeedback: error: ") and err.count("\n") == 1
    assert "rubric" in err or "version 9" in err
    assert sorted(p.name for p in listed_handin.parent.iterdir()) == [listed_handin.name]
