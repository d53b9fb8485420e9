"""An export of an edited take (cuts, trims, or only the voice cleaned, which is the default)
copies an edited video, not the take: its captions must follow the cuts into the package."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from support.synthetic_take import TakeSpec, make_take
from vidfeedback.captions.cues import Cue
from vidfeedback.captions.vtt import Captions, captions_path_for, write_captions
from vidfeedback.export.edited_captions import edit_captions
from vidfeedback.export.handin import find_student, read_handin
from vidfeedback.export.voice import VoiceMode
from vidfeedback.takes.edit import EditPlan
from vidfeedback.workspace.backend import edit_for_export, export_feedback_package

TAKE_DURATION_MS = 6000
CUT = (1000, 2000)


def _captions() -> Captions:
    return Captions(
        "en",
        [
            Cue(0, 900, "Before the cut."),
            Cue(1100, 1900, "All of this was cut."),
            Cue(1900, 2600, "Half cut away."),
            Cue(3000, 4000, "After the cut."),
        ],
        "tiny.en",
    )


def test_cues_move_with_the_cut_and_cut_ones_go() -> None:
    plan = EditPlan.build(TAKE_DURATION_MS, cuts_ms=[CUT])
    moved, dropped = edit_captions(_captions(), plan)
    assert [(c.start_ms, c.end_ms, c.text) for c in moved.cues] == [
        (0, 900, "Before the cut."),
        (1000, 1600, "Half cut away."),
        (2000, 3000, "After the cut."),
    ]
    assert dropped == 1
    assert moved.lang == "en"


def test_a_trimmed_start_moves_every_cue() -> None:
    plan = EditPlan.build(TAKE_DURATION_MS, trim_start_ms=500)
    moved, dropped = edit_captions(_captions(), plan)
    assert [(c.start_ms, c.end_ms) for c in moved.cues] == [
        (0, 400),
        (600, 1400),
        (1400, 2100),
        (2500, 3500),
    ]
    assert dropped == 0


def test_the_default_export_of_an_edited_take_carries_its_moved_captions(
    tmp_path: Path, shared_fixtures: Path
) -> None:
    # Cutting needs a take made with the engine's own encoder settings (only the stretch after
    # a cut is encoded again).
    take = make_take(tmp_path / "take.mp4", TakeSpec(TAKE_DURATION_MS / 1000))
    write_captions(captions_path_for(take), _captions())
    plan = EditPlan.build(TAKE_DURATION_MS, cuts_ms=[CUT])

    edited = edit_for_export(take, [], plan, VoiceMode.CLEAN)

    assert edited.take != take
    beside = captions_path_for(edited.take)
    assert beside.is_file()
    handin_src = shared_fixtures / "handins/moodle-4.1/NOR1234-Argumenterende tekst-5521"
    handin_dir = tmp_path / "downloads" / handin_src.name
    shutil.copytree(handin_src, handin_dir)
    handin = read_handin(handin_dir)
    result = export_feedback_package(
        edited.take, handin, find_student(handin, "Ola Ødegård"), edited.markers,
        edited.duration_ms, lang="en",
    )  # fmt: skip
    assert result.captions_vtt is not None
    vtt = result.captions_vtt.read_text(encoding="utf-8")
    assert "00:00:02.000 --> 00:00:03.000\nAfter the cut." in vtt
    assert "All of this was cut." not in vtt
    # The MP4's own caption track (what a player shows) has the moved times too.
    track = subprocess.run(
        ["ffmpeg", "-v", "error", "-i", str(result.video), "-map", "0:s:0", "-f", "webvtt", "-"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert "00:02.000 --> 00:03.000\nAfter the cut." in track
