"""Packaging: the wheel carries everything the app loads at run time and starts from an install;
the desktop integration in resources/ is valid and installs into a prefix.

The wheel is built once per run from a copy of the sources (so the shared working tree gets no
build/ or egg-info), with pip, which needs the network or pip's cache for setuptools.
packaging/build.sh does the full build (sdist too) and a smoke test in a fresh environment.
"""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Sequence
from pathlib import Path

import pytest

import vidfeedback

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "vidfeedback"
DESKTOP_FILE = ROOT / "resources" / "vidfeedback.desktop"
METAINFO_ID = "io.github.vidfeedback.vidfeedback"
METAINFO_FILE = ROOT / "resources" / f"{METAINFO_ID}.metainfo.xml"
ICON_FILE = PACKAGE / "resources" / "icons" / "vidfeedback.svg"
INSTALL_DESKTOP = ROOT / "packaging" / "install-desktop.sh"
SMOKE_APP = ROOT / "packaging" / "smoke_app.py"
PIP = (sys.executable, "-m", "pip", "--disable-pip-version-check")
BOOTSTRAP_HINT = "install it with scripts/bootstrap.sh test (as root) or apt-get"


def _run(
    args: Sequence[str | Path], env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, timeout=180, env=env, check=False
    )


def _pyproject() -> dict[str, object]:
    with (ROOT / "pyproject.toml").open("rb") as f:
        project: dict[str, object] = tomllib.load(f)["project"]
    return project


def _package_files(folder: Path) -> list[str]:
    """Files under a folder of the package, as wheel paths."""
    return sorted(
        p.relative_to(PACKAGE.parent).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    )


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("wheel")
    source = tmp / "source"
    shutil.copytree(
        ROOT / "src",
        source / "src",
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info"),
    )
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    result = _run([*PIP, "wheel", "--no-deps", "-q", "-w", tmp / "dist", source])
    assert result.returncode == 0, f"pip wheel failed:\n{result.stdout}\n{result.stderr}"
    (built,) = (tmp / "dist").glob("vidfeedback-*.whl")
    return built


