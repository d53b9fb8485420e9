"""`vidfeedback record` checks every option before anything starts: a sentence and exit 2, no
traceback, and nothing written (no take folder, no file)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from vidfeedback.cli.main import _joined_negative_values, build_parser, main, out_path_problem


def record(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONWARNINGS": "error", "DISPLAY": ":9999"}  # no screen needed
    return subprocess.run(
        [sys.executable, "-m", "vidfeedback", "record", *args],
        capture_output=True, text=True, env=env, timeout=60, check=False, cwd=tmp_path,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--crf", "0"], "--crf: must be from 1 (best) to 51"),
        (["--crf", "-3"], "--crf: must be from 1"),
        (["--crf", "52"], "--crf: must be from 1"),
        (["--duration", "-5"], "--duration: must be a number of seconds above 0"),
        (["--duration", "0"], "--duration: must be a number of seconds above 0"),
        (["--duration", "nan"], "--duration: must be a number of seconds above 0"),
        (["--duration", "inf"], "--duration: must be a number of seconds above 0"),
        (["--duration", "soon"], "--duration: not a number of seconds"),
        (["--monitor", "-1"], "--monitor: must be 0 or more"),
        (["--from-pause-ms", "-1"], "--from-pause-ms: must be 0 or more"),
        (["--from-pause-ms", "10"], "--from-pause-ms goes with --continue-from"),
    ],
)
def test_bad_options_are_refused_before_anything_starts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    argv = ["record", "--out", str(tmp_path / "take.mp4"), "--audio-device", "none", *args]
    try:
        status = main(argv)
    except SystemExit as exc:  # argparse's own refusal
        status = int(str(exc.code))
    assert status == 2
    assert message in capsys.readouterr().err
    assert os.listdir(tmp_path) == []


def test_the_program_refuses_without_a_traceback(tmp_path: Path) -> None:
    run = record(tmp_path, "--out", str(tmp_path / "take.mp4"), "--crf", "0")
    assert run.returncode == 2 and "--crf: must be from 1" in run.stderr
    assert "Traceback" not in run.stderr
    assert os.listdir(tmp_path) == []


def test_a_name_too_long_for_the_disk_is_refused_with_a_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for stem_len in (260, 240):  # over the disk's limit, and over what the take's files need
        out = tmp_path / ("n" * stem_len + ".mp4")
        assert main(["record", "--out", str(out), "--audio-device", "none"]) == 2
        assert "Choose a shorter name" in capsys.readouterr().err
        assert os.listdir(tmp_path) == []
    assert out_path_problem(tmp_path / ("n" * 200 + ".mp4")) is None


def test_a_region_left_of_the_primary_monitor_parses_without_an_equals_sign() -> None:
    argv = ["record", "--out", "x.mp4", "--region", "-10,0,800,600", "--duration", "2"]
    args = build_parser().parse_args(_joined_negative_values(argv))
    assert args.region == "-10,0,800,600" and args.duration == 2
    # Without the joining argparse takes "-10,0,800,600" for an option: the check can fail.
    with pytest.raises(SystemExit):
        build_parser().parse_args(argv)
