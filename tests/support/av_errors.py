"""How far a take's pictures and sound sit from where they belong, measured against the timing
truth (timing_truth.py): every frame's counter from the screen clock, every chirp's onset.

Errors are in ms, positive = placed later in the file than it happened:
- picture error of a frame: its time in the file − when its pixels were read (the middle of the
  clock's interval; the interval is at most a redraw plus a round trip wide);
- sound error of a chirp: its onset in the file − when its first sample was captured;
- A/V error of a chirp: its sound error − the picture error of the frames around it (positive:
  the sound comes after the picture it belongs with).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from support.realstack import SAMPLE_RATE_HZ, decode_audio
from support.screen_clock import ClockPlace, read_counter
from support.timing_truth import CHIRP_S, TruthLog, chirp

# Where the truth's interval is wider than this (the clock's next redraw was held up: the X
# server busy), its middle says little; such frames are bounded (beyond_ms), not measured.
TIGHT_TRUTH_MS = 2.0
AROUND_BEEP_S = 0.25  # frames this close to a chirp give the picture error it is compared with
SEARCH_S = 0.150  # a chirp is looked for this far either side of where it belongs
MIN_CORRELATION = 0.5  # below this the peak is not the chirp (normalised correlation)


@dataclass(frozen=True)
class FrameError:
    take_s: float  # the frame's time in the file
    error_ms: float
    half_width_ms: float  # half the width of the truth's interval
    inside: bool  # the stamp lies inside the interval in which the pixels were read
    beyond_ms: float  # how far outside that interval (signed, 0 inside): an error for certain
    counter: int
    # With a twin clock: how much later the twin's pixels were read than the main clock's (the
    # two pieces of one frame), from the redraws they show; None without one or unreadable.
    pieces_apart_ms: float | None = None

    @property
    def tight(self) -> bool:
        return self.half_width_ms <= TIGHT_TRUTH_MS


@dataclass(frozen=True)
class BeepError:
    take_s: float  # where the chirp belongs
    sound_ms: float
    picture_ms: float  # median picture error of the frames around it
    av_ms: float


@dataclass
class TakeErrors:
    frames: list[FrameError]
    repeated_frames_s: list[float]  # times of frames that showed the frame before's pixels
    unreadable_frames: int  # frames whose clock was not black and white (or not found)
    beeps: list[BeepError]
    missing_beeps: int

    def av_per_frame_ms(self) -> list[float]:
        """Every frame against the sound of the nearest chirp: what a viewer sees at a cut or a
        flash in that one frame, not the frames around it."""
        if not self.beeps:
            return []
        beep_s = np.array([b.take_s for b in self.beeps])
        out: list[float] = []
        for f in self.frames:
            if not f.tight:
                continue
            nearest = self.beeps[int(np.argmin(np.abs(beep_s - f.take_s)))]
            if abs(nearest.take_s - f.take_s) <= AROUND_BEEP_S:
                out.append(nearest.sound_ms - f.error_ms)
        return out


def picture_errors(
    path: Path, origin_ns: int, log: TruthLog, place: ClockPlace, twin: ClockPlace | None = None
) -> tuple[list[FrameError], list[float], int]:
    """Every frame but the first (shown from t=0 whenever it was read), the last (the stop's
    copy of the last picture) and repeats: a frame with the clock of the frame before it holds
    no newly read pixels (a heartbeat, or a tick whose damage report had not come in yet), so
    its stamp places nothing. Repeats are counted."""
    import av

    frames: list[FrameError] = []
    repeats: list[float] = []
    unreadable = 0
    previous: int | None = None
    with av.open(str(path)) as container:
        decoded = [
            (float(f.time), f.to_ndarray(format="gray"))
            for f in container.decode(container.streams.video[0])
            if f.time is not None
        ]
    for take_s, picture in decoded[1:-1]:
        counter = read_counter(picture, place)
        if counter is not None and counter == previous:
            repeats.append(take_s)
            continue
        previous = counter
        near_ns = origin_ns + round(take_s * 1e9)
        interval = log.clock.read_interval(counter, near_ns) if counter is not None else None
        if interval is None or abs(interval[0] - near_ns) > 1_000_000_000:
            unreadable += 1
            continue
        lo_s, hi_s = ((t - origin_ns) / 1e9 for t in interval)
        mid_s = (lo_s + hi_s) / 2
        beyond_s = max(0.0, take_s - hi_s) - max(0.0, lo_s - take_s)
        apart_ms: float | None = None
        twin_counter = read_counter(picture, twin) if twin is not None else None
        twin_interval = (
            log.clock.read_interval(twin_counter, near_ns) if twin_counter is not None else None
        )
        if twin_interval is not None:
            apart_ms = (twin_interval[0] - interval[0]) / 1e6
        frames.append(
            FrameError(
                take_s,
                1000 * (take_s - mid_s),
                1000 * (hi_s - lo_s) / 2,
                lo_s - 1e-6 <= take_s <= hi_s + 1e-6,
                1000 * beyond_s,
                counter if counter is not None else -1,
                apart_ms,
            )
        )
    return frames, repeats, unreadable


def chirp_onsets(
    audio: np.ndarray[Any, np.dtype[np.float32]], expected_s: list[float]
) -> list[float | None]:
    """Where each chirp starts in the audio (s), by correlation with the chirp, near where it
    belongs; None where nothing chirp-like is there."""
    template = chirp()
    norm_t = float(np.linalg.norm(template))
    search = round(SEARCH_S * SAMPLE_RATE_HZ)
    found: list[float | None] = []
    for at_s in expected_s:
        centre = round(at_s * SAMPLE_RATE_HZ)
        lo = max(0, centre - search)
        hi = min(len(audio), centre + search + len(template))
        piece = audio[lo:hi]
        if len(piece) < len(template):
            found.append(None)
            continue
        corr = np.correlate(piece, template, mode="valid")
        energy = np.sqrt(np.convolve(piece**2, np.ones(len(template)), mode="valid"))
        score = corr / np.maximum(energy * norm_t, 1e-12)
        k = int(np.argmax(score))
        found.append((lo + k) / SAMPLE_RATE_HZ if score[k] >= MIN_CORRELATION else None)
    return found


def take_errors(
    path: Path,
    origin_ns: int,
    log: TruthLog,
    place: ClockPlace,
    duration_s: float,
    twin: ClockPlace | None = None,
) -> TakeErrors:
    frames, repeats, unreadable = picture_errors(path, origin_ns, log, place, twin)
    audio = decode_audio(path)
    # Chirps wholly inside the take, away from its first half second (the aligner settles).
    wanted = [
        (t - origin_ns) / 1e9
        for t in log.chirp_first_sample_ns.tolist()
        if 0.5 <= (t - origin_ns) / 1e9 <= duration_s - CHIRP_S - 0.3
    ]
    beeps: list[BeepError] = []
    missing = 0
    frame_s = np.array([f.take_s for f in frames if f.tight])
    frame_err = np.array([f.error_ms for f in frames if f.tight])
    for at_s, onset_s in zip(wanted, chirp_onsets(audio, wanted), strict=True):
        near = np.abs(frame_s - at_s) <= AROUND_BEEP_S
        if onset_s is None or not near.any():
            missing += 1
            continue
        sound_ms = 1000 * (onset_s - at_s)
        picture_ms = float(np.median(frame_err[near]))
        beeps.append(BeepError(at_s, sound_ms, picture_ms, sound_ms - picture_ms))
    return TakeErrors(frames, repeats, unreadable, beeps, missing)


def summary(values_ms: list[float]) -> dict[str, float]:
    """Median, 95th percentile of the size, and the worst (signed, largest size)."""
    if not values_ms:
        return {"n": 0}
    v = np.array(values_ms)
    worst = float(v[np.argmax(np.abs(v))])
    return {
        "n": len(v),
        "median_ms": round(float(np.median(v)), 2),
        "p95_abs_ms": round(float(np.percentile(np.abs(v), 95)), 2),
        "worst_ms": round(worst, 2),
    }
