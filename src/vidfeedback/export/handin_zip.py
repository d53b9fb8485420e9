"""Reading a downloaded hand-in zip without changing it, and unpacking a copy to work on.

A hand-in zip comes from a learning platform, or from a student or colleague who zipped a
folder by hand, so it is treated as hostile: names that leave the folder, symbolic links,
encrypted members, names too long for the disk, two members with one name, members that would
unpack to absurd sizes, and damaged archives are listed as not unpacked, and everything else is
unpacked. The copy appears whole under its final name or not at all: it is unpacked into a
hidden folder beside the zip that is renamed when it is complete.
"""

from __future__ import annotations

import contextlib
import errno
import json
import math
import os
import secrets
import shutil
import stat
import struct
import time
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from vidfeedback.errors import ErrorCode
from vidfeedback.export.safe_write import (
    ExportError,
    nfc,
    os_export_error,
    versioned_stem,
)

_UTF8_FLAG = 0x800
_ENCRYPTED_FLAG = 0x1
# ext4, NTFS, APFS and exFAT all allow 255 (bytes or UTF-16 units) per name.
MAX_COMPONENT_BYTES = 255
# A member that unpacks to more than BOMB_MIN_BYTES at more than BOMB_RATIO times its packed
# size is a zip bomb, not a hand-in: text and office files pack 2-20 times, media not at all.
BOMB_RATIO = 100
BOMB_MIN_BYTES = 10_000_000
# The same for the whole zip, which catches a bomb spread over many small members.
BOMB_TOTAL_MIN_BYTES = 100_000_000
# Written into the unpacked copy (hidden, so the hand-in reader skips it): the members that
# could not be unpacked, so that a later run knows the copy is complete without them.
MANIFEST_NAME = ".vidfeedback-unpacked.json"
_OWNER_NAME = ".vidfeedback-unpacking-pid"
_PART_SUFFIX = ".unpacking"

# Windows' own zipper writes names in the OEM code page without saying so; Python reads them
# as cp437 (the zip specification's default). Nordic Windows uses 865 (Norway, Denmark) or 850
# (Sweden, Finland, and the "multilingual" default).
LEGACY_CODEPAGES = ("cp437", "cp865", "cp850")
_NAME_LETTERS = set("æøåÆØÅäöÄÖüÜéÉèàáóíúñçßëïâêîôû")


@dataclass(frozen=True)
class ZipMember:
    info: zipfile.ZipInfo
    rel_path: str  # decoded, NFC, "/"-separated
    problem: str | None  # why it cannot be unpacked, or None


@dataclass(frozen=True)
class UnpackedCopy:
    folder: Path
    not_unpacked: list[ZipMember]  # members that failed only while unpacking, with why


def guess_legacy_codepage(raw_names: list[bytes]) -> str:
    """The OEM code page that reads the most non-ASCII bytes of unflagged names as letters a
    Nordic name has; cp437 (the specification's default) unless another one reads better.

    In cp437 the Norwegian Ø (0x9D in cp865) is "¥" and ø (0x9B) is "¢": a name full of currency
    signs and box-drawing characters was written in another code page.
    """
    high = b"".join(raw_names)
    if not any(b >= 0x80 for b in high):
        return "cp437"

    def score(codec: str) -> int:
        text = high.decode(codec, errors="replace")
        return sum(
            1 if ch in _NAME_LETTERS or ch.isalpha() else -2 for ch in text if ord(ch) >= 0x80
        )

    # Ties keep the earlier entry: cp437, then Norway's code page.
    return max(LEGACY_CODEPAGES, key=score)


def _raw_name(info: zipfile.ZipInfo) -> bytes | None:
    """The name's bytes as stored, for a name without the UTF-8 flag (else None)."""
    if info.flag_bits & _UTF8_FLAG:
        return None
    try:
        return info.filename.encode("cp437")  # undo Python's reading
    except UnicodeEncodeError:
        return None


