"""The Recorder's state machine in-process, with a fake screen and fake hotkeys: the compositor,
encoders, muxer, journal and finish are the real ones, and the files are checked with ffprobe."""

from __future__ import annotations

import json
import os
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from recording.fake_sources import (
    FakeHotkeys,
    FakeMicrophone,
    FakeScreen,
    fake_sources,
    run_in_thread,
    wait_until,
)
from support.realstack import decode_problems, ffprobe
from vidfeedback.errors import ErrorCode
from vidfeedback.model import MarkerKind
from vidfeedback.recording import (
    EventKind,
    HotkeyAction,
    MarkerRefused,
    RecorderError,
    RecorderEvent,
    RecorderState,
    Region,
)
from vidfeedback.recording.recorder import Recorder, RecorderConfig
from vidfeedback.takes.layout import JOURNAL_NAME, markers_path

FPS = 15


class Take:
    def __init__(
        self, out: Path, screen: FakeScreen | None = None, mic: FakeMicrophone | None = None
    ) -> None:
        self.screen = screen or FakeScreen()
        self.hotkeys = FakeHotkeys()
        self.mic = mic
        self.events: list[RecorderEvent] = []
        self.recorder = Recorder(
            RecorderConfig(
                out,
                region=Region(0, 0, 320, 240),
                fps=FPS,
                audio_device="fake" if mic is not None else None,
            ),
            on_event=self.events.append,
            sources=fake_sources(self.screen, self.hotkeys, mic),
        )

    def kinds(self) -> list[EventKind]:
        return [e.kind for e in self.events]


def _state(rec: Recorder) -> RecorderState:
    """Read afresh: mypy would otherwise keep the state narrowed across the commands."""
    return rec.state


def _duration_ms(path: Path) -> float:
    return float(ffprobe(path)["format"]["duration"]) * 1000


def _journal_events(take: Take) -> list[str]:
    lines = (take.recorder.take_dir / JOURNAL_NAME).read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["event"] for line in lines]


def test_start_pause_resume_stop(tmp_path: Path) -> None:
    take = Take(tmp_path / "take.mp4")
    rec = take.recorder
    rec.start()
    assert _state(rec) is RecorderState.RECORDING
    assert take.hotkeys.listener.started
    time.sleep(0.6)
    rec.add_marker(MarkerKind.FEED_UP, "c1", "Problemstilling")
    rec.pause()
    assert _state(rec) is RecorderState.PAUSED
    paused_at_ms = rec.elapsed_ms
    time.sleep(0.5)
    assert rec.elapsed_ms == paused_at_ms  # the clock stands still while paused
    rec.resume()
    time.sleep(0.6)
    assert _journal_events(take) == ["start", "marker", "pause", "resume"]
    result = rec.stop()
    assert _state(rec) is RecorderState.FINISHED
    assert result.complete and result.path == tmp_path / "take.mp4"
    assert take.kinds() == [EventKind.MARKER, EventKind.PAUSED, EventKind.RESUMED]
    assert [m.label for m in result.markers] == ["Problemstilling"]
    assert len(result.pauses_ms) == 1 and abs(result.pauses_ms[0] - paused_at_ms) < 100
    assert not rec.take_dir.exists()  # removed once the final file was complete
    assert markers_path(result.path).is_file()
    assert decode_problems(result.path) == ""
    # The pause is not in the video: about 1.2 s recorded of 1.7 s.
    assert _duration_ms(result.path) == pytest.approx(result.duration_ms, abs=150)
    assert 1000 < result.duration_ms < 1600
    assert take.hotkeys.listener.stopped
    assert take.screen.closed == 1
    assert result.stats.frames_encoded > 0


def test_a_marker_is_refused_while_paused_and_the_hotkey_says_so(tmp_path: Path) -> None:
    take = Take(tmp_path / "take.mp4")
    rec = take.recorder
    rec.start()
    time.sleep(0.3)
    take.hotkeys.press(HotkeyAction.PAUSE_RESUME)
    assert _state(rec) is RecorderState.PAUSED
    with pytest.raises(MarkerRefused) as refused:
        rec.add_marker(MarkerKind.FEED_BACK)
    assert refused.value.code is ErrorCode.MARKER_WHILE_PAUSED
    take.hotkeys.press(HotkeyAction.FEED_FORWARD)
    warning = take.events[-1]
    assert warning.kind is EventKind.WARNING and warning.problem is not None
    assert warning.problem.code is ErrorCode.MARKER_WHILE_PAUSED
    take.hotkeys.press(HotkeyAction.PAUSE_RESUME)
    assert _state(rec) is RecorderState.RECORDING
    take.hotkeys.press(HotkeyAction.FEED_FORWARD)
    assert take.kinds()[-1] is EventKind.MARKER
    take.hotkeys.press(HotkeyAction.STOP)
    assert take.kinds()[-1] is EventKind.STOP_REQUESTED
    assert _state(rec) is RecorderState.RECORDING  # the owner stops, not the hotkey thread
    result = rec.stop()
    assert [m.kind for m in result.markers] == [MarkerKind.FEED_FORWARD]


