"""Canvas: feedback files as submission comment attachments, through the documented upload.

Read from instructure/canvas-lms (doc/api/file_uploads.md, the submission comments and
submissions API docs):
1. POST /api/v1/courses/:course/assignments/:assignment/submissions/:user/comments/files with
   name, size and content_type, with the token -> upload_url and upload_params (about 30 min);
   only files made through this endpoint may be attached to a submission comment.
2. multipart POST to upload_url with every upload_param unchanged and `file` last, *without* the
   token (the URL may be another host, e.g. a storage bucket).
3. a 3xx: GET the Location with the token to complete the upload; a 201: GET the Location for
   the file object. Either way the answer holds the file's id.
4. PUT /api/v1/courses/:course/assignments/:assignment/submissions/:user with
   comment[text_comment], comment[file_ids][], comment[attempt] and, only when the grade belongs
   in the LMS, submission[posted_grade].
"""

from __future__ import annotations

import mimetypes
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urljoin, urlsplit, urlunsplit

import httpx

from vidfeedback.errors import ErrorCode
from vidfeedback.lms.errors import LmsError, status_error
from vidfeedback.lms.transport import (
    Progress,
    Secret,
    Transport,
    check_url,
    error_detail,
    json_or_none,
    multipart_file_body,
    same_origin,
)

PLATFORM = "Canvas"
_COURSE_ASSIGNMENT = re.compile(r"/courses/(?P<course>\d+)/assignments/(?P<assignment>\d+)")
_SPEEDGRADER = re.compile(r"/courses/(?P<course>\d+)/gradebook/speed_grader")


@dataclass(frozen=True)
class CanvasAssignment:
    base_url: str  # scheme://host[:port][/prefix], no trailing slash
    course_id: str
    assignment_id: str


def parse_assignment_url(url: str) -> CanvasAssignment:
    """The assignment's address as the teacher copies it from the browser: the assignment page
    (…/courses/1/assignments/2, also …/submissions/3) or SpeedGrader (…?assignment_id=2)."""
    url = check_url(url, "the assignment's address")
    parts = urlsplit(url)
    m = _COURSE_ASSIGNMENT.search(parts.path)
    if m is not None:
        prefix = parts.path[: m.start()]
        base = urlunsplit((parts.scheme, parts.netloc, prefix, "", "")).rstrip("/")
        return CanvasAssignment(base, m.group("course"), m.group("assignment"))
    m = _SPEEDGRADER.search(parts.path)
    ids = parse_qs(parts.query).get("assignment_id", [])
    if m is not None and ids and ids[0].isdigit():
        prefix = parts.path[: m.start()]
        base = urlunsplit((parts.scheme, parts.netloc, prefix, "", "")).rstrip("/")
        return CanvasAssignment(base, m.group("course"), ids[0])
    raise LmsError(
        "That is not a Canvas assignment's address. Open the assignment in Canvas and copy the "
        "address from the browser (it contains /courses/…/assignments/…).",
        ErrorCode.LMS_URL_INVALID,
        url=urlunsplit((parts.scheme, parts.netloc, parts.path, "", "")),
    )


def content_type_for(path: Path) -> str:
    known = {".mp4": "video/mp4", ".vtt": "text/vtt", ".html": "text/html"}
    return known.get(path.suffix.casefold()) or (
        mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    )


