"""What the teacher is told when the take cannot be written, however deep the OS error sits."""

from __future__ import annotations

import errno

from vidfeedback.recording.pipeline import describe_write_error
from vidfeedback.takes.finish import FinishError


def _wrapped(err: int) -> FinishError:
    # As the finish raises it: its own error from PyAV's, which holds the errno.
    try:
        try:
            raise OSError(err, "No space left on device")
        except OSError as inner:
            raise FinishError("could not write full.mp4: [Errno 28] ...") from inner
    except FinishError as outer:
        return outer


def test_a_full_disk_is_named_through_the_finish_error() -> None:
    assert describe_write_error(_wrapped(errno.ENOSPC)) == "the disk is full"
    assert describe_write_error(OSError(errno.ENOSPC, "full")) == "the disk is full"


def test_a_read_only_folder_is_named() -> None:
    assert describe_write_error(_wrapped(errno.EROFS)) == "the folder cannot be written to"


def test_anything_else_keeps_its_own_words() -> None:
    assert describe_write_error(ValueError("odd")) == "odd"
