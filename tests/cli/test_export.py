"""`vidfeedback export` and `vidfeedback handin`, run as the real program."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from support.realstack import ffprobe

MOODLE41_ZIP = "moodle-4.1/NOR1234-Argumenterende tekst-5521.zip"


def vidfeedback(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONWARNINGS": "error"}
    return subprocess.run(
        [sys.executable, "-m", "vidfeedback", *map(str, args)],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip


def test_handin_lists_a_zip_without_writing(handin_copy: Callable[[str], Path]) -> None:
    archive = handin_copy(MOODLE41_ZIP)
    text = vidfeedback("handin", archive)
    assert text.returncode == 0, text.stderr
    assert "moodle" in text.stdout and "Lina Øvrebø [1040215]" in text.stdout
    as_json = vidfeedback("handin", archive, "--json")
    data = json.loads(as_json.stdout)
    assert data["layout"] == "moodle" and data["assignment"] == "Argumenterende tekst"
    assert [s["platform_id"] for s in data["students"]] == [
        "1040214", "1040211", "1040215", "1040212", "1040213",
    ]  # fmt: skip
    assert os.listdir(archive.parent) == [archive.name]


def test_export_from_the_zip_with_rubric_and_moodle_zip(
    take: Path, handin_copy: Callable[[str], Path], shared_fixtures: Path
) -> None:
    archive = handin_copy(MOODLE41_ZIP)
    run = vidfeedback(
        "export", take, "--handin", archive, "--student", "Åse",
        "--rubric", shared_fixtures / "rubrics/argumenterende-tekst.excel.csv",
        "--lang", "nb", "--grade", "4", "--grade-practice", "in_video", "--note", "Fint!",
        "--moodle-zip", "--json",
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    assert result["markers_from"] == "markers.json"
    assert result["destination"] == "moodle_tree"
    video = Path(result["files"]["video"])
    assert video.parent.name == "Åse Berg-Larsen_1040213_assignfeedback_file"
    chapters = ffprobe(video)["chapters"]
    assert isinstance(chapters, list)
    assert [c["tags"]["title"] for c in chapters] == [c["title"] for c in result["chapters"]]
    assert chapters[2]["tags"]["title"] == "Framovermelding: Kildebruk"
    assert "Karakter: 4" in result["summary_text"]
    (zip_info,) = result["moodle_zips"]["zips"]
    assert zip_info["students"] == [
        {"display_name": "Åse Berg-Larsen", "participant_id": "1040213"}
    ]


def test_export_uses_the_chapters_when_there_is_no_markers_file(
    take: Path, handin_copy: Callable[[str], Path]
) -> None:
    take.with_suffix(".markers.json").unlink()
    folder = handin_copy("plain/8B norsk - drøftende tekst")
    run = vidfeedback("export", take, "--handin", folder, "--student", "Ola Ødegård")
    assert run.returncode == 0, run.stderr
    assert "from chapters" in run.stdout
    assert (folder / "Ola Ødegård" / "Feedback.mp4").is_file()


def test_bad_input_exits_2_with_a_message_and_writes_nothing(
    take: Path, handin_copy: Callable[[str], Path], tmp_path: Path
) -> None:
    archive = handin_copy(MOODLE41_ZIP)
    bad_rubric = tmp_path / "rubric.csv"
    bad_rubric.write_text('Kriterium;Beskrivelse\nA;"open\n', encoding="utf-8")
    cases: list[tuple[list[str | Path], str]] = [
        (["--student", "Per"], "No student “Per”"),
        (["--student", "Kari", "--rubric", bad_rubric], "line 2"),
        (["--student", "Kari", "--markers", '{"version": 9}'], "version 9"),
        (["--student", "Kari", "--markers", tmp_path / "none.json"], "does not exist"),
    ]
    for extra, message in cases:
        run = vidfeedback("export", take, "--handin", archive, *extra)
        assert run.returncode == 2, (extra, run.stdout, run.stderr)
        assert message in run.stderr
        assert run.stdout == ""
    missing_take = vidfeedback("export", tmp_path / "x.mp4", "--handin", archive, "--student", "1")
    assert missing_take.returncode == 2 and "does not exist" in missing_take.stderr
    assert os.listdir(archive.parent) == [archive.name]  # not even unpacked
    usage = vidfeedback("export", take)
    assert usage.returncode == 2 and "--handin" in usage.stderr
