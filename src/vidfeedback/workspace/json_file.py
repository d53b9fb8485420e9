"""Small JSON files in the app's data folder, written so a crash leaves the old or the new file
(never half of one), and read so a damaged file counts as empty rather than stopping the app."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from vidfeedback.atomic_files import replace_file_atomically


def assignment_digest(assignment_root: Path) -> str:
    """The name the app's files for one assignment share (the same as the work state's)."""
    return hashlib.sha256(str(assignment_root.resolve()).encode()).hexdigest()[:16]


def read_json(path: Path) -> Any:
    """The file's data, or None when it is missing or unreadable."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def write_json_atomic(path: Path, data: Any) -> None:
    replace_file_atomically(path, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
