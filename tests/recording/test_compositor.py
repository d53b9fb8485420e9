"""Compositor: pointer and click rings drawn into BGRA frames of the region. Pen strokes are in
the captured frames already (the app's overlay paints them on screen) and pass through as they
are."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pytest

from vidfeedback.recording.capture.region import Region
from vidfeedback.recording.compositor import (
    HALO_RADIUS_PX,
    RING_END_RADIUS_PX,
    RING_LIFETIME_NS,
    RING_START_RADIUS_PX,
    Click,
    Compositor,
    Frame,
    MouseButton,
)

REGION = Region(100, 50, 200, 160)
T0 = 10_000_000_000


def grey_frame(value: int = 128) -> Frame:
    return np.full((REGION.height, REGION.width, 4), value, np.uint8)


def noise_frame(seed: int = 3) -> Frame:
    rng = np.random.default_rng(seed)
    return rng.integers(0, 256, (REGION.height, REGION.width, 4), dtype=np.uint8)


Mask = npt.NDArray[np.bool_]


def changed(frame: Frame, original: Frame) -> Mask:
    return np.asarray(np.not_equal(frame, original).any(axis=2), dtype=np.bool_)


def bbox(mask: Mask) -> tuple[int, int, int, int]:
    """(top, bottom, left, right) of the true pixels, inclusive."""
    ys, xs = np.nonzero(mask)
    assert len(ys), "nothing was drawn"
    return int(ys.min()), int(ys.max()), int(xs.min()), int(xs.max())


def bgr(frame: Frame, y: int, x: int) -> tuple[int, int, int]:
    b, g, r = (int(v) for v in frame[y, x, :3])
    return b, g, r


@pytest.fixture
def comp() -> Compositor:
    return Compositor(REGION)


def test_nothing_to_draw_leaves_the_frame_alone(comp: Compositor) -> None:
    frame = noise_frame()
    original = frame.copy()
    comp.draw(frame, T0)
    np.testing.assert_array_equal(frame, original)


def test_pointer_is_drawn_at_its_region_coordinates(comp: Compositor) -> None:
    frame = grey_frame()
    original = frame.copy()
    comp.move_pointer(REGION.x + 80, REGION.y + 60)  # screen coordinates
    comp.draw(frame, T0)
    top, bottom, left, right = bbox(changed(frame, original))
    # The halo is centred on the hotspot, which is at (80, 60) in the frame.
    r = HALO_RADIUS_PX
    assert top == pytest.approx(60 - r, abs=1.5)
    assert bottom == pytest.approx(60 + r, abs=1.5)
    assert left == pytest.approx(80 - r, abs=1.5)
    assert right == pytest.approx(80 + r, abs=1.5)
    # The arrow's black body lies just below and right of its tip.
    assert bgr(frame, 60 + 6, 80 + 2) == (0, 0, 0)
    assert bgr(frame, 60 + 12, 80 + 4) == (0, 0, 0)


def test_a_moved_region_draws_the_pointer_relative_to_its_new_origin(comp: Compositor) -> None:
    """The region follows a window: the same screen position lands elsewhere in the picture,
    and a pointer over the new area is drawn where it is, not where the old area had it."""
    moved = Region(REGION.x + 300, REGION.y + 120, REGION.width, REGION.height)
    comp.move_pointer(moved.x + 50, moved.y + 40)  # outside the old region
    before = grey_frame()
    comp.draw(before, T0)
    np.testing.assert_array_equal(before, grey_frame())  # not in the old area: nothing drawn
    comp.move_region(moved)
    frame = grey_frame()
    comp.draw(frame, T0)
    top, bottom, left, right = bbox(changed(frame, grey_frame()))
    r = HALO_RADIUS_PX
    assert top == pytest.approx(40 - r, abs=1.5) and left == pytest.approx(50 - r, abs=1.5)
    assert bottom == pytest.approx(40 + r, abs=1.5) and right == pytest.approx(50 + r, abs=1.5)
    assert bgr(frame, 40 + 6, 50 + 2) == (0, 0, 0)  # the arrow's body below its tip


def test_click_rings_follow_the_moved_region(comp: Compositor) -> None:
    moved = Region(REGION.x - 60, REGION.y + 30, REGION.width, REGION.height)
    comp.move_region(moved)
    comp.click(Click(moved.x + 100, moved.y + 80, MouseButton.LEFT, T0))
    comp.hide_pointer()
    frame = grey_frame()
    comp.draw(frame, T0 + RING_LIFETIME_NS // 2)
    top, bottom, left, right = bbox(changed(frame, grey_frame()))
    assert (top + bottom) / 2 == pytest.approx(80, abs=1.5)
    assert (left + right) / 2 == pytest.approx(100, abs=1.5)


def test_state_key_changes_when_the_region_moves_under_a_still_pointer(comp: Compositor) -> None:
    """The pointer stays put on screen but lands elsewhere in the picture: a new frame."""
    comp.move_pointer(REGION.x + 150, REGION.y + 100)
    a = comp.state_key(T0)
    comp.move_region(Region(REGION.x + 20, REGION.y, REGION.width, REGION.height))
    b = comp.state_key(T0)
    assert a != b and b[0] == a[0]  # the same pointer, a different picture
    comp.move_region(REGION)
    assert comp.state_key(T0) == a


def test_halo_colour_around_the_hotspot(comp: Compositor) -> None:
    frame = grey_frame()
    comp.move_pointer(REGION.x + 80, REGION.y + 60)
    comp.draw(frame, T0)
    # Up, left and up-left of the tip there is no arrow, only the warm yellow halo.
    for dy, dx in [(-12, 0), (0, -12), (-10, -10), (-18, 3)]:
        b, g, r = bgr(frame, 60 + dy, 80 + dx)
        assert b < 128 < g < r, (dy, dx, (b, g, r))
    # Just outside the halo the grey is untouched.
    assert bgr(frame, 60 - 25, 80) == (128, 128, 128)
    assert bgr(frame, 60, 80 - 25) == (128, 128, 128)


def test_pixels_far_from_the_pointer_are_untouched(comp: Compositor) -> None:
    frame = noise_frame()
    original = frame.copy()
    comp.move_pointer(REGION.x + 120, REGION.y + 90)
    comp.draw(frame, T0)
    mask = changed(frame, original)
    ys, xs = np.mgrid[0 : REGION.height, 0 : REGION.width]
    far = np.hypot(xs - 120, ys - 90) > HALO_RADIUS_PX + 2
    assert not mask[far].any()
    assert mask.sum() > 500  # and near it, plenty was drawn
    # The alpha channel is never touched.
    np.testing.assert_array_equal(frame[..., 3], original[..., 3])


@pytest.mark.parametrize(
    ("x", "y"),
    [
        (REGION.x - 1, REGION.y + 10),
        (REGION.x + 10, REGION.y - 1),
        (REGION.x + REGION.width, REGION.y + 10),
        (REGION.x + 10, REGION.y + REGION.height),
        (5, 5),
    ],
)
def test_pointer_outside_the_region_is_not_drawn(comp: Compositor, x: int, y: int) -> None:
    frame = noise_frame()
    original = frame.copy()
    comp.move_pointer(x, y)
    comp.draw(frame, T0)
    np.testing.assert_array_equal(frame, original)
    assert comp.state_key(T0)[0] is None


def test_pointer_at_the_region_edge_is_clipped(comp: Compositor) -> None:
    frame = grey_frame()
    original = frame.copy()
    comp.move_pointer(REGION.x, REGION.y + REGION.height - 1)  # bottom-left corner pixel
    comp.draw(frame, T0)
    top, bottom, left, right = bbox(changed(frame, original))
    assert (bottom, left) == (REGION.height - 1, 0)
    assert top == pytest.approx(REGION.height - 1 - HALO_RADIUS_PX, abs=1.5)
    assert right == pytest.approx(HALO_RADIUS_PX, abs=1.5)


def test_hidden_pointer_is_not_drawn(comp: Compositor) -> None:
    frame = noise_frame()
    original = frame.copy()
    comp.move_pointer(REGION.x + 50, REGION.y + 50)
    comp.hide_pointer()
    comp.draw(frame, T0)
    np.testing.assert_array_equal(frame, original)


def draw_ring(button: MouseButton, age_fraction: float) -> tuple[Frame, Frame]:
    """A click at region (100, 80), drawn age_fraction of a ring's life later, pointer hidden."""
    comp = Compositor(REGION)
    comp.click(Click(REGION.x + 100, REGION.y + 80, button, T0))
    comp.hide_pointer()
    frame = grey_frame()
    original = frame.copy()
    comp.draw(frame, T0 + round(age_fraction * RING_LIFETIME_NS))
    return frame, original


