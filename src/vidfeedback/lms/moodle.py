"""Moodle: feedback files and comment through the web services of mod_assign.

Read from moodle/moodle:
- webservice/upload.php: POST token, filearea=draft, itemid (0: a new draft area), filepath, and
  the files; answers a JSON list of file records (with the draft `itemid`), or per file an
  `errortype` (fileoversized, filenameexist); a refused token is an exception as JSON.
- webservice/rest/server.php?moodlewsrestformat=json: errors come back with HTTP 200 as
  {"exception": …, "errorcode": …, "message": …}.
- mod_assign_save_grade(assignmentid, userid, grade, attemptnumber, addattempt, workflowstate,
  applytoall, plugindata[assignfeedbackcomments_editor][text|format],
  plugindata[files_filemanager]): the feedback file plugin replaces the student's feedback files
  with the draft area's, the comment plugin replaces the comment; `grade` is required and a
  negative grade means "not graded", so keeping a grade means sending it back unchanged.
- The number in a download's folder names is assign::get_uniqueid_for_user(), a row of
  assign_user_mapping, not the user id. mod_assign_get_user_mappings returns exactly those rows
  (id -> userid); it needs mod/assign:revealidentities, which editing teachers have. Without it
  there is no way to know who a folder belongs to, and the app refuses to guess.
- core_grading_get_definitions(cmids, areaname="submissions", activeonly) names the active
  advanced grading method (rubric, marking guide); with one active, save_grade wants the form's
  filling, so the app leaves such assignments to the zip rather than touch their rubric.
- Course module id (the "id" in mod/assign/view.php and the number at the end of the download's
  name) -> assignment instance: core_course_get_course_module.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit, urlunsplit

import httpx

from vidfeedback.errors import ErrorCode
from vidfeedback.lms.canvas import content_type_for
from vidfeedback.lms.errors import LmsError, status_error
from vidfeedback.lms.transport import (
    Progress,
    Secret,
    Transport,
    check_url,
    json_or_none,
    multipart_file_body,
)

PLATFORM = "Moodle"
FORMAT_PLAIN = "2"  # Moodle's FORMAT_PLAIN: line breaks kept, no HTML
NO_GRADE = "-1"
_NUMBER = re.compile(r"^-?\d+(?:[.,]\d+)?$")

_UNAUTHORIZED = {"invalidtoken", "invalidlogin", "usernotfullysetup"}
_FORBIDDEN = {
    "accessexception",
    "nopermissions",
    "requireloginerror",
    "servicerequireslogin",
    "webservicenotavailable",
    "enablewsdescription",
}
_NOT_FOUND = {"invalidrecord", "invalidrecordunknown", "invalidcoursemodule", "invalidcourseid"}
_TOO_LARGE = {"upload_error_ini_size", "upload_error_form_size", "fileoversized", "maxbytes"}
_QUOTA = {"userquotalimit", "maxareabytes"}


@dataclass(frozen=True)
class MoodleAssignment:
    base_url: str
    cmid: str  # course module id, as in the assignment's address
    instance_id: str = ""  # the assign table's id, which the web services want
    course_id: str = ""
    team_submission: bool = False
    blind_marking: bool = False
    grading_method: str = ""  # "" simple direct grading; "rubric", "guide", … advanced


def parse_site_url(url: str) -> tuple[str, str | None]:
    """(site address, course module id or None) from what the teacher pasted: the site, or the
    assignment's page …/mod/assign/view.php?id=N."""
    url = check_url(url, "the Moodle site's address")
    parts = urlsplit(url)
    path = parts.path
    cmid: str | None = None
    marker = path.find("/mod/assign/")
    if marker >= 0:
        ids = parse_qs(parts.query).get("id", [])
        cmid = ids[0] if ids and ids[0].isdigit() else None
        path = path[:marker]
    elif path.endswith((".php", "/")):
        path = path.rsplit("/", 1)[0]
    return urlunsplit((parts.scheme, parts.netloc, path.rstrip("/"), "", "")), cmid


