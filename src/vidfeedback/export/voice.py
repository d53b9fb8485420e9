"""A clear, level voice: noise lowered between phrases and the loudness brought to −16 LUFS.

FFmpeg's own filters through PyAV's filter graph, over the take's sound in memory (mono,
48 kHz float32: 10 minutes are 115 MB):

1. **Near the target first**: the integrated loudness is measured (`ebur128`, ITU-R BS.1770 as
   the EBU R128 norm) and one gain brings the voice to about −16 LUFS, so the cleaning always
   sees the same levels, whether the microphone was set quiet or loud.
2. **Clean** (afftdn_expander): `highpass`, `afftdn` told the room's level, and a soft
   expander (`agate`) just above the room's level.
3. **Level**: one gain for the whole take (`volume`) to −16 LUFS — the loudness speech-only
   podcasts and Apple/Spotify use, louder than broadcast's −23 because the teacher's voice is
   all there is — and a look-ahead limiter (`alimiter`) that keeps the peaks below −1 dBTP
   (a 12 kHz lowpass, then a −2.5 dBFS sample-peak limit: the AAC encoder's own overshoot
   needs the margin);
   measured again, and the gain corrected if the limiter took the loudness off the target.

One gain, not a dynamic normaliser (`loudnorm` in one pass, `dynaudnorm`, `speechnorm`):
those raise the noise between phrases back up, which is what the cleaning removed, and
`loudnorm` resamples to 192 kHz (50 s of CPU for 10 minutes here). Why `afftdn` and these
settings: measured on speech with a fan, keyboard and room noise under it
(benchmarks/voice_choice.py, docs/editing.md).
"""

from __future__ import annotations

import enum
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from fractions import Fraction

import av
import av.filter
import numpy as np

TARGET_LUFS = -16.0
TRUE_PEAK_LIMIT_DBTP = -1.0
# The limiter works on samples; the true peak (between samples) is up to ~0.5 dB above them, and
# the AAC encoder adds its own overshoot: with a hard-clipped loud take, whose edges the
# encoder cannot code, up to +2.5 dB at a −2 dBFS limit. A lowpass at 12 kHz before the
# limiter (a voice's words lie below 8 kHz, its sibilants below 12) and a −2.5 dBFS limit kept
# the encoded peaks at −1.7 dBTP or lower on quiet, loud and clipped takes (docs/editing.md).
LIMITER_DBFS = -2.5
LOWPASS_HZ = 12_000
# Quieter than this, there is no voice to level (a take recorded with the microphone muted):
# raising it by 40 dB would only make hiss loud. (BS.1770 reports anything below its absolute
# gate as −70.)
SILENCE_LUFS = -60.0
MAX_GAIN_DB = 30.0
# The loudness after limiting is checked; further from the target than this, the gain is
# corrected (the limiter takes off the peaks' share of the loudness, up to 1 LU on espeak-ng's
# peaky voice).
LOUDNESS_TOLERANCE_LU = 0.3
LOUDNESS_RETRIES = 2
_CHUNK_SAMPLES = 48_000  # one second a frame through the graphs

FilterChain = Sequence[tuple[str, str]]
# The cleaning chain for a voice already at TARGET_LUFS over a room at noise_floor_dbfs.
Cleaning = Callable[[float], FilterChain]
# The room's level: this quantile of the sound's 50 ms stretches (a take is mostly talk, but
# even fast talk leaves a tenth of it between words).
NOISE_QUANTILE = 0.1
NOISE_BLOCK_S = 0.05
# Speech at −16 LUFS has its soft syllables around −35 dBFS: the expander never acts above.
EXPANDER_MAX_THRESHOLD_DBFS = -35.0


def afftdn_expander(noise_floor_dbfs: float) -> FilterChain:
    """The chosen cleaning (docs/editing.md has the measurements that chose it):

    * `highpass` at 80 Hz: fan rumble and desk thumps; a voice has nothing there.
    * `afftdn` told where the room is (nf, its noise floor, clamped to what it accepts) and
      left to track it (tn): the noise type "vinyl" (nt=v) shapes its noise model like a room
      with a fan (more low, less high) and took 5 dB more out of the pauses than white.
    * `agate` as a soft expander (ratio 3, at most 20 dB) from 3 dB above the room's level:
      the keyboard's clicks and what afftdn leaves of the fan sink further between phrases,
      while anything as loud as a voice passes untouched.
    """
    nf = min(-20.0, max(-80.0, noise_floor_dbfs))
    threshold_dbfs = min(EXPANDER_MAX_THRESHOLD_DBFS, noise_floor_dbfs + 3)
    return (
        ("highpass", "f=80:poles=2"),
        ("afftdn", f"nr=30:nf={nf:.1f}:tn=1:nt=v"),
        (
            "agate",
            f"threshold={10 ** (threshold_dbfs / 20):.5f}:range=0.1:ratio=3:attack=10:release=200",
        ),
    )


