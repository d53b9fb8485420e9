"""One upload run: every exported student's package to one assignment on Canvas or Moodle.

Students are matched by the platform's own ids (Canvas user id from the download's file names;
Moodle participant id mapped to the user id by Moodle's own table); one who cannot be matched
with certainty is skipped and listed. Each confirmed step goes into the ledger first, so a run
that is killed, loses the network or is stopped resumes where it was without posting a file or a
comment twice. A refused token or a lost site stops the run; a problem with one student does not.
"""

from __future__ import annotations

import enum
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from vidfeedback.errors import ErrorCode, Problem
from vidfeedback.lms.canvas import CanvasAssignment, CanvasClient, comment_in
from vidfeedback.lms.errors import LmsError
from vidfeedback.lms.ledger import Ledger, Target
from vidfeedback.lms.moodle import MoodleAssignment, MoodleClient, moodle_grade
from vidfeedback.lms.returns import ReturnState, StudentReturn
from vidfeedback.lms.transport import Cancelled, RetryPolicy
from vidfeedback.model import HandinLayout, Student

# Problems after which no other student can succeed either.
_STOPS_THE_RUN = frozenset(
    {
        ErrorCode.LMS_UNAUTHORIZED,
        ErrorCode.LMS_UNREACHABLE,
        ErrorCode.LMS_KEYRING,
        ErrorCode.LMS_BUSY,
        ErrorCode.LMS_MOODLE_NO_MAPPING,
        ErrorCode.LMS_QUOTA,
    }
)


class Outcome(enum.Enum):
    RETURNED = "returned"
    ALREADY_RETURNED = "already_returned"
    WOULD_RETURN = "would_return"  # --dry-run
    SKIPPED = "skipped"  # not matched with certainty, or nothing exported
    FAILED = "failed"
    STOPPED = "stopped"  # not tried: the run stopped before this student


class Phase(enum.Enum):
    WAITING = "waiting"
    UPLOADING = "uploading"
    POSTING = "posting"
    DONE = "done"
    SKIPPED = "skipped"
    FAILED = "failed"


@dataclass(frozen=True)
class Event:
    """Progress of one student, safe to hand to another thread."""

    key: str
    name: str
    phase: Phase
    done_bytes: int = 0
    total_bytes: int = 0
    file_name: str = ""


@dataclass
class StudentOutcome:
    key: str
    name: str
    outcome: Outcome
    reason: str = ""  # plain English, for the list and the command line
    problem: Problem | None = None
    user_id: str | None = None
    files: list[str] = field(default_factory=list)
    size_bytes: int = 0
    grade_posted: bool = False
    platform_ids: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "key": self.key,
            "name": self.name,
            "outcome": self.outcome.value,
            "user_id": self.user_id,
            "files": self.files,
            "size_bytes": self.size_bytes,
            "grade_posted": self.grade_posted,
        }
        if self.reason:
            out["reason"] = self.reason
        if self.problem is not None:
            out["code"] = self.problem.code.value
        if self.platform_ids:
            out["platform_ids"] = self.platform_ids
        return out


@dataclass
class RunReport:
    target: Target
    outcomes: list[StudentOutcome] = field(default_factory=list)
    problem: Problem | None = None  # what stopped the run, if something did

    def count(self, outcome: Outcome) -> int:
        return sum(1 for o in self.outcomes if o.outcome is outcome)

    @property
    def ok(self) -> bool:
        return self.problem is None and not any(
            o.outcome in (Outcome.FAILED, Outcome.STOPPED) for o in self.outcomes
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "target": self.target.describe(),
            "students": [o.as_json() for o in self.outcomes],
            "totals": {o.value: self.count(o) for o in Outcome},
            "stopped_by": None if self.problem is None else self.problem.message,
        }


class Driver(Protocol):
    target: Target

    def prepare(self) -> None: ...

    def match(self, student: Student) -> tuple[str | None, str]: ...

    def send(
        self,
        item: StudentReturn,
        user_id: str,
        ledger: Ledger,
        progress: Callable[[int, str], None],
    ) -> StudentOutcome: ...


EventSink = Callable[[Event], None]