def moodle_error(errorcode: str, message: str, what: str) -> LmsError:
    code = errorcode.casefold()
    detail = f"{errorcode}: {message}"[:200]
    if code in _UNAUTHORIZED:
        return status_error(PLATFORM, 401, what, errorcode)
    if code in _FORBIDDEN:
        return status_error(PLATFORM, 403, what, errorcode)
    if code in _NOT_FOUND:
        return status_error(PLATFORM, 404, what, errorcode)
    if code in _TOO_LARGE:
        return status_error(PLATFORM, 413, what, errorcode)
    if code in _QUOTA:
        return status_error(PLATFORM, 400, what, "quota: " + errorcode)
    return LmsError(
        f"Moodle refused to {what}: {detail}.",
        ErrorCode.LMS_REFUSED,
        platform=PLATFORM,
        what=what,
        detail=detail,
    )


class MoodleClient:
    platform = PLATFORM

    def __init__(self, base_url: str, token: Secret, transport: Transport) -> None:
        if not token:
            raise LmsError(
                "No Moodle web-service token: make one in Moodle (Preferences → Security keys) "
                "and paste it.",
                ErrorCode.LMS_NO_TOKEN,
                platform=PLATFORM,
            )
        self.base_url = check_url(base_url, "the Moodle site's address").rstrip("/")
        self._token = token
        self._http = transport

    def call(
        self,
        function: str,
        params: Sequence[tuple[str, str]],
        what: str,
        repeatable: bool = True,
    ) -> Any:
        data = [
            ("wstoken", self._token.reveal()),
            ("wsfunction", function),
            ("moodlewsrestformat", "json"),
            *params,
        ]
        # The token goes in the body, never in the address: addresses end up in logs.
        r = self._http.send(
            "POST",
            f"{self.base_url}/webservice/rest/server.php",
            what=what,
            data=data,
            repeatable=repeatable,
        )
        return self._answer(r, what)

    def _answer(self, r: httpx.Response, what: str) -> Any:
        if r.status_code != 200:
            raise status_error(PLATFORM, r.status_code, what)
        body = json_or_none(r)
        if r.content.strip() in (b"", b"null"):
            return None
        if body is None:
            raise LmsError(
                f"Moodle's answer when asked to {what} was not JSON; is the REST protocol "
                "enabled on the site?",
                ErrorCode.LMS_BAD_RESPONSE,
                platform=PLATFORM,
                detail=what,
            )
        if isinstance(body, dict) and ("exception" in body or "errorcode" in body):
            raise moodle_error(
                str(body.get("errorcode", "")), str(body.get("message") or body.get("error")), what
            )
        return body

    # --- the assignment ---------------------------------------------------------------------
    def assignment(self, cmid: str) -> MoodleAssignment:
        what = "open the assignment"
        cm = self.call("core_course_get_course_module", [("cmid", cmid)], what)
        info = cm.get("cm") if isinstance(cm, dict) else None
        if not isinstance(info, dict) or info.get("modname") != "assign":
            raise LmsError(
                f"Course module {cmid} is not an assignment.",
                ErrorCode.LMS_NOT_FOUND,
                platform=PLATFORM,
                what=what,
            )
        instance, course = str(info["instance"]), str(info["course"])
        found = self.call(
            "mod_assign_get_assignments", [("courseids[0]", course)], "read the assignment"
        )
        settings: dict[str, Any] = {}
        for c in found.get("courses", []) if isinstance(found, dict) else []:
            for a in c.get("assignments", []):
                if str(a.get("id")) == instance:
                    settings = a
        return MoodleAssignment(
            self.base_url,
            cmid,
            instance,
            course,
            team_submission=bool(settings.get("teamsubmission")),
            blind_marking=bool(settings.get("blindmarking")),
            grading_method=self.grading_method(cmid),
        )

    def grading_method(self, cmid: str) -> str:
        """The active advanced grading method of the submissions area ("" when the grade is
        typed directly). With one active, mod_assign_save_grade expects the form's filling
        and would change it when given none."""
        found = self.call(
            "core_grading_get_definitions",
            [("cmids[0]", cmid), ("areaname", "submissions"), ("activeonly", "1")],
            "read how the assignment is graded",
        )
        for area in found.get("areas", []) if isinstance(found, dict) else []:
            if str(area.get("cmid")) == cmid and area.get("activemethod"):
                return str(area["activemethod"])
        return ""

    def participant_map(self, instance_id: str) -> dict[str, str]:
        """participant id (the download's number) -> user id, as Moodle's own importer maps it."""
        what = "read which participant is which student"
        found = self.call("mod_assign_get_user_mappings", [("assignmentids[0]", instance_id)], what)
        for w in found.get("warnings", []) if isinstance(found, dict) else []:
            if str(w.get("warningcode")) == "1":
                raise LmsError(
                    "This token may not see which participant is which student in this "
                    "assignment (mod/assign:revealidentities), so the feedback cannot be matched "
                    "to the students. Use an editing teacher's token, or return the Moodle zip.",
                    ErrorCode.LMS_MOODLE_NO_MAPPING,
                    platform=PLATFORM,
                )
        mapping: dict[str, str] = {}
        for a in found.get("assignments", []) if isinstance(found, dict) else []:
            if str(a.get("assignmentid")) != instance_id:
                continue
            for m in a.get("mappings", []):
                mapping[str(m["id"])] = str(m["userid"])
        return mapping

    def current_grade(self, instance_id: str, user_id: str) -> str:
        """The grade Moodle holds for the latest attempt, or "-1" (not graded)."""
        found = self.call(
            "mod_assign_get_grades", [("assignmentids[0]", instance_id)], "read the grades"
        )
        best: tuple[int, str] | None = None
        for a in found.get("assignments", []) if isinstance(found, dict) else []:
            if str(a.get("assignmentid")) != instance_id:
                continue
            for g in a.get("grades", []):
                if str(g.get("userid")) == user_id:
                    attempt = int(g.get("attemptnumber", 0))
                    if best is None or attempt >= best[0]:
                        best = (attempt, str(g.get("grade", NO_GRADE)))
        if best is None or not best[1].strip():
            return NO_GRADE
        return best[1]

    # --- files and feedback -----------------------------------------------------------------
    def upload_draft(self, path: Path, itemid: str, progress: Progress | None = None) -> str:
        """Put one file into a draft area (itemid "0": a new one); returns the draft item id.

        A "filenameexist" answer for a draft area of our own means an earlier attempt whose
        answer was lost did arrive: the file is there, which is what was wanted.
        """
        fields = [
            ("token", self._token.reveal()),
            ("filearea", "draft"),
            ("itemid", itemid),
            ("filepath", "/"),
        ]

        def body() -> tuple[dict[str, str], Any]:
            return multipart_file_body(
                fields,
                "file_1",
                path,
                path.name,
                content_type_for(path),
                progress,
                self._http.cancel,
            )

        what = f"receive {path.name}"
        r = self._http.send("POST", f"{self.base_url}/webservice/upload.php", what=what, body=body)
        body_json = self._answer(r, what)
        if isinstance(body_json, dict) and "error" in body_json:
            raise moodle_error(str(body_json.get("errorcode", "")), str(body_json["error"]), what)
        if not isinstance(body_json, list) or not body_json:
            raise LmsError(
                f"Moodle's answer to the upload of {path.name} holds no file.",
                ErrorCode.LMS_BAD_RESPONSE,
                platform=PLATFORM,
                detail="upload.php",
            )
        record = body_json[0]
        kind = str(record.get("errortype", ""))
        if kind == "filenameexist" and itemid != "0":
            return itemid
        if kind:
            raise moodle_error(kind, str(record.get("error", "")), what)
        return str(record["itemid"])

    def save_feedback(
        self,
        instance_id: str,
        user_id: str,
        comment: str,
        draft_itemid: str,
        grade: str,
    ) -> None:
        """Replaces the student's feedback files and comment: repeating it is harmless."""
        params = [
            ("assignmentid", instance_id),
            ("userid", user_id),
            ("grade", grade),
            ("attemptnumber", "-1"),
            ("addattempt", "0"),
            ("workflowstate", ""),
            ("applytoall", "0"),
            ("plugindata[assignfeedbackcomments_editor][text]", comment),
            ("plugindata[assignfeedbackcomments_editor][format]", FORMAT_PLAIN),
            ("plugindata[files_filemanager]", draft_itemid),
        ]
        self.call("mod_assign_save_grade", params, "save the feedback")


def moodle_grade(grade: str | None) -> str | None:
    """A grade Moodle's grade field takes (a number; "," as decimal mark is read as "."), or
    None when the grade is not a number (a scale or a letter: set it in Moodle)."""
    if grade is None or not _NUMBER.match(grade.strip()):
        return None
    return grade.strip().replace(",", ".")