class VoiceMode(enum.Enum):
    """The voice setting: cleaned and levelled (the default), or left as recorded."""

    CLEAN = "clean"
    AS_RECORDED = "as_recorded"


@dataclass(frozen=True)
class Loudness:
    integrated_lufs: float
    true_peak_dbtp: float


@dataclass(frozen=True)
class VoiceReport:
    before: Loudness  # as recorded
    after: Loudness
    gain_db: float  # the whole gain (before and after the cleaning)


def run_chain(samples: np.ndarray, rate_hz: int, chain: FilterChain) -> np.ndarray:
    """samples (mono float32) through the filters in order; as many samples come out, in time
    with the input (a filter's delay is taken out: afftdn's is 25 ms, most of a frame)."""
    if not chain or not len(samples):
        return samples
    delay = chain_delay_samples(chain, rate_hz)
    padded = np.concatenate([samples.astype(np.float32, copy=False), np.zeros(delay, np.float32)])
    out, _ = _run(padded, rate_hz, chain)
    return out[delay : delay + len(samples)]


def chain_delay_samples(chain: FilterChain, rate_hz: int) -> int:
    """How late the chain gives its sound out, found by sending a tone burst through it (the
    filters do not say; afftdn's delay follows from its window, which depends on the rate)."""
    key = (tuple(chain), rate_hz)
    if key not in _DELAYS:
        n = rate_hz
        t = np.arange(n) / rate_hz
        probe = (0.001 * np.sin(2 * np.pi * 317 * t)).astype(np.float32)
        start = n // 2  # after half a second of near-silence, for adaptive filters to settle
        probe[start:] += (0.5 * np.sin(2 * np.pi * 1000 * t[: n - start])).astype(np.float32)
        probe = np.concatenate([probe, np.zeros(n // 2, np.float32)])
        out, _ = _run(probe, rate_hz, chain)
        rises = np.flatnonzero(np.abs(out) > 0.25)
        rise_in = int(np.flatnonzero(np.abs(probe) > 0.25)[0])
        _DELAYS[key] = max(0, int(rises[0]) - rise_in) if len(rises) else 0
    return _DELAYS[key]


# Per process, by chain: the filters' delays do not change while the program runs.
_DELAYS: dict[tuple[tuple[tuple[str, str], ...], int], int] = {}


def measure(samples: np.ndarray, rate_hz: int, true_peak: bool = True) -> Loudness:
    """Integrated loudness (LUFS) and true peak (dBTP; 0 dBTP unless asked: finding it
    oversamples four times, most of the measurement's cost) by FFmpeg's ebur128."""
    peak_mode = "true" if true_peak else "none"
    _, meta = _run(samples, rate_hz, [("ebur128", f"metadata=1:peak={peak_mode}")])
    integrated = float(meta.get("lavfi.r128.I", "-inf"))
    peak = float(meta.get("lavfi.r128.true_peak", "0"))
    return Loudness(integrated, 20 * math.log10(peak) if peak > 0 else -math.inf)


def noise_floor_dbfs(samples: np.ndarray, rate_hz: int) -> float:
    """The room's level in dBFS: a low quantile of the short stretches' RMS levels."""
    block = max(1, int(rate_hz * NOISE_BLOCK_S))
    usable = len(samples) // block * block
    if not usable:
        return -120.0
    power = np.mean(samples[:usable].astype(np.float64).reshape(-1, block) ** 2, axis=1)
    return float(10 * np.log10(np.quantile(power, NOISE_QUANTILE) + 1e-12))


def clean_voice(
    samples: np.ndarray, rate_hz: int, cleaning: Cleaning | None = afftdn_expander
) -> tuple[np.ndarray, VoiceReport]:
    """The cleaned, levelled voice and what was done. Silence stays silence (no gain).

    The voice is brought near the target first, so the cleaning always works on the same
    levels (a quiet and a loud microphone get the same treatment); after cleaning, the gain is
    set by measurement and the peaks limited."""
    before = measure(samples, rate_hz, true_peak=False)
    if not math.isfinite(before.integrated_lufs) or before.integrated_lufs <= SILENCE_LUFS:
        return samples, VoiceReport(before, before, 0.0)
    pre_gain_db = min(MAX_GAIN_DB, TARGET_LUFS - before.integrated_lufs)
    cleaned = samples * np.float32(10 ** (pre_gain_db / 20))
    if cleaning is not None:
        cleaned = run_chain(cleaned, rate_hz, cleaning(noise_floor_dbfs(cleaned, rate_hz)))
    unlimited_lufs = measure(cleaned, rate_hz, true_peak=False).integrated_lufs
    gain_db = TARGET_LUFS - unlimited_lufs
    levelled = _level(cleaned, rate_hz, gain_db)
    lufs = measure(levelled, rate_hz, true_peak=False).integrated_lufs
    tried = [(0.0, unlimited_lufs), (gain_db, lufs)]
    for _ in range(LOUDNESS_RETRIES):
        if abs(lufs - TARGET_LUFS) <= LOUDNESS_TOLERANCE_LU:
            break
        # The limiter gives back less than each added decibel: step by the slope seen so far.
        (g0, l0), (g1, l1) = tried[-2], tried[-1]
        slope = (g1 - g0) / (l1 - l0) if l1 != l0 else 1.0
        gain_db = g1 + (TARGET_LUFS - l1) * min(4.0, max(1.0, slope))
        levelled = _level(cleaned, rate_hz, gain_db)
        lufs = measure(levelled, rate_hz, true_peak=False).integrated_lufs
        tried.append((gain_db, lufs))
    after = measure(levelled, rate_hz)
    return levelled, VoiceReport(before, after, pre_gain_db + gain_db)


def _level(samples: np.ndarray, rate_hz: int, gain_db: float) -> np.ndarray:
    limit = 10 ** (LIMITER_DBFS / 20)
    return run_chain(
        samples,
        rate_hz,
        [
            ("volume", f"volume={gain_db:.3f}dB:precision=float"),
            ("lowpass", f"f={LOWPASS_HZ}:poles=2"),
            # level=0: no make-up gain (alimiter would otherwise raise everything to the limit).
            ("alimiter", f"limit={limit:.4f}:attack=5:release=50:level=0:latency=1"),
        ],
    )


def _run(
    samples: np.ndarray, rate_hz: int, chain: FilterChain
) -> tuple[np.ndarray, dict[str, str]]:
    graph = av.filter.Graph()
    tb = Fraction(1, rate_hz)
    node = graph.add_abuffer(format="flt", sample_rate=rate_hz, layout="mono", time_base=tb)
    source = node
    for name, args in chain:
        nxt = graph.add(name, args)
        node.link_to(nxt)
        node = nxt
    sink = graph.add("abuffersink")
    node.link_to(sink)
    graph.configure()
    pieces: list[np.ndarray] = []
    metadata: dict[str, str] = {}

    def drain() -> None:
        while True:
            try:
                frame = graph.pull()
            except (av.BlockingIOError, av.EOFError):
                return
            assert isinstance(frame, av.AudioFrame)
            pieces.append(frame.to_ndarray().reshape(-1))
            if frame.metadata:
                metadata.update(frame.metadata)

    data = np.ascontiguousarray(samples, dtype=np.float32)
    for start in range(0, len(data), _CHUNK_SAMPLES):
        chunk = data[start : start + _CHUNK_SAMPLES]
        frame = av.AudioFrame.from_ndarray(chunk.reshape(1, -1), format="flt", layout="mono")
        frame.sample_rate = rate_hz
        frame.pts = start
        frame.time_base = tb
        source.push(frame)
        drain()
    source.push(None)
    drain()
    out = np.concatenate(pieces) if pieces else np.zeros(0, np.float32)
    # Filters with look-ahead (the limiter) give back exactly what went in once flushed; a
    # last partial block is padded or trimmed so the length never changes.
    if len(out) != len(data):
        out = (
            np.resize(out, len(data))
            if len(out) > len(data)
            else np.pad(out, (0, len(data) - len(out)))
        )
    return out.astype(np.float32, copy=False), metadata


def sound_filter(mode: VoiceMode) -> Callable[[np.ndarray, int], np.ndarray] | None:
    """What the writers apply to a take's sound (samples, their rate) for the voice setting
    (None: as recorded)."""
    if mode is VoiceMode.AS_RECORDED:
        return None

    def apply(samples: np.ndarray, rate_hz: int) -> np.ndarray:
        return clean_voice(samples, rate_hz)[0]

    return apply
