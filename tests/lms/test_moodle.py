"""The real Moodle client against a local Moodle that follows moodle/moodle's web services."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from support.fake_moodle import FakeMoodle
from support.lms_packages import exported_moodle
from vidfeedback.errors import ErrorCode
from vidfeedback.lms.ledger import file_sha256
from vidfeedback.lms.moodle import MoodleClient, moodle_grade, parse_site_url
from vidfeedback.lms.returns import ReturnState, open_ledger, overview
from vidfeedback.lms.transport import RetryPolicy, Secret, Transport
from vidfeedback.lms.upload import MoodleDriver, Outcome, RunReport, run_returns
from vidfeedback.model import HandinFolder

TOKEN = "0123456789abcdef0123456789abcdef"
FAST = RetryPolicy(attempts=4, first_delay_s=0.02, max_delay_s=0.1)
# The download's numbers are participant ids; Moodle's users have other ids.
PARTICIPANTS = {"1040211": "31", "1040212": "32", "1040213": "33", "1040214": "34", "1040215": "35"}


@pytest.fixture
def handin(shared_fixtures: Path, take: Path, tmp_path: Path) -> HandinFolder:
    return exported_moodle(shared_fixtures, take, tmp_path)


def fake(tmp_path: Path, **kwargs: object) -> FakeMoodle:
    return FakeMoodle(tmp_path / "moodle-store", TOKEN, participants=dict(PARTICIPANTS), **kwargs)  # type: ignore[arg-type]


def upload(
    handin: HandinFolder, moodle: FakeMoodle, token: str = TOKEN, cmid: str = "5521"
) -> RunReport:
    ledger = open_ledger(handin)
    assert ledger is not None
    cancel = threading.Event()
    with Transport("Moodle", FAST, cancel) as http:
        client = MoodleClient(moodle.base_url, Secret(token), http)
        driver = MoodleDriver(client, cmid, handin.layout, FAST, cancel)
        items = [s for s in overview(handin, ledger).students if s.package is not None]
        return run_returns(items, driver, ledger)


def test_feedback_files_comment_and_grade_arrive_for_the_mapped_user(
    handin: HandinFolder, tmp_path: Path
) -> None:
    packages = {s.student.key: s.package for s in overview(handin, None).students}
    with fake(tmp_path) as moodle:
        assert isinstance(moodle, FakeMoodle)
        moodle.grades["32"] = 3.0  # Ola's grade, set in Moodle by the teacher
        report = upload(handin, moodle)
    assert report.ok, report.as_json()
    assert report.count(Outcome.RETURNED) == 2
    for key, user in (("1040211", "31"), ("1040212", "32")):
        package = packages[key]
        assert package is not None
        fb = moodle.feedback[user]
        assert [f.name for f in fb.files] == [p.name for p in package.files]
        assert [f.sha256 for f in fb.files] == [file_sha256(p) for p in package.files]
        assert fb.comment == package.comment_text() and "Tilbakemelding" in fb.comment
        assert fb.comment_format == "2"
    # The participant ids were never used as user ids.
    assert not set(moodle.feedback) & set(PARTICIPANTS)
    # Kari: practice lms_only, grade 5 -> posted. Ola: no_grade -> Moodle's grade kept as it was.
    assert moodle.grades == {"31": 5.0, "32": 3.0}
    outcomes = {o.key: o for o in report.outcomes}
    assert outcomes["1040211"].grade_posted and not outcomes["1040212"].grade_posted
    states = {s.student.key: s.state for s in overview(handin, open_ledger(handin)).students}
    assert states["1040211"] is ReturnState.RETURNED
    assert states["1040213"] is ReturnState.NOT_EXPORTED
    # The token went in request bodies only: not in the report, the ledger or any file of ours.
    assert TOKEN not in str(report.as_json())
    for path in tmp_path.rglob("*"):
        if path.is_file() and "moodle-store" not in path.parts:
            assert TOKEN.encode() not in path.read_bytes(), path
    assert all(TOKEN not in r.path and TOKEN not in str(r.query) for r in moodle.requests)


def test_a_participant_moodle_does_not_list_is_skipped_never_guessed(
    handin: HandinFolder, tmp_path: Path
) -> None:
    with fake(tmp_path) as moodle:
        assert isinstance(moodle, FakeMoodle)
        del moodle.participants["1040212"]
        report = upload(handin, moodle)
    by_key = {o.key: o for o in report.outcomes}
    assert by_key["1040212"].outcome is Outcome.SKIPPED
    assert "1040212" in by_key["1040212"].reason
    assert by_key["1040211"].outcome is Outcome.RETURNED
    assert set(moodle.feedback) == {"31"}


@pytest.mark.parametrize(
    ("kwargs", "token", "cmid", "code", "words"),
    [
        ({"can_reveal": False}, TOKEN, "5521", ErrorCode.LMS_MOODLE_NO_MAPPING, "revealidentities"),
        ({"team_submission": True}, TOKEN, "5521", ErrorCode.LMS_MOODLE_GROUPS, "group"),
        ({"grading_method": "rubric"}, TOKEN, "5521", ErrorCode.LMS_MOODLE_ADVANCED_GRADING, "zip"),
        ({}, "f" * 32, "5521", ErrorCode.LMS_UNAUTHORIZED, "Make a new token"),
        ({}, TOKEN, "9999", ErrorCode.LMS_NOT_FOUND, "Check the assignment's address"),
    ],
)
def test_refusals_stop_before_anything_is_sent(
    handin: HandinFolder,
    tmp_path: Path,
    kwargs: dict[str, object],
    token: str,
    cmid: str,
    code: ErrorCode,
    words: str,
) -> None:
    with fake(tmp_path, **kwargs) as moodle:
        assert isinstance(moodle, FakeMoodle)
        report = upload(handin, moodle, token, cmid)
    assert report.problem is not None and report.problem.code is code
    assert words in report.problem.message
    assert not moodle.feedback and not moodle.drafts
    assert all(o.outcome is Outcome.STOPPED for o in report.outcomes)


def test_retries_and_a_lost_answer_leave_one_set_of_files(
    handin: HandinFolder, tmp_path: Path
) -> None:
    with fake(tmp_path) as moodle:
        assert isinstance(moodle, FakeMoodle)
        moodle.inject("/webservice/upload.php", "500", "drop_body:5000", "drop", "lose_answer")
        report = upload(handin, moodle)
    assert report.ok, report.as_json()
    for user in ("31", "32"):
        assert len(moodle.feedback[user].files) == 3
        assert len({f.name for f in moodle.feedback[user].files}) == 3


def test_a_file_over_the_site_limit_fails_with_a_sentence(
    handin: HandinFolder, tmp_path: Path
) -> None:
    with fake(tmp_path, max_bytes=1000) as moodle:
        assert isinstance(moodle, FakeMoodle)
        report = upload(handin, moodle)
    failed = [o for o in report.outcomes if o.outcome is Outcome.FAILED]
    assert len(failed) == 2
    assert all(o.problem is not None and o.problem.code is ErrorCode.LMS_TOO_LARGE for o in failed)
    assert not moodle.feedback


def test_second_run_sends_nothing(handin: HandinFolder, tmp_path: Path) -> None:
    with fake(tmp_path) as moodle:
        assert isinstance(moodle, FakeMoodle)
        upload(handin, moodle)
        before = len(moodle.requests)
        again = upload(handin, moodle)
        assert again.count(Outcome.ALREADY_RETURNED) == 2
        sent = [dict(r.form).get("wsfunction") for r in moodle.requests[before:]]
        assert "mod_assign_save_grade" not in sent
        assert not [r for r in moodle.requests[before:] if r.path.endswith("upload.php")]


def test_site_address_and_grades() -> None:
    assert parse_site_url("https://moodle.school.no/mod/assign/view.php?id=5521") == (
        "https://moodle.school.no",
        "5521",
    )
    assert parse_site_url("https://school.no/moodle/") == ("https://school.no/moodle", None)
    assert (
        moodle_grade("4,5") == "4.5" and moodle_grade("B+") is None and moodle_grade(None) is None
    )


def test_a_lost_answer_inside_a_draft_area_is_not_sent_twice(
    handin: HandinFolder, tmp_path: Path
) -> None:
    """The second file arrives but its answer is lost: the repeat finds the name taken in our
    own draft area (upload.php's "filenameexist") and takes that as arrived."""
    with fake(tmp_path) as moodle:
        assert isinstance(moodle, FakeMoodle)
        moodle.inject("/webservice/upload.php", "pass", "lose_answer")
        report = upload(handin, moodle)
        assert report.ok, report.as_json()
        uploads = [r for r in moodle.requests if r.path.endswith("upload.php")]
        assert len(uploads) == 7  # six files, one of them sent twice
        assert [f.name.rsplit(".")[-1] for f in moodle.feedback["31"].files] == [
            "mp4",
            "vtt",
            "html",
        ]


def test_an_interrupted_upload_resumes_in_its_draft_area_and_a_new_export_starts_afresh(
    handin: HandinFolder, tmp_path: Path, take: Path
) -> None:
    from support.lms_packages import export_for

    with fake(tmp_path) as moodle:
        assert isinstance(moodle, FakeMoodle)
        # Kari's first file arrives, her second fails every time: she is not returned.
        moodle.inject("/webservice/upload.php", "pass", *["500"] * 16)
        first = upload(handin, moodle)
        outcomes = {o.key: o.outcome for o in first.outcomes}
        assert outcomes == {"1040211": Outcome.FAILED, "1040212": Outcome.RETURNED}
        assert "31" not in moodle.feedback
        (kari_draft,) = [i for i, files in moodle.drafts.items() if len(files) == 1]
        before = len([r for r in moodle.requests if r.path.endswith("upload.php")])
        second = upload(handin, moodle)
        assert second.count(Outcome.RETURNED) == 1 and second.count(Outcome.ALREADY_RETURNED) == 1
        sent = len([r for r in moodle.requests if r.path.endswith("upload.php")]) - before
        assert sent == 2  # the video was not sent again
        assert len(moodle.drafts[kari_draft]) == 3
        assert [f.name for f in moodle.feedback["31"].files] == [
            f.name for f in moodle.drafts[kari_draft]
        ]
        # Half an upload of a package, then a new export: its files go into a new draft area.
        moodle.inject("/webservice/upload.php", "pass", *["500"] * 16)
        export_for(handin, take, "1040212", note="Second thoughts.")
        upload(handin, moodle)
        export_for(handin, take, "1040212", note="Third thoughts.")
        third = upload(handin, moodle)
        assert third.count(Outcome.RETURNED) == 1
        names = [f.name for f in moodle.feedback["32"].files]
        assert names == [
            "Tilbakemelding (3).mp4",
            "Tilbakemelding (3).vtt",
            "Tilbakemelding (3).html",
        ]
