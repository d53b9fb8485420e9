"""Durable, atomic, no-clobber file writing: the one helper every writer in the app uses.

The rules (product.md, "Never clobber"): a file the app did not create is never replaced; a
half-written file never appears under its final name; after a crash either the whole file or
nothing is there (the file and its folder are fsync'ed before the call returns).
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
from collections.abc import Callable
from pathlib import Path

# File systems without hard links (FAT, exFAT, some network shares) answer os.link with these.
_NO_HARD_LINKS = frozenset({errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK})


def fsync_dir(folder: Path) -> None:
    """Make a new name in folder durable (a rename or link is only on disk once its folder is)."""
    # Windows cannot open a directory for fsync; its rename is already durable enough there.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def temp_path_for(dest: Path) -> Path:
    """A hidden name beside dest: same file system (so link/rename is atomic) and ignored by
    Moodle's zip import if it is ever left behind by a crash."""
    # os.urandom, not secrets: secrets loads OpenSSL (hmac -> hashlib), 3 MB in every recording.
    return dest.with_name(f".{dest.name}.{os.urandom(4).hex()}.part")


def publish_no_clobber(tmp: Path, dest: Path) -> None:
    """Give the finished tmp its final name, failing with FileExistsError if dest exists.

    os.link is the portable "rename unless the target exists": it fails atomically with EEXIST.
    File systems without hard links fall back to a checked rename, which can only lose a race
    against another program creating the same name in the same instant.
    """
    try:
        os.link(tmp, dest)
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in _NO_HARD_LINKS:
            raise
        if dest.exists():
            raise FileExistsError(errno.EEXIST, "exists", str(dest)) from exc
        os.rename(tmp, dest)
        return
    tmp.unlink()


def link_no_clobber(src: Path, dest: Path) -> None:
    """Give dest src's content, failing with FileExistsError if dest exists, and keep src (a
    caller may need it, e.g. as proof that dest is its own until a set of files is whole).

    A hard link; without hard links (FAT, exFAT) a copy of src published with
    publish_no_clobber."""
    try:
        os.link(src, dest)
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in _NO_HARD_LINKS:
            raise
        copy = temp_path_for(dest)
        shutil.copyfile(src, copy)
        publish_no_clobber(copy, dest)


def write_new_file(dest: Path, fill: Callable[[Path], None]) -> None:
    """Create dest, which must not exist, by letting fill write a temporary file first.

    The temporary file is fsync'ed before it gets its name. On any failure (FileExistsError when
    dest appeared meanwhile) the temporary file is removed and dest is untouched."""
    tmp = temp_path_for(dest)
    try:
        fill(tmp)
        fsync_file(tmp)
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


def replace_file_atomically(dest: Path, data: bytes) -> None:
    """Write dest atomically, replacing an earlier version of it.

    Only for files the app alone writes, in its own folders (work state, the current take record,
    a take folder's take.json): whoever calls this has made sure dest is not someone else's."""
    dest.parent.mkdir(parents=True, exist_ok=True)
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
