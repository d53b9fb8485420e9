"""Choose what to record: a whole screen, a window, or a dragged region. The choice is kept in
the settings and offered again for the next student."""

from __future__ import annotations

from collections.abc import Callable

from vidfeedback.recording import WindowInfo, list_windows

from .qt import (
    QButtonGroup,
    QComboBox,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGuiApplication,
    QLabel,
    QPushButton,
    QRadioButton,
    QRect,
    QScreen,
    QVBoxLayout,
    QWidget,
)
from .region_overlay import (
    PickMode,
    RegionOverlay,
    logical_rect_to_screen_px,
    screen_px_to_logical,
)
from .settings import CaptureChoice, CaptureKind


def describe_capture(choice: CaptureChoice) -> str:
    if choice.rect_px is None:
        return QCoreApplication.translate("Capture", "The whole screen")
    x, y, w, h = choice.rect_px
    if choice.kind is CaptureKind.MONITOR:
        return QCoreApplication.translate("Capture", "Screen {n} ({w} × {h})").format(
            n=choice.monitor_index, w=w, h=h
        )
    if choice.kind is CaptureKind.WINDOW:
        return QCoreApplication.translate("Capture", "Window “{title}” ({w} × {h})").format(
            title=choice.window_title, w=w, h=h
        )
    return QCoreApplication.translate("Capture", "Region {w} × {h} at {x}, {y}").format(
        w=w, h=h, x=x, y=y
    )


def screen_rect_px(screen: QScreen) -> tuple[int, int, int, int]:
    return logical_rect_to_screen_px(screen.geometry(), screen)