def test_wheel_carries_the_runtime_data(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    demo = _package_files(PACKAGE / "resources" / "demo")
    assert "vidfeedback/resources/demo/rubric.csv" in demo
    assert len([d for d in demo if d.endswith(".txt")]) >= 3
    qm = _package_files(PACKAGE / "resources" / "translations")
    assert "vidfeedback/resources/translations/vidfeedback_nb.qm" in qm
    wanted = [
        *demo,
        *qm,
        "vidfeedback/resources/icons/vidfeedback.svg",
        "vidfeedback/resources/icons/__init__.py",
        "vidfeedback/export/templates/feedback_page.html",
        "vidfeedback/py.typed",
    ]
    missing = [w for w in wanted if w not in names]
    assert not missing, f"not in {wheel.name}: {missing}"


def test_wheel_declares_the_entry_point_and_metadata(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as z:
        info = f"vidfeedback-{vidfeedback.__version__}.dist-info"
        entry_points = configparser.ConfigParser()
        entry_points.read_string(z.read(f"{info}/entry_points.txt").decode())
        metadata = z.read(f"{info}/METADATA").decode()
    assert entry_points["console_scripts"]["vidfeedback"] == "vidfeedback.cli.main:main"
    assert f"\nVersion: {_pyproject()['version']}\n" in metadata
    assert f"\nLicense-Expression: {_pyproject()['license']}\n" in metadata


@pytest.mark.slow
def test_the_app_starts_from_the_installed_wheel(wheel: Path, tmp_path: Path) -> None:
    """Installed on its own (dependencies from this environment), the app starts offscreen in
    Norwegian with its icon and opens the packaged demo: packaging/smoke_app.py."""
    site = tmp_path / "site"
    result = _run([*PIP, "install", "--no-deps", "-q", "--target", site, wheel])
    assert result.returncode == 0, result.stderr
    env = {**os.environ, "PYTHONPATH": str(site)}  # ahead of this checkout's editable install
    where = _run([sys.executable, "-c", "import vidfeedback; print(vidfeedback.__file__)"], env=env)
    assert Path(where.stdout.strip()).is_relative_to(site), where
    smoke = _run([sys.executable, SMOKE_APP, "--", site / "bin" / "vidfeedback"], env=env)
    assert smoke.returncode == 0, smoke.stderr


def test_the_icon_renders_at_menu_and_store_sizes() -> None:
    """Qt draws the SVG through QtSvg (in PySide6-Essentials) at 16 px and at 256 px."""
    script = (
        "import sys\n"
        "from PySide6.QtGui import QGuiApplication, QIcon\n"
        "app = QGuiApplication(['icon-check'])\n"
        "icon = QIcon(sys.argv[1])\n"
        "for size in (16, 32, 256):\n"
        "    image = icon.pixmap(size, size).toImage()\n"
        "    assert image.width() == size, (size, image.size())\n"
        "    seen = sum(image.pixelColor(x, y).alpha() > 128\n"
        "               for x in range(size) for y in range(size))\n"
        "    assert seen > size * size // 3, (size, seen)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = _run([sys.executable, "-c", script, ICON_FILE], env=env)
    assert result.returncode == 0, result.stderr
    assert result.stderr == "", result.stderr  # no Qt warning either


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment, method-assign]
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_says_what_the_app_needs() -> None:
    entry = _desktop_entry()
    assert entry["Exec"] == "vidfeedback %f"
    assert entry["Icon"] == ICON_FILE.stem
    assert entry["StartupWMClass"] == "vidfeedback"
    assert entry["Categories"] == "Education;AudioVideo;Recorder;"
    for key in ("GenericName", "Comment"):
        for lang in ("nb", "nn", "sv"):
            assert entry.get(f"{key}[{lang}]"), f"{key}[{lang}] is missing"


def test_desktop_entry_is_valid() -> None:
    if shutil.which("desktop-file-validate") is None:
        pytest.skip(
            f"desktop-file-validate (Debian: desktop-file-utils) is missing; {BOOTSTRAP_HINT}"
        )
    result = _run(["desktop-file-validate", DESKTOP_FILE])
    assert result.returncode == 0, result.stdout + result.stderr
    # Hints are fine (two main categories, as asked for); errors and warnings are not.
    problems = [line for line in result.stdout.splitlines() if ": hint: " not in line]
    assert not problems, problems


def test_metainfo_agrees_with_the_project() -> None:
    component = ET.parse(METAINFO_FILE).getroot()
    assert component.findtext("id") == METAINFO_ID
    assert component.findtext("launchable") == DESKTOP_FILE.name
    assert component.findtext("project_license") == _pyproject()["license"]
    release = component.find("releases/release")
    assert release is not None and release.get("version") == _pyproject()["version"]
    images = [i.text or "" for i in component.iter("image")]
    assert images
    for url in images:
        shot = re.sub(r"^https://\S+?/main/", "", url)
        assert shot.startswith("docs/screenshots/") and (ROOT / shot).is_file(), url


def test_metainfo_is_valid() -> None:
    if shutil.which("appstreamcli") is None:
        pytest.skip(f"appstreamcli (Debian: appstream) is missing; {BOOTSTRAP_HINT}")
    result = _run(["appstreamcli", "validate", "--no-net", "--pedantic", METAINFO_FILE])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Validation was successful" in result.stdout, result.stdout


def test_install_desktop_into_a_prefix_and_out_again(tmp_path: Path) -> None:
    prefix = tmp_path / "prefix"
    env = {**os.environ, "HOME": str(tmp_path / "home"), "XDG_DATA_HOME": str(tmp_path / "data")}
    app = "/opt/vid feedback/bin/vidfeedback"  # a path with a space must come out quoted
    result = _run(["bash", INSTALL_DESKTOP, "--exec", app, prefix], env=env)
    assert result.returncode == 0, result.stderr
    installed = [
        prefix / "share" / "applications" / "vidfeedback.desktop",
        prefix / "share" / "metainfo" / METAINFO_FILE.name,
        prefix / "share" / "icons" / "hicolor" / "scalable" / "apps" / "vidfeedback.svg",
    ]
    assert all(p.is_file() for p in installed), sorted(map(str, prefix.rglob("*")))
    assert f'Exec="{app}" %f' in installed[0].read_text("utf-8").splitlines()
    assert installed[2].read_bytes() == ICON_FILE.read_bytes()
    if shutil.which("desktop-file-validate"):
        check = _run(["desktop-file-validate", installed[0]])
        assert check.returncode == 0, check.stdout
    result = _run(["bash", INSTALL_DESKTOP, "--uninstall", prefix], env=env)
    assert result.returncode == 0, result.stderr
    assert not any(p.exists() for p in installed)
