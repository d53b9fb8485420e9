"""`vidfeedback upload` as a teacher's script runs it: a real process against the local Canvas
and Moodle, killed with SIGKILL in the middle and started again."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from lms.conftest import file_keyring, keyring_env
from support.fake_canvas import FakeCanvas
from support.fake_moodle import FakeMoodle
from support.lms_packages import exported_canvas, exported_moodle
from vidfeedback.lms.credentials import save_token
from vidfeedback.lms.ledger import file_sha256
from vidfeedback.lms.returns import overview
from vidfeedback.lms.transport import Secret
from vidfeedback.model import HandinFolder

__all__ = ["file_keyring"]

TOKEN = "7~CliCanvasToken0123456789abcdefXYZ"
STUDENTS = ("48213", "48214", "48215")


@pytest.fixture
def handin(shared_fixtures: Path, take: Path, tmp_path: Path) -> HandinFolder:
    return exported_canvas(shared_fixtures, take, tmp_path)


@pytest.fixture
def canvas(tmp_path: Path) -> Iterator[FakeCanvas]:
    fake = FakeCanvas(tmp_path / "canvas-store", TOKEN, students=STUDENTS)
    fake.start()
    yield fake
    fake.stop()


def command(handin: HandinFolder, fake: FakeCanvas, *extra: str) -> list[str]:
    url = f"{fake.base_url}/courses/{fake.course_id}/assignments/{fake.assignment_id}"
    return [sys.executable, "-m", "vidfeedback", "upload", str(handin.source), "--lms", "canvas",
            "--url", url, *extra]  # fmt: skip


def env_with(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "VIDFEEDBACK_LMS_TOKEN"}
    env.update(extra)
    return env


def run(cmd: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)


def assert_one_comment_each(handin: HandinFolder, fake: FakeCanvas) -> None:
    for row in overview(handin, None).students:
        if row.package is None:
            continue
        (comment,) = fake.comments_of(row.student.key)
        files = fake.files_of(comment)
        assert [f.sha256 for f in files] == [file_sha256(p) for p in row.package.files]


def test_uploads_with_the_token_from_the_environment(
    handin: HandinFolder, canvas: FakeCanvas, tmp_path: Path
) -> None:
    done = run(command(handin, canvas, "--json"), env_with(VIDFEEDBACK_LMS_TOKEN=TOKEN))
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["totals"]["returned"] == 2
    assert {s["key"]: s["grade_posted"] for s in report["students"]} == {
        "48213": True,
        "48214": False,
    }
    assert TOKEN not in done.stdout + done.stderr
    assert_one_comment_each(handin, canvas)
    again = run(command(handin, canvas), env_with(VIDFEEDBACK_LMS_TOKEN=TOKEN))
    assert again.returncode == 0 and "2 already returned" in again.stdout


def test_token_from_the_credential_store_never_lands_in_our_files(
    handin: HandinFolder, canvas: FakeCanvas, tmp_path: Path, file_keyring: Path
) -> None:
    save_token("canvas", canvas.base_url, Secret(TOKEN))
    done = run(command(handin, canvas), env_with(**keyring_env(file_keyring)))
    assert done.returncode == 0, done.stderr
    assert TOKEN not in done.stdout + done.stderr
    for path in tmp_path.rglob("*"):
        if path.is_file() and file_keyring not in path.parents and "canvas-store" not in path.parts:
            assert TOKEN.encode() not in path.read_bytes(), path


def test_dry_run_matches_and_sends_nothing(handin: HandinFolder, canvas: FakeCanvas) -> None:
    done = run(command(handin, canvas, "--dry-run"), env_with(VIDFEEDBACK_LMS_TOKEN=TOKEN))
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("would be returned (dry run) (user") == 2
    assert {r.method for r in canvas.requests} == {"GET"}


def test_bad_input_sends_nothing(handin: HandinFolder, canvas: FakeCanvas) -> None:
    remote = "http://canvas.example.edu/courses/7/assignments/42"
    insecure = [sys.executable, "-m", "vidfeedback", "upload", str(handin.source), "--lms",
                "canvas", "--url", remote]  # fmt: skip
    done = run(insecure, env_with(VIDFEEDBACK_LMS_TOKEN=TOKEN))
    assert done.returncode == 2 and "https" in done.stderr
    no_token = run(
        command(handin, canvas), env_with(PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    )
    assert no_token.returncode == 2 and "VIDFEEDBACK_LMS_TOKEN" in no_token.stderr
    assert not canvas.requests


def wait_for(condition: Callable[[], bool], timeout_s: float = 60) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.02)


def test_killed_mid_upload_resumes_without_sending_a_file_twice(
    handin: HandinFolder, canvas: FakeCanvas
) -> None:
    # Kari's video arrives and is confirmed; her next file hangs halfway: the process is
    # killed there.
    canvas.inject("/files_api/upload/", "pass", "stall_body:200")
    env = env_with(VIDFEEDBACK_LMS_TOKEN=TOKEN)
    proc = subprocess.Popen(command(handin, canvas), env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        assert canvas.stalled.wait(60), "the second upload never started"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    assert not any(canvas.comments_of(k) for k in STUDENTS)
    first_video = canvas.attachments[min(canvas.attachments)]
    assert first_video.state == "available" and first_video.name.endswith(".mp4")
    done = run(command(handin, canvas), env)
    assert done.returncode == 0, done.stderr
    assert_one_comment_each(handin, canvas)
    # The file confirmed before the kill was attached, not uploaded again.
    (kari,) = canvas.comments_of("48213")
    assert first_video.id in kari.file_ids
    sent = [r for r in canvas.requests if r.path.startswith("/files_api/") and r.parts]
    assert len([r for r in sent if r.parts[-1].filename == first_video.name]) == 1
    assert len([a for a in canvas.attachments.values() if a.state == "available"]) == 6


def test_killed_while_the_comment_is_posted_does_not_post_it_twice(
    handin: HandinFolder, canvas: FakeCanvas
) -> None:
    base = f"/api/v1/courses/{canvas.course_id}/assignments/{canvas.assignment_id}"
    canvas.inject(f"{base}/submissions/48213", "hang_answer", method="PUT", exact=True)
    env = env_with(VIDFEEDBACK_LMS_TOKEN=TOKEN)
    proc = subprocess.Popen(command(handin, canvas), env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        wait_for(lambda: bool(canvas.comments_of("48213")))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
    done = run(command(handin, canvas, "--json"), env)
    assert done.returncode == 0, done.stderr
    assert_one_comment_each(handin, canvas)
    puts = [r for r in canvas.requests if r.method == "PUT" and r.path.endswith("/48213")]
    assert len(puts) == 1


def test_moodle_takes_the_assignment_from_the_download_name(
    shared_fixtures: Path, take: Path, tmp_path: Path
) -> None:
    handin = exported_moodle(shared_fixtures, take, tmp_path)
    participants = {"1040211": "31", "1040212": "32"}
    with FakeMoodle(tmp_path / "m", "moodletoken123", participants=participants) as moodle:
        assert isinstance(moodle, FakeMoodle)
        cmd = [sys.executable, "-m", "vidfeedback", "upload", str(handin.source), "--lms",
               "moodle", "--url", moodle.base_url, "--json"]  # fmt: skip
        done = run(cmd, env_with(VIDFEEDBACK_LMS_TOKEN="moodletoken123"))
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["totals"]["returned"] == 2
    assert set(moodle.feedback) == {"31", "32"}
