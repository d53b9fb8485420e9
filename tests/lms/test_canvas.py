"""The real Canvas client against a local Canvas that follows Canvas's documented behaviour."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from support.fake_canvas import FakeCanvas
from support.lms_packages import exported_canvas
from vidfeedback.errors import ErrorCode
from vidfeedback.lms.canvas import CanvasClient, parse_assignment_url
from vidfeedback.lms.errors import LmsError
from vidfeedback.lms.ledger import Ledger, file_sha256
from vidfeedback.lms.returns import ReturnState, open_ledger, overview
from vidfeedback.lms.transport import RetryPolicy, Secret, Transport, check_url
from vidfeedback.lms.upload import CanvasDriver, Outcome, RunReport, run_returns
from vidfeedback.model import HandinFolder

TOKEN = "7~CanvasSecretTokenValue0123456789abcdef"
FAST = RetryPolicy(attempts=4, first_delay_s=0.02, max_delay_s=0.1)


@pytest.fixture
def handin(shared_fixtures: Path, take: Path, tmp_path: Path) -> HandinFolder:
    return exported_canvas(shared_fixtures, take, tmp_path)


@pytest.fixture
def canvas(tmp_path: Path) -> Iterator[FakeCanvas]:
    fake = FakeCanvas(tmp_path / "canvas-store", TOKEN, students=("48213", "48214", "48215"))
    fake.start()
    yield fake
    fake.stop()


def upload(handin: HandinFolder, fake: FakeCanvas, token: str = TOKEN) -> RunReport:
    ledger = open_ledger(handin)
    assert ledger is not None
    where = parse_assignment_url(
        f"{fake.base_url}/courses/{fake.course_id}/assignments/{fake.assignment_id}"
    )
    cancel = threading.Event()
    with Transport("Canvas", FAST, cancel) as http:
        driver = CanvasDriver(CanvasClient(where, Secret(token), http), FAST, cancel)
        items = [s for s in overview(handin, ledger).students if s.package is not None]
        return run_returns(items, driver, ledger)


def test_files_arrive_byte_identical_with_the_summary_and_the_grade_only_when_allowed(
    handin: HandinFolder, canvas: FakeCanvas
) -> None:
    packages = {s.student.key: s.package for s in overview(handin, None).students}
    report = upload(handin, canvas)
    assert report.ok, report.as_json()
    assert report.count(Outcome.RETURNED) == 2
    for key in ("48213", "48214"):
        package = packages[key]
        assert package is not None
        (comment,) = canvas.comments_of(key)
        files = canvas.files_of(comment)
        assert [f.name for f in files] == [p.name for p in package.files]
        assert [f.name.rsplit(".", 1)[1] for f in files] == ["mp4", "vtt", "html"]
        for sent, local in zip(files, package.files, strict=True):
            assert sent.sha256 == file_sha256(local)
            assert sent.content_type == {"mp4": "video/mp4", "vtt": "text/vtt",
                                         "html": "text/html"}[local.suffix[1:]]  # fmt: skip
        assert comment.text == package.summary_text.replace("\r\n", "\n").strip()
        assert "Tilbakemelding" in comment.text
        assert comment.attempt == 1
    # Kari's practice is "lms_only" with grade 5; Ola's is "no_grade" (grade never exported).
    assert canvas.submissions["48213"].grade == "5"
    assert canvas.submissions["48214"].grade is None
    grades_sent = [
        dict(r.form).get("submission[posted_grade]") for r in canvas.requests if r.method == "PUT"
    ]
    assert grades_sent == ["5", None]
    assert not canvas.token_sent_to_upload
    uploads = [r for r in canvas.requests if r.path.startswith("/files_api/")]
    assert len(uploads) == 6 and all("authorization" not in r.headers for r in uploads)
    # The view now says returned, with where and when.
    after = {s.student.key: s for s in overview(handin, open_ledger(handin)).students}
    assert after["48213"].state is ReturnState.RETURNED
    assert after["48215"].state is ReturnState.NOT_EXPORTED
    last = after["48214"].last_return
    assert last is not None and "Canvas" in last.target and last.at_utc.endswith("Z")


def test_a_second_run_posts_nothing_and_a_new_export_is_returned_again(
    handin: HandinFolder, canvas: FakeCanvas, take: Path
) -> None:
    assert upload(handin, canvas).count(Outcome.RETURNED) == 2
    before = len(canvas.requests)
    again = upload(handin, canvas)
    assert again.count(Outcome.ALREADY_RETURNED) == 2
    assert not [r for r in canvas.requests[before:] if r.method in ("POST", "PUT")]
    from support.lms_packages import export_for
    from vidfeedback.model import GradePractice

    export_for(handin, take, "48214", note="A new note.", practice=GradePractice.NO_GRADE)
    states = {s.student.key: s.state for s in overview(handin, open_ledger(handin)).students}
    assert states["48214"] is ReturnState.CHANGED
    third = upload(handin, canvas)
    assert third.count(Outcome.RETURNED) == 1 and third.count(Outcome.ALREADY_RETURNED) == 1
    assert len(canvas.comments_of("48214")) == 2
    assert "A new note." in canvas.comments_of("48214")[1].text


def test_201_created_is_confirmed_with_a_get(handin: HandinFolder, tmp_path: Path) -> None:
    with FakeCanvas(
        tmp_path / "s", TOKEN, students=("48213", "48214"), confirm_mode="created"
    ) as fake:
        assert isinstance(fake, FakeCanvas)
        report = upload(handin, fake)
        assert report.ok
        confirms = [r for r in fake.requests if r.path.startswith("/api/v1/files/")]
        assert len(confirms) == 6 and all(r.method == "GET" for r in confirms)
        assert all(len(fake.comments_of(k)) == 1 for k in ("48213", "48214"))


def test_retries_500s_and_dropped_connections_without_duplicates(
    handin: HandinFolder, canvas: FakeCanvas
) -> None:
    base = f"/api/v1/courses/{canvas.course_id}/assignments/{canvas.assignment_id}"
    canvas.inject(f"{base}/submissions/48213/comments/files", "500", "503")
    canvas.inject("/files_api/upload/", "drop_body:20000", "500", "drop")
    canvas.inject("/api/v1/files/", "502", "throttle")
    # The comment is made, but its answer is lost: it must be found, not posted again.
    canvas.inject(f"{base}/submissions/48213", "lose_answer", method="PUT", exact=True)
    # Canvas throttles with a 403 "Rate Limit Exceeded": slow down and go on, not stop.
    canvas.inject(f"{base}/submissions/48214", "throttle", method="PUT", exact=True)
    report = upload(handin, canvas)
    assert report.ok, report.as_json()
    puts = [r for r in canvas.requests if r.method == "PUT" and r.path.endswith("/48213")]
    assert len(puts) == 1
    assert len(canvas.comments_of("48213")) == 1
    assert len(canvas.comments_of("48214")) == 1
    for key in ("48213", "48214"):
        (comment,) = canvas.comments_of(key)
        assert len(comment.file_ids) == 3
    # Three failed uploads (cut off mid-body, 500, dropped) were each started again from step 1.
    assert len([r for r in canvas.requests if r.path.startswith("/files_api/")]) == 6 + 3


@pytest.mark.parametrize(
    ("setup", "code", "words"),
    [
        ("token", ErrorCode.LMS_UNAUTHORIZED, "Make a new token"),
        ("assignment", ErrorCode.LMS_NOT_FOUND, "Check the assignment's address"),
        ("forbidden", ErrorCode.LMS_FORBIDDEN, "teacher's token"),
        ("quota", ErrorCode.LMS_QUOTA, "quota"),
    ],
)
def test_refusals_stop_the_run_with_a_sentence_saying_what_to_do(
    handin: HandinFolder, tmp_path: Path, setup: str, code: ErrorCode, words: str
) -> None:
    fake = FakeCanvas(tmp_path / "s", TOKEN, students=("48213", "48214"), quota_bytes=10)
    if setup == "assignment":
        fake.assignment_id = "41"
    with fake:
        if setup == "assignment":
            fake.assignment_id = "42"  # the client asks for 41: not this Canvas's
            report = _upload_to(handin, fake, "41")
        else:
            if setup == "forbidden":
                fake.inject("/api/v1/courses/", "403")
            report = upload(handin, fake, "wrong" if setup == "token" else TOKEN)
    assert report.problem is not None and report.problem.code is code
    assert words in report.problem.message
    assert not any(fake.comments_of(k) for k in ("48213", "48214"))


def _upload_to(handin: HandinFolder, fake: FakeCanvas, assignment: str) -> RunReport:
    ledger = open_ledger(handin)
    assert ledger is not None
    where = parse_assignment_url(
        f"{fake.base_url}/courses/{fake.course_id}/assignments/{assignment}"
    )
    cancel = threading.Event()
    with Transport("Canvas", FAST, cancel) as http:
        driver = CanvasDriver(CanvasClient(where, Secret(TOKEN), http), FAST, cancel)
        items = [s for s in overview(handin, ledger).students if s.package is not None]
        return run_returns(items, driver, ledger)


def test_a_file_over_the_limit_fails_that_student_with_413(
    handin: HandinFolder, tmp_path: Path
) -> None:
    with FakeCanvas(
        tmp_path / "s", TOKEN, students=("48213", "48214"), max_file_bytes=1000
    ) as fake:
        assert isinstance(fake, FakeCanvas)
        report = upload(handin, fake)
    failed = [o for o in report.outcomes if o.outcome is Outcome.FAILED]
    assert len(failed) == 2
    assert all(o.problem is not None and o.problem.code is ErrorCode.LMS_TOO_LARGE for o in failed)
    assert "too large (413)" in failed[0].reason


def test_a_student_canvas_does_not_know_is_skipped_and_listed(
    handin: HandinFolder, tmp_path: Path
) -> None:
    with FakeCanvas(tmp_path / "s", TOKEN, students=("48213",)) as fake:
        assert isinstance(fake, FakeCanvas)
        report = upload(handin, fake)
    by_key = {o.key: o for o in report.outcomes}
    assert by_key["48213"].outcome is Outcome.RETURNED
    assert by_key["48214"].outcome is Outcome.SKIPPED
    assert "48214" in by_key["48214"].reason
    assert not [r for r in fake.requests if "/submissions/48214/comments" in r.path]


def test_no_token_in_logs_messages_or_files(
    handin: HandinFolder, canvas: FakeCanvas, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    canvas.inject("/files_api/upload/", "drop")
    report = upload(handin, canvas)
    bad = upload(handin, canvas, token=TOKEN + "x")
    texts = [caplog.text, str(report.as_json()), str(bad.as_json()), repr(Secret(TOKEN))]
    assert all(TOKEN not in t for t in texts)
    for path in tmp_path.rglob("*"):
        if path.is_file() and "canvas-store" not in path.parts:
            assert TOKEN.encode() not in path.read_bytes(), path


def test_only_https_except_loopback() -> None:
    assert check_url("https://canvas.example.edu/x") == "https://canvas.example.edu/x"
    for ok in (
        "http://127.0.0.1:8000/",
        "http://localhost/",
        "http://[::1]:9/",
        "http://127.8.9.1/",
    ):
        check_url(ok)
    for bad in ("http://canvas.example.edu/", "http://10.0.0.1/", "ftp://x/", "canvas.example.edu"):
        with pytest.raises(LmsError) as err:
            check_url(bad)
        assert err.value.code in (ErrorCode.LMS_URL_INSECURE, ErrorCode.LMS_URL_INVALID)


def test_assignment_address_forms() -> None:
    a = parse_assignment_url(
        "https://x.instructure.com/courses/12/assignments/345?module_item_id=9"
    )
    assert (a.base_url, a.course_id, a.assignment_id) == ("https://x.instructure.com", "12", "345")
    b = parse_assignment_url(
        "https://lms.school.no/canvas/courses/12/gradebook/speed_grader?assignment_id=77&student_id=5"
    )
    assert (b.base_url, b.course_id, b.assignment_id) == (
        "https://lms.school.no/canvas",
        "12",
        "77",
    )
    with pytest.raises(LmsError) as err:
        parse_assignment_url("https://x.instructure.com/courses/12")
    assert err.value.code is ErrorCode.LMS_URL_INVALID


def test_ledger_is_hidden_in_the_export_root(handin: HandinFolder, canvas: FakeCanvas) -> None:
    upload(handin, canvas)
    ledger = open_ledger(handin)
    assert isinstance(ledger, Ledger) and ledger.path.name.startswith(".")
