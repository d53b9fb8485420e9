"""LMS tests: the export tests' real take, local Canvas/Moodle servers on loopback, and a real
keyring backend (keyrings.alt's file backend in a folder of the test's)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring  # type: ignore[import-untyped]

from export.conftest import take, take_dir

__all__ = ["take", "take_dir"]


@pytest.fixture
def file_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """keyring's API with a file backend under tmp_path; yields that data folder."""
    data = tmp_path / "xdg-data"
    data.mkdir()
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    previous = keyring.get_keyring()
    keyring.set_keyring(PlaintextKeyring())
    try:
        yield data
    finally:
        keyring.set_keyring(previous)


def keyring_env(data: Path) -> dict[str, str]:
    """For a subprocess: the same backend and folder."""
    return {
        "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
        "XDG_DATA_HOME": str(data),
    }
