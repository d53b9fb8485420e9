"""AudioAligner: microphone blocks placed on a Timeline by their capture times (fake clock)."""

from __future__ import annotations

import random

import numpy as np
import pytest

from vidfeedback.recording.audio_aligner import AudioAligner, AudioCounters, Samples
from vidfeedback.recording.timeline import Timeline
from vidfeedback.takes.format import SAMPLE_RATE_HZ

BLOCK = 1024  # what the microphone delivers (capture.microphone.BLOCK_SAMPLES)
RATE = SAMPLE_RATE_HZ
S = 1_000_000_000
MS = 1_000_000
ORIGIN = 3 * S


def block_time(k: int, ratio: float = 1.0) -> int:
    """Monotonic stamp of block k's first sample, for a sound card running at ratio × 48 kHz."""
    return ORIGIN + round(k * BLOCK * S / (RATE * ratio))


def ramp(k: int, n: int = BLOCK) -> Samples:
    """Distinct, recognisable samples for block k."""
    return (np.arange(n, dtype=np.float32) + k * n) / 1e6


@pytest.fixture
def timeline() -> Timeline:
    tl = Timeline(clock=lambda: ORIGIN)
    tl.start(at_ns=ORIGIN)
    return tl


@pytest.fixture
def aligner(timeline: Timeline) -> AudioAligner:
    return AudioAligner(timeline)


def error_ms(aligner: AudioAligner, mono_ns: int) -> float:
    """Where the next block should start minus where it would start, in ms."""
    return (aligner.expected_position(mono_ns) - aligner.samples_written) * 1000 / aligner.rate


def test_expected_position_follows_take_time(aligner: AudioAligner, timeline: Timeline) -> None:
    assert aligner.expected_position(ORIGIN) == 0
    assert aligner.expected_position(ORIGIN + S) == RATE
    assert aligner.expected_position(ORIGIN + 10 * MS) == 480
    timeline.pause(at_ns=ORIGIN + 2 * S)
    assert aligner.expected_position(ORIGIN + 5 * S) == 2 * RATE


def test_matching_capture_times_need_no_correction(aligner: AudioAligner) -> None:
    n_blocks = 3000  # a minute
    for k in range(n_blocks):
        block = ramp(k)
        out = aligner.push(block, block_time(k))
        np.testing.assert_array_equal(out, block)
    assert aligner.samples_written == n_blocks * BLOCK
    assert aligner.counters == AudioCounters(blocks=n_blocks)
    assert abs(aligner.drift_ms) < 0.1


@pytest.mark.parametrize(
    ("ratio", "grows"),
    [(1.0007, False), (0.9993, True)],
    ids=["card 0.07% fast", "card 0.07% slow"],
)
def test_sound_card_drift_is_corrected_smoothly(
    aligner: AudioAligner, ratio: float, grows: bool
) -> None:
    n_blocks = round(600 * RATE / BLOCK * ratio)  # ten minutes of real time
    worst_ms = 0.0
    lengths: set[int] = set()
    for k in range(n_blocks):
        t = block_time(k, ratio)
        worst_ms = max(worst_ms, abs(error_ms(aligner, t)))
        out = aligner.push(ramp(k), t)
        lengths.add(len(out))
    # Uncorrected, ten minutes at 0.07 % is 420 ms.
    assert worst_ms <= 10.0
    assert abs(error_ms(aligner, block_time(n_blocks, ratio))) <= 10.0
    assert abs(aligner.drift_ms) <= 10.0
    c = aligner.counters
    assert c.dropped_samples == 0
    assert c.inserted_silence_samples == 0
    # About 420 ms of samples were added or removed one at a time.
    assert 0.40 * RATE <= c.smooth_corrections <= 0.44 * RATE
    # A slow card needs samples repeated, a fast one needs samples dropped; one per block at most.
    assert lengths == ({BLOCK, BLOCK + 1} if grows else {BLOCK, BLOCK - 1})


