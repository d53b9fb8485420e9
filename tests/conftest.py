"""Shared fixtures: the real stack (Xvfb, a PulseAudio microphone) for end-to-end tests."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from support.realstack import VirtualMicrophone, XDisplay, virtual_microphone, xvfb

FIXTURES = Path(__file__).resolve().parents[1].parent / "shared" / "fixtures"


@pytest.fixture(scope="session")
def shared_fixtures() -> Path:
    """../shared/fixtures, read-only: copy before writing."""
    if not FIXTURES.is_dir():
        pytest.fail(f"the shared fixtures are missing: {FIXTURES}")
    return FIXTURES


@pytest.fixture(scope="session")
def x_display() -> Iterator[XDisplay]:
    with xvfb() as display:
        yield display


@pytest.fixture(scope="session")
def microphone() -> Iterator[VirtualMicrophone]:
    with virtual_microphone() as mic:
        yield mic


@pytest.fixture
def real_env(x_display: XDisplay, microphone: VirtualMicrophone) -> dict[str, str]:
    """Environment for a subprocess that should see the virtual screen and microphone."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM",)}
    env.update(x_display.env())
    env.update(microphone.env())
    return env
