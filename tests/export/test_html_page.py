"""The student's page in a real headless Chromium, opened from file:// as from a download."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from vidfeedback.export.handin import find_student, read_handin
from vidfeedback.export.package import ExportResult, export_feedback_package
from vidfeedback.export.rubric_csv import load_rubric_csv
from vidfeedback.export.take import read_take_markers

from .chromium import CHROMIUM, Chromium

pytestmark = pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="chromium is not installed")

VIDEO_STATE = """(() => { const v = document.getElementById('video');
  return {t: v.currentTime, ready: v.readyState, error: v.error && v.error.code,
          current: [...document.querySelectorAll('.groups .chapter.current .title')]
                   .map(e => e.textContent)}; })()"""


@pytest.fixture
def exported(take: Path, handin_copy: Callable[[str], Path], shared_fixtures: Path) -> ExportResult:
    handin = read_handin(handin_copy("moodle-4.1/NOR1234-Argumenterende tekst-5521"))
    rubric = load_rubric_csv(shared_fixtures / "rubrics/argumenterende-tekst.excel.csv")
    marks = read_take_markers(take)
    return export_feedback_package(
        take, handin, find_student(handin, "Ola Ødegård"), marks.markers, marks.duration_ms,
        rubric=rubric, lang="nb", note="Se på kildene.",
    )  # fmt: skip


@pytest.fixture
def browser() -> Iterator[Chromium]:
    chromium = Chromium()
    try:
        yield chromium
    finally:
        chromium.close()


def wait_for(browser: Chromium, predicate_js: str, timeout_s: float = 10) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if browser.evaluate(predicate_js):
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {predicate_js}: {browser.evaluate(VIDEO_STATE)}")


def test_click_a_chapter_seeks_and_highlights_without_console_errors(
    exported: ExportResult, browser: Chromium
) -> None:
    # The path has spaces and æøå, like a real hand-in folder.
    assert " " in str(exported.page) and "Ø" in str(exported.page)
    browser.open_page(exported.page.as_uri())
    # Debian's Chromium plays H.264/AAC: metadata loads, so seeking is real, not a default
    # start position waiting for a video that never loads.
    wait_for(browser, "document.getElementById('video').readyState >= 1")
    assert browser.evaluate("document.getElementById('video').duration") == pytest.approx(
        6, abs=0.1
    )
    titles = browser.evaluate(
        "[...document.querySelectorAll('.groups .chapter')].map(b => [b.closest('section')"
        ".querySelector('h3').textContent, b.querySelector('.title').textContent, "
        "parseFloat(b.dataset.start)])"
    )
    assert titles == [
        ["Mål", "Mål: Problemstilling", 0.0],
        ["Tilbakemelding", "Tilbakemelding: Argumentasjon", 1.5],
        ["Tilbakemelding", "Tilbakemelding: Språk & <tegn>", 4.7],
        ["Framovermelding", "Framovermelding: Kildebruk", 3.2],
    ]
    for index, start_s in ((3, 3.2), (1, 1.5)):
        rect = browser.evaluate(
            f"(() => {{ const b = document.querySelectorAll('.groups .chapter')[{index}];"
            "b.scrollIntoView({block: 'center'}); const r = b.getBoundingClientRect();"
            "return [r.x + r.width / 2, r.y + r.height / 2]; })()"
        )
        browser.click(rect[0], rect[1])
        wait_for(
            browser,
            f"Math.abs(document.getElementById('video').currentTime - {start_s}) <= 0.5"
            " && !document.getElementById('video').seeking",
        )
        state = browser.evaluate(VIDEO_STATE)
        assert state["t"] == pytest.approx(start_s, abs=0.5)
        assert state["error"] is None
        assert state["current"] == [titles[index][1]]
    assert browser.console_errors() == []
    # The check above can fail: an error the page logs is seen.
    browser.evaluate("console.error('canary')")
    assert any("canary" in e for e in browser.console_errors())


def test_page_is_self_contained_and_fits_a_phone(exported: ExportResult, browser: Chromium) -> None:
    browser.open_page(exported.page.as_uri(), phone_width_px=375)
    wait_for(browser, "document.getElementById('video').readyState >= 1")
    resources = browser.evaluate("performance.getEntriesByType('resource').map(e => e.name)")
    assert all(r.startswith("file://") for r in resources)
    page_width = browser.evaluate("document.documentElement.scrollWidth")
    assert page_width <= 375  # no sideways scrolling on a phone
    criteria = browser.evaluate(
        "[...document.querySelectorAll('.criterion h3')].map(h => h.textContent)"
    )
    assert criteria[:3] == ["Problemstilling", "Argumentasjon", "Kildebruk"]
    assert browser.evaluate("document.querySelector('.note').textContent") == "Se på kildene."
    assert browser.console_errors() == []
