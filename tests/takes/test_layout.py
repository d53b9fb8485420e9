"""Take folder naming: one place says what a take's files are called."""

from __future__ import annotations

from pathlib import Path

from vidfeedback.takes.layout import (
    MEDIA_NAME,
    find_interrupted_takes,
    free_take_path,
    markers_path,
    take_dir_for,
    take_files,
)


def test_names_of_a_take() -> None:
    final = Path("/x/Maja Lind.mp4")
    assert take_dir_for(final) == Path("/x/.Maja Lind.mp4.vftake")
    assert markers_path(final) == Path("/x/Maja Lind.markers.json")
    assert take_files(final) == [final, Path("/x/Maja Lind.markers.json")]


def test_a_free_name_avoids_files_markers_and_unfinished_takes(tmp_path: Path) -> None:
    assert free_take_path(tmp_path, "take") == tmp_path / "take.mp4"
    (tmp_path / "take.mp4").write_bytes(b"")
    (tmp_path / "take-2.markers.json").write_text("{}", encoding="utf-8")
    take_dir_for(tmp_path / "take-3.mp4").mkdir()
    assert free_take_path(tmp_path, "take") == tmp_path / "take-4.mp4"


def test_interrupted_takes_are_folders_with_a_recording(tmp_path: Path) -> None:
    with_media = take_dir_for(tmp_path / "a.mp4")
    with_media.mkdir()
    (with_media / MEDIA_NAME).write_bytes(b"x")
    take_dir_for(tmp_path / "b.mp4").mkdir()  # created, then failed before recording
    assert find_interrupted_takes(tmp_path) == [with_media]
    assert find_interrupted_takes(tmp_path / "nowhere") == []
