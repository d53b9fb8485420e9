"""Writing into folders that hold student work: safe names, no clobbering, atomic files.

The rules (product.md, "Never clobber"): a file the app did not create is never replaced or
removed; a half-written file never appears under its final name; a failure says what happened in
words a teacher understands.
"""

from __future__ import annotations

import errno
import re
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path

from vidfeedback.atomic_files import (
    fsync_dir,
    publish_no_clobber,
    replace_file_atomically,
    temp_path_for,
    write_new_bytes,
    write_new_file,
    write_new_text,
)
from vidfeedback.errors import ErrorCode, VidfeedbackError, os_error_code

__all__ = [
    "MAX_NAME_BYTES",
    "ExportError",
    "ensure_folder",
    "explain_os_error",
    "first_free_stem",
    "fsync_dir",
    "nfc",
    "os_export_error",
    "publish_no_clobber",
    "replace_own_file",
    "safe_component",
    "temp_path_for",
    "versioned_stem",
    "write_new_bytes",
    "write_new_file",
    "write_new_text",
]

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
        replace_file_atomically(dest, data)
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