def run_returns(
    items: list[StudentReturn],
    driver: Driver,
    ledger: Ledger,
    *,
    dry_run: bool = False,
    on_event: EventSink | None = None,
) -> RunReport:
    """Return each item's package; never raises for one student's problem."""
    report = RunReport(driver.target)
    emit = on_event or (lambda e: None)
    for item in items:
        emit(Event(item.student.key, item.student.display_name, Phase.WAITING))
    try:
        with ledger.exclusive():
            driver.prepare()
            for i, item in enumerate(items):
                outcome = _one(item, driver, ledger, dry_run, emit)
                report.outcomes.append(outcome)
                if outcome.problem is not None and outcome.problem.code in _STOPS_THE_RUN:
                    report.problem = outcome.problem
                    for rest in items[i + 1 :]:
                        report.outcomes.append(_stopped(rest, outcome.problem))
                    break
    except Cancelled:
        stopped = Problem(ErrorCode.LMS_CANCELLED, {}, "The upload was stopped.")
        report.problem = stopped
        done = {o.key for o in report.outcomes}
        report.outcomes += [_stopped(i, stopped) for i in items if i.student.key not in done]
    except LmsError as exc:
        report.problem = exc.problem
        done = {o.key for o in report.outcomes}
        report.outcomes += [_stopped(i, exc.problem) for i in items if i.student.key not in done]
    return report


def _stopped(item: StudentReturn, problem: Problem) -> StudentOutcome:
    return StudentOutcome(
        item.student.key, item.student.display_name, Outcome.STOPPED, problem.message, problem
    )


def _one(
    item: StudentReturn, driver: Driver, ledger: Ledger, dry_run: bool, emit: EventSink
) -> StudentOutcome:
    student = item.student
    name = student.display_name
    package = item.package
    if package is None or item.package_hash is None or item.state is ReturnState.NOT_EXPORTED:
        emit(Event(student.key, name, Phase.SKIPPED))
        return StudentOutcome(student.key, name, Outcome.SKIPPED, "No feedback exported yet.")
    total = package.size_bytes
    files = [p.name for p in package.files]
    if ledger.returned_to(driver.target, student.key, item.package_hash):
        emit(Event(student.key, name, Phase.DONE, total, total))
        return StudentOutcome(
            student.key, name, Outcome.ALREADY_RETURNED, "", None, None, files, total
        )
    try:
        user_id, why = driver.match(student)
        if user_id is None:
            emit(Event(student.key, name, Phase.SKIPPED))
            return StudentOutcome(student.key, name, Outcome.SKIPPED, why, None, None, files, total)
        if dry_run:
            return StudentOutcome(
                student.key, name, Outcome.WOULD_RETURN, "", None, user_id, files, total
            )

        def progress(done_bytes: int, file_name: str) -> None:
            phase = Phase.UPLOADING if done_bytes < total else Phase.POSTING
            emit(Event(student.key, name, phase, done_bytes, total, file_name))

        progress(0, "")
        outcome = driver.send(item, user_id, ledger, progress)
    except Cancelled:
        raise
    except LmsError as exc:
        emit(Event(student.key, name, Phase.FAILED))
        return StudentOutcome(
            student.key, name, Outcome.FAILED, str(exc), exc.problem, None, files, total
        )
    except OSError as exc:  # a file vanished or became unreadable between listing and sending
        emit(Event(student.key, name, Phase.FAILED))
        problem = Problem(
            ErrorCode.LMS_FILE_CHANGED, {"path": str(exc.filename or "")}, f"{exc.strerror}"
        )
        return StudentOutcome(
            student.key, name, Outcome.FAILED, str(exc), problem, None, files, total
        )
    emit(Event(student.key, name, Phase.DONE, total, total))
    return outcome


def with_retries(fn: Callable[[], Any], policy: RetryPolicy, cancel: threading.Event) -> Any:
    """Repeat a whole step (e.g. Canvas's three-step upload from the start) on a problem that
    may pass: a 5xx, a dropped connection, a file that was being rewritten."""
    attempt = 0
    while True:
        try:
            return fn()
        except LmsError as exc:
            attempt += 1
            if not exc.retriable or attempt >= policy.attempts:
                raise
            if cancel.wait(policy.delay_s(attempt - 1)):
                raise Cancelled() from None