class CanvasClient:
    platform = PLATFORM

    def __init__(self, where: CanvasAssignment, token: Secret, transport: Transport) -> None:
        if not token:
            raise LmsError(
                "No Canvas access token: make one in Canvas (Account → Settings → New access "
                "token) and paste it.",
                ErrorCode.LMS_NO_TOKEN,
                platform=PLATFORM,
            )
        self.where = where
        self._token = token
        self._http = transport

    # --- plumbing ---------------------------------------------------------------------------
    def _url(self, tail: str) -> str:
        w = self.where
        return f"{w.base_url}/api/v1/courses/{w.course_id}/assignments/{w.assignment_id}{tail}"

    def _auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self._token.reveal()}", "Accept": "application/json"}

    def _json(self, response: httpx.Response, what: str) -> dict[str, Any]:
        if response.status_code >= 300:
            raise status_error(PLATFORM, response.status_code, what, error_detail(response))
        body = json_or_none(response)
        if not isinstance(body, dict):
            raise LmsError(
                f"Canvas's answer when asked to {what} was not what its documentation describes.",
                ErrorCode.LMS_BAD_RESPONSE,
                platform=PLATFORM,
                detail=what,
            )
        return body

    # --- the assignment and its submissions -------------------------------------------------
    def check_assignment(self) -> dict[str, Any]:
        """Fails early, before any upload, on a wrong address or a refused token."""
        what = "open the assignment"
        r = self._http.send("GET", self._url(""), what=what, headers=self._auth())
        return self._json(r, what)

    def submission(self, user_id: str) -> dict[str, Any] | None:
        """The student's submission with its comments, or None if the user id is not a student
        of this assignment (Canvas answers 404)."""
        what = "read a student's submission"
        r = self._http.send(
            "GET",
            self._url(f"/submissions/{user_id}"),
            what=what,
            headers=self._auth(),
            params=[("include[]", "submission_comments")],
        )
        if r.status_code == 404:
            return None
        return self._json(r, what)

    def find_comment(self, user_id: str, file_ids: Sequence[str]) -> dict[str, Any] | None:
        """A comment on the submission that carries all these files, if one does: how a post
        whose answer was lost is recognised instead of being posted twice."""
        sub = self.submission(user_id)
        return None if sub is None else comment_in(sub, file_ids)

    # --- the three-step upload ---------------------------------------------------------------
    def upload_file(
        self,
        user_id: str,
        path: Path,
        progress: Progress | None = None,
    ) -> dict[str, Any]:
        """Upload one file for a comment; returns Canvas's file object (with its id)."""
        size = path.stat().st_size
        content_type = content_type_for(path)
        what = "prepare a file upload"
        r = self._http.send(
            "POST",
            self._url(f"/submissions/{user_id}/comments/files"),
            what=what,
            headers=self._auth(),
            data=[("name", path.name), ("size", str(size)), ("content_type", content_type)],
        )
        ticket = self._json(r, what)
        upload_url = ticket.get("upload_url")
        params = ticket.get("upload_params")
        if not isinstance(upload_url, str) or not isinstance(params, dict):
            raise LmsError(
                "Canvas gave no upload address for the file.",
                ErrorCode.LMS_BAD_RESPONSE,
                platform=PLATFORM,
                detail="upload_url",
            )
        upload_url = check_url(urljoin(self.where.base_url + "/", upload_url), "upload address")
        fields = [(str(k), "" if v is None else str(v)) for k, v in params.items()]

        def body() -> tuple[dict[str, str], Any]:
            return multipart_file_body(
                fields, "file", path, path.name, content_type, progress, self._http.cancel
            )

        what = f"receive {path.name}"
        # Not repeated here: a new attempt starts from step 1 with fresh upload_params.
        r = self._http.send("POST", upload_url, what=what, body=body, repeatable=False)
        location = r.headers.get("Location")
        if r.is_redirect or r.status_code == 201:
            if not location:
                raise LmsError(
                    f"Canvas did not say where to confirm {path.name}.",
                    ErrorCode.LMS_BAD_RESPONSE,
                    platform=PLATFORM,
                    detail="Location",
                )
            return self._confirm(urljoin(upload_url, location), path.name)
        if r.status_code >= 300:
            raise status_error(PLATFORM, r.status_code, what, error_detail(r))
        raise LmsError(
            f"Canvas answered {r.status_code} without a confirmation address for {path.name}.",
            ErrorCode.LMS_BAD_RESPONSE,
            platform=PLATFORM,
            detail=str(r.status_code),
        )

    def _confirm(self, location: str, name: str) -> dict[str, Any]:
        location = check_url(location, "confirmation address")
        if not same_origin(location, self.where.base_url):
            # The token is for Canvas only: never hand it to another host.
            raise LmsError(
                f"Canvas asked to confirm {name} on another host; the token was not sent there.",
                ErrorCode.LMS_BAD_RESPONSE,
                platform=PLATFORM,
                detail="foreign Location",
            )
        what = f"confirm {name}"
        r = self._http.send("GET", location, what=what, headers=self._auth())
        file = self._json(r, what)
        if "id" not in file:
            raise LmsError(
                f"Canvas's confirmation of {name} has no file id.",
                ErrorCode.LMS_BAD_RESPONSE,
                platform=PLATFORM,
                detail="id",
            )
        return file

    # --- the comment -------------------------------------------------------------------------
    def post_comment(
        self,
        user_id: str,
        text: str,
        file_ids: Sequence[str],
        attempt: int | None,
        grade: str | None,
    ) -> dict[str, Any]:
        """Sent once: a lost answer is checked with find_comment, never simply repeated."""
        data: list[tuple[str, str]] = [("comment[text_comment]", text)]
        data += [("comment[file_ids][]", str(i)) for i in file_ids]
        if attempt is not None:
            data.append(("comment[attempt]", str(attempt)))
        if grade is not None:
            data.append(("submission[posted_grade]", grade))
        what = "post the comment"
        r = self._http.send(
            "PUT",
            self._url(f"/submissions/{user_id}"),
            what=what,
            headers=self._auth(),
            data=data,
            repeatable=False,
        )
        return self._json(r, what)


def comment_in(submission: dict[str, Any], file_ids: Sequence[str]) -> dict[str, Any] | None:
    wanted = {str(i) for i in file_ids}
    for comment in submission.get("submission_comments") or []:
        if isinstance(comment, dict):
            attached = {str(a.get("id")) for a in comment.get("attachments") or []}
            if wanted and wanted <= attached:
                return comment
    return None