def test_smooth_correction_repeats_or_drops_single_samples(aligner: AudioAligner) -> None:
    """The corrected block is the original with one sample repeated (or removed), nothing else."""
    ratio = 0.9993
    k = 0
    while True:
        block = ramp(k)
        out = aligner.push(block, block_time(k, ratio))
        if len(out) != BLOCK:
            break
        k += 1
        assert k < 5000, "no smooth correction happened"
    assert len(out) == BLOCK + 1
    repeated = np.flatnonzero(np.diff(out) == 0)
    assert len(repeated) == 1
    np.testing.assert_array_equal(np.delete(out, repeated), block)


def test_a_gap_is_filled_with_silence(aligner: AudioAligner) -> None:
    for k in range(50):
        aligner.push(ramp(k), block_time(k))
    gap_ns = 400 * MS
    block = ramp(50)
    out = aligner.push(block, block_time(50) + gap_ns)
    silence = len(out) - BLOCK
    assert silence == pytest.approx(0.400 * RATE, abs=2)
    assert not out[:silence].any()
    np.testing.assert_array_equal(out[silence:], block)
    assert aligner.counters.inserted_silence_samples == silence
    assert aligner.counters.inserted_silence_ms == pytest.approx(400, abs=0.1)
    assert aligner.counters.dropped_samples == 0
    assert aligner.samples_written == 51 * BLOCK + silence


def test_after_a_gap_the_following_blocks_are_kept_in_place(aligner: AudioAligner) -> None:
    for k in range(50):
        aligner.push(ramp(k), block_time(k))
    gap_ns = 400 * MS
    aligner.push(ramp(50), block_time(50) + gap_ns)
    for k in range(51, 100):
        t = block_time(k) + gap_ns
        assert abs(error_ms(aligner, t)) < 1.0
        out = aligner.push(ramp(k), t)
        np.testing.assert_array_equal(out, ramp(k))
    assert aligner.counters.dropped_samples == 0


def test_overflow_forces_an_immediate_correction(aligner: AudioAligner) -> None:
    for k in range(50):
        aligner.push(ramp(k), block_time(k))
    # One block was lost in the overflow: 21 ms, well below the gap and hard limits.
    out = aligner.push(ramp(51), block_time(51), overflow=True)
    assert len(out) == 2 * BLOCK
    assert not out[:BLOCK].any()
    np.testing.assert_array_equal(out[BLOCK:], ramp(51))
    assert aligner.counters.overflows == 1
    assert aligner.counters.inserted_silence_samples == BLOCK
    assert error_ms(aligner, block_time(52)) == 0


def test_without_the_overflow_flag_a_short_gap_is_not_corrected_at_once(
    aligner: AudioAligner,
) -> None:
    for k in range(50):
        aligner.push(ramp(k), block_time(k))
    out = aligner.push(ramp(51), block_time(51))
    np.testing.assert_array_equal(out, ramp(51))
    assert aligner.counters.inserted_silence_samples == 0
    assert aligner.counters.overflows == 0


