# mypy: disable-error-code="no-untyped-call"
# (pytest-qt's key and mouse helpers carry no type hints)
from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from vidfeedback.model import Criterion, GradePractice, Marker, MarkerKind, Rubric
from vidfeedback.ui.chapters_model import ChaptersModel
from vidfeedback.ui.qt import QMediaPlayer, QPoint, Qt
from vidfeedback.ui.review import AudioPlayback, ReviewData, ReviewScreen
from vidfeedback.workspace.take_planning import ContinueSupport

RUBRIC = Rubric("Essay", [Criterion("c1", "Thesis"), Criterion("c2", "Sources")])
MARKERS = [
    Marker(MarkerKind.FEED_FORWARD, 3000, "c2", "Sources"),
    Marker(MarkerKind.FEED_UP, 500),
    Marker(MarkerKind.FEED_BACK, 1500, "c1", "Thesis"),
]


def test_chapter_list_edits() -> None:
    model = ChaptersModel(MARKERS, 4000, RUBRIC)
    assert [m.t_ms for m in model.markers] == [500, 1500, 3000]  # shown in time order
    assert [c.title for c in model.chapters()] == [
        "Start",
        "Feed up",
        "Feed back: Thesis",
        "Feed forward: Sources",
    ]
    row = model.rename(1, "Clear thesis")
    row = model.set_kind(row, MarkerKind.FEED_FORWARD)
    assert model.marker(row).title() == "Feed forward: Clear thesis"
    # Relinking keeps a renamed label, but a label that was the criterion name follows it.
    row = model.relink(row, "c2")
    assert model.marker(row).label == "Clear thesis" and model.marker(row).criterion_id == "c2"
    row = model.relink(2, "c1")
    assert model.marker(row).label == "Thesis"
    # Nudging past a neighbour re-sorts; times stay inside the take.
    row = model.nudge(0, 2000)
    assert [m.t_ms for m in model.markers] == [1500, 2500, 3000]
    assert model.marker(row).t_ms == 2500
    model.move_to(row, 99_000)
    assert max(m.t_ms for m in model.markers) == 3999
    deleted = model.delete(0)
    assert model.restore(deleted) == 0 and model.marker(0) == deleted
    model.delete(0)
    row = model.add(MarkerKind.FEED_BACK, 100, "c1")
    assert model.marker(row) == Marker(MarkerKind.FEED_BACK, 100, "c1", "Thesis")
    assert model.rowCount() == 3


def _screen(qtbot: QtBot, take: Path, **kw: object) -> ReviewScreen:
    data = ReviewData("Kari Nordmann", take, 4000, list(MARKERS), RUBRIC, **kw)  # type: ignore[arg-type]
    screen = ReviewScreen(data, audio=AudioPlayback.OFF)
    qtbot.addWidget(screen)
    return screen


def test_review_plays_the_take_and_edits_chapters_by_keyboard(
    qtbot: QtBot, small_take: Path
) -> None:
    screen = _screen(qtbot, small_take)
    ready = (QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia)
    qtbot.waitUntil(lambda: screen.player.mediaStatus() in ready, timeout=5000)
    # Loaded, the player pauses on the first picture instead of showing black.
    qtbot.waitUntil(lambda: screen.player.playbackState() == QMediaPlayer.PlaybackState.PausedState)
    assert screen.player.duration() >= 3900
    screen.toggle_play()
    qtbot.waitUntil(lambda: screen.position_slider.value() > 300, timeout=5000)
    screen.toggle_play()
    assert screen.player.playbackState() == QMediaPlayer.PlaybackState.PausedState
    assert screen.play_button.text() == "&Play"
    # Rename the selected (first) chapter.
    assert screen.current_row() == 0
    screen.title_edit.setFocus()
    screen.title_edit.selectAll()
    qtbot.keyClicks(screen.title_edit, "Goal of the text")
    with qtbot.waitSignal(screen.chapters_edited):
        qtbot.keyClick(screen.title_edit, Qt.Key.Key_Return)
    assert screen.model.marker(0).label == "Goal of the text"
    # Alt+Right nudges the selected chapter one second later.
    screen.table.setFocus()
    screen.nudge(1000)
    assert screen.model.marker(screen.current_row()).t_ms == 1500
    # Delete removes it.
    count = screen.model.rowCount()
    screen.delete_current()
    assert screen.model.rowCount() == count - 1
    # A chapter can be added at the player's position.
    screen.player.setPosition(2200)
    qtbot.waitUntil(lambda: screen.player.position() >= 2100, timeout=3000)
    screen.add_here()
    assert any(abs(m.t_ms - 2200) <= 100 for m in screen.model.markers)


