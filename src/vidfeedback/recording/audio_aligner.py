"""Puts microphone blocks on the recording timeline.

The audio sample count is the master timeline: the file's audio position is simply the number
of samples written. Each block's capture time (mapped to the monotonic clock) says where it
*should* start; the difference to where it *would* start is the drift between the sound card's
clock and ours. Small drift is corrected smoothly (one sample in a thousand, inaudible); a gap,
an overflow or drift past HARD_LIMIT is corrected at once by inserting silence or dropping
samples, and counted. PyAV would leave a timestamp gap as a hole; we never hand it one.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

import numpy as np

from vidfeedback.recording.media import Samples as Samples
from vidfeedback.recording.timeline import Timeline
from vidfeedback.takes.format import SAMPLE_RATE_HZ

# Past 50 ms a voice visibly leads or trails the pointer (SimpleScreenRecorder uses the same).
HARD_LIMIT_S = 0.050
# A block this far from its place is a real gap (the microphone came back, the system stalled).
GAP_S = 0.300
# The two sides of the lowest error in the window (below) are not alike. Stamps are only ever
# late, so even the least delayed block can say "the sound is too early" when it is not: on a
# busy machine every block of half a second can be 5 ms late. Below 5 ms that way, do not chase
# it. But when the least delayed block says "the sound is too late", it is at least that late,
# whatever the load: put right from 1 ms on. With 5 ms both ways, the sound stayed up to 5 ms
# late for a whole take on a loaded machine (benchmarks/sync_under_load.py), where the least
# delayed block is within ~1 ms of the truth.
SOFT_LIMIT_S = 0.005
LATE_LIMIT_S = 0.001
# One sample in a thousand is a 0.1 % pitch change: nobody hears it, and it removes 10 ms of
# drift in 10 s, faster than any sound card drifts.
SMOOTH_STEP = 1000
# A block's stamp ("arrival − block length") can only be late, never early: the host API hands
# over blocks in batches and the callback waits for the scheduler. The block that waited least
# in the last half second is the best witness of where the sound belongs, so the aligner steers
# by the lowest error in this window, not by an average (which followed the machine's load:
# ~10 ms late, and drifting 11 ms/min when the load changed). Half a second holds ~24 blocks,
# enough to contain an unbatched one, and lets a real change show within half a second.
ERROR_WINDOW_BLOCKS = 24


@dataclass
class AudioCounters:
    blocks: int = 0
    overflows: int = 0
    inserted_silence_samples: int = 0
    dropped_samples: int = 0
    smooth_corrections: int = 0  # single samples added or removed by the smooth correction

    @property
    def inserted_silence_ms(self) -> float:
        return self.inserted_silence_samples * 1000 / SAMPLE_RATE_HZ


class AudioAligner:
    def __init__(self, timeline: Timeline, sample_rate_hz: int = SAMPLE_RATE_HZ) -> None:
        self._timeline = timeline
        self.rate = sample_rate_hz
        self.samples_written = 0
        self.counters = AudioCounters()
        self._smoothed_error = 0.0  # the lowest recent error, in samples, after corrections
        # Errors as they would be without the corrections made since the window began, so that
        # old and new entries compare: error + _adjusted stays put while we correct.
        self._window: deque[int] = deque(maxlen=ERROR_WINDOW_BLOCKS)
        self._adjusted = 0
        self._settled = False
        self._owed_drop = 0  # samples still to drop from the next blocks
        self._hard = round(HARD_LIMIT_S * sample_rate_hz)
        self._soft = round(SOFT_LIMIT_S * sample_rate_hz)
        self._late = round(LATE_LIMIT_S * sample_rate_hz)
        self._gap = round(GAP_S * sample_rate_hz)

    def expected_position(self, mono_ns: int) -> int:
        return round(self._timeline.take_ns(mono_ns) * self.rate / 1e9)

    @property
    def drift_ms(self) -> float:
        """Lead (+) or lag (-) of the audio written against the clock (lowest recent error), ms."""
        return -self._smoothed_error * 1000 / self.rate

    def push(self, block: Samples, first_sample_mono_ns: int, overflow: bool = False) -> Samples:
        """Return the samples to append to the file for this block (may be empty)."""
        self.counters.blocks += 1
        if overflow:
            self.counters.overflows += 1
        out: list[Samples] = []
        if self.samples_written == 0:
            return self._place_first(block, first_sample_mono_ns)
        if self._owed_drop:
            # What a hard correction could not take out of the block before this one.
            n = min(self._owed_drop, len(block))
            self._owed_drop -= n
            self.counters.dropped_samples += n
            block = block[n:]
            first_sample_mono_ns += n * 1_000_000_000 // self.rate
            if not len(block):
                return block
        error = self.expected_position(first_sample_mono_ns) - self.samples_written
        self._window.append(error + self._adjusted)
        self._smoothed_error = float(min(self._window) - self._adjusted)
        # The first block was placed by its own stamp, which may have waited ~20 ms: once the
        # window is full, put the sound where the least-delayed block says, at once, half a
        # second into the take, instead of walking there at 1 ms/s for half a minute.
        settle = not self._settled and len(self._window) == ERROR_WINDOW_BLOCKS
        if settle:
            self._settled = True
        # A single late or early callback is jitter; a real gap is long, or flagged, or lasting.
        late, early = (self._late, self._soft) if settle else (self._hard, self._hard)
        if overflow or abs(error) > self._gap or not -late <= self._smoothed_error <= early:
            correction = error if (overflow or abs(error) > self._gap) else self._smoothed_error
            out_block = self._correct_hard(block, round(correction), out)
            # The block now sits where its stamp says: nothing is left to correct, and the
            # errors from before the jump no longer describe the stream.
            self._smoothed_error = 0.0
            self._window.clear()
            self._adjusted = 0
        else:
            out_block = self._correct_smooth(block)
        out.append(out_block)
        result = np.concatenate(out) if len(out) > 1 else out[0]
        self.samples_written += len(result)
        return result

    def _place_first(self, block: Samples, first_sample_mono_ns: int) -> Samples:
        """The first block starts exactly in place: after silence if it began after t=0, or
        without the samples captured before t=0 (judged by its end, since the timeline maps every
        stamp before the start to 0). Its jitter is then smoothed like any other block's."""
        block_ns = len(block) * 1_000_000_000 // self.rate
        start = self.expected_position(first_sample_mono_ns + block_ns) - len(block)
        out: list[Samples] = []
        if start > 0:
            out.append(np.zeros(start, np.float32))
            self.counters.inserted_silence_samples += start
        out.append(block[max(0, -start) :])
        result = np.concatenate(out) if len(out) > 1 else out[0]
        self.samples_written += len(result)
        return result

    def fill_silence_until(self, mono_ns: int) -> Samples:
        """Silence up to mono_ns, for when the microphone stopped delivering."""
        missing = self.expected_position(mono_ns) - self.samples_written
        if missing <= 0:
            return np.zeros(0, np.float32)
        self.counters.inserted_silence_samples += missing
        self.samples_written += missing
        return np.zeros(missing, np.float32)

    def _correct_hard(self, block: Samples, error: int, out: list[Samples]) -> Samples:
        if error > 0:
            out.append(np.zeros(error, np.float32))
            self.counters.inserted_silence_samples += error
            return block
        drop = min(-error, len(block))
        self.counters.dropped_samples += drop
        # The settling step can be more than a block (the first block waited 25 ms): the rest
        # comes out of the next blocks, or the sound would stay that much late.
        self._owed_drop = -error - drop
        return block[drop:]

    def _correct_smooth(self, block: Samples) -> Samples:
        if -self._late <= self._smoothed_error <= self._soft or len(block) < SMOOTH_STEP:
            return block
        n = len(block) // SMOOTH_STEP
        positions = np.arange(1, n + 1) * SMOOTH_STEP - 1
        self.counters.smooth_corrections += n
        if self._smoothed_error > 0:
            # We are behind the clock: repeat a sample every SMOOTH_STEP samples.
            self._smoothed_error -= n
            self._adjusted += n
            return np.insert(block, positions, block[positions])
        self._smoothed_error += n
        self._adjusted -= n
        return np.delete(block, positions)
