"""The YUV canvas: converting only what changed gives exactly the bytes of a whole conversion."""

from __future__ import annotations

import av
import numpy as np
import pytest
from av.video.reformatter import VideoReformatter

from vidfeedback.recording.canvas import YuvCanvas, convert_bgra, plane_views
from vidfeedback.recording.capture.region import Region
from vidfeedback.recording.compositor import Box, Click, Compositor, Frame, MouseButton

W, H = 640, 360


def page(seed: int) -> Frame:
    """Text-like content: dark glyph-sized strokes on light paper, with colour, so the chroma
    filters see edges everywhere."""
    rng = np.random.default_rng(seed)
    frame = np.full((H, W, 4), 245, np.uint8)
    for _ in range(400):
        x, y = int(rng.integers(0, W - 12)), int(rng.integers(0, H - 14))
        frame[y : y + int(rng.integers(2, 14)), x : x + int(rng.integers(1, 12)), :3] = (
            rng.integers(0, 256, 3)
        )
    return frame


def yuv_of(frame: Frame) -> list[np.ndarray]:
    return [p.copy() for p in plane_views(convert_bgra(frame))]


def composed(
    canvas: YuvCanvas, compositor: Compositor | None = None, now_ns: int = 0
) -> list[np.ndarray]:
    out = av.VideoFrame(W, H, "yuv420p")
    canvas.compose(out, compositor.overlay(now_ns) if compositor else None, None)
    return [p.copy() for p in plane_views(out)]


def assert_same_yuv(got: list[np.ndarray], want: list[np.ndarray]) -> None:
    for name, g, w in zip("YUV", got, want, strict=True):
        diff = np.argwhere(g != w)
        assert len(diff) == 0, (
            f"{name} differs at {len(diff)} samples, first at (row, col) {diff[0]}"
        )


def test_the_first_grab_is_converted_whole() -> None:
    canvas = YuvCanvas(W, H)
    first = page(1)
    assert canvas.take(first) == [(0, 0, W, H)]
    canvas.convert_all()
    assert_same_yuv(composed(canvas), yuv_of(first))


def test_an_unchanged_grab_changes_nothing() -> None:
    canvas = YuvCanvas(W, H)
    first = page(1)
    canvas.take(first)
    assert canvas.take(first.copy()) == []


@pytest.mark.parametrize("seed", range(12))
def test_changed_boxes_converted_alone_equal_a_whole_conversion(seed: int) -> None:
    """Strips of typing, a caret, a scrolled part: after converting only the changed boxes the
    planes are byte for byte those of converting the new frame whole."""
    rng = np.random.default_rng(100 + seed)
    canvas = YuvCanvas(W, H)
    frame = page(seed)
    canvas.take(frame)
    canvas.convert_all()
    for _ in range(4):
        frame = frame.copy()
        for _ in range(int(rng.integers(1, 4))):
            x0, y0 = int(rng.integers(0, W - 1)), int(rng.integers(0, H - 1))
            x1 = min(W, x0 + int(rng.integers(1, 200)))
            y1 = min(H, y0 + int(rng.integers(1, 120)))
            frame[y0:y1, x0:x1, :3] = rng.integers(0, 256, (y1 - y0, x1 - x0, 3))
        boxes = canvas.take(frame)
        assert boxes, "a change must be found"
        canvas.convert(boxes)
        assert np.array_equal(canvas.bgra, frame)
        assert_same_yuv(composed(canvas), yuv_of(frame))


