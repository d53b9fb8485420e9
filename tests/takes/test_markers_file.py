"""The markers file: one writer, one checking reader, one version; the export and the engine read
it through the same code."""

from __future__ import annotations

from pathlib import Path

import pytest

from vidfeedback.export.safe_write import ExportError
from vidfeedback.export.take import read_take_markers
from vidfeedback.model import Marker, MarkerKind
from vidfeedback.takes.layout import markers_path
from vidfeedback.takes.markers_file import (
    MarkersFileError,
    marker_from_json,
    marker_to_json,
    parse_markers_text,
    read_markers_file,
    read_markers_sidecar,
    write_markers_sidecar,
)

MARKERS = [
    Marker(MarkerKind.FEED_UP, 0, "c1", None),
    Marker(MarkerKind.FEED_FORWARD, 3200, None, "Språk — «sitat»"),
]


def test_what_is_written_is_read_back_by_the_engine_and_the_export(tmp_path: Path) -> None:
    final = tmp_path / "Åse.mp4"
    final.write_bytes(b"")  # the export wants the take itself to exist
    write_markers_sidecar(final, list(reversed(MARKERS)), 6000, [2500, 1000])
    timeline = read_markers_sidecar(final)
    assert timeline is not None
    assert timeline.markers == MARKERS
    assert timeline.duration_ms == 6000
    assert timeline.pauses_ms == [1000, 2500]
    exported = read_take_markers(final)
    assert (exported.markers, exported.duration_ms) == (MARKERS, 6000)


def test_a_file_without_pauses_says_so(tmp_path: Path) -> None:
    final = tmp_path / "take.mp4"
    write_markers_sidecar(final, MARKERS, 6000)
    timeline = read_markers_sidecar(final)
    assert timeline is not None and timeline.pauses_ms is None


@pytest.mark.parametrize(
    ("data", "complaint"),
    [
        ("[]", "not a markers file"),
        ('{"version": 2, "duration_ms": 1, "markers": []}', "version 2"),
        ('{"version": 1, "duration_ms": -1, "markers": []}', "duration_ms"),
        ('{"version": 1, "duration_ms": 1.5, "markers": []}', "duration_ms"),
        ('{"version": 1, "duration_ms": 1, "markers": {}}', "must be a list"),
        ('{"version": 1, "duration_ms": 1, "markers": [{"kind": "x", "t_ms": 0}]}', "unknown kind"),
        ('{"version": 1, "duration_ms": 1, "markers": [{"kind": "feed_up"}]}', "t_ms"),
        ('{"version": 1, "duration_ms": 1, "markers": [], "pauses_ms": [true]}', "pauses_ms"),
        ("{", "not valid JSON"),
    ],
)
def test_the_reader_refuses_what_is_not_a_markers_file(data: str, complaint: str) -> None:
    with pytest.raises(MarkersFileError, match=complaint):
        parse_markers_text(data, "take.markers.json")


def test_a_bad_file_is_no_timeline_for_the_engine_and_an_error_for_the_export(
    tmp_path: Path,
) -> None:
    final = tmp_path / "take.mp4"
    final.write_bytes(b"")
    markers_path(final).write_text('{"version": 9}', encoding="utf-8")
    assert read_markers_sidecar(final) is None
    with pytest.raises(ExportError, match="version 9"):
        read_take_markers(final)
    with pytest.raises(MarkersFileError) as caught:
        read_markers_file(tmp_path / "missing.markers.json")
    assert "missing.markers.json" in str(caught.value)


def test_marker_json_round_trip_and_decomposed_labels_become_composed() -> None:
    for marker in MARKERS:
        assert marker_from_json(marker_to_json(marker)) == marker
    decomposed = {"kind": "feed_back", "t_ms": 5, "label": "A\u030ase"}  # Å as A + ring
    assert marker_from_json(decomposed).label == "\u00c5se"