def decode_member_name(info: zipfile.ZipInfo, legacy_codepage: str = "cp437") -> str:
    """The member's name as the platform meant it.

    Moodle and Canvas write UTF-8 names but do not always set the UTF-8 flag for pure-ASCII
    names; Windows' own zipper writes the OEM code page. Unflagged bytes that are valid UTF-8
    are UTF-8 (a legacy name with accents almost never is); the others are read in
    legacy_codepage (see guess_legacy_codepage).
    """
    name = info.filename
    raw = _raw_name(info)
    if raw:
        unicode_path = _unicode_path_extra(info.extra, raw)
        if unicode_path is not None:
            name = unicode_path
        else:
            try:
                name = raw.decode("utf-8")
            except UnicodeDecodeError:
                name = raw.decode(legacy_codepage, errors="replace")
    return nfc(name.replace("\\", "/"))


_UNICODE_PATH_EXTRA = 0x7075


def _unicode_path_extra(extra: bytes, raw_name: bytes) -> str | None:
    """The UTF-8 name in Info-ZIP's Unicode Path extra field (7-Zip and WinRAR write one beside
    an OEM code page name), if it belongs to this name: its CRC-32 must match the name's bytes,
    or the name was changed by a program that did not know the field (APPNOTE 4.6.9)."""
    at = 0
    while at + 4 <= len(extra):
        tag, size = struct.unpack_from("<HH", extra, at)
        body = extra[at + 4 : at + 4 + size]
        at += 4 + size
        if tag != _UNICODE_PATH_EXTRA or len(body) < 5 or body[0] != 1:
            continue
        (crc,) = struct.unpack_from("<I", body, 1)
        if crc != zlib.crc32(raw_name):
            return None
        try:
            return body[5:].decode("utf-8")
        except UnicodeDecodeError:
            return None
    return None


def _legacy_names(infos: list[zipfile.ZipInfo]) -> list[bytes]:
    out = []
    for info in infos:
        raw = _raw_name(info)
        if raw:
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError:
                out.append(raw)
    return out


def damaged_zip_error(archive: Path, detail: str) -> ExportError:
    return ExportError(
        f"{archive.name} looks damaged (incomplete or broken: {detail}). Download it from the "
        "learning platform again.",
        ErrorCode.ZIP_UNREADABLE,
        path=archive,
        detail=detail,
    )


def list_members(archive: Path) -> list[ZipMember]:
    try:
        with zipfile.ZipFile(archive) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, EOFError, ValueError) as exc:
        raise damaged_zip_error(archive, str(exc)) from exc
    except OSError as exc:
        raise os_export_error(exc, archive) from exc
    codepage = guess_legacy_codepage(_legacy_names(infos))
    decoded = [(info, decode_member_name(info, codepage).strip("/")) for info in infos]
    # Every folder a member implies; a file with one of these names cannot be unpacked.
    folders = {
        "/".join(parts[:i]).casefold()
        for _, rel in decoded
        for parts in [rel.split("/")]
        for i in range(1, len(parts))
    } | {rel.casefold() for info, rel in decoded if _is_dir(info)}
    members = []
    # casefold: Windows and macOS would unpack "Kari.pdf" and "kari.pdf" into one file.
    seen: set[str] = set()
    for info, rel in decoded:
        if _is_dir(info):
            continue
        problem = _problem(info, rel)
        key = rel.casefold()
        if problem is None and key in seen:
            problem = "another file in the zip has the same name; only the first is unpacked"
        elif problem is None and key in folders:
            problem = "a folder in the zip has the same name; not unpacked"
        if problem is None:
            seen.add(key)
        members.append(ZipMember(info, rel, problem))
    return members


def _is_dir(info: zipfile.ZipInfo) -> bool:
    # ZipInfo.is_dir() fails on an empty name, which a forged zip can hold.
    return info.filename.endswith(("/", "\\"))