class CapturePicker(QDialog):
    def __init__(
        self,
        current: CaptureChoice,
        parent: QWidget | None = None,
        windows: Callable[[], list[WindowInfo]] = list_windows,
        start_label: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("capturePicker")
        self.setWindowTitle(self.tr("What to record"))
        self.choice = current
        self._overlay: RegionOverlay | None = None
        self._region_px: tuple[int, int, int, int] | None = (
            current.rect_px if current.kind is CaptureKind.REGION else None
        )
        self._windows = [w for w in windows() if w.title != self.windowTitle()]

        self.screen_radio = QRadioButton(self.tr("A whole &screen"), self)
        self.window_radio = QRadioButton(self.tr("A &window"), self)
        self.region_radio = QRadioButton(self.tr("A &region you drag"), self)
        group = QButtonGroup(self)
        for r in (self.screen_radio, self.window_radio, self.region_radio):
            group.addButton(r)

        self.screen_box = QComboBox(self)
        self.screen_box.setAccessibleName(self.tr("Screen"))
        for i, screen in enumerate(QGuiApplication.screens(), start=1):
            g = screen.geometry()
            self.screen_box.addItem(
                self.tr("Screen {n}: {name} ({w} × {h})").format(
                    n=i, name=screen.name(), w=g.width(), h=g.height()
                ),
                i,
            )
        self.window_box = QComboBox(self)
        self.window_box.setAccessibleName(self.tr("Window"))
        for i, w in enumerate(self._windows):
            self.window_box.addItem(w.title, i)
        if not self._windows:
            self.window_box.addItem(self.tr("No windows found"), None)
            self.window_radio.setEnabled(False)
        self.point_window_button = QPushButton(self.tr("&Point at it…"), self)
        self.point_window_button.setEnabled(bool(self._windows))
        self.point_window_button.clicked.connect(self.pick_window_on_screen)
        self.drag_button = QPushButton(self.tr("&Drag a region…"), self)
        self.drag_button.clicked.connect(self.drag_region)
        self.summary = QLabel(self)
        self.summary.setObjectName("captureSummary")

        grid = QGridLayout()
        grid.addWidget(self.screen_radio, 0, 0)
        grid.addWidget(self.screen_box, 0, 1)
        grid.addWidget(self.window_radio, 1, 0)
        grid.addWidget(self.window_box, 1, 1)
        grid.addWidget(self.point_window_button, 1, 2)
        grid.addWidget(self.region_radio, 2, 0)
        grid.addWidget(self.drag_button, 2, 1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(start_label or self.tr("S&tart recording"))
        ok.setDefault(True)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        note = QLabel(self.tr("The recording toolbar is kept out of the video."), self)
        note.setWordWrap(True)
        layout.addLayout(grid)
        layout.addWidget(self.summary)
        layout.addWidget(note)
        layout.addWidget(self.buttons)

        if current.kind is CaptureKind.WINDOW and self._windows:
            self.window_radio.setChecked(True)
            # The same window if it is still there, else one with the same title.
            index = next(
                (i for i, w in enumerate(self._windows) if w.window_id == current.window_id != 0),
                self.window_box.findText(current.window_title),
            )
            self.window_box.setCurrentIndex(max(index, 0))
        elif current.kind is CaptureKind.REGION and self._region_px is not None:
            self.region_radio.setChecked(True)
        else:
            self.screen_radio.setChecked(True)
            self.screen_box.setCurrentIndex(
                max(0, min(current.monitor_index - 1, self.screen_box.count() - 1))
            )
        for r in (self.screen_radio, self.window_radio, self.region_radio):
            r.toggled.connect(self._update_summary)
        self.screen_box.currentIndexChanged.connect(self._screen_chosen)
        self.window_box.currentIndexChanged.connect(self._window_chosen)
        self._update_summary()

    # --- choosing ------------------------------------------------
    def _screen_chosen(self, _i: int) -> None:
        self.screen_radio.setChecked(True)
        self._update_summary()

    def _window_chosen(self, _i: int) -> None:
        if self._windows:
            self.window_radio.setChecked(True)
        self._update_summary()

    def current_choice(self) -> CaptureChoice:
        if self.window_radio.isChecked() and self.window_box.currentData() is not None:
            window = self._windows[int(self.window_box.currentData())]
            return CaptureChoice(
                CaptureKind.WINDOW, 1, window.rect_px, window.title, window.window_id
            )
        if self.region_radio.isChecked() and self._region_px is not None:
            return CaptureChoice(CaptureKind.REGION, 1, self._region_px)
        index = int(self.screen_box.currentData() or 1)
        screens = QGuiApplication.screens()
        screen = screens[min(index, len(screens)) - 1]
        return CaptureChoice(CaptureKind.MONITOR, index, screen_rect_px(screen))

    def _update_summary(self) -> None:
        ready = not (self.region_radio.isChecked() and self._region_px is None)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)
        if ready:
            self.summary.setText(
                self.tr("Will record: {what}").format(what=describe_capture(self.current_choice()))
            )
        else:
            self.summary.setText(self.tr("Drag a region first."))

    def _overlay_screen(self) -> QScreen:
        if self._region_px is not None:
            screen = QGuiApplication.screenAt(screen_px_to_logical(self._region_px).center())
            if screen is not None:
                return screen
        return self.screen()

    def drag_region(self) -> None:
        self.region_radio.setChecked(True)
        screen = self._overlay_screen()
        initial = screen_px_to_logical(self._region_px) if self._region_px else None
        self._open_overlay(RegionOverlay(screen, PickMode.REGION, initial=initial))

    def pick_window_on_screen(self) -> None:
        windows = [(w.title, screen_px_to_logical(w.rect_px)) for w in self._windows]
        self._open_overlay(RegionOverlay(self.screen(), PickMode.WINDOW, windows=windows))

    def _open_overlay(self, overlay: RegionOverlay) -> None:
        self._overlay = overlay
        overlay.chosen.connect(self._overlay_chosen)
        overlay.cancelled.connect(self._overlay_closed)
        self.hide()  # keep the dialog out of the still picture and out of the way
        overlay.open()

    def _overlay_chosen(self, rect: QRect) -> None:
        overlay = self._overlay
        screen = overlay.screen() if overlay is not None else self.screen()
        rect_px = logical_rect_to_screen_px(rect, screen)
        pointed_window = next(
            (i for i, w in enumerate(self._windows) if screen_px_to_logical(w.rect_px) == rect),
            None,
        )
        if overlay is not None and overlay.mode is PickMode.WINDOW and pointed_window is not None:
            self.window_box.setCurrentIndex(pointed_window)
            self.window_radio.setChecked(True)
        else:
            self._region_px = rect_px
            self.region_radio.setChecked(True)
        self._overlay_closed()

    def _overlay_closed(self) -> None:
        if self._overlay is not None:
            self._overlay.deleteLater()
            self._overlay = None
        self._update_summary()
        self.show()
        self.raise_()
        self.activateWindow()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setFocus()

    def _accept(self) -> None:
        self.choice = self.current_choice()
        self.accept()

    def choice_rect_logical(self) -> QRect | None:
        return screen_px_to_logical(self.choice.rect_px) if self.choice.rect_px else None
