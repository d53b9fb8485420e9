"""Finding a scroll in a grab: the shift, the rows that moved, and what stayed put."""

from __future__ import annotations

import numpy as np
import pytest

from vidfeedback.recording.canvas import _memcmp
from vidfeedback.recording.scrolls import MIN_MOVED_ROWS, find_scroll

MEMCMP = _memcmp()
W, H = 480, 360
pytestmark = pytest.mark.skipif(MEMCMP is None, reason="needs the C library's memcmp")


def document(seed: int, rows: int = 1200) -> np.ndarray:
    """A tall page of text lines (20 rows each, 14 of ink) as BGRA words, one per pixel."""
    rng = np.random.default_rng(seed)
    page = np.full((rows, W), 0xFFF5F5F5, np.uint32)
    for top in range(4, rows - 20, 20):
        x = 12
        while x < W - 40:
            word = int(rng.integers(8, 40))
            ink = rng.integers(0x40, 0xA0, (14, word)).astype(np.uint32) * 0x010101 + 0xFF000000
            page[top : top + 14, x : x + word] = ink
            x += word + int(rng.integers(4, 9))
    return page


def view(page: np.ndarray, top: int) -> np.ndarray:
    return np.ascontiguousarray(page[top : top + H])


@pytest.mark.parametrize("dy", [2, 20, 60, 61, -40, 200])
def test_a_scroll_is_found_with_its_shift_and_moved_rows(dy: int) -> None:
    page = document(1)
    old, new = view(page, 400), view(page, 400 + dy)
    assert MEMCMP is not None
    scroll = find_scroll(new, old, (0, H), MEMCMP)
    assert scroll is not None
    assert scroll.dy == dy
    # Row i of the new view is row i + dy of the old one, wherever that exists.
    assert scroll.moved_rows == (max(0, -dy), min(H, H - dy))
    assert scroll.unmatched == []


def test_what_does_not_move_with_the_text_is_reported() -> None:
    """A scroll bar's thumb on the right moves a little, not by the text's shift."""
    page = document(2)
    old, new = view(page, 300).copy(), view(page, 360).copy()
    old[100:180, W - 12 : W - 2] = 0xFF808080
    new[104:184, W - 12 : W - 2] = 0xFF808080
    assert MEMCMP is not None
    scroll = find_scroll(new, old, (0, H), MEMCMP)
    assert scroll is not None and scroll.dy == 60
    # Every pixel outside the reported boxes follows the shift, and each box holds a change.
    follows = np.zeros((H, W), bool)
    o0, o1 = scroll.moved_rows
    follows[o0:o1] = new[o0:o1] == old[o0 + 60 : o1 + 60]
    covered = np.zeros((H, W), bool)
    for c0, r0, c1, r1 in scroll.unmatched:
        covered[r0:r1, c0:c1] = True
        assert not follows[r0:r1, c0:c1].all()
    assert follows[o0:o1][~covered[o0:o1]].all()
    assert all(c0 >= W - 12 for c0, _, _, _ in scroll.unmatched)


def test_a_change_that_is_no_scroll_is_not_taken_for_one() -> None:
    page = document(3)
    other = document(4)
    assert MEMCMP is not None
    assert find_scroll(view(other, 0), view(page, 0), (0, H), MEMCMP) is None
    # Typing into one line: the rows changed are too few to be worth moving.
    typed = view(page, 0).copy()
    typed[44:58, 100:180] = 0xFF000000
    assert find_scroll(typed, view(page, 0), (44, 58), MEMCMP) is None
    assert MIN_MOVED_ROWS > 58 - 44


def test_the_old_rows_may_be_a_view_into_a_wider_picture() -> None:
    """The canvas passes its stored picture as a strided view of the grab's columns."""
    page = document(5)
    wide = np.full((H, W + 100), 0xFF000000, np.uint32)
    wide[:, 60 : 60 + W] = view(page, 500)
    assert MEMCMP is not None
    scroll = find_scroll(view(page, 540), wide[:, 60 : 60 + W], (0, H), MEMCMP)
    assert scroll is not None and scroll.dy == 40