def test_overflow_with_audio_ahead_drops_samples(aligner: AudioAligner) -> None:
    for k in range(50):
        aligner.push(ramp(k), block_time(k))
    # The block claims to start 10 ms earlier than where the file is.
    early = 480
    out = aligner.push(ramp(50), block_time(50) - early * S // RATE, overflow=True)
    np.testing.assert_array_equal(out, ramp(50)[early:])
    assert aligner.counters.dropped_samples == early


def test_after_an_overflow_an_in_place_stream_is_left_alone(aligner: AudioAligner) -> None:
    for k in range(50):
        aligner.push(ramp(k), block_time(k))
    aligner.push(ramp(51), block_time(51), overflow=True)
    for k in range(52, 2000):
        np.testing.assert_array_equal(aligner.push(ramp(k), block_time(k)), ramp(k))
    assert aligner.counters.smooth_corrections == 0


def test_jitter_causes_no_hard_corrections(aligner: AudioAligner) -> None:
    """Callback stamps are only ever late, here by 0-10 ms: after the one settling step half a
    second in (the first block's own delay, put right), nothing is inserted or dropped."""
    rng = random.Random(7)
    n_blocks = 6000
    c = aligner.counters
    settled: tuple[int, int] | None = None
    for k in range(n_blocks):
        jitter_ns = round(rng.uniform(0, 10) * MS)
        out = aligner.push(ramp(k), block_time(k) + jitter_ns)
        if k == 30:  # the window (24 blocks) is full
            settled = (c.inserted_silence_samples, c.dropped_samples)
        if k > 30:
            assert abs(len(out) - BLOCK) <= 1
    assert settled is not None
    assert settled[0] + settled[1] <= 0.010 * RATE
    assert (c.inserted_silence_samples, c.dropped_samples) == settled
    # The jitter averages out; the file keeps the card's own sample count.
    assert abs(aligner.samples_written - n_blocks * BLOCK) <= 0.010 * RATE
    assert abs(aligner.drift_ms) < 5


def test_first_block_late_starts_in_place(aligner: AudioAligner) -> None:
    """The microphone's first block arrives 120 ms after the start: silence puts it in place."""
    offset = 120 * MS
    first = aligner.push(ramp(0), ORIGIN + offset)
    assert len(first) == pytest.approx(0.120 * RATE + BLOCK, abs=1)
    assert not first[:-BLOCK].any()
    np.testing.assert_array_equal(first[-BLOCK:], ramp(0))
    for k in range(1, 500):
        out = aligner.push(ramp(k), block_time(k) + offset)
        np.testing.assert_array_equal(out, ramp(k))
    assert aligner.counters.dropped_samples == 0
    assert aligner.counters.smooth_corrections == 0
    assert abs(error_ms(aligner, block_time(500) + offset)) < 0.1


def test_first_block_slightly_late_is_placed_at_once(aligner: AudioAligner) -> None:
    """Even 30 ms (below the hard limit) is put right with silence before the first sample,
    where nothing was captured anyway; walking the sound in slowly would leave it out of sync
    for half a minute."""
    offset = 30 * MS
    first = aligner.push(ramp(0), ORIGIN + offset)
    assert len(first) == pytest.approx(0.030 * RATE + BLOCK, abs=1)
    for k in range(1, 3000):
        t = block_time(k) + offset
        assert abs(error_ms(aligner, t)) < 0.1
        np.testing.assert_array_equal(aligner.push(ramp(k), t), ramp(k))
    assert aligner.counters.smooth_corrections == 0
    assert aligner.counters.dropped_samples == 0


def test_a_few_ms_of_first_block_delay_are_put_right_when_the_window_settles(
    aligner: AudioAligner,
) -> None:
    """The first block's stamp waited 4 ms more than the others (the start is busy): half a
    second in, the sound goes where the least delayed blocks say, not 4 ms late for the rest
    of the take (what a settling threshold of 5 ms left)."""
    rng = random.Random(3)
    aligner.push(ramp(0), ORIGIN + 4 * MS)
    for k in range(1, 1000):
        if k > 30:
            assert abs(error_ms(aligner, block_time(k))) <= 1.2, k
        aligner.push(ramp(k), block_time(k) + round(rng.uniform(0, 1) * MS))


def test_a_busy_start_does_not_leave_the_sound_late(aligner: AudioAligner) -> None:
    """Every block of the first second waits 7 ms (the machine is busy as the take starts), so
    even the least delayed one says the sound is early, and it is moved 7 ms later. Once blocks
    come in on time the least delayed one proves the sound late, and it goes back within a
    millisecond of its place (smoothly, at 1 ms/s), instead of staying 5 ms late."""
    rng = random.Random(5)
    for k in range(1500):  # 32 s
        delay_ns = (7 * MS if k < 47 else 0) + round(rng.uniform(0, 1) * MS)
        aligner.push(ramp(k), block_time(k) + delay_ns)
    assert abs(error_ms(aligner, block_time(1500))) <= 1.2
    assert aligner.counters.smooth_corrections > 0


def test_blocks_that_are_all_a_little_late_do_not_move_the_sound(aligner: AudioAligner) -> None:
    """Every block 0-4 ms late for a minute: that is lateness, not a sound out of place."""
    rng = random.Random(9)
    c = aligner.counters
    settled = (0, 0, 0)
    for k in range(3000):
        if k == 50:  # a second in: the first block's own delay has been put right
            settled = (c.smooth_corrections, c.inserted_silence_samples, c.dropped_samples)
        aligner.push(ramp(k), block_time(k) + round(rng.uniform(0, 4) * MS))
    assert abs(error_ms(aligner, block_time(3000))) <= 1.0
    assert (c.smooth_corrections, c.inserted_silence_samples, c.dropped_samples) == settled


def test_first_block_begun_before_the_start_loses_only_that_part(aligner: AudioAligner) -> None:
    """A block straddling t=0: the samples captured before the start are not part of the take."""
    early = 5 * MS  # 240 samples before t=0
    first = aligner.push(ramp(0), ORIGIN - early)
    np.testing.assert_array_equal(first, ramp(0)[240:])
    for k in range(1, 100):
        t = block_time(k) - early
        assert abs(error_ms(aligner, t)) < 0.1
        np.testing.assert_array_equal(aligner.push(ramp(k), t), ramp(k))
    assert aligner.counters.inserted_silence_samples == 0


def test_fill_silence_until(aligner: AudioAligner) -> None:
    for k in range(10):
        aligner.push(ramp(k), block_time(k))
    written = aligner.samples_written
    # Nothing missing yet: nothing to fill.
    assert len(aligner.fill_silence_until(block_time(10))) == 0
    assert len(aligner.fill_silence_until(block_time(5))) == 0
    assert aligner.samples_written == written
    assert aligner.counters.inserted_silence_samples == 0
    # The microphone went quiet for half a second.
    until = block_time(10) + 500 * MS
    silence = aligner.fill_silence_until(until)
    assert silence.dtype == np.float32
    assert not silence.any()
    assert len(silence) == aligner.expected_position(until) - written
    assert len(silence) == pytest.approx(0.5 * RATE, abs=1)
    assert aligner.samples_written == aligner.expected_position(until)
    assert aligner.counters.inserted_silence_samples == len(silence)
    # Filling again to the same moment adds nothing.
    assert len(aligner.fill_silence_until(until)) == 0
    # When the microphone comes back, its next block lands in place.
    k = round((until - ORIGIN) * RATE / S) // BLOCK + 1
    t = block_time(k)
    assert error_ms(aligner, t) >= 0
    out = aligner.push(ramp(k), t)
    assert aligner.counters.dropped_samples == 0
    assert len(out) >= BLOCK


def test_late_arrivals_do_not_pull_the_sound_late(aligner: AudioAligner) -> None:
    """Stamps are only ever late: here every other block waits for its neighbour (the host API
    hands over two at a time) and each waits 0-8 ms more for the scheduler. The sound must stay
    on the line of the least-delayed blocks, not on the average delay (~15 ms late), and get
    there half a second into the take (the first block placed it by its own, late, stamp)."""
    rng = random.Random(11)
    block_ns = BLOCK * S // RATE
    worst_after_settle_ms = 0.0
    for k in range(3000):  # a minute
        if k > 30:  # the window (24 blocks) has settled
            worst_after_settle_ms = max(
                worst_after_settle_ms, abs(error_ms(aligner, block_time(k)))
            )
        delay_ns = (block_ns if k % 2 == 0 else 0) + round(rng.uniform(0, 8) * MS)
        aligner.push(ramp(k), block_time(k) + delay_ns)
    # Where each block truly belongs against where it went: the least delayed of 24 is within
    # a millisecond of its place, and the settling step puts the sound there.
    assert worst_after_settle_ms <= 2.0
    c = aligner.counters
    # One settling step at most: the first block's wait, put right once.
    assert c.inserted_silence_samples <= 0.03 * RATE
    assert c.dropped_samples <= 0.03 * RATE
