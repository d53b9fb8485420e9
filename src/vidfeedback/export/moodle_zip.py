"""Zips for Moodle's "Upload multiple feedback files in a zip", each under the course's upload
limit, never splitting one student across two zips.

Moodle's importer (assignfeedback_file/importziplib.php) looks for a path component that splits
on "_" into name, participant id, plugin type and plugin name; what follows becomes the feedback
file's path. Hidden files are skipped. Entries are stored, not deflated: H.264 does not compress,
and stored sizes let us know each zip's size exactly before writing it.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from vidfeedback.atomic_files import link_no_clobber
from vidfeedback.export.destinations import MOODLE_FEEDBACK_FOLDER
from vidfeedback.export.safe_write import (
    ExportError,
    first_free_stem,
    fsync_dir,
    nfc,
    os_export_error,
    temp_path_for,
    write_new_text,
)
from vidfeedback.export.sidecar import SIDECAR_FORMAT

DEFAULT_LIMIT_BYTES = 100 * 1000 * 1000
# Only what the student should see is uploaded; the sidecar and the summary are the teacher's.
UPLOAD_SUFFIXES = (".mp4", ".vtt", ".html")
_JOURNAL_SUFFIX = ".moodle-upload.json"
_JOURNAL_FORMAT = "vidfeedback-moodle-upload"
# The hidden twin of an upload zip or its index (safe_write.temp_path_for's pattern).
_ABANDONED_PART = re.compile(
    r"^\..* \d+ of \d+\.zip\.[0-9a-f]{8}\.part$"
    r"|^\..*\.txt\.[0-9a-f]{8}\.part$"
    r"|^\..*\.[0-9a-f]{8}\.moodle-upload\.json\.[0-9a-f]{8}\.part$"
)
_EOCD_BYTES = 22
_ZIP64_EOCD_BYTES = 56 + 20


@dataclass(frozen=True)
class StudentFiles:
    folder_name: str  # "<Name>_<id>_assignfeedback_file"
    participant_id: str
    display_name: str
    files: tuple[Path, ...]

    def arcnames(self) -> list[str]:
        return [f"{self.folder_name}/{nfc(p.name)}" for p in self.files]

    def zip_bytes(self) -> int:
        return sum(
            entry_bytes(arc, p.stat().st_size)
            for arc, p in zip(self.arcnames(), self.files, strict=True)
        )


@dataclass(frozen=True)
class UploadZip:
    path: Path
    students: tuple[StudentFiles, ...]
    size_bytes: int


@dataclass
class UploadPlan:
    zips: list[UploadZip] = field(default_factory=list)
    too_large: list[StudentFiles] = field(default_factory=list)  # upload these by hand
    index: Path | None = None
    messages: list[str] = field(default_factory=list)


def entry_bytes(arcname: str, size_bytes: int) -> int:
    """Exact bytes one stored entry takes in a zip written by Python's zipfile (seekable file):
    local header 30 + name, the data, central directory record 46 + name, plus ZIP64 extras
    for entries of 4 GiB and more."""
    name = len(arcname.encode("utf-8"))
    extra = 0
    if size_bytes >= 0xFFFFFFFF:
        extra = 20 + 28
    return 30 + name + size_bytes + 46 + name + extra


def collect_feedback(export_root: Path) -> list[StudentFiles]:
    """The newest package in each "<Name>_<id>_assignfeedback_file" folder of the tree."""
    result: list[StudentFiles] = []
    if not export_root.is_dir():
        return result
    for folder in sorted(export_root.iterdir(), key=lambda p: nfc(p.name).casefold()):
        m = MOODLE_FEEDBACK_FOLDER.match(nfc(folder.name))
        if not folder.is_dir() or m is None:
            continue
        files = _newest_package(folder)
        if files:
            result.append(StudentFiles(nfc(folder.name), m.group("id"), m.group("name"), files))
    return result


def _newest_package(folder: Path) -> tuple[Path, ...]:
    """A re-export adds "Tilbakemelding (2).*" beside the first; upload only the newest, or the
    student gets two videos. Files the teacher put there by hand go along as they are."""
    packages: list[tuple[str, list[Path]]] = []
    claimed: set[Path] = set()
    for sidecar in folder.glob("*.json"):
        try:
            data = json.loads(sidecar.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if not isinstance(data, dict) or data.get("format") != SIDECAR_FORMAT:
            continue
        listed = data.get("files", {})
        paths = [folder / v for v in listed.values() if isinstance(v, str)]
        claimed.update(paths)
        claimed.add(sidecar)
        packages.append((str(data.get("created_utc", "")), paths))
    chosen: list[Path] = []
    if packages:
        packages.sort(key=lambda p: p[0])
        chosen = packages[-1][1]
    loose = [
        p
        for p in folder.iterdir()
        if p.is_file() and p not in claimed and not p.name.startswith((".", "~"))
    ]
    keep = [p for p in chosen if p.suffix.casefold() in UPLOAD_SUFFIXES and p.is_file()]
    keep += [p for p in loose if p.suffix.casefold() not in (".json", ".txt", ".part")]
    return tuple(sorted(keep, key=lambda p: p.name))


def plan_zips(
    students: list[StudentFiles], limit_bytes: int
) -> tuple[list[list[StudentFiles]], list[StudentFiles]]:
    """Fill zips in name order, so each zip holds an alphabetical run of students."""
    budget = limit_bytes - _EOCD_BYTES - _ZIP64_EOCD_BYTES
    groups: list[list[StudentFiles]] = []
    too_large: list[StudentFiles] = []
    used = 0
    for s in students:
        size = s.zip_bytes()
        if size > budget:
            too_large.append(s)
            continue
        if not groups or used + size > budget:
            groups.append([])
            used = 0
        groups[-1].append(s)
        used += size
    return groups, too_large


def build_moodle_zips(
    export_root: Path, limit_bytes: int = DEFAULT_LIMIT_BYTES, stem: str = "Moodle upload"
) -> UploadPlan:
    """Write the upload zips and an index (which zip holds whom) into the export root.

    The set appears whole or not at all: every zip and the index are written under hidden
    names first, and only then get their names (hard links, which take microseconds). A
    journal beside them names every file of the set, so that a run killed part-way is undone
    by the next one, which also removes the hidden files such a run left.
    """
    if limit_bytes < 1000:
        raise ExportError("The zip size limit must be at least 1 kB.")
    try:
        clean_abandoned_sets(export_root)
    except OSError as exc:
        raise os_export_error(exc, export_root) from exc
    students = collect_feedback(export_root)
    if not students:
        raise ExportError(f"There is no feedback to upload in {export_root} yet.")
    groups, too_large = plan_zips(students, limit_bytes)
    n = len(groups)
    suffixes = [f" {i} of {n}.zip" for i in range(1, n + 1)] + [".txt"]
    base = first_free_stem(export_root, stem, suffixes)
    plan = UploadPlan(too_large=too_large)
    finals = [export_root / f"{base} {i} of {n}.zip" for i in range(1, n + 1)]
    index = export_root / f"{base}.txt"
    temps = [temp_path_for(p) for p in [*finals, index]]
    journal = export_root / f".{base}.{secrets.token_hex(4)}{_JOURNAL_SUFFIX}"
    published: list[Path] = []
    try:
        write_new_text(
            journal,
            json.dumps(
                {
                    "format": _JOURNAL_FORMAT,
                    "pid": os.getpid(),
                    "files": {p.name: t.name for p, t in zip([*finals, index], temps, strict=True)},
                },
                ensure_ascii=False,
            ),
        )
        for group, path, tmp in zip(groups, finals, temps[:-1], strict=True):
            _write_zip(tmp, group=group)
            size = tmp.stat().st_size
            if size > limit_bytes:
                raise ExportError(f"{path.name} came out at {size} bytes, over the limit.")
            plan.zips.append(UploadZip(path, tuple(group), size))
        with open(temps[-1], "xb") as fh:
            fh.write(_index_text(plan, limit_bytes).encode("utf-8"))
        for tmp in temps:
            fsync_file(tmp)
        for path, tmp in zip([*finals, index], temps, strict=True):
            link_no_clobber(tmp, path)  # tmp stays: until the set is whole it proves path is ours
            published.append(path)
        fsync_dir(export_root)
        plan.index = index
        journal.unlink()  # the set is whole: from now on its files are the teacher's
    except BaseException as exc:
        _undo(published, temps)
        with contextlib.suppress(OSError):
            journal.unlink()
        if isinstance(exc, OSError):
            raise os_export_error(exc, export_root) from exc
        raise
    finally:
        for tmp in temps:
            with contextlib.suppress(OSError):
                tmp.unlink()
    plan.messages = _messages(plan, limit_bytes)
    return plan


def _undo(published: list[Path], temps: list[Path]) -> None:
    for path in published:
        with contextlib.suppress(OSError):
            path.unlink()
    for tmp in temps:
        with contextlib.suppress(OSError):
            tmp.unlink()


def clean_abandoned_sets(export_root: Path) -> list[Path]:
    """Undo what killed runs left in export_root and return what was removed.

    A journal whose process is gone names a set that never became whole: its files that are
    still the same file as their hidden twin are removed, and so are the twins. Hidden parts
    of upload zips and indexes that no running build names are removed too (older versions
    left them without a journal).
    """
    if not export_root.is_dir():
        return []
    removed: list[Path] = []
    live: set[str] = set()
    for journal in sorted(export_root.glob(f".*{_JOURNAL_SUFFIX}")):
        try:
            data = json.loads(journal.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if not isinstance(data, dict) or data.get("format") != _JOURNAL_FORMAT:
            continue
        files = data.get("files")
        if not isinstance(files, dict):
            continue
        pid = data.get("pid")
        if isinstance(pid, int) and pid != os.getpid() and _alive(pid):
            live.update(str(t) for t in files.values())
            continue
        for final_name, temp_name in files.items():
            final, tmp = export_root / str(final_name), export_root / str(temp_name)
            with contextlib.suppress(OSError):
                if final.exists() and tmp.exists() and os.path.samefile(final, tmp):
                    final.unlink()
                    removed.append(final)
            with contextlib.suppress(OSError):
                tmp.unlink()
                removed.append(tmp)
        journal.unlink()
        removed.append(journal)
    for entry in export_root.iterdir():
        if entry.name not in live and _ABANDONED_PART.match(entry.name) and entry.is_file():
            entry.unlink()
            removed.append(entry)
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def _write_zip(tmp: Path, *, group: list[StudentFiles]) -> None:
    with zipfile.ZipFile(tmp, "x", compression=zipfile.ZIP_STORED) as zf:
        for s in group:
            for arc, path in zip(s.arcnames(), s.files, strict=True):
                info = zipfile.ZipInfo(arc, time.localtime(path.stat().st_mtime)[:6])
                info.compress_type = zipfile.ZIP_STORED
                info.external_attr = 0o644 << 16
                # A known size lets zipfile write final headers directly (no data descriptor),
                # which is what entry_bytes() counts.
                info.file_size = path.stat().st_size
                with open(path, "rb") as src, zf.open(info, "w", force_zip64=False) as dst:
                    while chunk := src.read(1 << 20):
                        dst.write(chunk)


def _index_text(plan: UploadPlan, limit_bytes: int) -> str:
    lines = [
        "Moodle: Assignment → View all submissions → select “All participants”,",
        "then Grading action → “Upload multiple feedback files in a zip”, one zip at a time.",
        f"Each zip is at most {limit_bytes / 1e6:.0f} MB.",
        "",
    ]
    for z in plan.zips:
        lines.append(f"{z.path.name} ({z.size_bytes / 1e6:.1f} MB):")
        lines += [f"  {s.display_name} ({s.participant_id})" for s in z.students]
        lines.append("")
    if plan.too_large:
        lines.append("Too large for one zip; upload these by hand in the student's feedback:")
        lines += [f"  {s.display_name} ({s.participant_id})" for s in plan.too_large]
    return "\r\n".join(lines) + "\r\n"


def _messages(plan: UploadPlan, limit_bytes: int) -> list[str]:
    out = []
    for z in plan.zips:
        names = ", ".join(s.display_name for s in z.students)
        out.append(f"{z.path.name}: {names}")
    out.append(
        "In Moodle select “All participants” before “Upload multiple feedback files in a zip”."
    )
    for s in plan.too_large:
        out.append(
            f"{s.display_name}'s feedback is larger than {limit_bytes / 1e6:.0f} MB and is in no "
            f"zip: upload it by hand from {s.folder_name}."
        )
    return out
