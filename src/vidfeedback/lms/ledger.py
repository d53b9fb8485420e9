"""The ledger: per assignment, what went where, so an upload resumes after a crash or a lost
network and never posts the same file twice.

One JSON file in the export root (hidden, so neither Moodle's zip importer nor the hand-in reader
sees it), replaced atomically after every step. Each platform target (platform, site, course,
assignment) has, per student:
- files: content hash -> what the platform calls the uploaded file (Canvas file id, Moodle draft
  item id) once the platform confirmed it;
- posting: the comment being posted (its package hash and file ids) written *before* the request,
  so that after a crash the client asks the platform whether it arrived instead of posting again;
- returned: the package hash, when, and the platform's ids, once the platform confirmed it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vidfeedback.atomic_files import replace_file_atomically
from vidfeedback.errors import ErrorCode
from vidfeedback.lms.errors import LmsError

try:  # the lock is advisory and POSIX-only; Windows has one app instance per user anyway
    import fcntl
except ImportError:  # pragma: no cover - not on the platforms the tests run on
    fcntl = None  # type: ignore[assignment]

LEDGER_NAME = ".vidfeedback-returns.json"
LOCK_NAME = ".vidfeedback-returns.lock"  # held for a whole upload run
WRITE_LOCK_NAME = ".vidfeedback-returns.write.lock"  # held for one read-change-write
LEDGER_FORMAT = "vidfeedback.returns"
LEDGER_VERSION = 1
_HASH_CHUNK = 1 << 20


def now_utc() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


@dataclass(frozen=True)
class Target:
    """Where feedback goes: one assignment on one site."""

    platform: str  # "canvas" | "moodle"
    base_url: str
    course: str
    assignment: str

    @property
    def key(self) -> str:
        return f"{self.platform}|{self.base_url.rstrip('/')}|{self.course}|{self.assignment}"

    def describe(self) -> str:
        name = "Canvas" if self.platform == "canvas" else "Moodle"
        return f"{name} {self.base_url.rstrip('/')}, assignment {self.assignment}"


@dataclass(frozen=True)
class ReturnRecord:
    target: str  # Target.describe()
    package_hash: str
    at_utc: str
    platform_ids: dict[str, Any]


class Ledger:
    """Thread-safe; every change is on disk before the method returns.

    Several Ledger objects may stand for the same file (the app's view and its upload thread,
    the command line in another process): each change reads the file again under a file lock,
    applies itself and writes it back, so no writer loses another's records.
    """

    def __init__(self, export_root: Path) -> None:
        self.root = export_root
        self.path = export_root / LEDGER_NAME
        self._mutex = threading.RLock()
        self._new_hashes: dict[str, Any] = {}  # computed here, not yet written
        self._data = self._load()

    def reload(self) -> None:
        """See what other writers recorded since this object read the file."""
        with self._mutex:
            self._data = self._load()
            self._data["hashes"].update(self._new_hashes)

    @contextlib.contextmanager
    def _writing(self) -> Iterator[dict[str, Any]]:
        with self._mutex:
            fd = os.open(self.root / WRITE_LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
            try:
                if fcntl is not None:
                    fcntl.flock(fd, fcntl.LOCK_EX)
                self._data = self._load()
                self._data["hashes"].update(self._new_hashes)
                yield self._data
                self._save()
                self._new_hashes.clear()
            finally:
                os.close(fd)  # closing releases the lock

    def _load(self) -> dict[str, Any]:
        empty: dict[str, Any] = {
            "format": LEDGER_FORMAT,
            "version": LEDGER_VERSION,
            "targets": {},
            "hashes": {},
        }
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return empty
        except (OSError, ValueError) as exc:
            raise LmsError(
                f"The upload record {self.path} cannot be read ({exc}); it was left as it is. "
                "Move it away to start the record anew.",
                ErrorCode.LMS_LEDGER_UNREADABLE,
                path=self.path,
            ) from exc
        if not isinstance(data, dict) or data.get("format") != LEDGER_FORMAT:
            raise LmsError(
                f"{self.path} is not an upload record of this app; it was left as it is.",
                ErrorCode.LMS_LEDGER_UNREADABLE,
                path=self.path,
            )
        if int(data.get("version", 0)) > LEDGER_VERSION:
            raise LmsError(
                f"{self.path} was written by a newer version of the app.",
                ErrorCode.LMS_LEDGER_UNREADABLE,
                path=self.path,
            )
        data.setdefault("targets", {})
        data.setdefault("hashes", {})
        return data

    def _save(self) -> None:
        text = json.dumps(self._data, ensure_ascii=False, indent=1, sort_keys=True)
        replace_file_atomically(self.path, text.encode("utf-8"))

    def _student(self, target: Target, student: str) -> dict[str, Any]:
        targets = self._data["targets"]
        entry = targets.setdefault(target.key, {"describe": target.describe(), "students": {}})
        students: dict[str, Any] = entry["students"]
        return students.setdefault(student, {"files": {}})  # type: ignore[no-any-return]

    # --- files ------------------------------------------------------------------------------
    def uploaded(self, target: Target, student: str, sha256: str) -> dict[str, Any] | None:
        with self._mutex:
            found = self._student(target, student)["files"].get(sha256)
            return dict(found) if found else None

    def record_upload(self, target: Target, student: str, sha256: str, **ids: Any) -> None:
        with self._writing():
            self._student(target, student)["files"][sha256] = {**ids, "at": now_utc()}

    def forget_uploads(self, target: Target, student: str) -> None:
        with self._writing():
            self._student(target, student)["files"] = {}

    # --- posting ----------------------------------------------------------------------------
    def posting(self, target: Target, student: str) -> dict[str, Any] | None:
        with self._mutex:
            found = self._student(target, student).get("posting")
            return dict(found) if found else None

    def begin_posting(self, target: Target, student: str, package_hash: str, **ids: Any) -> None:
        with self._writing():
            self._student(target, student)["posting"] = {
                "package_hash": package_hash,
                **ids,
                "at": now_utc(),
            }

    def finish_posting(self, target: Target, student: str, package_hash: str, **ids: Any) -> None:
        with self._writing():
            record = self._student(target, student)
            record.pop("posting", None)
            record["files"] = {}
            record.setdefault("returned", []).append(
                {"package_hash": package_hash, "at": now_utc(), **ids}
            )

    # --- what the view shows ----------------------------------------------------------------
    def returns(self, student: str) -> list[ReturnRecord]:
        """Every confirmed return of this student's feedback, oldest first."""
        out: list[ReturnRecord] = []
        with self._mutex:
            for entry in self._data["targets"].values():
                record = entry["students"].get(student)
                if not record:
                    continue
                for r in record.get("returned", []):
                    ids = {k: v for k, v in r.items() if k not in ("package_hash", "at")}
                    out.append(ReturnRecord(entry["describe"], r["package_hash"], r["at"], ids))
        out.sort(key=lambda r: r.at_utc)
        return out

    def returned_to(self, target: Target, student: str, package_hash: str) -> bool:
        with self._mutex:
            record = self._data["targets"].get(target.key, {}).get("students", {}).get(student)
            if not record:
                return False
            return any(r["package_hash"] == package_hash for r in record.get("returned", []))

    def record_zip_return(self, student: str, package_hash: str, zip_name: str) -> None:
        """The teacher made a Moodle upload zip holding this package (the upload itself happens
        in the browser, so this records "put in a zip", shown as such)."""
        target = Target("moodle-zip", "", "", "")
        with self._writing():
            record = self._student(target, student)
            record.setdefault("returned", []).append(
                {"package_hash": package_hash, "at": now_utc(), "zip": zip_name}
            )
            self._data["targets"][target.key]["describe"] = "Moodle upload zip"

    # --- what the teacher chose for this assignment (addresses, never tokens) ----------------
    def setting(self, name: str) -> str:
        with self._mutex:
            return str(self._data.get("settings", {}).get(name, ""))

    def set_setting(self, name: str, value: str) -> None:
        with self._writing():
            self._data.setdefault("settings", {})[name] = value

    # --- content hashes, cached by size and modification time -------------------------------
    def sha256(self, path: Path) -> str:
        st = path.stat()
        key = str(path.resolve())
        with self._mutex:
            cached = self._data["hashes"].get(key)
        if cached and cached["size"] == st.st_size and cached["mtime_ns"] == st.st_mtime_ns:
            return str(cached["sha256"])
        digest = file_sha256(path)
        entry = {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "sha256": digest}
        with self._mutex:
            self._data["hashes"][key] = entry
            self._new_hashes[key] = entry
        return digest

    def flush(self) -> None:
        """Write the hashes computed here (they spare the next reader hashing the videos)."""
        with self._mutex:
            if not self._new_hashes and self.path.exists():
                return
        with self._writing():
            pass

    @contextlib.contextmanager
    def exclusive(self) -> Iterator[None]:
        """Held for a whole upload run: a second run on the same assignment (the app and the
        command line at once) would race for the same comments."""
        if fcntl is None:  # pragma: no cover
            yield
            return
        lock_path = self.root / LOCK_NAME
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise LmsError(
                    "Another upload of this assignment is running (in the app or on the command "
                    "line). Wait for it to finish.",
                    ErrorCode.LMS_BUSY,
                    path=self.root,
                ) from None
            yield
        finally:
            os.close(fd)


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(_HASH_CHUNK):
            h.update(block)
    return h.hexdigest()
