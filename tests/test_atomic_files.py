"""The one no-clobber helper: a name is given only when it is free, and what the caller keeps
stays."""

from __future__ import annotations

from pathlib import Path

import pytest

from vidfeedback.atomic_files import link_no_clobber, publish_no_clobber


def test_link_no_clobber_gives_the_name_and_keeps_the_source(tmp_path: Path) -> None:
    src = tmp_path / ".set.part"
    src.write_bytes(b"zip bytes")
    dest = tmp_path / "set.zip"
    link_no_clobber(src, dest)
    assert dest.read_bytes() == b"zip bytes"
    assert src.read_bytes() == b"zip bytes"  # kept: the caller's proof that dest is its own


def test_link_no_clobber_never_replaces_a_file(tmp_path: Path) -> None:
    src = tmp_path / ".set.part"
    src.write_bytes(b"ours")
    dest = tmp_path / "set.zip"
    dest.write_bytes(b"the teacher's")
    with pytest.raises(FileExistsError):
        link_no_clobber(src, dest)
    assert dest.read_bytes() == b"the teacher's"
    assert src.read_bytes() == b"ours"


def test_publish_no_clobber_moves_the_temporary_file_or_leaves_both(tmp_path: Path) -> None:
    tmp = tmp_path / ".video.mp4.part"
    tmp.write_bytes(b"edited")
    dest = tmp_path / "video.mp4"
    publish_no_clobber(tmp, dest)
    assert dest.read_bytes() == b"edited" and not tmp.exists()
    tmp.write_bytes(b"again")
    with pytest.raises(FileExistsError):
        publish_no_clobber(tmp, dest)
    assert dest.read_bytes() == b"edited" and tmp.read_bytes() == b"again"