def test_grade_follows_the_grade_practice(qtbot: QtBot, small_take: Path) -> None:
    screen = _screen(qtbot, small_take, grade="4", grade_practice=GradePractice.NO_GRADE)
    assert not screen.grade_edit.isEnabled()
    assert screen.grade == ""  # never stored or shown under "no grade"
    screen.practice_box.setCurrentIndex(screen.practice_box.findData(GradePractice.LMS_ONLY))
    assert screen.grade_edit.isEnabled() and screen.grade == "4"
    screen.note_edit.setPlainText("  Look at paragraph two.  ")
    assert screen.note == "Look at paragraph two."


def test_actions_and_continue_availability(qtbot: QtBot, small_take: Path) -> None:
    screen = _screen(qtbot, small_take, continue_support=ContinueSupport.UNSUPPORTED)
    assert not screen.continue_button.isEnabled()
    for button, signal in (
        (screen.export_button, screen.export_requested),
        (screen.next_button, screen.next_requested),
    ):
        with qtbot.waitSignal(signal):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    screen.stop_playback()


def test_retake_all_asks_first(qtbot: QtBot, small_take: Path) -> None:
    screen = _screen(qtbot, small_take)
    with qtbot.assertNotEmitted(screen.retake_requested):
        qtbot.mouseClick(screen.retake_button, Qt.MouseButton.LeftButton)
        box = screen.confirm_box
        assert box is not None and box.isVisible()
        assert box.text() == "Record the feedback for Kari Nordmann again from the start?"
        assert "0:04" in box.informativeText()
        assert box.defaultButton().text() == "&Keep the take"  # Enter or Esc keeps it
        qtbot.keyClick(box, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: screen.confirm_box is None)
    qtbot.mouseClick(screen.retake_button, Qt.MouseButton.LeftButton)
    box = screen.confirm_box
    assert box is not None
    (again,) = [b for b in box.buttons() if b.text() == "&Record again"]
    with qtbot.waitSignal(screen.retake_requested):
        again.click()
    screen.stop_playback()


def test_a_deleted_chapter_can_be_brought_back(qtbot: QtBot, small_take: Path) -> None:
    screen = _screen(qtbot, small_take)
    assert not screen.undo_button.isEnabled()
    before = screen.model.markers
    screen._select(1)
    screen.delete_current()
    screen._select(0)
    screen.delete_current()
    assert screen.model.rowCount() == 1 and screen.undo_button.isEnabled()
    assert screen.status.text() == "Deleted “Feed up”; Ctrl+Z brings it back."
    with qtbot.waitSignal(screen.chapters_edited):
        screen.undo_delete()  # the last one first
    assert screen.model.markers == before[:1] + before[2:]
    assert screen.model.marker(screen.current_row()) == before[0]
    screen.undo_delete()
    assert screen.model.markers == before and not screen.undo_button.isEnabled()
    screen.undo_delete()  # nothing left to undo: nothing happens
    assert screen.model.markers == before
    screen.stop_playback()