def test_discard_since_the_last_pause(tmp_path: Path) -> None:
    take = Take(tmp_path / "take.mp4")
    rec = take.recorder
    rec.start()
    with pytest.raises(RecorderError):
        rec.discard_since_last_pause()  # only while paused
    time.sleep(0.6)
    kept = rec.add_marker(MarkerKind.FEED_UP)
    # Markers and pauses are placed in whole take milliseconds: a marker and a pause in the
    # same millisecond sit on the part's boundary (no hand is that fast). Keep them apart.
    time.sleep(0.05)
    rec.pause()
    rec.resume()
    time.sleep(0.8)
    rec.add_marker(MarkerKind.FEED_BACK)  # in the part that is discarded
    time.sleep(0.05)
    rec.pause()
    before_ms = rec.elapsed_ms
    continues_ms = rec.discard_since_last_pause()
    assert continues_ms < before_ms - 600
    rec.resume()
    time.sleep(0.4)
    late = rec.add_marker(MarkerKind.FEED_FORWARD)
    result = rec.stop()
    assert [m.kind for m in result.markers] == [MarkerKind.FEED_UP, MarkerKind.FEED_FORWARD]
    assert result.markers[0].t_ms == kept.t_ms
    # The marker after the discard moves back by what was cut (the recorder's own clock went
    # on through the discarded part; the final video does not).
    cut_ms = before_ms - continues_ms
    assert result.markers[1].t_ms == pytest.approx(late.t_ms - cut_ms, abs=2)
    assert continues_ms <= result.markers[1].t_ms <= result.duration_ms
    assert _duration_ms(result.path) == pytest.approx(result.duration_ms, abs=150)
    assert decode_problems(result.path) == ""


def test_commands_out_of_order(tmp_path: Path) -> None:
    take = Take(tmp_path / "take.mp4")
    rec = take.recorder
    with pytest.raises(RecorderError) as nothing:
        rec.stop()
    assert nothing.value.code is ErrorCode.NOTHING_RECORDED
    with pytest.raises(RecorderError):
        rec.move_region(10, 10)  # before prepare()
    rec.pause()  # not recording: nothing happens
    assert _state(rec) is RecorderState.IDLE and take.events == []
    rec.prepare()
    with pytest.raises(RecorderError):
        rec.prepare()
    with pytest.raises(MarkerRefused) as not_yet:
        rec.add_marker(MarkerKind.FEED_UP)
    assert not_yet.value.code is ErrorCode.MARKER_NOT_RECORDING
    assert rec.take_dir.is_dir()
    with pytest.raises(RecorderError):
        rec.stop()  # prepared, never started: the take folder goes again
    assert not rec.take_dir.exists()


def test_stop_never_removes_a_take_folder_it_did_not_make(tmp_path: Path) -> None:
    out = tmp_path / "take.mp4"
    take = Take(out)
    take.recorder.take_dir.mkdir()  # an unfinished take of an earlier session
    with pytest.raises(RecorderError) as unfinished:
        take.recorder.prepare()
    assert unfinished.value.code is ErrorCode.UNFINISHED_TAKE
    with pytest.raises(RecorderError):
        take.recorder.stop()
    assert take.recorder.take_dir.is_dir()


def test_after_stop_commands_change_nothing(tmp_path: Path) -> None:
    take = Take(tmp_path / "take.mp4")
    rec = take.recorder
    rec.start()
    time.sleep(0.3)
    result = rec.stop()
    events = list(take.events)
    rec.pause()
    rec.toggle_pause()
    take.hotkeys.press(HotkeyAction.PAUSE_RESUME)
    with pytest.raises(MarkerRefused):
        rec.add_marker(MarkerKind.FEED_UP)
    with pytest.raises(RecorderError):
        rec.stop()
    assert _state(rec) is RecorderState.FINISHED and take.events == events
    assert rec.move_region(50, 50) == Region(0, 0, 320, 240)  # the last area stays
    assert result.complete


def test_a_pause_hotkey_racing_the_stop(tmp_path: Path) -> None:
    """The hotkey thread toggles pause as fast as it can while the owner stops: the take ends
    finished, its pauses and resumes alternate, and nothing happens after the stop."""
    for attempt in range(5):
        _stop_while_pressing_pause(tmp_path / f"take-{attempt}.mp4")


