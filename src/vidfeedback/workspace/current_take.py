"""The app's "current take" record: written when a take starts, removed once it is finished.

If it is still there at the next start, the last session ended while recording, and the take
folder the engine keeps beside its output can be recovered for that student.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from vidfeedback.atomic_files import replace_file_atomically
from vidfeedback.takes.layout import take_dir_for


@dataclass(frozen=True)
class CurrentTake:
    assignment: str  # what the teacher opened (folder or zip)
    student_key: str
    student_name: str
    out_path: str  # the take's final MP4 as the engine was told

    @property
    def take_dir(self) -> Path:
        return take_dir_for(Path(self.out_path))


def write_current_take(path: Path, take: CurrentTake) -> None:
    replace_file_atomically(path, json.dumps(asdict(take), ensure_ascii=False).encode("utf-8"))


def read_current_take(path: Path) -> CurrentTake | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return CurrentTake(
            str(data["assignment"]),
            str(data["student_key"]),
            str(data["student_name"]),
            str(data["out_path"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def clear_current_take(path: Path) -> None:
    path.unlink(missing_ok=True)


def interrupted_take(path: Path) -> CurrentTake | None:
    """The recorded-but-unfinished take, if the last session left one; stale records are cleared."""
    take = read_current_take(path)
    if take is None:
        clear_current_take(path)
        return None
    if not take.take_dir.is_dir():
        clear_current_take(path)  # finished or discarded after all: nothing to offer
        return None
    return take
