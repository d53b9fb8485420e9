"""A local Moodle that behaves as moodle/moodle's web services do, for testing the real client.

- /webservice/rest/server.php: form fields wstoken, wsfunction, moodlewsrestformat=json and the
  function's parameters; every error is HTTP 200 with {"exception", "errorcode", "message"}.
- /webservice/upload.php (AJAX_SCRIPT): token, filearea=draft, itemid (0: a new draft id),
  filepath and the files; a JSON list of file records or, per file, an errortype
  (fileoversized, filenameexist); a wrong token is an exception as JSON.
- The download's number is the assign_user_mapping id (participant id), not the user id:
  mod_assign_get_user_mappings lists them and needs mod/assign:revealidentities (otherwise a
  warning with code 1 and no mappings).
- mod_assign_save_grade replaces the feedback files with the draft area's, replaces the comment,
  sets the grade (required, a float; negative means "not graded").
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from support.fake_http import FakeServer, Part, Seen, json_reply

Reply = tuple[int, dict[str, str], bytes]


@dataclass
class DraftFile:
    name: str
    path: Path
    sha256: str
    size: int


@dataclass
class Feedback:
    comment: str = ""
    comment_format: str = ""
    files: list[DraftFile] = field(default_factory=list)
    grade: float | None = None
    saves: int = 0


class FakeMoodle(FakeServer):
    def __init__(
        self,
        spool: Path,
        token: str,
        cmid: str = "5521",
        instance_id: str = "88",
        course_id: str = "3",
        participants: dict[str, str] | None = None,  # participant id -> user id
        can_reveal: bool = True,
        team_submission: bool = False,
        max_bytes: int = 500_000_000,
        grading_method: str = "",
    ) -> None:
        super().__init__(spool)
        self.token = token
        self.cmid = cmid
        self.instance_id = instance_id
        self.course_id = course_id
        self.participants = participants or {}
        self.can_reveal = can_reveal
        self.team_submission = team_submission
        self.max_bytes = max_bytes
        self.grading_method = grading_method
        self.drafts: dict[int, list[DraftFile]] = {}
        self.feedback: dict[str, Feedback] = {}  # user id -> feedback
        self.grades: dict[str, float] = {}
        self._draft_ids = itertools.count(700001)

    # --- routing ------------------------------------------------------------------------
    def handle(self, seen: Seen) -> Reply:
        if seen.path == "/webservice/upload.php" and seen.method == "POST":
            return self._upload(seen)
        if seen.path == "/webservice/rest/server.php" and seen.method == "POST":
            form = dict(seen.form)
            if form.get("moodlewsrestformat") != "json":
                return 200, {"Content-Type": "application/xml"}, b"<?xml version='1.0'?><x/>"
            if form.get("wstoken") != self.token:
                return self._exception("invalidtoken", "Invalid token - token not found")
            fn = form.get("wsfunction", "")
            handler = getattr(self, "_ws_" + fn, None)
            if handler is None:
                return self._exception(
                    "accessexception", "Access control exception", "webservice_access_exception"
                )
            return handler(seen.form)  # type: ignore[no-any-return]
        return 404, {}, b"Not found"

    @staticmethod
    def _exception(errorcode: str, message: str, exception: str = "moodle_exception") -> Reply:
        return json_reply(200, {"exception": exception, "errorcode": errorcode, "message": message})

    # --- web services -------------------------------------------------------------------
    def _ws_core_course_get_course_module(self, form: list[tuple[str, str]]) -> Reply:
        cmid = dict(form).get("cmid")
        if cmid != self.cmid:
            return self._exception(
                "invalidrecord", "Can't find data record in database table course_modules.",
                "dml_missing_record_exception",
            )  # fmt: skip
        return json_reply(
            200,
            {
                "cm": {
                    "id": int(self.cmid),
                    "course": int(self.course_id),
                    "modname": "assign",
                    "instance": int(self.instance_id),
                    "name": "Argumenterende tekst",
                },
                "warnings": [],
            },
        )

    def _ws_mod_assign_get_assignments(self, form: list[tuple[str, str]]) -> Reply:
        return json_reply(
            200,
            {
                "courses": [
                    {
                        "id": int(self.course_id),
                        "assignments": [
                            {
                                "id": int(self.instance_id),
                                "cmid": int(self.cmid),
                                "course": int(self.course_id),
                                "teamsubmission": int(self.team_submission),
                                "blindmarking": 0,
                            }
                        ],
                    }
                ],
                "warnings": [],
            },
        )

    def _ws_core_grading_get_definitions(self, form: list[tuple[str, str]]) -> Reply:
        f = dict(form)
        area: dict[str, Any] = {
            "cmid": int(f["cmids[0]"]),
            "contextid": 9,
            "component": "mod_assign",
            "areaname": f["areaname"],
            "definitions": [],
        }
        if self.grading_method:
            area["activemethod"] = self.grading_method
        return json_reply(200, {"areas": [area], "warnings": []})

    def _ws_mod_assign_get_user_mappings(self, form: list[tuple[str, str]]) -> Reply:
        if not self.can_reveal:
            return json_reply(
                200,
                {
                    "assignments": [],
                    "warnings": [
                        {
                            "item": "assignment",
                            "itemid": int(self.instance_id),
                            "warningcode": "1",
                            "message": "No access rights in module context",
                        }
                    ],
                },
            )
        mappings = [{"id": int(p), "userid": int(u)} for p, u in sorted(self.participants.items())]
        return json_reply(
            200,
            {
                "assignments": [{"assignmentid": int(self.instance_id), "mappings": mappings}],
                "warnings": [],
            },
        )

    def _ws_mod_assign_get_grades(self, form: list[tuple[str, str]]) -> Reply:
        grades = [
            {"id": i, "userid": int(u), "attemptnumber": 0, "grade": f"{g:.5f}"}
            for i, (u, g) in enumerate(sorted(self.grades.items()), 1)
        ]
        return json_reply(
            200,
            {
                "assignments": [{"assignmentid": int(self.instance_id), "grades": grades}],
                "warnings": [],
            },
        )

    def _ws_mod_assign_save_grade(self, form: list[tuple[str, str]]) -> Reply:
        f = dict(form)
        required = ("assignmentid", "userid", "grade", "attemptnumber", "addattempt",
                    "workflowstate", "applytoall")  # fmt: skip
        missing = [k for k in required if k not in f]
        if missing:
            return self._exception(
                "invalidparameter", f"Invalid parameter value detected (missing {missing[0]})",
                "invalid_parameter_exception",
            )  # fmt: skip
        if f["assignmentid"] != self.instance_id:
            return self._exception(
                "invalidrecord", "Can't find data record in database table assign."
            )
        try:
            grade = float(f["grade"])
        except ValueError:
            return self._exception(
                "invalidparameter",
                "Invalid parameter value detected",
                "invalid_parameter_exception",
            )
        user = f["userid"]
        if user not in self.participants.values():
            return self._exception(
                "invalidrecord", "Can't find data record in database table user."
            )
        fb = self.feedback.setdefault(user, Feedback())
        fb.saves += 1
        fb.comment = f.get("plugindata[assignfeedbackcomments_editor][text]", fb.comment)
        fb.comment_format = f.get("plugindata[assignfeedbackcomments_editor][format]", "")
        draft = f.get("plugindata[files_filemanager]")
        if draft is not None:
            fb.files = list(self.drafts.get(int(draft), []))  # the draft area replaces them
        if grade >= 0:
            self.grades[user] = grade
        else:
            self.grades.pop(user, None)
        return 200, {"Content-Type": "application/json"}, b"null"

    # --- upload.php ---------------------------------------------------------------------
    def _upload(self, seen: Seen) -> Reply:
        fields = {p.name: p.value.decode() for p in seen.parts if p.filename is None}
        if fields.get("token") != self.token:
            return json_reply(
                200,
                {"error": "Invalid token - token not found", "errorcode": "invalidtoken",
                 "stacktrace": None, "debuginfo": None, "reproductionlink": None},
            )  # fmt: skip
        if fields.get("filearea", "private") != "draft":
            return json_reply(
                200,
                {"error": "Private files upload is disabled", "errorcode": "privatefilesupload"},
            )
        itemid = int(fields.get("itemid", "0") or 0)
        if itemid <= 0:
            itemid = next(self._draft_ids)
        files: list[Part] = [p for p in seen.parts if p.filename is not None]
        results: list[dict[str, Any]] = []
        area = self.drafts.setdefault(itemid, [])
        for p in files:
            assert p.path is not None and p.filename is not None
            if p.size > self.max_bytes:
                results.append({"filename": p.filename, "errortype": "fileoversized",
                                "error": "A file that you tried to upload is too large"})  # fmt: skip  # noqa: E501
                continue
            if any(d.name == p.filename for d in area):
                results.append({"filename": p.filename, "errortype": "filenameexist",
                                "error": f"File name exists: {p.filename}"})  # fmt: skip
                continue
            area.append(DraftFile(p.filename, p.path, p.sha256, p.size))
            results.append({"component": "user", "contextid": 5, "userid": "2",
                            "filearea": "draft", "filename": p.filename, "filepath": "/",
                            "itemid": itemid, "license": "allrightsreserved",
                            "author": "Teacher", "source": ""})  # fmt: skip
        return json_reply(200, results)
