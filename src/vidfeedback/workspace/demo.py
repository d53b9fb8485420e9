"""The built-in demo assignment, so a first start shows something real to try."""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

from vidfeedback.workspace.backend import import_rubric_csv, read_handin, save_assignment_rubric

DEMO_FOLDER_NAME = "Demo - Argumentative text"


def demo_source() -> Path:
    """The packaged demo (read-only once installed)."""
    return Path(str(resources.files("vidfeedback.resources").joinpath("demo")))


def prepare_demo(data_dir: Path) -> Path:
    """A writable copy of the demo hand-in folder with its rubric; made once, then kept with the
    teacher's recordings and edits (exports write into it)."""
    target = data_dir / DEMO_FOLDER_NAME
    if target.is_dir():
        return target
    data_dir.mkdir(parents=True, exist_ok=True)
    staging = data_dir / (DEMO_FOLDER_NAME + ".partial")
    shutil.rmtree(staging, ignore_errors=True)
    shutil.copytree(demo_source() / DEMO_FOLDER_NAME, staging)
    rubric = import_rubric_csv(demo_source() / "rubric.csv")
    rubric.title = DEMO_FOLDER_NAME
    save_assignment_rubric(read_handin(staging), rubric)
    staging.rename(target)  # appears whole or not at all
    return target