# --- Canvas --------------------------------------------------------------------------------
class CanvasDriver:
    def __init__(self, client: CanvasClient, policy: RetryPolicy, cancel: threading.Event):
        self.client = client
        where: CanvasAssignment = client.where
        self.target = Target("canvas", where.base_url, where.course_id, where.assignment_id)
        self._policy = policy
        self._cancel = cancel
        self._submissions: dict[str, dict[str, Any]] = {}

    def prepare(self) -> None:
        self.client.check_assignment()

    def match(self, student: Student) -> tuple[str | None, str]:
        uid = student.platform_id or ""
        if student.anonymous or not uid.isdigit():
            return None, (
                "Canvas hid who this is (anonymous grading), so the feedback cannot be matched; "
                "attach it in SpeedGrader."
            )
        sub = self.client.submission(uid)
        if sub is None or str(sub.get("user_id", uid)) != uid:
            return None, (
                f"Canvas user {uid} has no submission in this assignment (is the address the "
                "assignment this download came from?)."
            )
        self._submissions[uid] = sub
        return uid, ""

    def send(
        self,
        item: StudentReturn,
        user_id: str,
        ledger: Ledger,
        progress: Callable[[int, str], None],
    ) -> StudentOutcome:
        assert item.package is not None and item.package_hash is not None
        package, digest, key = item.package, item.package_hash, item.student.key
        target = self.target
        pending = ledger.posting(target, key)
        if pending and pending.get("file_ids"):
            found = self.client.find_comment(user_id, pending["file_ids"])
            if found is not None:
                ledger.finish_posting(
                    target,
                    key,
                    str(pending["package_hash"]),
                    user_id=user_id,
                    comment_id=str(found.get("id")),
                    file_ids=pending["file_ids"],
                    grade_posted=bool(pending.get("grade_posted")),
                )
                if pending["package_hash"] == digest:
                    return self._outcome(item, user_id, found, pending["file_ids"], pending)
        file_ids: list[str] = []
        done = 0
        for path in package.files:
            size = path.stat().st_size
            sha = ledger.sha256(path)
            known = ledger.uploaded(target, key, sha)
            if known is not None and known.get("name") == path.name:
                file_ids.append(str(known["file_id"]))
                done += size
                progress(done, path.name)
                continue
            base = done

            def file_progress(sent: int, base: int = base, name: str = path.name) -> None:
                progress(base + sent, name)

            def upload(p: Path = path, fp: Callable[[int], None] = file_progress) -> Any:
                return self.client.upload_file(user_id, p, fp)

            uploaded = with_retries(upload, self._policy, self._cancel)
            file_id = str(uploaded["id"])
            ledger.record_upload(target, key, sha, file_id=file_id, name=path.name, size=size)
            file_ids.append(file_id)
            done += size
            progress(done, path.name)
        grade = package.grade_for_lms()
        sub = self._submissions.get(user_id) or {}
        attempt = sub.get("attempt")
        ledger.begin_posting(
            target, key, digest, file_ids=file_ids, user_id=user_id, grade_posted=grade is not None
        )
        comment = self._post(user_id, package.comment_text(), file_ids, attempt, grade)
        ids = {"file_ids": file_ids, "grade_posted": grade is not None}
        ledger.finish_posting(
            target,
            key,
            digest,
            user_id=user_id,
            comment_id=str(comment.get("id")),
            **ids,
        )
        return self._outcome(item, user_id, comment, file_ids, ids)

    def _post(
        self,
        user_id: str,
        text: str,
        file_ids: list[str],
        attempt: Any,
        grade: str | None,
    ) -> dict[str, Any]:
        tries = 0
        while True:
            try:
                submission = self.client.post_comment(
                    user_id,
                    text,
                    file_ids,
                    attempt if isinstance(attempt, int) else None,
                    grade,
                )
                found = comment_in(submission, file_ids) or self.client.find_comment(
                    user_id, file_ids
                )
                if found is None:
                    raise LmsError(
                        "Canvas accepted the comment but does not show it with the files.",
                        ErrorCode.LMS_BAD_RESPONSE,
                        platform="Canvas",
                        detail="comment missing",
                    )
                return found
            except LmsError as exc:
                tries += 1
                if not exc.retriable or tries >= self._policy.attempts:
                    raise
                # The answer was lost or the server failed: the comment may be there already.
                found = self.client.find_comment(user_id, file_ids)
                if found is not None:
                    return found
                if self._cancel.wait(self._policy.delay_s(tries - 1)):
                    raise Cancelled() from None

    def _outcome(
        self,
        item: StudentReturn,
        user_id: str,
        comment: dict[str, Any],
        file_ids: list[str],
        ids: dict[str, Any],
    ) -> StudentOutcome:
        assert item.package is not None
        return StudentOutcome(
            item.student.key,
            item.student.display_name,
            Outcome.RETURNED,
            "",
            None,
            user_id,
            [p.name for p in item.package.files],
            item.package.size_bytes,
            bool(ids.get("grade_posted")),
            {"comment_id": str(comment.get("id")), "file_ids": list(file_ids)},
        )


