"""The feedback package, checked with the real ffprobe/ffmpeg and read back like a player would."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from support.realstack import ffprobe
from vidfeedback.export.handin import find_student, read_handin
from vidfeedback.export.package import export_feedback_package
from vidfeedback.export.rubric_csv import load_rubric_csv
from vidfeedback.export.safe_write import ExportError
from vidfeedback.export.take import read_take_markers
from vidfeedback.export.webvtt import parse_webvtt
from vidfeedback.model import GradePractice, HandinLayout, Marker, MarkerKind, Rubric

from .conftest import TAKE_DURATION_MS

MOODLE41 = "moodle-4.1/NOR1234-Argumenterende tekst-5521"
NB_TITLES = [
    (0, 1500, "Mål: Problemstilling"),
    (1500, 3200, "Tilbakemelding: Argumentasjon"),
    (3200, 4700, "Framovermelding: Kildebruk"),
    (4700, 6000, "Tilbakemelding: Språk & <tegn>"),
]


@pytest.fixture
def rubric(shared_fixtures: Path) -> Rubric:
    return load_rubric_csv(shared_fixtures / "rubrics/argumenterende-tekst.excel.csv")


def stream_md5(path: Path, selector: str) -> str:
    out = subprocess.run(
        ["ffmpeg", "-v", "error", "-i", str(path), "-map", f"0:{selector}", "-c", "copy",
         "-f", "md5", "-"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return out.stdout.strip()


def top_level_boxes(path: Path) -> list[str]:
    boxes = []
    with open(path, "rb") as fh:
        while header := fh.read(8):
            size = int.from_bytes(header[:4], "big")
            boxes.append(header[4:8].decode("latin-1"))
            if size == 1:
                size = int.from_bytes(fh.read(8), "big") - 8
            fh.seek(size - 8, 1)
    return boxes


def test_moodle_package_chapters_vtt_and_no_reencode(
    take: Path, handin_copy: Callable[[str], Path], rubric: Rubric
) -> None:
    handin = read_handin(handin_copy(MOODLE41))
    kari = find_student(handin, "Kari Nordmann")
    marks = read_take_markers(take)
    assert marks.source == "markers.json"
    result = export_feedback_package(
        take, handin, kari, marks.markers, marks.duration_ms, rubric=rubric, lang="nb",
        grade="5", note="Godt jobbet!", grade_practice=GradePractice.LMS_ONLY,
    )  # fmt: skip
    folder = handin.root.with_name(handin.root.name + " feedback")
    assert result.destination.folder == folder / "Kari Nordmann_1040211_assignfeedback_file"
    assert [p.name for p in result.files] == [
        "Tilbakemelding.mp4",
        "Tilbakemelding.vtt",
        "Tilbakemelding.html",
        "Tilbakemelding.json",
        "Tilbakemelding.txt",
    ]
    assert all(p.is_file() and p.parent == result.destination.folder for p in result.files)
    assert not [p for p in result.destination.folder.iterdir() if p.name.startswith(".")]

    probe = ffprobe(result.video)
    chapters = probe["chapters"]
    assert isinstance(chapters, list)
    got = [
        (round(float(c["start_time"]) * 1000), round(float(c["end_time"]) * 1000),
         c["tags"]["title"])
        for c in chapters
    ]  # fmt: skip
    assert got == NB_TITLES
    streams = probe["streams"]
    assert isinstance(streams, list)
    codecs = {s["codec_type"]: s["codec_name"] for s in streams if s["codec_type"] != "data"}
    assert codecs == {"video": "h264", "audio": "aac"}
    boxes = top_level_boxes(result.video)
    assert boxes.index("moov") < boxes.index("mdat")  # plays before it is fully downloaded
    # Stream copy: the compressed packets are byte-identical to the take's.
    assert stream_md5(result.video, "v:0") == stream_md5(take, "v:0")
    assert stream_md5(result.video, "a:0") == stream_md5(take, "a:0")

    vtt = parse_webvtt(result.chapters_vtt.read_text(encoding="utf-8"))
    assert [(c.start_ms, c.end_ms, c.title) for c in vtt] == got

    summary = result.summary.read_bytes().decode("utf-8")
    assert summary == result.summary_text
    assert "\r\n" in summary  # Notepad-friendly
    assert summary.splitlines() == [
        "Tilbakemelding på «Argumenterende tekst» (0:06)",
        "",
        "0:00  Mål: Problemstilling",
        "0:01  Tilbakemelding: Argumentasjon",
        "0:03  Framovermelding: Kildebruk",
        "0:04  Tilbakemelding: Språk & <tegn>",
        "",
        "Notat fra læreren:",
        "Godt jobbet!",
    ]  # the grade goes into the LMS's grade field only, not into the comment

    sidecar = json.loads(result.sidecar.read_text(encoding="utf-8"))
    assert sidecar["format"] == "vidfeedback.feedback" and sidecar["version"] == 1
    assert sidecar["app"]["name"] == "vidfeedback" and sidecar["app"]["version"]
    assert sidecar["student"] == {
        "display_name": "Kari Nordmann", "key": "1040211", "platform_id": "1040211",
        "anonymous": False,
    }  # fmt: skip
    assert sidecar["assignment"]["name"] == "Argumenterende tekst"
    assert sidecar["assignment"]["platform"] == HandinLayout.MOODLE.value
    assert [c["id"] for c in sidecar["rubric"]["criteria"]][:3] == [
        "problemstilling", "argumentasjon", "kildebruk",
    ]  # fmt: skip
    assert [(m["kind"], m["t_ms"]) for m in sidecar["markers"]] == [
        ("feed_up", 0), ("feed_back", 1500), ("feed_forward", 3200), ("feed_back", 4700),
    ]  # fmt: skip
    assert sidecar["duration_ms"] == TAKE_DURATION_MS
    assert (sidecar["grade"], sidecar["note"]) == ("5", "Godt jobbet!")
    assert sidecar["grade_practice"] == "lms_only"
    assert sidecar["files"]["video"] == "Tilbakemelding.mp4"

    page = result.page.read_text(encoding="utf-8")
    assert 'src="Tilbakemelding.mp4"' in page
    assert "Språk &amp; &lt;tegn&gt;" in page and "<tegn>" not in page
    assert "Karakter" not in page  # LMS only: not in front of the student in the page
    assert "http://" not in page and "https://" not in page


def test_grade_practice_decides_where_the_grade_goes(
    take: Path, handin_copy: Callable[[str], Path]
) -> None:
    handin = read_handin(handin_copy(MOODLE41))
    markers = [Marker(MarkerKind.FEED_BACK, 0)]
    ola = find_student(handin, "1040212")
    none = export_feedback_package(
        take, handin, ola, markers, TAKE_DURATION_MS, lang="en", grade="B",
        grade_practice=GradePractice.NO_GRADE,
    )  # fmt: skip
    assert "Grade" not in none.summary_text
    assert "grade" not in json.loads(none.sidecar.read_text(encoding="utf-8"))
    assert any("grade was left out" in m for m in none.messages)
    in_video = export_feedback_package(
        take, handin, ola, markers, TAKE_DURATION_MS, lang="en", grade="B",
        grade_practice=GradePractice.IN_VIDEO,
    )  # fmt: skip
    assert in_video.summary_text.rstrip().endswith("Grade: B")
    assert '<p class="grade">B</p>' in in_video.page.read_text(encoding="utf-8")
    # The second export did not touch the first: it got a version suffix.
    assert in_video.video.name == "Feedback (2).mp4"
    assert none.video.is_file() and "Grade" not in none.summary.read_text(encoding="utf-8")


def test_never_overwrites_a_file_it_did_not_create(
    take: Path, handin_copy: Callable[[str], Path]
) -> None:
    handin = read_handin(handin_copy("plain/8B norsk - drøftende tekst"))
    kari = find_student(handin, "Kari Nordmann")
    assert kari.folder is not None
    theirs = {
        "Tilbakemelding.mp4": b"the teacher's own video",
        "tilbakemelding (2).TXT": b"case differs, same file on Windows/macOS",
    }
    for name, data in theirs.items():
        (kari.folder / name).write_bytes(data)
    result = export_feedback_package(
        take, handin, kari, [Marker(MarkerKind.FEED_UP, 0)], TAKE_DURATION_MS, lang="nn"
    )
    assert result.video.name == "Tilbakemelding (3).mp4"
    for name, data in theirs.items():
        assert (kari.folder / name).read_bytes() == data
    # Reading the folder again: our files are feedback, not part of Kari's hand-in.
    again = read_handin(handin.root)
    kari_again = find_student(again, "Kari Nordmann")
    assert sorted(s.relative_path for s in kari_again.submissions) == sorted(
        f"Kari Nordmann/{n}" for n in ["tekst.txt", *theirs]
    )
    assert sorted(p.name for p in again.exported[kari.key]) == sorted(p.name for p in result.files)


def test_canvas_files_named_for_the_teacher(take: Path, handin_copy: Callable[[str], Path]) -> None:
    download = handin_copy("canvas/nor1234-argumenterende_tekst_submissions")
    handin = read_handin(download, names={"48214": "Ola Ødegård"})
    ola = find_student(handin, "48214")
    result = export_feedback_package(
        take, handin, ola, [Marker(MarkerKind.FEED_FORWARD, 2000)], TAKE_DURATION_MS, lang="sv"
    )
    assert result.destination.folder == download.with_name(download.name + " feedback")
    assert result.video.name == "Ola Ødegård (48214) - Återkoppling.mp4"
    # A chapter track starts at 0, so the stretch before the first marker gets a lead chapter.
    assert [(c.start_ms, c.title, c.kind) for c in result.chapters] == [
        (0, "Början", None),
        (2000, "Framåtkoppling", MarkerKind.FEED_FORWARD),
    ]
    assert sorted(p.name for p in download.iterdir()) == sorted(
        s.relative_path for st in handin.students for s in st.submissions
    )  # nothing was added to the download itself


def test_markers_from_embedded_chapters_when_no_markers_file(
    take: Path, handin_copy: Callable[[str], Path], rubric: Rubric
) -> None:
    handin = read_handin(handin_copy(MOODLE41))
    first = export_feedback_package(
        take, handin, find_student(handin, "Jonas"), read_take_markers(take).markers,
        TAKE_DURATION_MS, rubric=rubric, lang="nb",
    )  # fmt: skip
    again = read_take_markers(first.video, rubric)
    assert again.source == "chapters"
    assert abs(again.duration_ms - TAKE_DURATION_MS) < 50
    assert [(m.kind, m.t_ms, m.criterion_id, m.label) for m in again.markers] == [
        (MarkerKind.FEED_UP, 0, "problemstilling", "Problemstilling"),
        (MarkerKind.FEED_BACK, 1500, "argumentasjon", "Argumentasjon"),
        (MarkerKind.FEED_FORWARD, 3200, "kildebruk", "Kildebruk"),
        (MarkerKind.FEED_BACK, 4700, None, "Språk & <tegn>"),
    ]


@pytest.mark.parametrize(
    "name",
    [
        "AC/DC Hansen",
        "Back\\slash: Per",
        "../../etc/passwd",
        "CON",
        "nul.txt",
        "Ø" * 300,
        "...",
        "Kari_Nordmann",
    ],
)
def test_hostile_student_names_stay_inside_the_export_folder(
    take: Path, handin_copy: Callable[[str], Path], name: str
) -> None:
    handin = read_handin(handin_copy(MOODLE41), names={"1040211": name})
    student = find_student(handin, "1040211")
    result = export_feedback_package(
        take, handin, student, [Marker(MarkerKind.FEED_BACK, 0)], TAKE_DURATION_MS
    )
    root = handin.root.with_name(handin.root.name + " feedback")
    folder = result.destination.folder
    assert folder.parent == root
    component = folder.name
    assert component.endswith("_1040211_assignfeedback_file")
    prefix = component.removesuffix("_1040211_assignfeedback_file")
    assert prefix and not set('/\\:*?"<>|') & set(prefix) and ".." not in prefix
    assert "_" not in prefix  # Moodle splits this folder name on "_"
    assert prefix.split(".")[0].upper() not in {"CON", "NUL", "PRN", "AUX"}
    assert len(component.encode("utf-8")) <= 255
    assert all(p.is_file() for p in result.files)
    assert json.loads(result.sidecar.read_text(encoding="utf-8"))["student"]["display_name"] == (
        name
    )


def test_bad_take_and_unknown_language_are_refused(
    tmp_path: Path, handin_copy: Callable[[str], Path], take: Path
) -> None:
    handin = read_handin(handin_copy(MOODLE41))
    kari = find_student(handin, "Kari")
    with pytest.raises(ExportError, match="does not exist"):
        export_feedback_package(tmp_path / "missing.mp4", handin, kari, [], 1000)
    with pytest.raises(ValueError, match="unknown language"):
        export_feedback_package(take, handin, kari, [], 1000, lang="de")
    broken = tmp_path / "broken.mp4"
    broken.write_bytes(b"\x00\x00\x00\x18ftypisom" + b"\x00" * 100)
    with pytest.raises(ExportError):
        export_feedback_package(broken, handin, kari, [], 1000)
    # Nothing half-made is left behind by the failures.
    root = handin.root.with_name(handin.root.name + " feedback")
    assert not root.exists() or not any(root.rglob("*.*"))