def test_continue_from_the_last_pause_asks_first(qtbot: QtBot, small_take: Path) -> None:
    screen = _screen(
        qtbot, small_take, continue_support=ContinueSupport.AVAILABLE, last_pause_ms=1500
    )
    assert screen.continue_button.isEnabled()
    assert "0:01" in screen.continue_button.toolTip()
    # Keep the take: nothing happens.
    with qtbot.assertNotEmitted(screen.continue_requested):
        qtbot.mouseClick(screen.continue_button, Qt.MouseButton.LeftButton)
        box = screen.confirm_box
        assert box is not None and box.isVisible()
        assert box.text() == "Discard 0:02 recorded since the last pause?"
        assert box.defaultButton().text() == "&Keep the take"
        qtbot.keyClick(box, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: screen.confirm_box is None)
    # By keyboard: Alt+U opens the question, Alt+D answers it. (Mnemonics need a shown, active
    # window; the video surface stays hidden, as offscreen Qt has no GPU to draw it with.)
    screen.video.hide()
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: screen.confirm_box is not None)
    box = screen.confirm_box
    assert box is not None
    box.activateWindow()
    qtbot.waitUntil(box.isActiveWindow)
    with qtbot.waitSignal(screen.continue_requested):
        qtbot.keyClick(box.focusWidget() or box, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert screen.continue_from_ms == 1500 and screen.discarded_ms == 2500
    screen.stop_playback()


def test_continue_is_offered_only_for_a_take_with_a_pause(qtbot: QtBot, small_take: Path) -> None:
    screen = _screen(qtbot, small_take, continue_support=ContinueSupport.NO_PAUSE)
    assert not screen.continue_button.isEnabled()
    assert screen.continue_button.toolTip() == "This take was never paused."
    screen.set_busy(False)
    assert not screen.continue_button.isEnabled()
    screen.stop_playback()


def test_the_player_skips_what_is_cut_on_the_timeline(qtbot: QtBot, small_take: Path) -> None:
    screen = _screen(qtbot, small_take)
    ready = (QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia)
    qtbot.waitUntil(lambda: screen.player.mediaStatus() in ready, timeout=5000)
    screen.timeline.selection = (1000, 2500)
    assert screen.timeline.cut_selection()
    assert screen.edit_plan.kept == [(0, 1000), (2500, 4000)]
    assert screen.status.text()  # says how long the edited video is
    # Sent into the cut (as playing through 1 s would), the player is at once past it.
    screen.player.setPosition(1500)
    qtbot.waitUntil(lambda: screen.player.position() >= 2500, timeout=3000)
    # Undone, the stretch plays again.
    screen.timeline.undo()
    screen.player.setPosition(1500)
    qtbot.waitUntil(lambda: abs(screen.player.position() - 1500) < 100, timeout=3000)
    assert screen.edit_plan.is_identity


def test_a_click_on_a_chapter_or_on_the_bar_seeks(qtbot: QtBot, small_take: Path) -> None:
    screen = _screen(qtbot, small_take)
    screen.resize(900, 600)
    screen.show()
    qtbot.waitExposed(screen)
    ready = (QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia)
    qtbot.waitUntil(lambda: screen.player.mediaStatus() in ready, timeout=5000)
    # One click on the second chapter: the player goes to where it starts.
    row = 1
    target_ms = screen.model.marker(row).t_ms
    rect = screen.table.visualRect(screen.model.index(row, 0))
    qtbot.mouseClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: abs(screen.player.position() - target_ms) <= 100, timeout=3000)
    # A click three quarters along the bar goes three quarters into the take.
    bar = screen.position_slider
    at = QPoint(bar.width() * 3 // 4, bar.height() // 2)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=at)
    wanted_ms = bar.maximum() * 3 // 4
    qtbot.waitUntil(lambda: abs(screen.player.position() - wanted_ms) <= 250, timeout=3000)
    # The arrow keys step from there.
    before = bar.sliderPosition()
    bar.setFocus()
    qtbot.keyClick(bar, Qt.Key.Key_Right)
    assert bar.sliderPosition() > before


def test_the_cleaned_voice_can_be_heard_before_the_export(qtbot: QtBot, small_take: Path) -> None:
    """Before/after: the check box plays a copy with the voice cleaned, at the same moment;
    unchecked, the take as recorded again; the copy goes with the review."""
    screen = _screen(qtbot, small_take)
    ready = (QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia)
    qtbot.waitUntil(lambda: screen.player.mediaStatus() in ready, timeout=5000)
    screen.player.setPosition(1500)
    qtbot.waitUntil(lambda: abs(screen.player.position() - 1500) < 100, timeout=3000)
    screen.voice_check.setChecked(True)
    qtbot.waitUntil(lambda: screen.player.source().toLocalFile() != str(small_take), timeout=60_000)
    preview = Path(screen.player.source().toLocalFile())
    assert preview.is_file() and preview.parent != small_take.parent
    qtbot.waitUntil(lambda: abs(screen.player.position() - 1500) < 150, timeout=5000)
    screen.voice_check.setChecked(False)
    assert screen.player.source().toLocalFile() == str(small_take)
    qtbot.waitUntil(lambda: screen.player.mediaStatus() in ready, timeout=5000)
    screen.stop_playback()
    assert not preview.parent.exists()
