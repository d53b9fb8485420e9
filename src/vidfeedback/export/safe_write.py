"""Writing into folders that hold student work: safe names, no clobbering, atomic files.

The rules (product.md, "Never clobber"): a file the app did not create is never replaced or
removed; a half-written file never appears under its final name; a failure says what happened in
words a teacher understands.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path

from vidfeedback.errors import ErrorCode, VidfeedbackError, os_error_code

# NTFS and FAT refuse these characters; "/" and "\" would also create sub-folders.
_FORBIDDEN_CHARS = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]')
_WINDOWS_RESERVED = {
    "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
    *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10)),
    "COM¹", "COM²", "COM³", "LPT¹", "LPT²", "LPT³",
}  # fmt: skip
# ext4 allows 255 bytes per name and NTFS 255 UTF-16 units; staying well below leaves room for
# a version suffix, an extension and an LMS prefix such as "_1040211_assignfeedback_file".
MAX_NAME_BYTES = 120


class ExportError(VidfeedbackError):
    """Why something could not be written; nothing was lost. str() is a plain English sentence
    (the command line prints it); `code` and `params` let the app say it in the teacher's
    language (vidfeedback.errors)."""

    default_code = ErrorCode.EXPORT_FAILED


def nfc(text: str) -> str:
    """macOS writes names decomposed (NFD); everything the app keeps or compares is NFC."""
    return unicodedata.normalize("NFC", text)


def safe_component(name: str, fallback: str = "student", max_bytes: int = MAX_NAME_BYTES) -> str:
    """One path component that is valid and means the same on Windows, macOS and Linux.

    Separators and characters Windows refuses become "-", ".." and leading dots disappear (a
    leading dot also hides the file from Moodle's zip import), Windows device names get a "_",
    and the name is cut at a character boundary so that it fits every file system.
    """
    text = nfc(name)
    text = _FORBIDDEN_CHARS.sub("-", text)
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\.{2,}", ".", text)
    # Windows drops trailing dots and spaces, so "Kari." and "Kari" would collide there.
    text = text.strip(" .-~")
    if not text:
        text = fallback
    text = _truncate_utf8(text, max_bytes).rstrip(" .")
    stem = text.split(".", 1)[0]
    if stem.upper().rstrip(" ") in _WINDOWS_RESERVED:
        # "-" rather than "_": Moodle splits its folder names on "_".
        text = f"{stem}-{text[len(stem) :]}"
    return text


def _truncate_utf8(text: str, max_bytes: int) -> str:
    if len(text.encode("utf-8")) <= max_bytes:
        return text
    out = []
    used = 0
    for ch in text:
        size = len(ch.encode("utf-8"))
        if used + size > max_bytes:
            break
        out.append(ch)
        used += size
    # Do not leave a base letter without the combining mark that followed it.
    while out and unicodedata.combining(out[-1]):
        out.pop()
    return "".join(out)


def versioned_stem(stem: str, version: int) -> str:
    """ "Tilbakemelding", 2 -> "Tilbakemelding (2)"; version 1 is the plain name."""
    return stem if version <= 1 else f"{stem} ({version})"


def first_free_stem(folder: Path, stem: str, suffixes: Iterable[str]) -> str:
    """The first versioned stem for which no file with any of the suffixes exists yet.

    All files of one feedback package share a stem, so the HTML page can find its video.
    """
    wanted = list(suffixes)
    existing = {nfc(p.name).casefold() for p in folder.iterdir()} if folder.is_dir() else set()
    version = 1
    while True:
        candidate = versioned_stem(stem, version)
        # casefold: Windows and macOS treat "Kari.mp4" and "kari.mp4" as the same file.
        if not any(f"{candidate}{s}".casefold() in existing for s in wanted):
            return candidate
        version += 1


def explain_os_error(exc: OSError, target: Path) -> str:
    """A sentence for the teacher; the technical detail stays in the exception chain."""
    where = str(target)
    code = exc.errno
    if code == errno.EROFS:
        return f"The folder {where} is read-only. Choose a folder you can write to."
    if code in (errno.ENOSPC, errno.EDQUOT):
        return f"The disk is full while writing to {where}. Free some space and export again."
    if code in (errno.EACCES, errno.EPERM):
        return f"You do not have permission to write to {where}."
    if code == errno.ENAMETOOLONG:
        return f"The name is too long for this file system: {where}"
    if code == errno.ENOENT:
        return f"The folder does not exist any more: {where}"
    return f"Could not write {where}: {exc.strerror or exc}"


def os_export_error(exc: OSError, target: Path) -> ExportError:
    """The ExportError for an operating-system failure at target (raise it `from exc`)."""
    return ExportError(
        explain_os_error(exc, target),
        os_error_code(exc) or ErrorCode.WRITE_FAILED,
        path=target,
        detail=str(exc.strerror or exc),
    )


def fsync_dir(folder: Path) -> None:
    # Windows cannot open a directory for fsync; its rename is already durable enough there.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temp_path_for(dest: Path) -> Path:
    """A hidden name beside dest: same file system (so link/rename is atomic) and ignored by
    Moodle's zip import if it is ever left behind by a crash."""
    return dest.with_name(f".{dest.name}.{secrets.token_hex(4)}.part")


def publish_no_clobber(tmp: Path, dest: Path) -> None:
    """Give the finished tmp its final name, failing with FileExistsError if dest exists.

    os.link is the portable "rename unless the target exists": it fails atomically with EEXIST.
    File systems without hard links (FAT, exFAT, some network shares) fall back to a checked
    rename, which can only lose a race against another program creating the same name.
    """
    try:
        os.link(tmp, dest)
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK):
            raise
        if dest.exists():
            raise FileExistsError(errno.EEXIST, "exists", str(dest)) from exc
        os.rename(tmp, dest)
        return
    tmp.unlink()