def _stop_while_pressing_pause(out: Path) -> None:
    take = Take(out)
    rec = take.recorder
    rec.start()
    time.sleep(0.2)
    stop_returned = threading.Event()
    errors: list[BaseException] = []

    def hammer() -> None:
        try:
            while not stop_returned.is_set():
                take.hotkeys.press(HotkeyAction.PAUSE_RESUME)
        except BaseException as exc:  # a failure in this thread must fail the test
            errors.append(exc)

    presser = threading.Thread(target=hammer)
    presser.start()
    time.sleep(0.05)
    result = rec.stop()
    count = len(take.events)
    stop_returned.set()
    presser.join(5)
    assert errors == []
    assert take.events[count:] == []
    assert _state(rec) is RecorderState.FINISHED and result.complete
    assert rec.timeline.paused  # frozen at the stop, never resumed after it
    kinds = [k for k in take.kinds() if k in (EventKind.PAUSED, EventKind.RESUMED)]
    assert kinds == [(EventKind.PAUSED, EventKind.RESUMED)[i % 2] for i in range(len(kinds))]
    assert decode_problems(result.path) == ""
    assert _duration_ms(result.path) == pytest.approx(result.duration_ms, abs=150)


def test_a_screen_that_fails_mid_take(tmp_path: Path) -> None:
    take = Take(tmp_path / "take.mp4", FakeScreen(fail_after_grabs=10))
    rec = take.recorder
    rec.start()
    wait_until(lambda: EventKind.ERROR in take.kinds())
    error = next(e for e in take.events if e.kind is EventKind.ERROR)
    assert error.problem is not None and error.problem.code is ErrorCode.SCREEN_UNAVAILABLE
    assert "went away" in error.message
    assert rec.error is error.problem
    result = rec.stop()  # the owner stops on ERROR: what was recorded is kept
    assert result.complete and result.problems == (error.problem,)
    assert decode_problems(result.path) == ""
    assert ffprobe(result.path)["streams"][0]["codec_name"] == "h264"


def test_a_screen_that_fails_at_once_does_not_hang_the_start(tmp_path: Path) -> None:
    take = Take(tmp_path / "take.mp4", FakeScreen(fail_after_grabs=0))
    take.recorder.start()  # returns: the failure is reported, not waited for
    wait_until(lambda: EventKind.ERROR in take.kinds())
    take.recorder.stop()


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    if os.geteuid() != 0:
        pytest.skip("mounting a small real file system needs root")
    folder = tmp_path / "small"
    folder.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=600k", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount tmpfs here: {done.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def test_disk_full_keeps_what_was_recorded(small_disk: Path) -> None:
    take = Take(small_disk / "full.mp4", FakeScreen(noise=True))
    rec = take.recorder
    rec.start()
    wait_until(lambda: EventKind.ERROR in take.kinds(), timeout_s=20)
    error = next(e for e in take.events if e.kind is EventKind.ERROR)
    assert error.problem is not None and error.problem.code is ErrorCode.DISK_FULL
    result = rec.stop()
    assert not result.complete and _state(rec) is RecorderState.FAILED
    assert result.path == rec.take_dir and rec.take_dir.is_dir()  # kept for recovery
    codes = [p.code for p in result.problems]
    assert codes == [ErrorCode.DISK_FULL, ErrorCode.FINAL_NOT_WRITTEN]
    assert not (small_disk / "full.mp4").exists()
    assert sorted(p.name for p in small_disk.iterdir()) == [rec.take_dir.name]


def test_the_gui_is_not_held_up_while_the_microphone_settles(tmp_path: Path) -> None:
    """prepare() runs on a worker and may wait for the microphone; meanwhile the GUI thread
    masks the countdown window and must not wait for it."""
    take = Take(tmp_path / "take.mp4", mic=FakeMicrophone(settle_s=1.5))
    rec = take.recorder
    preparing = run_in_thread(rec.prepare)
    wait_until(lambda: _state(rec) is RecorderState.PREPARING)
    t0 = time.monotonic()
    rec.set_masked_rects([Region(10, 10, 50, 40)])
    with pytest.raises(RecorderError):
        rec.stop()  # still preparing: refused, nothing touched
    assert time.monotonic() - t0 < 0.5
    preparing.join(10)
    assert _state(rec) is RecorderState.PREPARED
    rec.start()
    time.sleep(0.5)
    result = rec.stop()
    assert result.complete and take.mic is not None and take.mic.closed >= 1
    streams = {s["codec_type"] for s in ffprobe(result.path)["streams"]}
    assert streams == {"video", "audio"}
