"""A `--moodle-zip` build killed with SIGKILL at each step: no set is left half there after the
next run, and no hidden part piles up."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from vidfeedback.export.destinations import export_root_for
from vidfeedback.export.handin import read_handin
from vidfeedback.export.moodle_zip import build_moodle_zips, clean_abandoned_sets

from .test_moodle_zip import export_all

# The child builds the set and kills itself (SIGKILL, as the OOM killer or a power cut would
# stop it) on the n-th hard link, that is just before the n-th file of the set gets its name.
CHILD = """
import os, signal, sys
from pathlib import Path
from vidfeedback.export.moodle_zip import build_moodle_zips
kill_at, calls = int(sys.argv[2]), [0]
real_link = os.link
def link(src, dst, *args, **kwargs):
    calls[0] += 1
    if calls[0] == kill_at:
        os.kill(os.getpid(), signal.SIGKILL)
    return real_link(src, dst, *args, **kwargs)
os.link = link
build_moodle_zips(Path(sys.argv[1]), int(sys.argv[3]))
"""


def visible(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))


def hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


# Link 1 names the journal; links 2-5 name the three zips and the index.
@pytest.mark.parametrize("kill_at_link", [1, 2, 3, 4, 5])
def test_a_killed_build_is_undone_by_the_next(
    take: Path, handin_copy: Callable[[str], Path], kill_at_link: int
) -> None:
    handin = read_handin(handin_copy("moodle-4.1/NOR1234-Argumenterende tekst-5521"))
    export_all(take, handin)
    root = export_root_for(handin)
    limit_bytes = int(2.5 * (take.stat().st_size + 20_000))  # three zips
    before = visible(root)
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(root), str(kill_at_link), str(limit_bytes)],
        check=False,
    )
    assert child.returncode == -signal.SIGKILL
    left = [n for n in visible(root) if n not in before]
    # The names appear in microseconds, one after another: a kill inside that window is the
    # only way to leave part of a set, and then without its index.
    assert len(left) == max(kill_at_link - 2, 0)
    assert not any(n.endswith(".txt") for n in left)
    assert hidden(root)  # the journal and the hidden parts tell the next run what to undo
    plan = build_moodle_zips(root, limit_bytes)
    assert plan.index is not None and plan.index.name == "Moodle upload.txt"
    assert [z.path.name for z in plan.zips] == [f"Moodle upload {i} of 3.zip" for i in (1, 2, 3)]
    assert visible(root) == sorted(
        [*before, "Moodle upload.txt", *(z.path.name for z in plan.zips)]
    )
    assert hidden(root) == []
    for z in plan.zips:
        with zipfile.ZipFile(z.path) as zf:
            assert zf.testzip() is None


def test_hidden_parts_from_older_runs_are_removed_and_others_kept(tmp_path: Path) -> None:
    old_zip = tmp_path / ".Moodle upload 1 of 3.zip.0123abcd.part"
    old_index = tmp_path / ".Moodle upload.txt.89abcdef.part"
    teachers = tmp_path / ".notes.part"  # not a name of ours
    video_part = tmp_path / ".Feedback.mp4.0123abcd.part"  # an export's, not the zips'
    for path in (old_zip, old_index, teachers, video_part):
        path.write_bytes(b"x" * 1000)
    removed = clean_abandoned_sets(tmp_path)
    assert sorted(p.name for p in removed) == sorted([old_zip.name, old_index.name])
    assert sorted(os.listdir(tmp_path)) == sorted([teachers.name, video_part.name])
