"""Where a take's files are: the hidden take folder beside the final file while recording, and
the final MP4 with its markers file afterwards.

    .<name>.mp4.vftake/      while recording (removed once the final file is complete)
        media.mp4            the live fragmented MP4
        journal.jsonl        markers, pauses, resumes, discards, the stop (fsync'd per line)
        take.json            where the final file goes, region, fps, device, a continuation
    <name>.mp4               the final file: chapters, moov at the front
    <name>.markers.json      duration, markers and pause points (markers_file.py)
"""

from __future__ import annotations

from pathlib import Path

TAKE_SUFFIX = ".vftake"
MEDIA_NAME = "media.mp4"
JOURNAL_NAME = "journal.jsonl"
INFO_NAME = "take.json"
MARKERS_SUFFIX = ".markers.json"


def take_dir_for(out_path: Path) -> Path:
    """Hidden working folder beside the final file: .<name>.vftake"""
    return out_path.with_name(f".{out_path.name}{TAKE_SUFFIX}")


def is_take_dir(path: Path) -> bool:
    return path.is_dir() and path.name.endswith(TAKE_SUFFIX)


def markers_path(final_path: Path) -> Path:
    """<take>.markers.json beside the final MP4."""
    return final_path.with_name(final_path.stem + MARKERS_SUFFIX)


def take_files(final_path: Path) -> list[Path]:
    """The files a finished take consists of: the video and its markers file."""
    return [final_path, markers_path(final_path)]


def name_is_free(out_path: Path) -> bool:
    """Nothing of a take by this name exists: no final file, markers file or take folder."""
    return not (
        out_path.exists() or markers_path(out_path).exists() or take_dir_for(out_path).exists()
    )


def free_take_path(folder: Path, stem: str) -> Path:
    """<stem>.mp4 in folder, or <stem>-2.mp4, -3, ...: the first name no take uses yet."""
    path = folder / f"{stem}.mp4"
    n = 2
    while not name_is_free(path):
        path = folder / f"{stem}-{n}.mp4"
        n += 1
    return path


def find_interrupted_takes(folder: Path) -> list[Path]:
    """Take folders left behind in folder (hidden .<name>.mp4.vftake directories)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob(f".*{TAKE_SUFFIX}") if (p / MEDIA_NAME).exists())
