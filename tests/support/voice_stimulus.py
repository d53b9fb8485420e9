"""Speech with real-looking noise under it, for choosing and testing the voice cleaning.

espeak-ng says a few Norwegian phrases with pauses between them; under them lies a noise bed
of a fan (mains hum at 100 Hz with harmonics, and a low whoosh), a room (pink noise) and
keyboard clicks in the pauses. The clean speech is kept, so what a filter does to the voice
and to the pauses can be measured apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from support.realstack import speech

RATE_HZ = 48_000
PHRASES = (
    "Du har en tydelig problemstilling i innledningen.",
    "Argumentet i tredje avsnitt trenger en kilde.",
    "Neste gang bør du skrive en kortere konklusjon.",
    "Språket er presist og godt.",
)
PAUSE_S = 1.6
GAP_MARGIN_S = 0.25  # a pause's edges are left out of its level (the voice's tail)

Span = tuple[int, int]  # samples [from, to)


@dataclass(frozen=True)
class Stimulus:
    speech: np.ndarray  # the clean voice, placed
    noise: np.ndarray
    mixed: np.ndarray
    phrases: list[Span]
    gaps: list[Span]


def _pink(n: int, rng: np.random.Generator) -> np.ndarray:
    spectrum = np.fft.rfft(rng.standard_normal(n))
    f = np.arange(len(spectrum))
    spectrum[1:] /= np.sqrt(f[1:])
    spectrum[0] = 0
    pink: np.ndarray = np.fft.irfft(spectrum, n)
    result: np.ndarray = (pink / np.sqrt(np.mean(pink**2))).astype(np.float32)
    return result


def noise_bed(n: int, level_dbfs: float, seed: int = 3) -> np.ndarray:
    """Fan, room and keyboard, their sum at level_dbfs RMS."""
    rng = np.random.default_rng(seed)
    t = np.arange(n) / RATE_HZ
    hum = sum(np.sin(2 * np.pi * 100 * k * t + k) / k for k in (1, 2, 3, 4))
    whoosh = np.cumsum(rng.standard_normal(n))  # brown: the fan's low rumble
    whoosh -= np.convolve(whoosh, np.ones(4800) / 4800, mode="same")
    whoosh /= np.sqrt(np.mean(whoosh**2))
    room = _pink(n, rng)
    bed = 0.5 * hum / np.sqrt(np.mean(hum**2)) + 0.6 * whoosh + 0.7 * room
    clicks = np.zeros(n)
    decay = np.exp(-np.arange(240) / 40) * rng.standard_normal(240)
    for at in rng.integers(0, n - 240, size=int(n / RATE_HZ * 3)):  # three keys a second
        clicks[at : at + 240] += decay * 2.5
    bed = bed + clicks
    bed *= 10 ** (level_dbfs / 20) / np.sqrt(np.mean(bed**2))
    result: np.ndarray = bed.astype(np.float32)
    return result


def make_stimulus(folder: Path, gain_db: float = 0.0, noise_dbfs: float = -42.0) -> Stimulus:
    """The phrases with pauses and the noise bed under them (noise_dbfs RMS), both raised by
    gain_db (a microphone set louder or quieter)."""
    clips = [
        speech(text, folder / f"phrase{i}.wav") * 10 ** (gain_db / 20)
        for i, text in enumerate(PHRASES)
    ]
    pause = int(PAUSE_S * RATE_HZ)
    total = pause + sum(len(c) + pause for c in clips)
    voice = np.zeros(total, np.float32)
    phrases: list[Span] = []
    gaps: list[Span] = []
    margin = int(GAP_MARGIN_S * RATE_HZ)
    pos = pause
    gaps.append((margin, pause - margin))
    for clip in clips:
        voice[pos : pos + len(clip)] = clip
        phrases.append((pos, pos + len(clip)))
        pos += len(clip) + pause
        gaps.append((pos - pause + margin, pos - margin))
    noise = noise_bed(total, noise_dbfs + gain_db)
    # A microphone's converter clips at full scale: so does a loud take.
    mixed = np.clip(voice + noise, -1.0, 1.0)
    return Stimulus(voice, noise, mixed, phrases, gaps)


def level_db(samples: np.ndarray, spans: list[Span]) -> float:
    """RMS level over the spans, in dBFS."""
    power = np.mean(np.concatenate([samples[a:b] for a, b in spans]).astype(np.float64) ** 2)
    return float(10 * np.log10(power + 1e-20))


def band_energy_db(samples: np.ndarray, spans: list[Span], lo_hz: float = 300.0,
                   hi_hz: float = 3400.0) -> float:  # fmt: skip
    """Energy between lo_hz and hi_hz over the spans (the telephone band, where words are told
    apart), in dB."""
    total = 0.0
    for a, b in spans:
        spectrum = np.fft.rfft(samples[a:b].astype(np.float64))
        freqs = np.fft.rfftfreq(b - a, 1 / RATE_HZ)
        band = (freqs >= lo_hz) & (freqs <= hi_hz)
        total += float(np.sum(np.abs(spectrum[band]) ** 2)) / (b - a)
    return float(10 * np.log10(total + 1e-20))