# --- Moodle --------------------------------------------------------------------------------
class MoodleDriver:
    def __init__(
        self,
        client: MoodleClient,
        cmid: str,
        layout: HandinLayout,
        policy: RetryPolicy,
        cancel: threading.Event,
    ) -> None:
        self.client = client
        self.cmid = cmid
        self.layout = layout
        self.target = Target("moodle", client.base_url, "", cmid)
        self._policy = policy
        self._cancel = cancel
        self.assignment: MoodleAssignment | None = None
        self._participants: dict[str, str] = {}

    def prepare(self) -> None:
        if not self.layout.is_moodle:
            raise LmsError(
                "This hand-in was not downloaded from Moodle, so its students cannot be matched "
                "to Moodle's.",
                ErrorCode.LMS_WRONG_PLATFORM,
                platform="Moodle",
            )
        self.assignment = self.client.assignment(self.cmid)
        if self.assignment.team_submission:
            raise LmsError(
                "This Moodle assignment takes group submissions: the numbers in the download "
                "are group ids, not students. Return the feedback with the Moodle zip.",
                ErrorCode.LMS_MOODLE_GROUPS,
                platform="Moodle",
            )
        if self.assignment.grading_method:
            raise LmsError(
                f"This Moodle assignment is graded with a {self.assignment.grading_method} "
                "(advanced grading); saving feedback through Moodle's web services would change "
                "it. Return the feedback with the Moodle zip.",
                ErrorCode.LMS_MOODLE_ADVANCED_GRADING,
                platform="Moodle",
                method=self.assignment.grading_method,
            )
        self._participants = self.client.participant_map(self.assignment.instance_id)

    def match(self, student: Student) -> tuple[str | None, str]:
        pid = student.platform_id or ""
        user_id = self._participants.get(pid) if pid.isdigit() else None
        if user_id is None:
            return None, (
                f"Participant {pid or '?'} is not one of this assignment's participants in "
                "Moodle (is the address the assignment this download came from?)."
            )
        return user_id, ""

    def send(
        self,
        item: StudentReturn,
        user_id: str,
        ledger: Ledger,
        progress: Callable[[int, str], None],
    ) -> StudentOutcome:
        assert item.package is not None and item.package_hash is not None
        assert self.assignment is not None
        package, digest, key = item.package, item.package_hash, item.student.key
        target = self.target

        # A draft area of an interrupted run of this same package is reused and its files are
        # not sent again. Another package's draft is not: a name taken there by an older video
        # would pass for this one's ("filenameexist").
        def known_here(path: Path) -> dict[str, Any] | None:
            known = ledger.uploaded(target, key, ledger.sha256(path))
            if known is None or known.get("package") != digest or known["name"] != path.name:
                return None
            return known

        draft = "0"
        for path in package.files:
            known = known_here(path)
            if known is not None:
                draft = str(known["draft"])
                break
        done = 0
        for path in package.files:
            size = path.stat().st_size
            sha = ledger.sha256(path)
            known = known_here(path)
            if known is not None and str(known["draft"]) == draft:
                done += size
                progress(done, path.name)
                continue
            base = done

            def file_progress(sent: int, base: int = base, name: str = path.name) -> None:
                progress(base + sent, name)

            def upload(
                p: Path = path, fp: Callable[[int], None] = file_progress, d: str = draft
            ) -> str:
                return self.client.upload_draft(p, d, fp)

            draft = str(with_retries(upload, self._policy, self._cancel))
            ledger.record_upload(
                target, key, sha, draft=draft, name=path.name, size=size, package=digest
            )
            done += size
            progress(done, path.name)
        wanted = package.grade_for_lms()
        grade = moodle_grade(wanted)
        posted = grade is not None
        if grade is None:
            grade = self.client.current_grade(self.assignment.instance_id, user_id)
        ledger.begin_posting(target, key, digest, draft=draft, user_id=user_id, grade_posted=posted)
        self.client.save_feedback(
            self.assignment.instance_id, user_id, package.comment_text(), draft, grade
        )
        ledger.finish_posting(
            target, key, digest, user_id=user_id, draft=draft, grade_posted=posted
        )
        reason = ""
        if wanted is not None and not posted:
            reason = f"The grade “{wanted}” is not a number; set it in Moodle."
        return StudentOutcome(
            key,
            item.student.display_name,
            Outcome.RETURNED,
            reason,
            None,
            user_id,
            [p.name for p in package.files],
            package.size_bytes,
            posted,
            {"draft_itemid": draft, "assignment_instance": self.assignment.instance_id},
        )
