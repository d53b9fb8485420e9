"""How the voice cleaning was chosen: candidate filter chains on speech with real-looking noise.

    .venv/bin/python benchmarks/voice_choice.py [--out benchmarks/results/voice_choice.json]

The stimulus (tests/support/voice_stimulus.py): espeak-ng phrases with pauses between them,
under a noise bed of a fan (mains hum harmonics and a low whoosh), a room (pink noise) and
keyboard clicks in the pauses. Since the clean speech is known, each chain is judged by

* gap_drop_db: how much lower the pauses are after the chain than before (the noise a
  student hears between phrases),
* speech_band_db: the speech band (300–3400 Hz) energy during phrases after the chain minus
  that of the clean speech alone (0 = the voice kept as it was; the noise adds a little),
* lag_ms: the chain's delay (it must keep the sound in sync with the picture),
* s_per_min: its cost per minute of sound on this machine.

The result table is in docs/editing.md.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from support.voice_stimulus import (
    RATE_HZ,
    Stimulus,
    band_energy_db,
    level_db,
    make_stimulus,
)
from vidfeedback.export.voice import (
    Cleaning,
    FilterChain,
    afftdn_expander,
    clean_voice,
    measure,
)

HIGHPASS = ("highpass", "f=80:poles=2")


def _afftdn(nt: str, gate: bool) -> Cleaning:
    def chain(floor_dbfs: float) -> FilterChain:
        nf = min(-20.0, max(-80.0, floor_dbfs))
        steps: list[tuple[str, str]] = [HIGHPASS, ("afftdn", f"nr=30:nf={nf:.1f}:tn=1:nt={nt}")]
        if gate:
            steps.append(afftdn_expander(floor_dbfs)[-1])
        return steps

    return chain


CANDIDATES: dict[str, Cleaning | None] = {
    "level only": None,
    "afftdn (FFmpeg's defaults)": lambda _floor: (("afftdn", ""),),
    "highpass + afftdn white": _afftdn("w", gate=False),
    "highpass + afftdn vinyl": _afftdn("v", gate=False),
    "highpass + anlmdn": lambda _floor: (HIGHPASS, ("anlmdn", "s=0.001")),
    "highpass + expander": lambda floor: (HIGHPASS, afftdn_expander(floor)[-1]),
    "highpass + afftdn white + expander": _afftdn("w", gate=True),
    "highpass + afftdn vinyl + expander (chosen)": afftdn_expander,
}
# The microphone's gain: the voice and the room under it, together. espeak-ng's voice with the
# noise bed is about -21.6 LUFS; these make about -30 and -12 LUFS (the loud one clipped).
LEVELS_DB = {"quiet": -8.4, "as spoken": 0.0, "loud": 10.5}


def lag_ms(before: np.ndarray, after: np.ndarray) -> float:
    """The delay of after against before, from the cross-correlation peak (±50 ms)."""
    n = min(len(before), len(after), RATE_HZ * 10)
    a, b = before[:n], after[:n]
    best, best_lag = -np.inf, 0
    for lag in range(-RATE_HZ // 20, RATE_HZ // 20 + 1, 4):
        x = a[max(0, -lag) : n - max(0, lag)]
        y = b[max(0, lag) : n - max(0, -lag)]
        c = float(np.dot(x, y))
        if c > best:
            best, best_lag = c, lag
    return best_lag * 1000 / RATE_HZ


def judge(stim: Stimulus, cleaning: Cleaning | None) -> dict[str, float]:
    t0 = time.process_time()
    out, report = clean_voice(stim.mixed, RATE_HZ, cleaning)
    cpu_s = time.process_time() - t0
    minutes = len(stim.mixed) / RATE_HZ / 60

    def contrast(x: np.ndarray) -> float:
        return level_db(x, stim.phrases) - level_db(x, stim.gaps)

    return {
        "in_lufs": measure(stim.mixed, RATE_HZ).integrated_lufs,
        "out_lufs": report.after.integrated_lufs,
        "out_true_peak_dbtp": report.after.true_peak_dbtp,
        # How much further the pauses lie below the phrases than before.
        "pause_drop_db": contrast(out) - contrast(stim.mixed),
        # The voice's telephone band against the clean voice's, each against its loudness:
        # what the cleaning took from the words, not what the levelling added.
        "speech_band_db": (band_energy_db(out, stim.phrases) - report.after.integrated_lufs)
        - (
            band_energy_db(stim.speech, stim.phrases)
            - measure(stim.speech, RATE_HZ).integrated_lufs
        ),
        "lag_ms": lag_ms(stim.mixed, out),
        "s_per_min": cpu_s / minutes,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).parent / "results" / "voice_choice.json"
    )
    args = parser.parse_args()
    results: dict[str, dict[str, dict[str, float]]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for level, gain_db in LEVELS_DB.items():
            stim = make_stimulus(Path(folder), gain_db)
            results[level] = {n: judge(stim, c) for n, c in CANDIDATES.items()}
    for level, table in results.items():
        print(f"\nvoice {level}: in {next(iter(table.values()))['in_lufs']:.1f} LUFS")
        print(f"{'chain':44} {'LUFS':>6} {'dBTP':>6} {'pauses':>7} {'band':>6}", end="")
        print(f" {'lag':>6} {'s/min':>6}")
        for name, r in table.items():
            print(
                f"{name:44} {r['out_lufs']:6.1f} {r['out_true_peak_dbtp']:6.1f} "
                f"{r['pause_drop_db']:6.1f}  {r['speech_band_db']:+5.2f} {r['lag_ms']:5.1f} "
                f"{r['s_per_min']:6.2f}"
            )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps(
            {
                "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                "machine": platform.platform(),
                "stimulus_s": len(stim.mixed) / RATE_HZ,
                "levels_db": LEVELS_DB,
                "results": results,
            },
            indent=2,
        )
        + "\n"
    )


if __name__ == "__main__":
    main()
