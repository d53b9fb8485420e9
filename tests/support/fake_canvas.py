"""A local Canvas that behaves as instructure/canvas-lms documents it (doc/api/file_uploads.md,
the submissions and submission comments APIs), for testing the real client.

- API requests need "Authorization: Bearer <token>"; a wrong one is a 401 with Canvas's
  {"errors": [{"message": "Invalid access token."}]}.
- POST …/submissions/:user/comments/files -> upload_url + upload_params; the attachment is
  pending. A size over the course's remaining quota is refused ("file size exceeds quota").
- The upload URL is a different path that signs its params: every param unchanged, `file` the
  last part, and no token (a token there fails the upload). It answers 3xx or 201 with a Location
  (mode "redirect" / "created"); a redirect must be confirmed with an authenticated GET before
  the file is available.
- PUT …/submissions/:user takes comment[text_comment], comment[file_ids][] (only available files
  made through the comments endpoint for this student), comment[attempt],
  submission[posted_grade]; answers the submission with its comments.
"""

from __future__ import annotations

import itertools
import secrets
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from support.fake_http import FakeServer, Seen, json_reply

Reply = tuple[int, dict[str, str], bytes]


@dataclass
class Attachment:
    id: int
    user_id: str
    name: str
    size: int
    content_type: str
    params: dict[str, str]
    state: str = "pending"  # pending -> uploaded -> available
    path: Path | None = None
    sha256: str = ""


@dataclass
class Comment:
    id: int
    text: str
    file_ids: list[int]
    attempt: int | None


@dataclass
class CanvasSubmission:
    user_id: str
    attempt: int | None = 1
    grade: str | None = None
    comments: list[Comment] = field(default_factory=list)


