"""The real app returns the feedback: two students exported, then “Return to students”
(Ctrl+Shift+R), the Canvas assignment's address and a token typed in, Enter; the files arrive
in the local Canvas, byte for byte, with the summary as the comment. Keys only, on Xvfb."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from export.conftest import take, take_dir
from support.fake_canvas import FakeCanvas
from support.lms_packages import exported_canvas
from support.realstack import XDisplay, xdotool
from vidfeedback.lms.ledger import file_sha256
from vidfeedback.lms.returns import overview

from .test_app_e2e import _app_env, _launch

__all__ = ["take", "take_dir"]

pytestmark = [pytest.mark.e2e]

TOKEN = "7~EndToEndCanvasToken0123456789abc"


@pytest.fixture
def canvas(tmp_path: Path) -> Iterator[FakeCanvas]:
    fake = FakeCanvas(tmp_path / "canvas-store", TOKEN, students=("48213", "48214", "48215"))
    fake.start()
    yield fake
    fake.stop()


def test_upload_two_students_to_canvas_from_the_return_view(
    tmp_path: Path, shared_fixtures: Path, take: Path, x_display: XDisplay, canvas: FakeCanvas
) -> None:
    handin = exported_canvas(shared_fixtures, take, tmp_path)
    env = _app_env(tmp_path, {**os.environ, **x_display.env()})
    env["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
    stderr_path = tmp_path / "app.stderr"
    app = _launch(handin.source, env, stderr_path)
    try:
        app.wait_for("assignment", timeout_s=30)
        # No window manager gives the window focus: the teacher's click on it does here, so
        # that the window's shortcuts work (Qt only fires them in the active window).
        (window, *_) = xdotool(
            x_display, "search", "--onlyvisible", "--name", "vidfeedback"
        ).split()
        xdotool(x_display, "windowfocus", "--sync", window)
        time.sleep(0.3)
        xdotool(x_display, "key", "ctrl+shift+r")
        shown = app.wait_for("returns")
        states = {s["key"]: s["state"] for s in shown["students"]}
        assert states["48213"] == states["48214"] == "exported"
        assert states["48215"] == "not_exported"
        url = f"{canvas.base_url}/courses/{canvas.course_id}/assignments/{canvas.assignment_id}"
        xdotool(x_display, "type", "--delay", "5", url)
        xdotool(x_display, "key", "Return")  # on to the token
        xdotool(x_display, "type", "--delay", "5", TOKEN)
        xdotool(x_display, "key", "Return")  # upload
        app.wait_for("upload_started", timeout_s=10)
        done = app.wait_for("return_done", timeout_s=90)
        totals = done["report"]["totals"]
        assert totals["returned"] == 2 and totals["failed"] == 0
        after = app.wait_for("returns")
        assert {s["key"]: s["state"] for s in after["students"]}["48213"] == "returned"
        xdotool(x_display, "key", "ctrl+q")
        app.proc.wait(20)
    finally:
        if app.proc.poll() is None:
            app.proc.kill()
        app.close()
    for row in overview(handin, None).students:
        if row.package is None:
            continue
        (comment,) = canvas.comments_of(row.student.key)
        assert [f.sha256 for f in canvas.files_of(comment)] == [
            file_sha256(p) for p in row.package.files
        ]
        assert comment.text == row.package.comment_text()
    assert canvas.submissions["48213"].grade == "5" and canvas.submissions["48214"].grade is None
    # The token is in the credential store only: not in the app's output, settings or the
    # hand-in's folders.
    log = "".join(str(e) for e in app.events) + stderr_path.read_text(encoding="utf-8")
    assert TOKEN not in log
    keyring_file = tmp_path / "home" / "data" / "python_keyring" / "keyring_pass.cfg"
    assert keyring_file.is_file()
    for path in tmp_path.rglob("*"):
        if path.is_file() and path != keyring_file and "canvas-store" not in path.parts:
            assert TOKEN.encode() not in path.read_bytes(), path