def _problem(info: zipfile.ZipInfo, rel: str) -> str | None:
    parts = PurePosixPath(rel).parts
    if not rel or rel.startswith("/") or (parts and parts[0].endswith(":")) or ".." in parts:
        return "its path points outside the folder; not unpacked"
    if stat.S_ISLNK(info.external_attr >> 16):
        return "it is a symbolic link; not unpacked"
    if info.flag_bits & _ENCRYPTED_FLAG:
        return "it is encrypted (protected with a password); not unpacked"
    if "\x00" in rel or any(len(p.encode("utf-8")) > MAX_COMPONENT_BYTES for p in parts):
        return "its name is too long for the disk; not unpacked"
    if info.file_size > BOMB_MIN_BYTES and info.file_size > BOMB_RATIO * max(info.compress_size, 1):
        return (
            f"it would unpack to {info.file_size / 1e6:.0f} MB from "
            f"{info.compress_size / 1e3:.0f} kB, which no hand-in does; not unpacked"
        )
    return None


def extract_copy(archive: Path, members: list[ZipMember], into: Path | None = None) -> UnpackedCopy:
    """Unpack the zip beside itself (or into `into`, which must not exist) and return the folder.

    A folder with the zip's name that an earlier run unpacked completely is reused; any other
    existing folder is left alone and a versioned name is used instead. Members that fail while
    unpacking (a path too long for the disk, a damaged member) are returned with the reason;
    only running out of space or permission stops the whole unpacking, and then nothing is left.
    """
    wanted = [m for m in members if m.problem is None]
    total_bytes = sum(m.info.file_size for m in wanted)
    packed_bytes = archive.stat().st_size
    if total_bytes > BOMB_TOTAL_MIN_BYTES and total_bytes > BOMB_RATIO * max(packed_bytes, 1):
        raise ExportError(
            f"{archive.name} would unpack to {total_bytes / 1e6:.0f} MB from "
            f"{packed_bytes / 1e6:.1f} MB, which no hand-in does; it is not unpacked. Download "
            "it from the learning platform again.",
            ErrorCode.ZIP_UNREADABLE,
            path=archive,
            detail=f"{total_bytes / 1e6:.0f} MB from {packed_bytes / 1e6:.1f} MB",
        )
    if into is None:
        base = nfc(archive.stem)
        _remove_abandoned_parts(archive.parent, base)
        version = 1
        while True:
            candidate = archive.with_name(versioned_stem(base, version))
            if not candidate.exists():
                break
            if candidate.is_dir():
                earlier = _earlier_copy(candidate, wanted)
                if earlier is not None:
                    return earlier
            version += 1
        into = candidate
    try:
        free_bytes = shutil.disk_usage(into.parent).free
    except OSError as exc:
        raise os_export_error(exc, into) from exc
    if total_bytes > free_bytes:
        raise ExportError(
            f"Unpacking {archive.name} needs {total_bytes / 1e6:.1f} MB but only "
            f"{free_bytes / 1e6:.1f} MB is free.",
            ErrorCode.NOT_ENOUGH_SPACE,
            path=into.parent,
            need_mb=math.ceil(total_bytes / 1e6),
            free_mb=int(free_bytes / 1e6),
        )
    part = into.with_name(f".{into.name}.{secrets.token_hex(4)}{_PART_SUFFIX}")
    try:
        part.mkdir()
        (part / _OWNER_NAME).write_text(str(os.getpid()), encoding="ascii")
        failed = _unpack(archive, wanted, part)
        manifest = {
            "format": "vidfeedback-unpacked",
            "not_unpacked": {m.rel_path: m.problem for m in failed},
        }
        (part / MANIFEST_NAME).write_text(json.dumps(manifest, ensure_ascii=False), "utf-8")
        if into.exists():  # appeared meanwhile; never replace it
            raise FileExistsError(errno.EEXIST, "exists", str(into))
        os.rename(part, into)
        # Only now: while it is there, a second run leaves the hidden folder alone.
        (into / _OWNER_NAME).unlink()
    except OSError as exc:
        shutil.rmtree(part, ignore_errors=True)
        raise os_export_error(exc, into) from exc
    except BaseException:
        shutil.rmtree(part, ignore_errors=True)
        raise
    return UnpackedCopy(into, failed)


