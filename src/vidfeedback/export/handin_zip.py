"""Reading a downloaded hand-in zip without changing it, and unpacking a copy to work on."""

from __future__ import annotations

import contextlib
import math
import os
import shutil
import stat
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from vidfeedback.errors import ErrorCode
from vidfeedback.export.safe_write import (
    ExportError,
    nfc,
    os_export_error,
    versioned_stem,
    write_new_file,
)

_UTF8_FLAG = 0x800


@dataclass(frozen=True)
class ZipMember:
    info: zipfile.ZipInfo
    rel_path: str  # decoded, NFC, "/"-separated
    problem: str | None  # why it cannot be unpacked, or None


def decode_member_name(info: zipfile.ZipInfo) -> str:
    """The member's name as the platform meant it.

    Moodle and Canvas write UTF-8 names but do not always set the UTF-8 flag for pure-ASCII
    names; Windows' own zipper writes the OEM code page. Python decodes unflagged names as
    cp437, so undo that and prefer UTF-8 when the bytes are valid UTF-8.
    """
    name = info.filename
    if not info.flag_bits & _UTF8_FLAG:
        try:
            raw = name.encode("cp437")
        except UnicodeEncodeError:
            raw = b""
        if raw:
            # If it is not UTF-8 it really was cp437, and Python's reading stands.
            with contextlib.suppress(UnicodeDecodeError):
                name = raw.decode("utf-8")
    return nfc(name.replace("\\", "/"))


def list_members(archive: Path) -> list[ZipMember]:
    try:
        with zipfile.ZipFile(archive) as zf:
            infos = zf.infolist()
    except zipfile.BadZipFile as exc:
        raise ExportError(
            f"{archive.name} is not a readable zip file ({exc}).",
            ErrorCode.ZIP_UNREADABLE,
            path=archive,
            detail=str(exc),
        ) from exc
    except OSError as exc:
        raise os_export_error(exc, archive) from exc
    members = []
    for info in infos:
        if info.is_dir():
            continue
        rel = decode_member_name(info)
        members.append(ZipMember(info, rel.strip("/"), _problem(info, rel)))
    return members


def _problem(info: zipfile.ZipInfo, rel: str) -> str | None:
    parts = PurePosixPath(rel).parts
    if rel.startswith("/") or (parts and parts[0].endswith(":")) or ".." in parts:
        return "its path points outside the folder; not unpacked"
    if stat.S_ISLNK(info.external_attr >> 16):
        return "it is a symbolic link; not unpacked"
    if info.flag_bits & 0x1:
        return "it is encrypted"
    return None


def extract_copy(archive: Path, members: list[ZipMember], into: Path | None = None) -> Path:
    """Unpack the zip beside itself (or into `into`) and return the folder.

    A folder with the zip's name that already holds every member at the right size is an
    earlier unpacking and is reused; any other existing folder is left alone and a versioned
    name is used instead.
    """
    wanted = [m for m in members if m.problem is None]
    if into is None:
        base = nfc(archive.stem)
        version = 1
        while True:
            candidate = archive.with_name(versioned_stem(base, version))
            if not candidate.exists():
                break
            if candidate.is_dir() and _holds(candidate, wanted):
                return candidate
            version += 1
        into = candidate
    size_bytes = sum(m.info.file_size for m in wanted)
    try:
        free_bytes = shutil.disk_usage(into.parent if not into.exists() else into).free
    except OSError as exc:
        raise os_export_error(exc, into) from exc
    if size_bytes > free_bytes:
        raise ExportError(
            f"Unpacking {archive.name} needs {size_bytes / 1e6:.1f} MB but only "
            f"{free_bytes / 1e6:.1f} MB is free.",
            ErrorCode.NOT_ENOUGH_SPACE,
            path=into.parent,
            need_mb=math.ceil(size_bytes / 1e6),
            free_mb=int(free_bytes / 1e6),
        )
    try:
        into.mkdir(exist_ok=True)
        with zipfile.ZipFile(archive) as zf:
            for m in wanted:
                dest = into.joinpath(*m.rel_path.split("/"))
                dest.parent.mkdir(parents=True, exist_ok=True)
                if dest.exists():
                    continue  # never replace; an earlier partial unpacking left it

                def fill(tmp: Path, info: zipfile.ZipInfo = m.info) -> None:
                    with zf.open(info) as src, open(tmp, "xb") as out:
                        shutil.copyfileobj(src, out, 1 << 20)

                write_new_file(dest, fill)
                mtime = time.mktime((*m.info.date_time, 0, 0, -1))
                os.utime(dest, (mtime, mtime))
    except OSError as exc:
        raise os_export_error(exc, into) from exc
    except zipfile.BadZipFile as exc:
        raise ExportError(
            f"{archive.name} is damaged: {exc}",
            ErrorCode.ZIP_UNREADABLE,
            path=archive,
            detail=str(exc),
        ) from exc
    return into


def _holds(folder: Path, members: list[ZipMember]) -> bool:
    for m in members:
        path = folder.joinpath(*m.rel_path.split("/"))
        try:
            if path.stat().st_size != m.info.file_size:
                return False
        except OSError:
            return False
    return True
