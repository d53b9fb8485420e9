"""The voice cleaning and levelling (export/voice.py) on speech with a noise bed under it, and
in an edited take's file, measured by ffmpeg's own ebur128 as a player's loudness meter would."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import numpy as np
import pytest

from support.realstack import decode_audio
from support.synthetic_take import TakeSpec, make_take
from support.voice_stimulus import RATE_HZ, Stimulus, band_energy_db, level_db, make_stimulus
from vidfeedback.export.edited_take import write_edited_take
from vidfeedback.export.voice import (
    TARGET_LUFS,
    TRUE_PEAK_LIMIT_DBTP,
    VoiceMode,
    clean_voice,
    measure,
    run_chain,
    sound_filter,
)
from vidfeedback.takes.edit import EditPlan

# The stimulus at two microphone settings: about −30 LUFS and about −12 LUFS.
QUIET_DB = -8.4
LOUD_DB = 10.5


@pytest.fixture(scope="module")
def stimuli(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Stimulus]:
    folder = tmp_path_factory.mktemp("voice")
    return {
        "quiet": make_stimulus(folder, QUIET_DB),
        "loud": make_stimulus(folder, LOUD_DB),
    }


def ffmpeg_loudness(path: Path) -> tuple[float, float]:
    """(integrated LUFS, true peak dBTP) from ffmpeg's ebur128 summary."""
    out = subprocess.run(
        ["ffmpeg", "-nostats", "-hide_banner", "-i", str(path), "-vn",
         "-af", "ebur128=peak=true", "-f", "null", "-"],
        capture_output=True, text=True, check=True,
    ).stderr  # fmt: skip
    summary = out[out.rindex("Summary:") :]
    lufs = float(re.search(r"I:\s+(-?[\d.]+) LUFS", summary).group(1))  # type: ignore[union-attr]
    peak = float(re.search(r"Peak:\s+(-?[\d.]+) dBFS", summary).group(1))  # type: ignore[union-attr]
    return lufs, peak


def _contrast_db(samples: np.ndarray, stim: Stimulus) -> float:
    return level_db(samples, stim.phrases) - level_db(samples, stim.gaps)


@pytest.mark.parametrize("level", ["quiet", "loud"])
def test_quiet_and_loud_takes_leave_at_the_target_loudness(
    level: str, stimuli: dict[str, Stimulus], tmp_path: Path
) -> None:
    stim = stimuli[level]
    # A take of it (the phrases twice), edited with the voice on, measured in the file.
    sound = np.concatenate([stim.mixed, stim.mixed])
    take = make_take(tmp_path / "take.mp4", TakeSpec(len(sound) / RATE_HZ, sound=sound))
    recorded = ffmpeg_loudness(take)[0]
    assert recorded == pytest.approx(-30 if level == "quiet" else -12, abs=1.5)
    plan = EditPlan.build(round(len(sound) / RATE_HZ * 1000), trim_start_ms=300)
    out = tmp_path / "edited.mp4"
    write_edited_take(take, out, plan, [], sound_filter(VoiceMode.CLEAN))
    lufs, peak = ffmpeg_loudness(out)
    assert lufs == pytest.approx(TARGET_LUFS, abs=1.0)
    assert peak <= TRUE_PEAK_LIMIT_DBTP
    # As recorded: the file keeps the take's own loudness.
    kept = tmp_path / "as_recorded.mp4"
    write_edited_take(take, kept, plan, [], sound_filter(VoiceMode.AS_RECORDED))
    assert ffmpeg_loudness(kept)[0] == pytest.approx(recorded, abs=1.0)


@pytest.mark.parametrize("level", ["quiet", "loud"])
def test_the_room_drops_between_phrases_and_the_voice_is_kept(
    level: str, stimuli: dict[str, Stimulus]
) -> None:
    stim = stimuli[level]
    out, report = clean_voice(stim.mixed, RATE_HZ)
    # The pauses lie at least 10 dB further below the phrases than before.
    assert _contrast_db(out, stim) - _contrast_db(stim.mixed, stim) >= 10
    # The pauses are quieter in absolute terms too, although the voice was raised.
    gain_db = report.after.integrated_lufs - report.before.integrated_lufs
    assert level_db(out, stim.gaps) <= level_db(stim.mixed, stim.gaps) + gain_db - 10
    # The words' band keeps its share of the loudness within 1 dB of the clean voice's.
    clean_lufs = measure(stim.speech, RATE_HZ).integrated_lufs
    kept = band_energy_db(out, stim.phrases) - report.after.integrated_lufs
    truth = band_energy_db(stim.speech, stim.phrases) - clean_lufs
    assert kept == pytest.approx(truth, abs=1.0)


def test_the_cleaning_keeps_the_sound_in_time(stimuli: dict[str, Stimulus]) -> None:
    """afftdn gives its sound out 25 ms late; run_chain takes that out again."""
    stim = stimuli["loud"]
    out, _ = clean_voice(stim.mixed, RATE_HZ)
    assert len(out) == len(stim.mixed)
    a, b = stim.speech[: RATE_HZ * 8], out[: RATE_HZ * 8]
    lags = range(-96, 97)
    scores = [float(np.dot(a[96:-96], b[96 + lag : len(b) - 96 + lag])) for lag in lags]
    assert abs(lags[int(np.argmax(scores))]) <= 2  # samples: within 0.05 ms


def test_silence_is_not_raised() -> None:
    hiss = (np.random.default_rng(1).standard_normal(RATE_HZ * 3) * 1e-5).astype(np.float32)
    out, report = clean_voice(hiss, RATE_HZ)
    assert report.gain_db == 0.0
    assert np.sqrt(np.mean(out**2)) < 1e-4


def test_a_chain_gives_back_as_many_samples() -> None:
    x = np.random.default_rng(2).standard_normal(RATE_HZ + 123).astype(np.float32) * 0.1
    assert len(run_chain(x, RATE_HZ, [("afftdn", "")])) == len(x)


def test_the_edited_file_decodes_to_the_cleaned_sound(
    stimuli: dict[str, Stimulus], tmp_path: Path
) -> None:
    """What the writer puts in the file is the voice function's output (AAC aside)."""
    stim = stimuli["loud"]
    take = make_take(tmp_path / "take.mp4", TakeSpec(len(stim.mixed) / RATE_HZ, sound=stim.mixed))
    out = tmp_path / "edited.mp4"
    plan = EditPlan.keep_all(round(len(stim.mixed) / RATE_HZ * 1000))
    write_edited_take(take, out, plan, [], sound_filter(VoiceMode.CLEAN))
    decoded = decode_audio(out)[: len(stim.mixed)]
    assert _contrast_db(decoded, stim) - _contrast_db(stim.mixed, stim) >= 10