def _unpack(archive: Path, wanted: list[ZipMember], part: Path) -> list[ZipMember]:
    failed: list[ZipMember] = []
    try:
        zf = zipfile.ZipFile(archive)
    except (zipfile.BadZipFile, EOFError, ValueError) as exc:
        raise damaged_zip_error(archive, str(exc)) from exc
    with zf:
        for m in wanted:
            dest = part.joinpath(*m.rel_path.split("/"))
            try:
                dest.parent.mkdir(parents=True, exist_ok=True)
                _copy_member(zf, m.info, dest)
            except OSError as exc:
                if exc.errno in (errno.ENAMETOOLONG, errno.EEXIST, errno.ENOTDIR, errno.EISDIR,
                                 errno.EINVAL, errno.EILSEQ):  # fmt: skip
                    failed.append(ZipMember(m.info, m.rel_path, _os_problem(exc)))
                    with contextlib.suppress(OSError):
                        dest.unlink()
                    continue
                raise
            except (zipfile.BadZipFile, EOFError, NotImplementedError, RuntimeError,
                    ValueError) as exc:  # fmt: skip
                # A CRC error, an unknown compression method or a bad header in one member.
                failed.append(
                    ZipMember(m.info, m.rel_path, f"it is damaged in the zip ({exc}); not unpacked")
                )
                with contextlib.suppress(OSError):
                    dest.unlink()
                continue
            mtime = time.mktime((*m.info.date_time, 0, 0, -1))
            with contextlib.suppress(OSError, OverflowError, ValueError):
                os.utime(dest, (mtime, mtime))
    return failed


def _copy_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, dest: Path) -> None:
    with zf.open(info) as src, open(dest, "xb") as out:
        left = info.file_size
        while chunk := src.read(min(1 << 20, left + 1)):
            left -= len(chunk)
            if left < 0:  # more data than the header declares
                raise zipfile.BadZipFile("the member is longer than its header says")
            out.write(chunk)


def _os_problem(exc: OSError) -> str:
    if exc.errno == errno.ENAMETOOLONG:
        return "its name is too long for the disk; not unpacked"
    if exc.errno in (errno.EEXIST, errno.ENOTDIR, errno.EISDIR):
        return "another file or folder in the zip has the same name; not unpacked"
    return f"its name cannot be used on this disk ({exc.strerror}); not unpacked"


def _earlier_copy(folder: Path, members: list[ZipMember]) -> UnpackedCopy | None:
    """The copy an earlier run unpacked into folder, if it holds every member (those it
    recorded as not unpacked excepted) at the right size."""
    skipped: dict[str, str] = {}
    with contextlib.suppress(OSError, ValueError):
        data = json.loads((folder / MANIFEST_NAME).read_text(encoding="utf-8"))
        if isinstance(data, dict) and isinstance(data.get("not_unpacked"), dict):
            skipped = {str(k): str(v) for k, v in data["not_unpacked"].items()}
    failed = []
    for m in members:
        if m.rel_path in skipped:
            failed.append(ZipMember(m.info, m.rel_path, skipped[m.rel_path]))
            continue
        path = folder.joinpath(*m.rel_path.split("/"))
        try:
            if path.stat().st_size != m.info.file_size:
                return None
        except OSError:
            return None
    return UnpackedCopy(folder, failed)


def _remove_abandoned_parts(folder: Path, base: str) -> None:
    """Hidden folders that an unpacking killed part-way left beside the zip (ours by name, and
    their process is gone)."""
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            name = nfc(entry.name)
            if not (name.startswith(f".{base}") and name.endswith(_PART_SUFFIX)):
                continue
            try:
                pid = int((entry / _OWNER_NAME).read_text(encoding="ascii"))
            except (OSError, ValueError):
                pid = 0  # killed before the owner was written, or after it was removed
            if pid and _alive(pid):
                continue
            shutil.rmtree(entry, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process
    return True
