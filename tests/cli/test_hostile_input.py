"""What students' file names and broken rubric files do to the terminal: nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from export.zip_forge import Entry, forge_zip


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
