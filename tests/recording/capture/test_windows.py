"""Windows on a real X server (Xvfb): listed with their ids, and a watch on one says where it is
now, that it was minimised (unmapped) or closed, and finds a remembered window by its title."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from support.realstack import ColourWindow, XDisplay, xdotool
from vidfeedback.recording.capture.windows import (
    WindowPlace,
    WindowState,
    list_windows,
    watch_window,
)

TITLE = "Kari Nordmann – essay.odt"


@pytest.fixture
def document(x_display: XDisplay, monkeypatch: pytest.MonkeyPatch) -> Iterator[ColourWindow]:
    monkeypatch.setenv("DISPLAY", x_display.name)
    window = ColourWindow(x_display, 120, 90, 500, 300, (240, 240, 240), TITLE)
    try:
        yield window
    finally:
        window.close()


def test_listed_windows_carry_their_id(document: ColourWindow) -> None:
    ours = [w for w in list_windows() if w.title == TITLE]
    assert [(w.rect_px, w.window_id) for w in ours] == [((120, 90, 500, 300), document.id)]


def test_a_watch_follows_the_window_until_it_is_closed(
    x_display: XDisplay, document: ColourWindow
) -> None:
    watch = watch_window(document.id, TITLE)
    assert watch is not None and watch.title == TITLE
    try:
        assert watch.place() == WindowPlace(WindowState.SHOWN, (120, 90, 500, 300))
        xdotool(x_display, "windowmove", str(document.id), "700", "400")
        assert watch.place() == WindowPlace(WindowState.SHOWN, (700, 400, 500, 300))
        document.unmap()  # what a window manager does to a minimised window
        assert watch.place() == WindowPlace(WindowState.HIDDEN)
        document.close()
        assert watch.place() == WindowPlace(WindowState.GONE)
    finally:
        watch.close()
    assert watch.place() == WindowPlace(WindowState.GONE)  # closed watches ask nobody


def test_a_remembered_window_is_found_by_its_title(document: ColourWindow) -> None:
    for stale_id in (0, document.id + 0x1000):  # an earlier run's id, or none kept
        watch = watch_window(stale_id, TITLE)
        assert watch is not None
        try:
            assert watch.place() == WindowPlace(WindowState.SHOWN, (120, 90, 500, 300))
        finally:
            watch.close()
    nowhere = watch_window(0, "A window that is not open")
    assert nowhere is not None
    try:
        assert nowhere.place() == WindowPlace(WindowState.GONE)
    finally:
        nowhere.close()


def test_no_watch_without_an_x_server(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    assert watch_window(0x400003, TITLE) is None