class FakeCanvas(FakeServer):
    def __init__(
        self,
        spool: Path,
        token: str,
        course_id: str = "7",
        assignment_id: str = "42",
        students: tuple[str, ...] = (),
        confirm_mode: str = "redirect",
        quota_bytes: int = 500_000_000,
        max_file_bytes: int = 5_000_000_000,
    ) -> None:
        super().__init__(spool)
        self.token = token
        self.course_id = course_id
        self.assignment_id = assignment_id
        self.submissions = {uid: CanvasSubmission(uid) for uid in students}
        self.confirm_mode = confirm_mode
        self.quota_bytes = quota_bytes
        self.max_file_bytes = max_file_bytes
        self.attachments: dict[int, Attachment] = {}
        self._ids = itertools.count(9001)
        self.token_sent_to_upload = False

    # --- what the tests check -----------------------------------------------------------
    def comments_of(self, user_id: str) -> list[Comment]:
        return list(self.submissions[user_id].comments)

    def files_of(self, comment: Comment) -> list[Attachment]:
        return [self.attachments[i] for i in comment.file_ids]

    def keep_file(self, attachment: Attachment, dest: Path) -> Path:
        assert attachment.path is not None
        shutil.copy(attachment.path, dest)
        return dest

    # --- routing ------------------------------------------------------------------------
    def handle(self, seen: Seen) -> Reply:
        path = seen.path
        if path.startswith("/files_api/upload/"):
            return self._receive(seen, path.rsplit("/", 1)[1])
        if not path.startswith("/api/v1/"):
            return json_reply(404, {"errors": [{"message": "The page could not be found."}]})
        if seen.headers.get("authorization") != f"Bearer {self.token}":
            return json_reply(401, {"errors": [{"message": "Invalid access token."}]})
        parts = path.split("/")[3:]  # after /api/v1
        if parts[:1] == ["files"]:
            return self._file(seen, parts)
        prefix = ["courses", self.course_id, "assignments", self.assignment_id]
        if parts[:4] != prefix:
            return json_reply(
                404, {"errors": [{"message": "The specified resource does not exist."}]}
            )
        rest = parts[4:]
        if not rest and seen.method == "GET":
            return json_reply(
                200,
                {
                    "id": int(self.assignment_id),
                    "course_id": int(self.course_id),
                    "name": "Argumenterende tekst",
                },
            )
        if len(rest) >= 2 and rest[0] == "submissions":
            sub = self.submissions.get(rest[1])
            if sub is None:
                return json_reply(
                    404, {"errors": [{"message": "The specified resource does not exist."}]}
                )
            if rest[2:] == ["comments", "files"] and seen.method == "POST":
                return self._announce(seen, sub)
            if not rest[2:] and seen.method == "GET":
                return json_reply(200, self._submission_json(sub))
            if not rest[2:] and seen.method == "PUT":
                return self._comment(seen, sub)
        return json_reply(404, {"errors": [{"message": "The specified resource does not exist."}]})

    # --- step 1 -------------------------------------------------------------------------
    def _announce(self, seen: Seen, sub: CanvasSubmission) -> Reply:
        form = dict(seen.form)
        name, size = form.get("name", ""), int(form.get("size", "0"))
        used = sum(a.size for a in self.attachments.values() if a.state == "available")
        if used + size > self.quota_bytes:
            return json_reply(400, {"message": "file size exceeds quota"})
        attachment = Attachment(
            next(self._ids),
            sub.user_id,
            name,
            size,
            form.get("content_type", "application/octet-stream"),
            {},
        )
        # Opaque, signed parameters in an order the client must keep.
        attachment.params = {
            "filename": name,
            "content_type": attachment.content_type,
            "key": f"attachments/{attachment.id}/{name}",
            "x-amz-signature": secrets.token_hex(16),
            "success_action_status": "201" if self.confirm_mode == "created" else "",
        }
        with self.lock:
            self.attachments[attachment.id] = attachment
        return json_reply(
            200,
            {
                "upload_url": f"{self.base_url}/files_api/upload/{attachment.id}",
                "upload_params": attachment.params,
                "file_param": "file",
            },
        )

    # --- step 2 -------------------------------------------------------------------------
    def _receive(self, seen: Seen, raw_id: str) -> Reply:
        if "authorization" in seen.headers:
            self.token_sent_to_upload = True
            return json_reply(400, {"message": "Authorization is not accepted here"})
        attachment = self.attachments.get(int(raw_id)) if raw_id.isdigit() else None
        if attachment is None or attachment.state != "pending":
            return json_reply(400, {"message": "unknown or used upload"})
        names = [p.name for p in seen.parts]
        if not names or names[-1] != "file" or seen.parts[-1].filename is None:
            return json_reply(400, {"message": "file must be the last parameter"})
        sent = {p.name: p.value.decode() for p in seen.parts[:-1]}
        if sent != attachment.params or names[:-1] != list(attachment.params):
            return json_reply(403, {"message": "signature does not match the parameters"})
        file = seen.parts[-1]
        if file.size > self.max_file_bytes:
            return 413, {}, b"Request Entity Too Large"
        if file.size != attachment.size:
            return json_reply(400, {"message": "size does not match the announced size"})
        attachment.path, attachment.sha256 = file.path, file.sha256
        if self.confirm_mode == "created":
            attachment.state = "available"
            return json_reply(
                201, {"id": attachment.id}, Location=f"{self.base_url}/api/v1/files/{attachment.id}"
            )
        attachment.state = "uploaded"
        location = f"{self.base_url}/api/v1/files/{attachment.id}/create_success?uuid=x"
        return 301, {"Location": location}, b""

    # --- step 3 -------------------------------------------------------------------------
    def _file(self, seen: Seen, parts: list[str]) -> Reply:
        attachment = self.attachments.get(int(parts[1])) if parts[1:2][0].isdigit() else None
        if attachment is None:
            return json_reply(
                404, {"errors": [{"message": "The specified resource does not exist."}]}
            )
        if parts[2:] == ["create_success"]:
            if attachment.state == "uploaded":
                attachment.state = "available"
        elif attachment.state != "available":
            return json_reply(
                404, {"errors": [{"message": "The specified resource does not exist."}]}
            )
        return json_reply(200, self._file_json(attachment))

    # --- step 4 -------------------------------------------------------------------------
    def _comment(self, seen: Seen, sub: CanvasSubmission) -> Reply:
        text = ""
        file_ids: list[int] = []
        attempt: int | None = None
        grade: str | None = None
        for k, v in seen.form:
            if k == "comment[text_comment]":
                text = v
            elif k == "comment[file_ids][]":
                file_ids.append(int(v))
            elif k == "comment[attempt]":
                attempt = int(v)
            elif k == "submission[posted_grade]":
                grade = v
        for fid in file_ids:
            a = self.attachments.get(fid)
            if a is None or a.user_id != sub.user_id or a.state != "available":
                return json_reply(
                    400, {"errors": {"attachments": [{"message": f"file {fid} is not usable"}]}}
                )
        if text or file_ids:
            sub.comments.append(Comment(next(self._ids), text, file_ids, attempt))
        if grade is not None:
            sub.grade = grade
        return json_reply(200, self._submission_json(sub))

    # --- JSON ---------------------------------------------------------------------------
    def _file_json(self, a: Attachment) -> dict[str, Any]:
        return {
            "id": a.id,
            "display_name": a.name,
            "filename": a.name,
            "size": a.size,
            "content-type": a.content_type,
            "url": f"{self.base_url}/files/{a.id}/download",
        }

    def _submission_json(self, sub: CanvasSubmission) -> dict[str, Any]:
        return {
            "id": 500 + int(sub.user_id),
            "user_id": int(sub.user_id),
            "assignment_id": int(self.assignment_id),
            "attempt": sub.attempt,
            "grade": sub.grade,
            "submission_comments": [
                {
                    "id": c.id,
                    "comment": c.text,
                    "attempt": c.attempt,
                    "attachments": [self._file_json(self.attachments[i]) for i in c.file_ids],
                }
                for c in sub.comments
            ],
        }