def write_new_file(dest: Path, fill: Callable[[Path], None]) -> None:
    """Create dest, which must not exist, by letting fill write a temporary file first.

    The temporary file is fsync'ed before it gets its name, so after a crash either the whole
    file or nothing is there. On any failure the temporary file is removed.
    """
    tmp = temp_path_for(dest)
    try:
        fill(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        publish_no_clobber(tmp, dest)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    fsync_dir(dest.parent)


def write_new_bytes(dest: Path, data: bytes) -> None:
    def fill(tmp: Path) -> None:
        # "xb": even the temporary name is never reused.
        with open(tmp, "xb") as fh:
            fh.write(data)

    write_new_file(dest, fill)


def write_new_text(dest: Path, text: str) -> None:
    write_new_bytes(dest, text.encode("utf-8"))


def replace_own_file(dest: Path, data: bytes, is_ours: Callable[[bytes], bool]) -> None:
    """Atomically replace dest only if it does not exist or is_ours() recognises its content.

    Used for files the app owns across sessions (the assignment's rubric), never for student work.
    """
    if dest.exists():
        if not is_ours(dest.read_bytes()):
            raise ExportError(
                f"{dest} exists and was not written by vidfeedback; not replacing it",
                ErrorCode.EXISTS_NOT_OURS,
                path=dest,
            )
        tmp = temp_path_for(dest)
        try:
            with open(tmp, "xb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, dest)
        finally:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
        fsync_dir(dest.parent)
    else:
        write_new_bytes(dest, data)


def ensure_folder(folder: Path) -> list[Path]:
    """Create folder (and parents) if needed; returns the folders this call created, outermost
    first, so that a failed export can remove exactly those again.

    A file standing where the folder should be is an error, not something to remove.
    """
    if folder.is_dir():
        return []
    if folder.exists():
        raise ExportError(
            f"{folder} is a file, not a folder; not touching it",
            ErrorCode.NOT_A_FOLDER,
            path=folder,
        )
    missing = []
    probe = folder
    while not probe.exists():
        missing.append(probe)
        probe = probe.parent
    missing.reverse()
    for path in missing:
        path.mkdir()
    return missing
