"""The take journal: append-only JSON lines, read back after a crash, discards, the sidecar."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vidfeedback.model import Marker, MarkerKind
from vidfeedback.takes.journal import (
    Journal,
    apply_discards,
    read_journal,
    write_json_atomic,
)
from vidfeedback.takes.layout import JOURNAL_NAME, take_dir_for
from vidfeedback.takes.markers_file import write_markers_sidecar

MARKERS = [
    Marker(MarkerKind.FEED_UP, 0, "problemstilling"),
    Marker(MarkerKind.FEED_BACK, 1500, "argumentasjon", None),
    Marker(MarkerKind.FEED_FORWARD, 3200, None, "Språk & <tegn> — «sitat»"),
]


def test_take_dir_for() -> None:
    assert take_dir_for(Path("/x/Maja Lind.mp4")) == Path("/x/.Maja Lind.mp4.vftake")


def test_missing_journal_reads_as_empty(tmp_path: Path) -> None:
    contents = read_journal(tmp_path)
    assert contents.markers == []
    assert contents.discarded_ms == []
    assert contents.stopped_at_ms is None
    assert contents.torn_lines == 0


def test_markers_round_trip(tmp_path: Path) -> None:
    journal = Journal(tmp_path)
    for m in MARKERS:
        journal.marker(m)
    contents = read_journal(tmp_path)
    assert contents.markers == MARKERS
    assert contents.torn_lines == 0


def test_each_event_is_one_line_and_appended(tmp_path: Path) -> None:
    journal = Journal(tmp_path)
    journal.append("start", wall="2024-01-01T10:00:00")
    journal.marker(MARKERS[2])
    journal.append("pause", t_ms=4000)
    # A second Journal on the same folder (recovery, or a resumed take) appends, never truncates.
    Journal(tmp_path).append("stop", t_ms=5000)
    lines = (tmp_path / JOURNAL_NAME).read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["event"] for line in lines] == ["start", "marker", "pause", "stop"]
    assert json.loads(lines[1])["label"] == "Språk & <tegn> — «sitat»"
    assert "«sitat»" in lines[1]  # readable UTF-8, not \\u escapes


def test_discards_and_stop_are_read_back(tmp_path: Path) -> None:
    journal = Journal(tmp_path)
    journal.marker(MARKERS[0])
    journal.append("discard", from_ms=2000, to_ms=3500)
    journal.append("pause", t_ms=6000)  # events the reader does not need are skipped
    journal.append("discard", from_ms=7000, to_ms=7100)
    journal.append("stop", t_ms=9000)
    contents = read_journal(tmp_path)
    assert contents.markers == [MARKERS[0]]
    assert contents.discarded_ms == [(2000, 3500), (7000, 7100)]
    assert contents.stopped_at_ms == 9000


def test_a_torn_last_line_is_tolerated(tmp_path: Path) -> None:
    journal = Journal(tmp_path)
    for m in MARKERS[:2]:
        journal.marker(m)
    with (tmp_path / JOURNAL_NAME).open("a", encoding="utf-8") as f:
        f.write('{"event": "marker", "kind": "feed_forw')  # killed mid-write: no newline
    contents = read_journal(tmp_path)
    assert contents.markers == MARKERS[:2]
    assert contents.torn_lines == 1
    assert contents.stopped_at_ms is None


def test_a_torn_multibyte_character_is_tolerated(tmp_path: Path) -> None:
    journal = Journal(tmp_path)
    journal.marker(MARKERS[0])
    journal.marker(MARKERS[2])
    path = tmp_path / JOURNAL_NAME
    data = path.read_bytes()
    cut = data.index("«".encode()) + 1  # in the middle of a two-byte character
    path.write_bytes(data[:cut])
    contents = read_journal(tmp_path)
    assert contents.markers == [MARKERS[0]]
    assert contents.torn_lines == 1


def test_appending_after_a_torn_line_keeps_later_events(tmp_path: Path) -> None:
    """Recovery appends after the torn line; what it appends must still be read."""
    path = tmp_path / JOURNAL_NAME
    path.write_text('{"event": "marker", "kind": "feed_up", "t_ms": 0}\n{"event": "mar\n')
    Journal(tmp_path).append("stop", t_ms=1234)
    contents = read_journal(tmp_path)
    assert contents.markers == [Marker(MarkerKind.FEED_UP, 0)]
    assert contents.torn_lines == 1
    assert contents.stopped_at_ms == 1234


def test_apply_discards_drops_and_shifts() -> None:
    markers = [
        Marker(MarkerKind.FEED_UP, 500),
        Marker(MarkerKind.FEED_BACK, 2000),  # first moment of the cut: dropped
        Marker(MarkerKind.FEED_BACK, 3000),  # inside: dropped
        Marker(MarkerKind.FEED_FORWARD, 3500, "k", "after"),  # the cut's end: kept, moved back
        Marker(MarkerKind.FEED_BACK, 8000),  # after both cuts
    ]
    kept = apply_discards(markers, [(2000, 3500), (6000, 7000)])
    assert kept == [
        Marker(MarkerKind.FEED_UP, 500),
        Marker(MarkerKind.FEED_FORWARD, 2000, "k", "after"),
        Marker(MarkerKind.FEED_BACK, 8000 - 1500 - 1000),
    ]


def test_apply_discards_without_discards_changes_nothing() -> None:
    assert apply_discards(MARKERS, []) == MARKERS


def test_write_markers_sidecar(tmp_path: Path) -> None:
    final = tmp_path / "Maja Lind.mp4"
    path = write_markers_sidecar(final, list(reversed(MARKERS)), 6000)
    assert path == tmp_path / "Maja Lind.markers.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == 1
    assert data["duration_ms"] == 6000
    assert [m["t_ms"] for m in data["markers"]] == [0, 1500, 3200]  # sorted by time
    assert data["markers"][0] == {
        "kind": "feed_up",
        "t_ms": 0,
        "criterion_id": "problemstilling",
        "label": None,
    }
    assert data["markers"][2]["label"] == "Språk & <tegn> — «sitat»"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Maja Lind.markers.json"]


def test_write_markers_sidecar_refuses_to_overwrite(tmp_path: Path) -> None:
    final = tmp_path / "take.mp4"
    existing = tmp_path / "take.markers.json"
    existing.write_text("the teacher's own file", encoding="utf-8")
    with pytest.raises(FileExistsError):
        write_markers_sidecar(final, MARKERS, 6000)
    assert existing.read_text(encoding="utf-8") == "the teacher's own file"


def test_write_json_atomic_replaces_its_own_file(tmp_path: Path) -> None:
    path = tmp_path / "take.json"
    write_json_atomic(path, {"a": 1})
    write_json_atomic(path, {"a": 2, "name": "Åse"})
    assert json.loads(path.read_text(encoding="utf-8")) == {"a": 2, "name": "Åse"}
    assert [p.name for p in tmp_path.iterdir()] == ["take.json"]


def test_a_refused_sidecar_leaves_no_temporary_file(tmp_path: Path) -> None:
    final = tmp_path / "take.mp4"
    (tmp_path / "take.markers.json").write_text("theirs", encoding="utf-8")
    with pytest.raises(FileExistsError):
        write_markers_sidecar(final, MARKERS, 6000)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["take.markers.json"]
