"""Hand-in zips that fight back: long names, duplicates, legacy code pages, bombs, damage,
encryption, emptiness, and a fuzz test over generated zips (tests/export/zip_forge.py)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vidfeedback.errors import ErrorCode
from vidfeedback.export.handin import read_handin
from vidfeedback.export.handin_zip import (
    MANIFEST_NAME,
    guess_legacy_codepage,
    list_members,
)
from vidfeedback.export.safe_write import ExportError

from .zip_forge import Entry, forge_zip, unicode_path_extra

MOODLE = "_assignsubmission_file"


def moodle(name: str, pid: int, file: str) -> str:
    return f"{name}_{pid}{MOODLE}/{file}"


def write_zip(folder: Path, entries: list[Entry], name: str = "NOR1-Drøfting-7.zip") -> Path:
    path = folder / name
    path.write_bytes(forge_zip(entries))
    return path


def tree(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*")}


def hidden_leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.startswith(".")]


def test_an_over_long_name_is_listed_and_the_rest_unpacked_once(tmp_path: Path) -> None:
    long_file = "x" * 300 + ".pdf"  # one name over the 255 bytes every disk allows
    deep = "/".join(["d" * 200] * 25) + "/f.txt"  # each part fits; the path is too long
    archive = write_zip(
        tmp_path,
        [
            Entry(moodle("Kari Nordmann", 1, "essay.pdf").encode(), b"kari"),
            Entry(moodle("Ola Hansen", 2, long_file).encode(), b"ola"),
            Entry(moodle("Per Berg", 3, deep).encode(), b"per"),
            Entry(moodle("Per Berg", 3, "notes.txt").encode(), b"per2"),
        ],
    )
    for _run in range(3):
        handin = read_handin(archive)
        assert [s.display_name for s in handin.students] == ["Kari Nordmann", "Per Berg"]
        reasons = {u.relative_path.rsplit("/", 1)[-1]: u.reason for u in handin.unplaced}
        assert "too long" in reasons[long_file]
        assert "too long" in reasons["f.txt"]
    # One copy, reused, and nothing half-made beside it.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["NOR1-Drøfting-7", archive.name]
    assert (tmp_path / "NOR1-Drøfting-7" / MANIFEST_NAME).is_file()


def test_a_duplicate_name_is_listed_not_dropped(tmp_path: Path) -> None:
    archive = write_zip(
        tmp_path,
        [
            Entry(moodle("Kari", 1, "essay.pdf").encode(), b"first"),
            Entry(moodle("Kari", 1, "Essay.PDF").encode(), b"second"),
            Entry(moodle("Kari", 1, "sub").encode(), b"a file"),
            Entry(moodle("Kari", 1, "sub/inner.txt").encode(), b"inner"),
        ],
    )
    for extract in (False, True):
        handin = read_handin(archive, extract=extract)
        reasons = {u.relative_path: u.reason for u in handin.unplaced}
        assert "same name" in reasons[moodle("Kari", 1, "Essay.PDF")]
        assert "same name" in reasons[moodle("Kari", 1, "sub")]
    kari = handin.students[0]
    assert (kari.folder / "essay.pdf").read_bytes() == b"first"  # type: ignore[operator]


@pytest.mark.parametrize(
    ("name", "codepage"),
    [
        ("Øyvind Søreide", "cp865"),  # Norwegian Windows
        ("Åse Ødegård", "cp865"),
        ("José Ángel Núñez", "cp850"),  # Á is box drawing in 437 and 865
        ("Märta Åström", "cp437"),  # the same bytes in all three: the default stands
    ],
)
def test_legacy_code_page_names_are_read_as_written(
    tmp_path: Path, name: str, codepage: str
) -> None:
    archive = write_zip(tmp_path, [Entry(moodle(name, 5, "oppgåve.docx").encode(codepage), b"doc")])
    handin = read_handin(archive, extract=False)
    assert [s.display_name for s in handin.students] == [name]
    assert handin.students[0].submissions[0].relative_path.endswith("/oppgåve.docx")
    assert guess_legacy_codepage([name.encode(codepage)]) == codepage


def test_a_unicode_path_field_beside_an_oem_name_wins(tmp_path: Path) -> None:
    name = moodle("Åsa Øberg-Ñúñez", 6, "oppgåve.docx")
    raw = name.encode("cp850")
    stale = moodle("Åsa Øberg-Nunez", 7, "x.docx").encode("cp850")  # renamed by an old tool
    archive = write_zip(
        tmp_path,
        [
            Entry(raw, b"doc", extra=unicode_path_extra(name, raw)),
            Entry(stale, b"x", extra=unicode_path_extra("Someone Else_7_x/y.docx", b"other")),
        ],
    )
    handin = read_handin(archive, extract=False)
    assert [s.display_name for s in handin.students] == ["Åsa Øberg-Nunez", "Åsa Øberg-Ñúñez"]


def test_a_zip_bomb_member_is_not_unpacked(tmp_path: Path) -> None:
    zeros = bytes(20_000_000)
    archive = write_zip(
        tmp_path,
        [
            Entry(moodle("Kari", 1, "essay.pdf").encode(), b"kari"),
            Entry(moodle("Ola", 2, "bomb.txt").encode(), zeros, deflate=True),
        ],
    )
    assert archive.stat().st_size < 100_000
    handin = read_handin(archive)
    (bomb,) = handin.unplaced
    assert "would unpack to 20 MB" in bomb.reason
    assert not list(tmp_path.rglob("bomb.txt"))


def test_a_bomb_spread_over_many_members_refuses_the_zip(tmp_path: Path) -> None:
    chunk = bytes(9_000_000)  # each under the one-member limit
    archive = write_zip(
        tmp_path,
        [Entry(moodle(f"S{i}", i, "a.txt").encode(), chunk, deflate=True) for i in range(12)],
    )
    with pytest.raises(ExportError, match="would unpack to 108 MB") as caught:
        read_handin(archive)
    assert caught.value.code is ErrorCode.ZIP_UNREADABLE
    assert sorted(p.name for p in tmp_path.iterdir()) == [archive.name]


def test_a_truncated_download_is_called_damaged(tmp_path: Path) -> None:
    whole = forge_zip([Entry(moodle("Kari", 1, "essay.pdf").encode(), b"k" * 5000)])
    archive = tmp_path / "NOR1-Drøfting-7.zip"
    archive.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(ExportError, match=r"looks damaged.*Download it") as caught:
        read_handin(archive)
    assert caught.value.code is ErrorCode.ZIP_UNREADABLE


def test_empty_and_encrypted_only_zips_say_what_is_wrong(tmp_path: Path) -> None:
    empty = write_zip(tmp_path, [], "empty.zip")
    with pytest.raises(ExportError, match="holds no files") as caught:
        read_handin(empty)
    assert caught.value.code is ErrorCode.ZIP_EMPTY
    locked = write_zip(
        tmp_path,
        [Entry(moodle("Kari", 1, "essay.pdf").encode(), b"x", encrypted=True)],
        "locked.zip",
    )
    with pytest.raises(ExportError, match="protected with a password") as caught:
        read_handin(locked)
    assert caught.value.code is ErrorCode.ZIP_ENCRYPTED


def test_an_unpacking_killed_part_way_leaves_nothing_visible_and_is_cleaned(
    tmp_path: Path,
) -> None:
    archive = write_zip(
        tmp_path,
        [Entry(moodle(f"S{i}", i, "a.bin").encode(), os.urandom(2_000_000)) for i in range(40)],
    )
    script = (
        "import sys; from pathlib import Path; from vidfeedback.export.handin import read_handin;"
        "read_handin(Path(sys.argv[1]))"
    )
    child = subprocess.Popen([sys.executable, "-c", script, str(archive)])
    # Kill it once its hidden folder holds some of the files.
    deadline_files = 0
    for _ in range(400):
        parts = [p for p in tmp_path.iterdir() if p.name.endswith(".unpacking")]
        if parts and len(list(parts[0].rglob("a.bin"))) >= 3:
            deadline_files = len(list(parts[0].rglob("a.bin")))
            break
        subprocess.run(["sleep", "0.02"], check=True)
    child.kill()
    child.wait()
    assert deadline_files >= 3, "the unpacking finished before it could be killed"
    assert not (tmp_path / "NOR1-Drøfting-7").exists()  # nothing under the final name
    handin = read_handin(archive)
    assert len(handin.students) == 40
    assert hidden_leftovers(tmp_path) == []


# --- fuzzing ---------------------------------------------------------------------------------

NAMES = st.sampled_from(
    [
        moodle("Kari", 1, "a.pdf"),
        moodle("Kari", 1, "A.PDF"),
        moodle("Ola", 2, "b.txt"),
        "../../../escape.txt",
        "/etc/evil",
        "C:/evil.txt",
        "..\\..\\win.txt",
        "ok/../../up.txt",
        moodle("Øyvind", 3, "c.txt"),
        "x" * 300,
        "/".join(["y" * 250] * 20),
        "dir/",
        "dir",
        "a\x00b.txt",
        "\x1b[2J.txt",
        "",
    ]
)
ENTRY = st.builds(
    Entry,
    name=st.one_of(
        NAMES.map(lambda n: n.encode("utf-8")),
        NAMES.map(lambda n: n.encode("cp865", errors="replace")),
        st.binary(min_size=1, max_size=40),
    ),
    data=st.sampled_from([b"", b"data", bytes(300_000)]),
    utf8_flag=st.booleans(),
    encrypted=st.booleans(),
    symlink=st.booleans(),
    deflate=st.booleans(),
    size_lie=st.sampled_from([0, 0, 0, -1, 1, 50_000_000]),
    extra=st.one_of(
        st.just(b""),
        st.binary(max_size=24),
        st.builds(unicode_path_extra, NAMES, st.binary(max_size=12)),
    ),
)
DAMAGE = st.one_of(
    st.none(),
    st.tuples(st.just("cut"), st.floats(0, 1)),
    st.tuples(st.just("flip"), st.floats(0, 1)),
)


def _damage(data: bytes, how: tuple[str, float] | None) -> bytes:
    if how is None or not data:
        return data
    at = min(int(how[1] * len(data)), len(data) - 1)
    if how[0] == "cut":
        return data[:at]
    return data[:at] + bytes([data[at] ^ 0xFF]) + data[at + 1 :]


@settings(
    max_examples=400,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.lists(ENTRY, max_size=6), DAMAGE)
def test_generated_zips_give_a_handin_or_an_export_error_and_stay_inside(
    entries: list[Entry], damage: tuple[str, float] | None
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        outer = Path(tmp)
        sandbox = outer / "downloads"
        sandbox.mkdir()
        archive = sandbox / "NOR1-Fuzz-1.zip"
        archive.write_bytes(_damage(forge_zip(entries), damage))
        for extract in (False, True):
            try:
                handin = read_handin(archive, extract=extract)
            except ExportError as exc:
                assert str(exc)
                continue
            for student in handin.students:
                for sub in student.submissions:
                    if extract:
                        assert sub.path.resolve().is_relative_to(sandbox / "NOR1-Fuzz-1")
        # Nothing outside the unpacked copy: no other file in the downloads folder or above it,
        # no hidden leftovers, and no symbolic link anywhere.
        assert {p.name for p in outer.iterdir()} == {"downloads"}
        assert {p.name for p in sandbox.iterdir()} <= {archive.name, "NOR1-Fuzz-1"}
        assert not any(p.is_symlink() for p in sandbox.rglob("*"))


def test_list_members_reads_what_zipfile_wrote(tmp_path: Path) -> None:
    # The forged zips above are only useful if they are zips: Python's own reader agrees.
    archive = write_zip(tmp_path, [Entry(b"a.txt", b"x" * 100, deflate=True)])
    with zipfile.ZipFile(archive) as zf:
        assert zf.testzip() is None
    assert [m.rel_path for m in list_members(archive)] == ["a.txt"]
    assert tree(tmp_path) == {archive.name}