def test_a_one_pixel_change_at_each_corner_is_found_and_converted() -> None:
    canvas = YuvCanvas(W, H)
    frame = page(3)
    canvas.take(frame)
    canvas.convert_all()
    for x, y in ((0, 0), (W - 1, 0), (0, H - 1), (W - 1, H - 1), (W // 2 + 1, H // 2 + 1)):
        frame = frame.copy()
        frame[y, x, :3] = 255 - frame[y, x, :3]
        boxes = canvas.take(frame)
        assert len(boxes) == 1
        bx0, by0, bx1, by1 = boxes[0]
        assert bx0 <= x < bx1 and by0 <= y < by1
        canvas.convert(boxes)
        assert_same_yuv(composed(canvas), yuv_of(frame))


def test_a_grab_of_part_of_the_picture_updates_that_part() -> None:
    """Damage-driven capture grabs only a damaged area."""
    canvas = YuvCanvas(W, H)
    frame = page(4)
    canvas.take(frame)
    canvas.convert_all()
    frame = frame.copy()
    frame[100:140, 200:260, :3] = (10, 200, 30)
    boxes = canvas.take(frame[96:160, 192:320], 192, 96)
    assert boxes == [(200, 100, 260, 140)]
    canvas.convert(boxes)
    assert_same_yuv(composed(canvas), yuv_of(frame))


@pytest.mark.parametrize(
    ("px", "py"), [(300, 200), (0, 0), (W - 1, H - 1), (5, H - 3), (W + 30, 20)]
)
def test_the_pointer_and_rings_are_drawn_as_a_whole_frame_drawing_would(px: int, py: int) -> None:
    canvas = YuvCanvas(W, H)
    frame = page(5)
    canvas.take(frame)
    canvas.convert_all()
    compositor = Compositor(Region(100, 50, W, H))
    compositor.move_pointer(100 + px, 50 + py)
    compositor.click(Click(100 + px - 20, 50 + py + 10, MouseButton.RIGHT, t_ns=0))
    drawn = frame.copy()
    compositor.draw(drawn, 100_000_000)
    assert_same_yuv(composed(canvas, compositor, 100_000_000), yuv_of(drawn))
    # The canvas itself keeps the screen without the pointer.
    assert_same_yuv(composed(canvas), yuv_of(frame))


class RectMask:
    """A masked rectangle (x0, y0, x1, y1) of the picture, shown as `hidden` (its size)."""

    def __init__(self, box: Box, hidden: Frame) -> None:
        self._box, self._hidden = box, hidden

    def boxes(self) -> list[Box]:
        return [self._box]

    def paint(self, patch: Frame, px: int, py: int) -> None:
        bx0, by0, bx1, by1 = self._box
        h, w = patch.shape[:2]
        ax0, ay0 = max(bx0 - px, 0), max(by0 - py, 0)
        ax1, ay1 = min(bx1 - px, w), min(by1 - py, h)
        if ax0 < ax1 and ay0 < ay1:
            patch[ay0:ay1, ax0:ax1] = self._hidden[
                ay0 + py - by0 : ay1 + py - by0, ax0 + px - bx0 : ax1 + px - bx0
            ]


def test_the_mask_is_painted_into_the_converted_picture() -> None:
    canvas = YuvCanvas(W, H)
    frame = page(6)
    hidden = np.zeros((40, 120, 4), np.uint8)
    hidden[..., 1] = 180

    mask = RectMask((500, 300, 620, 340), hidden)
    canvas.take(frame)
    canvas.convert_all(mask)
    want = frame.copy()
    want[300:340, 500:620] = hidden
    assert_same_yuv(composed(canvas), yuv_of(want))
    frame = frame.copy()
    frame[310:330, 480:560, :3] = 0  # a change partly under the mask
    canvas.convert(canvas.take(frame), mask)
    want = frame.copy()
    want[300:340, 500:620] = hidden
    assert_same_yuv(composed(canvas), yuv_of(want))
    frame = frame.copy()
    frame[40:80, 60:160, :3] = 255  # far from the mask: converted from the canvas in place
    canvas.convert(canvas.take(frame), mask)
    want = frame.copy()
    want[300:340, 500:620] = hidden
    assert_same_yuv(composed(canvas), yuv_of(want))
    # The canvas keeps the screen as it is, never the mask.
    assert np.array_equal(canvas.bgra, frame)


def test_an_odd_picture_size_is_refused() -> None:
    with pytest.raises(ValueError, match="even"):
        YuvCanvas(641, 360)


def test_the_conversion_is_the_one_the_encoder_made_of_bgra_frames() -> None:
    """Before the canvas the encoder converted each BGRA frame itself (swscale with its slice
    threads); the canvas's conversion gives the same bytes, so the pictures are unchanged."""
    frame = av.VideoFrame.from_numpy_buffer(page(7), format="bgra")
    frame.colorspace = 1
    encoders_own = VideoReformatter().reformat(frame, W, H, "yuv420p", threads=2)
    assert_same_yuv(yuv_of(page(7)), [p.copy() for p in plane_views(encoders_own)])


def test_a_damaged_area_is_narrowed_to_its_changed_rows_and_an_unchanged_one_ignored() -> None:
    """A grab of a damaged area (contiguous, as the grabber gives it) is compared row by row:
    the box keeps the area's columns and only the rows that changed; an area the server
    reported but that was repainted unchanged gives nothing."""
    canvas = YuvCanvas(W, H)
    frame = page(8)
    canvas.take(frame)
    canvas.convert_all()
    assert canvas.take(np.ascontiguousarray(frame[96:160, 192:320]), 192, 96) == []
    frame = frame.copy()
    frame[100:140, 200:260, :3] = (10, 200, 30)
    boxes = canvas.take(np.ascontiguousarray(frame[96:160, 192:320]), 192, 96)
    assert boxes == [(192, 100, 320, 140)]
    canvas.convert(boxes)
    assert_same_yuv(composed(canvas), yuv_of(frame))


def document(seed: int, rows: int = 1400, width: int = W) -> Frame:
    """A tall page of coloured text lines (20 rows apart) in BGRA, to be scrolled through."""
    rng = np.random.default_rng(seed)
    doc = np.full((rows, width, 4), 250, np.uint8)
    for top in range(4, rows - 20, 20):
        x = 10
        while x < width - 40:
            word = int(rng.integers(8, 40))
            doc[top : top + 14, x : x + word, :3] = rng.integers(0, 256, (14, word, 3))
            x += word + int(rng.integers(4, 9))
    return doc


EDITOR = (38, 22, 574, 340)  # x0, y0, x1, y1: odd and even edges, away from the picture's


def editor_screen(doc: Frame, top: int, editor: Box = EDITOR) -> Frame:
    """page(9) with an editor showing doc from row `top`, and a scroll bar whose thumb follows."""
    x0, y0, x1, y1 = editor
    frame = page(9)
    frame[y0:y1, x0 : x1 - 12] = doc[top : top + y1 - y0, : x1 - 12 - x0]
    frame[y0:y1, x1 - 12 : x1] = (200, 200, 200, 255)
    thumb = y0 + top * (y1 - y0 - 40) // len(doc)
    frame[thumb : thumb + 40, x1 - 10 : x1 - 2] = (90, 90, 90, 255)
    return frame


@pytest.mark.parametrize("dy", [2, 20, 60, -40, 120, 240, -260])
def test_a_scrolled_area_is_moved_and_gives_exactly_a_whole_conversion(dy: int) -> None:
    """A scroll in a damaged area: the converted rows are moved, what scrolled into view, the
    scroll bar and a margin around the area are converted, and the planes are byte for byte a
    whole conversion of the new screen."""
    doc = document(10)
    canvas = YuvCanvas(W, H)
    before = editor_screen(doc, 500)
    canvas.take(before)
    canvas.convert_all()
    after = editor_screen(doc, 500 + dy)
    x0, y0, x1, y1 = EDITOR
    converted = canvas.pixels_converted
    boxes = canvas.take(np.ascontiguousarray(after[y0:y1, x0:x1]), x0, y0)
    canvas.convert(boxes)
    assert_same_yuv(composed(canvas), yuv_of(after))
    assert np.array_equal(canvas.bgra, after)
    # Moved when that converts less than the area (a long jump leaves little to move).
    converted = canvas.pixels_converted - converted
    assert canvas.scrolls_moved == (1 if converted < (x1 - x0) * (y1 - y0) else 0)
    if abs(dy) <= 60:
        assert canvas.scrolls_moved == 1


def test_a_scroll_at_1080p_converts_a_fraction_of_the_area() -> None:
    """The benchmark's case: an editor over most of a 1080p screen scrolled by three lines."""
    w, h = 1920, 1080
    doc = document(14, rows=2400, width=1640)
    screen = np.full((h, w, 4), 255, np.uint8)
    canvas = YuvCanvas(w, h)
    screen[:, :1640] = doc[600 : 600 + h]
    canvas.take(screen)
    canvas.convert_all()
    screen = screen.copy()
    screen[:, :1640] = doc[660 : 660 + h]
    converted = canvas.pixels_converted
    canvas.convert(canvas.take(np.ascontiguousarray(screen[:, :1640]), 0, 0))
    assert canvas.scrolls_moved == 1
    assert canvas.pixels_converted - converted < 0.3 * 1640 * 1080
    want = plane_views(convert_bgra(screen))
    got = plane_views(canvas._yuv)
    for g, wnt in zip(got, want, strict=True):
        assert np.array_equal(g, wnt)


@pytest.mark.parametrize("dy", [20, -60])
def test_a_whole_picture_scroll_is_moved_too(dy: int) -> None:
    """Without damage reports the whole picture is grabbed and compared."""
    doc = document(11, width=W)
    canvas = YuvCanvas(W, H)
    canvas.take(np.ascontiguousarray(doc[300 : 300 + H]))
    canvas.convert_all()
    after = np.ascontiguousarray(doc[300 + dy : 300 + dy + H])
    for exact in (False, True):
        canvas.convert(canvas.take(after, exact=exact))
        assert_same_yuv(composed(canvas), yuv_of(after))
        after = np.ascontiguousarray(doc[300 : 300 + H])
    assert canvas.scrolls_moved == 2


def test_an_odd_scroll_is_moved_and_its_chroma_made_exact_over_the_next_ticks() -> None:
    """One chroma row covers two pixel rows: after a shift by an odd number of rows the moved
    chroma is half a row off. The luma is exact at once, and repay() converts the area in
    bands, within its budget per tick, until all of it is exact again."""
    doc = document(12)
    canvas = YuvCanvas(W, H)
    canvas.take(editor_screen(doc, 500))
    canvas.convert_all()
    after = editor_screen(doc, 521)
    x0, y0, x1, y1 = EDITOR
    canvas.convert(canvas.take(np.ascontiguousarray(after[y0:y1, x0:x1]), x0, y0))
    assert canvas.scrolls_moved == 1
    assert canvas.owes
    got, want = composed(canvas), yuv_of(after)
    assert np.array_equal(got[0], want[0])
    assert not np.array_equal(got[1], want[1])  # the coloured text's chroma is a row off
    budget = W * H // 8
    # The tick of the scroll already converted more than the budget: nothing more then.
    assert canvas.repay(budget) == []
    ticks = 0
    while canvas.owes:
        bands = canvas.repay(budget)
        assert bands and all(_area(b) <= budget for b in bands)
        ticks += 1
    assert 2 <= ticks <= 10
    assert_same_yuv(composed(canvas), yuv_of(after))


def test_an_odd_scroll_of_black_text_on_white_owes_nothing_to_convert() -> None:
    """Grey converts to chroma 128 whatever rows are paired: an odd scroll of grey text is
    exact at once, and repaying it only checks the bands (no conversion, no new picture)."""
    doc = document(16)
    doc[..., :3] = doc[..., :1]  # grey text; the screen around the editor stays coloured
    canvas = YuvCanvas(W, H)
    canvas.take(editor_screen(doc, 500))
    canvas.convert_all()
    after = editor_screen(doc, 563)
    x0, y0, x1, y1 = EDITOR
    canvas.convert(canvas.take(np.ascontiguousarray(after[y0:y1, x0:x1]), x0, y0))
    assert canvas.scrolls_moved == 1
    assert_same_yuv(composed(canvas), yuv_of(after))
    converted = canvas.pixels_converted
    while canvas.owes:
        assert canvas.repay(W * H // 8) == []
    assert canvas.pixels_converted == converted


def _area(box: Box) -> int:
    return (box[2] - box[0]) * (box[3] - box[1])


def test_a_scroll_next_to_the_rows_scrolled_into_view_is_moved() -> None:
    """The X server reports the moved part and the rows scrolled into view as two areas, next
    to each other: grabbed apart in one tick, the scroll is still moved."""
    doc = document(15)
    canvas = YuvCanvas(W, H)
    canvas.take(editor_screen(doc, 500))
    canvas.convert_all()
    after = editor_screen(doc, 560)
    x0, y0, x1, y1 = EDITOR
    split = y1 - 60
    boxes = canvas.take(np.ascontiguousarray(after[y0:split, x0:x1]), x0, y0)
    boxes += canvas.take(np.ascontiguousarray(after[split:y1, x0:x1]), x0, split)
    canvas.convert(boxes)
    assert canvas.scrolls_moved == 1
    assert_same_yuv(composed(canvas), yuv_of(after))


def test_a_scroll_next_to_the_mask_or_another_change_is_converted() -> None:
    """The mask is painted into the converted rows, and another grab's rows are not converted
    yet when the scroll would move them: then the area is converted as before."""
    doc = document(13)
    x0, y0, x1, y1 = EDITOR
    hidden = np.zeros((30, 60, 4), np.uint8)
    mask = RectMask((100, 200, 160, 230), hidden)
    canvas = YuvCanvas(W, H)
    canvas.take(editor_screen(doc, 500))
    canvas.convert_all(mask)
    after = editor_screen(doc, 560)
    canvas.convert(canvas.take(np.ascontiguousarray(after[y0:y1, x0:x1]), x0, y0), mask)
    assert canvas.scrolls_moved == 0
    want = after.copy()
    want[200:230, 100:160] = hidden
    assert_same_yuv(composed(canvas), yuv_of(want))

    canvas = YuvCanvas(W, H)
    canvas.take(editor_screen(doc, 500))
    canvas.convert_all()
    after = editor_screen(doc, 560)
    # Drawn across the editor's top edge, reported as an area of its own and grabbed first:
    # the scroll's grab then compares its rows with pixels whose conversion is still to come.
    after[2:30, 300:400, :3] = 0
    boxes = canvas.take(np.ascontiguousarray(after[0:30, 300:400]), 300, 0)
    boxes += canvas.take(np.ascontiguousarray(after[y0:y1, x0:x1]), x0, y0)
    canvas.convert(boxes)
    assert canvas.scrolls_moved == 0
    assert_same_yuv(composed(canvas), yuv_of(after))


@pytest.mark.parametrize("seed", range(16))
def test_scrolls_anywhere_give_exactly_a_whole_conversion(seed: int) -> None:
    """Editors of any size and place, at the picture's edges too, scrolled up and down in turn,
    grabbed as their area or as the whole picture: always a whole conversion's bytes."""
    rng = np.random.default_rng(200 + seed)
    doc = document(300 + seed)
    if seed % 2:
        doc[..., :3] = doc[..., :1]  # grey text, in a coloured screen: repay only checks it
    x0, y0 = int(rng.choice([0, int(rng.integers(1, 200))])), int(rng.choice([0, 1, 7, 30]))
    # Large enough that moving pays at this small picture size.
    x1 = int(rng.choice([W, int(rng.integers(x0 + 300, W))]))
    y1 = int(rng.choice([H, H - 1, int(rng.integers(y0 + 240, H))]))
    canvas = YuvCanvas(W, H)
    top = 400
    canvas.take(editor_screen(doc, top, (x0, y0, x1, y1)))
    canvas.convert_all()
    for _ in range(5):
        top += int(rng.choice([-60, -20, -2, 2, 4, 20, 40, 60, 80, 33]))
        after = editor_screen(doc, top, (x0, y0, x1, y1))
        if rng.random() < 0.3:
            boxes = canvas.take(after, exact=bool(rng.random() < 0.5))
        else:
            boxes = canvas.take(np.ascontiguousarray(after[y0:y1, x0:x1]), x0, y0)
        canvas.convert(boxes)
        canvas.repay(W * H // 8)
        if not canvas.owes:
            assert_same_yuv(composed(canvas), yuv_of(after))
    while canvas.owes:
        canvas.repay(W * H // 8)
    assert_same_yuv(composed(canvas), yuv_of(after))
    assert canvas.scrolls_moved > 0