def ring_radius(age_fraction: float) -> float:
    return RING_START_RADIUS_PX + (RING_END_RADIUS_PX - RING_START_RADIUS_PX) * age_fraction


def test_left_and_right_click_rings_differ_in_colour() -> None:
    age = 0.2
    radius = round(ring_radius(age))
    left_frame, _ = draw_ring(MouseButton.LEFT, age)
    right_frame, _ = draw_ring(MouseButton.RIGHT, age)
    for dy, dx in [(0, radius), (0, -radius), (radius, 0), (-radius, 0)]:
        lb, _, lr = bgr(left_frame, 80 + dy, 100 + dx)
        rb, _, rr = bgr(right_frame, 80 + dy, 100 + dx)
        assert lr > 128 + 40 and lb < 128 - 40  # red-orange
        assert rb > 128 + 40 and rr < 128 - 40  # blue
    # The centre of the ring is left alone.
    assert bgr(left_frame, 80, 100) == (128, 128, 128)


def test_right_click_has_a_second_inner_ring() -> None:
    age = 0.5
    inner = round(ring_radius(age) * 0.6)
    left_frame, original = draw_ring(MouseButton.LEFT, age)
    right_frame, _ = draw_ring(MouseButton.RIGHT, age)
    assert bgr(left_frame, 80, 100 + inner) == (128, 128, 128)
    assert bgr(right_frame, 80, 100 + inner) != (128, 128, 128)
    assert changed(right_frame, original).sum() > changed(left_frame, original).sum()


