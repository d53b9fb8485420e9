"""Region: parsing X,Y,W,H, even sides for 4:2:0, and the on-screen check."""

from __future__ import annotations

import pytest

from vidfeedback.recording.capture.region import Region, RegionError

SCREEN = Region(0, 0, 1920, 1080)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0,0,1920,1080", Region(0, 0, 1920, 1080)),
        ("10, 20, 300, 400", Region(10, 20, 300, 400)),
        (" 5 ,6,7 , 8 ", Region(5, 6, 7, 8)),
        ("-1920,0,1920,1080", Region(-1920, 0, 1920, 1080)),  # a monitor left of the primary
    ],
)
def test_parse(text: str, expected: Region) -> None:
    assert Region.parse(text) == expected


@pytest.mark.parametrize("text", ["", "1,2,3", "1,2,3,4,5", "1;2;3;4", "1x2+3+4"])
def test_parse_needs_four_parts(text: str) -> None:
    with pytest.raises(RegionError, match="four numbers"):
        Region.parse(text)


@pytest.mark.parametrize("text", ["a,b,c,d", "1,2,3.5,4", "1,2,,4", "0x10,0,10,10"])
def test_parse_needs_whole_numbers(text: str) -> None:
    with pytest.raises(RegionError, match="whole numbers") as info:
        Region.parse(text)
    assert repr(text) in str(info.value)  # the message shows what was typed


def test_region_error_is_a_value_error() -> None:
    assert issubclass(RegionError, ValueError)


@pytest.mark.parametrize(
    ("region", "expected"),
    [
        (Region(3, 5, 640, 480), Region(3, 5, 640, 480)),
        (Region(3, 5, 641, 480), Region(3, 5, 640, 480)),
        (Region(3, 5, 640, 481), Region(3, 5, 640, 480)),
        (Region(1, 1, 1279, 719), Region(1, 1, 1278, 718)),
    ],
)
def test_even_crops_odd_sides_and_keeps_the_origin(region: Region, expected: Region) -> None:
    assert region.even() == expected
    assert region.even().even() == expected


def test_contains_is_half_open() -> None:
    r = Region(10, 20, 30, 40)
    assert r.contains(10, 20)
    assert r.contains(39, 59)
    assert not r.contains(40, 20)
    assert not r.contains(10, 60)
    assert not r.contains(9, 30)
    assert not r.contains(20, 19)


@pytest.mark.parametrize(
    "region",
    [
        SCREEN,
        Region(0, 0, 16, 16),
        Region(1904, 1064, 16, 16),
        Region(100, 100, 800, 600),
    ],
)
def test_check_inside_accepts_regions_on_the_screen(region: Region) -> None:
    region.check_inside(SCREEN)


@pytest.mark.parametrize(
    "region",
    [
        Region(-1, 0, 100, 100),
        Region(0, -1, 100, 100),
        Region(1821, 0, 100, 100),
        Region(0, 981, 100, 100),
        Region(0, 0, 1921, 1080),
        Region(5000, 5000, 100, 100),
    ],
)
def test_check_inside_rejects_regions_off_the_screen(region: Region) -> None:
    with pytest.raises(RegionError, match="outside the screen"):
        region.check_inside(SCREEN)


def test_check_inside_with_a_screen_not_at_the_origin() -> None:
    second = Region(1920, 0, 1280, 1024)
    Region(1920, 0, 1280, 1024).check_inside(second)
    Region(2000, 100, 200, 200).check_inside(second)
    with pytest.raises(RegionError):
        Region(1900, 100, 200, 200).check_inside(second)
    with pytest.raises(RegionError):
        Region(3100, 100, 200, 200).check_inside(second)


@pytest.mark.parametrize(
    "region", [Region(0, 0, 15, 100), Region(0, 0, 100, 15), Region(0, 0, 0, 0)]
)
def test_check_inside_rejects_tiny_regions(region: Region) -> None:
    with pytest.raises(RegionError, match="too small"):
        region.check_inside(SCREEN)


def test_moved_to_keeps_the_size() -> None:
    assert Region(10, 20, 300, 200).moved_to(-5, 700) == Region(-5, 700, 300, 200)


@pytest.mark.parametrize(
    ("region", "expected"),
    [
        (Region(100, 100, 800, 600), Region(100, 100, 800, 600)),  # on the screen: as it is
        (Region(1500, 100, 800, 600), Region(1120, 100, 800, 600)),  # off the right edge
        (Region(100, 700, 800, 600), Region(100, 480, 800, 600)),  # off the bottom
        (Region(-50, -30, 800, 600), Region(0, 0, 800, 600)),  # off the top-left corner
        (Region(5000, 5000, 800, 600), Region(1120, 480, 800, 600)),  # far away: the corner
        (Region(1120, 480, 800, 600), Region(1120, 480, 800, 600)),  # exactly in the corner
    ],
)
def test_clamped_into_keeps_the_size_and_moves_the_least(region: Region, expected: Region) -> None:
    clamped = region.clamped_into(SCREEN)
    assert clamped == expected
    clamped.check_inside(SCREEN)


def test_clamped_into_a_screen_left_of_the_primary() -> None:
    # Two monitors side by side, the second left of the first: the virtual screen starts at -1920.
    virtual = Region(-1920, 0, 3840, 1080)
    assert Region(-2000, 500, 400, 300).clamped_into(virtual) == Region(-1920, 500, 400, 300)
    assert Region(3700, -10, 400, 300).clamped_into(virtual) == Region(1520, 0, 400, 300)