def test_ring_grows_and_fades() -> None:
    young, original = draw_ring(MouseButton.LEFT, 0.1)
    old, _ = draw_ring(MouseButton.LEFT, 0.8)
    _, _, yl, yr = bbox(changed(young, original))
    _, _, ol, or_ = bbox(changed(old, original))
    assert or_ - ol > yr - yl  # bigger
    young_red = bgr(young, 80, 100 + round(ring_radius(0.1)))[2]
    old_red = bgr(old, 80, 100 + round(ring_radius(0.8)))[2]
    assert young_red > old_red > 128  # fainter, but still there


def test_rings_expire_after_their_lifetime(comp: Compositor) -> None:
    comp.click(Click(REGION.x + 100, REGION.y + 80, MouseButton.LEFT, T0))
    comp.hide_pointer()
    frame = grey_frame()
    original = frame.copy()
    comp.draw(frame, T0 + RING_LIFETIME_NS // 2)
    assert changed(frame, original).any()
    frame = grey_frame()
    comp.draw(frame, T0 + RING_LIFETIME_NS)
    np.testing.assert_array_equal(frame, original)
    assert comp.state_key(T0 + RING_LIFETIME_NS)[1] is None


def test_click_moves_the_pointer(comp: Compositor) -> None:
    comp.click(Click(REGION.x + 30, REGION.y + 40, MouseButton.LEFT, T0))
    assert comp.state_key(T0 + RING_LIFETIME_NS)[0] == (REGION.x + 30, REGION.y + 40)


def test_state_key_is_stable_while_nothing_changes(comp: Compositor) -> None:
    comp.move_pointer(REGION.x + 10, REGION.y + 10)
    key = comp.state_key(T0)
    assert comp.state_key(T0 + 1) == key
    assert comp.state_key(T0 + 10 * RING_LIFETIME_NS) == key
    comp.move_pointer(REGION.x + 10, REGION.y + 10)  # the same place again
    assert comp.state_key(T0 + 2) == key


def test_state_key_changes_with_the_pointer(comp: Compositor) -> None:
    comp.move_pointer(REGION.x + 10, REGION.y + 10)
    a = comp.state_key(T0)
    comp.move_pointer(REGION.x + 11, REGION.y + 10)
    b = comp.state_key(T0)
    comp.hide_pointer()
    c = comp.state_key(T0)
    assert len({a, b, c}) == 3


def test_state_key_ignores_moves_outside_the_region(comp: Compositor) -> None:
    comp.move_pointer(0, 0)
    a = comp.state_key(T0)
    comp.move_pointer(1, 1)
    assert comp.state_key(T0) == a
    comp.hide_pointer()
    assert comp.state_key(T0) == a  # outside and hidden draw the same nothing


def test_state_key_changes_while_a_ring_is_live(comp: Compositor) -> None:
    comp.click(Click(REGION.x + 10, REGION.y + 10, MouseButton.RIGHT, T0))
    assert comp.state_key(T0 + 1) != comp.state_key(T0 + 2)
    after = T0 + RING_LIFETIME_NS
    assert comp.state_key(after) == comp.state_key(after + 1)


def highlighted_frame() -> tuple[Frame, Mask]:
    """A captured frame of a page with a highlighter stroke on it, as the pen overlay put it on
    screen: translucent yellow (255, 235, 59, alpha 110) over white and over black text."""
    frame = grey_frame(255)
    frame[60:64, 20:180, :3] = 0  # a line of text
    band = np.zeros(frame.shape[:2], np.bool_)
    band[53:71, 30:170] = True
    a = 110 / 255
    yellow_bgr = np.array([59, 235, 255], np.float32)
    frame[band, :3] = np.round(frame[band, :3] * (1 - a) + yellow_bgr * a).astype(np.uint8)
    return frame, band


def test_a_stroke_in_the_capture_is_recorded_once_as_captured(comp: Compositor) -> None:
    frame, band = highlighted_frame()
    original = frame.copy()
    comp.move_pointer(REGION.x + 100, REGION.y + 140)  # on the page, away from the stroke
    comp.draw(frame, T0)
    np.testing.assert_array_equal(frame[band], original[band])  # not tinted a second time
    assert bgr(frame, 55, 100) == (170, 246, 255)  # yellow once over white
    assert bgr(frame, 61, 100) == (25, 101, 110)  # yellow once over the black text


def test_the_pointer_is_drawn_over_a_stroke_and_nowhere_else(comp: Compositor) -> None:
    frame, band = highlighted_frame()
    original = frame.copy()
    tip_x, tip_y = 100, 62
    comp.move_pointer(REGION.x + tip_x, REGION.y + tip_y)
    comp.draw(frame, T0)
    assert bgr(frame, tip_y + 3, tip_x + 1) == (0, 0, 0)  # the arrow, on top of the stroke
    top, bottom, left, right = bbox(changed(frame, original))
    reach = HALO_RADIUS_PX + 25  # the halo around the tip, the arrow below and right of it
    assert top >= tip_y - reach and bottom <= tip_y + reach
    assert left >= tip_x - reach and right <= tip_x + reach
    far = band.copy()
    far[:, tip_x - int(reach) : tip_x + int(reach) + 1] = False
    np.testing.assert_array_equal(frame[far], original[far])


def test_larger_scale_draws_a_larger_pointer() -> None:
    frames = []
    for scale in (1.0, 2.0):
        comp = Compositor(REGION, scale=scale)
        comp.move_pointer(REGION.x + 100, REGION.y + 80)
        frame = grey_frame()
        original = frame.copy()
        comp.draw(frame, T0)
        frames.append(bbox(changed(frame, original)))
    (t1, b1, _, _), (t2, b2, _, _) = frames
    assert b2 - t2 == pytest.approx(2 * (b1 - t1), abs=3)
