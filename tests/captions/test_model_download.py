"""The model download (captions/models.py) against a local server on loopback that answers as
the model hub does: the tree API lists each file with its size and checksum (an LFS SHA-256 for
large files, the git blob SHA-1 for small ones) and /resolve/ serves the bytes, with HTTP Range
requests answered 206. The server can cut a transfer short once and can list a wrong checksum."""

from __future__ import annotations

import hashlib
import http.server
import json
import os
import threading
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from vidfeedback.captions.models import (
    COMPLETE_MARKER,
    CatalogueEntry,
    ChecksumError,
    DownloadError,
    ModelSize,
    RemoteFile,
    catalogue,
    download_model,
    entry_for,
    find_model,
)
from vidfeedback.errors import ErrorCode

REPO = "SchoolLab/test-whisper"
ENTRY = CatalogueEntry(
    "test-whisper",
    REPO,
    "main",
    (
        RemoteFile("ct2/model.bin", "model.bin"),
        RemoteFile("ct2/config.json", "config.json"),
        RemoteFile("tokenizer.json", "tokenizer.json"),
    ),
    ModelSize.TINY,
    (),
)


@dataclass
class Hub:
    files: dict[str, bytes]
    lfs: set[str]
    url: str = ""
    repo: str = REPO
    cut_after_bytes: dict[str, int] = field(default_factory=dict)  # once per file
    wrong_checksum: set[str] = field(default_factory=set)
    requests: list[tuple[str, str | None]] = field(default_factory=list)  # path, Range

    def listing(self, folder: str) -> list[dict[str, object]]:
        items: list[dict[str, object]] = []
        for path, data in self.files.items():
            if os.path.dirname(path) != folder:
                continue
            item: dict[str, object] = {"type": "file", "path": path, "size": len(data)}
            if path in self.lfs:
                sha = hashlib.sha256(data).hexdigest()
                if path in self.wrong_checksum:
                    sha = hashlib.sha256(data + b"x").hexdigest()
                item["oid"] = hashlib.sha1(b"pointer").hexdigest()
                item["lfs"] = {"oid": sha, "size": len(data), "pointerSize": 134}
            else:
                blob = f"blob {len(data)}\0".encode() + data
                item["oid"] = hashlib.sha1(blob).hexdigest()
            items.append(item)
        items.append({"type": "directory", "path": "ct2", "oid": "0", "size": 0})
        return items


def _handler(hub: Hub) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            path = urllib.parse.unquote(self.path)
            hub.requests.append((path, self.headers.get("Range")))
            tree = f"/api/models/{hub.repo}/tree/main"
            resolve = f"/{hub.repo}/resolve/main/"
            if path == tree or path.startswith(tree + "/"):
                body = json.dumps(hub.listing(path[len(tree) + 1 :])).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            elif path.startswith(resolve) and path[len(resolve) :] in hub.files:
                self._send_file(path[len(resolve) :])
            else:
                self.send_error(404)

        def _send_file(self, name: str) -> None:
            data = hub.files[name]
            start = 0
            wanted = self.headers.get("Range")
            if wanted:
                start = int(wanted.removeprefix("bytes=").split("-")[0])
                if start >= len(data):
                    self.send_error(416)
                    return
                self.send_response(206)
                self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
            else:
                self.send_response(200)
            self.send_header("Content-Length", str(len(data) - start))
            self.end_headers()
            cut = hub.cut_after_bytes.pop(name, None)
            if cut is not None:
                self.wfile.write(data[start : start + cut])
                self.wfile.flush()
                self.close_connection = True
                return  # the connection drops: the client sees a short body
            self.wfile.write(data[start:])

    return Handler


@pytest.fixture
def hub() -> Iterator[Hub]:
    rng = __import__("random").Random(13)
    files = {
        "ct2/model.bin": bytes(rng.getrandbits(8) for _ in range(300_000)),
        "ct2/config.json": b'{"alignment_heads": [], "lang_ids": []}',
        "tokenizer.json": b'{"version": "1.0"}' * 100,
    }
    state = Hub(files, {"ct2/model.bin"})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def test_download_reports_progress_and_verifies_every_file(hub: Hub, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    folder = download_model(
        ENTRY, tmp_path, lambda done, total: seen.append((done, total)), hub.url
    )
    assert folder == tmp_path / "test-whisper"
    for remote, local in (("ct2/model.bin", "model.bin"), ("tokenizer.json", "tokenizer.json")):
        assert (folder / local).read_bytes() == hub.files[remote]
    total = sum(len(d) for d in hub.files.values())
    assert seen[-1] == (total, total)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)  # never goes backwards
    assert len({d for d, _ in seen}) > 3  # more than start and end
    assert find_model("test-whisper", cache_dir=tmp_path) == folder
    marker = json.loads((folder / COMPLETE_MARKER).read_text(encoding="utf-8"))
    assert marker["files"]["model.bin"] == hashlib.sha256(hub.files["ct2/model.bin"]).hexdigest()
    # A second call finds everything verified and fetches no file again.
    hub.requests.clear()
    download_model(ENTRY, tmp_path, None, hub.url)
    assert not [p for p, _ in hub.requests if "/resolve/" in p]


def test_an_interrupted_download_resumes_where_it_stopped(hub: Hub, tmp_path: Path) -> None:
    hub.cut_after_bytes["ct2/model.bin"] = 120_000
    with pytest.raises(DownloadError) as failed:
        download_model(ENTRY, tmp_path, None, hub.url)
    assert failed.value.code is ErrorCode.CAPTIONS_DOWNLOAD_FAILED
    part = tmp_path / "test-whisper" / "model.bin.part"
    assert part.stat().st_size == 120_000
    # Not usable until complete and verified.
    assert find_model("test-whisper", cache_dir=tmp_path) is None
    hub.requests.clear()
    folder = download_model(ENTRY, tmp_path, None, hub.url)
    ranges = [r for p, r in hub.requests if p.endswith("/ct2/model.bin")]
    assert ranges == ["bytes=120000-"]
    assert (folder / "model.bin").read_bytes() == hub.files["ct2/model.bin"]
    assert not part.exists()


def test_a_bad_checksum_is_refused_and_the_file_deleted(hub: Hub, tmp_path: Path) -> None:
    hub.wrong_checksum.add("ct2/model.bin")
    with pytest.raises(ChecksumError) as refused:
        download_model(ENTRY, tmp_path, None, hub.url)
    assert refused.value.code is ErrorCode.CAPTIONS_DOWNLOAD_CORRUPT
    folder = tmp_path / "test-whisper"
    assert not (folder / "model.bin").exists()
    assert not (folder / "model.bin.part").exists()
    assert find_model("test-whisper", cache_dir=tmp_path) is None


def test_a_damaged_small_file_is_caught_by_its_git_blob_id(hub: Hub, tmp_path: Path) -> None:
    folder = download_model(ENTRY, tmp_path, None, hub.url)
    (folder / "tokenizer.json").write_bytes(b"damaged")
    hub.requests.clear()
    download_model(ENTRY, tmp_path, None, hub.url)
    fetched = [p for p, _ in hub.requests if "/resolve/" in p]
    assert fetched == [f"/{REPO}/resolve/main/tokenizer.json"]
    assert (folder / "tokenizer.json").read_bytes() == hub.files["tokenizer.json"]


def test_a_file_the_hub_does_not_list_is_reported(hub: Hub, tmp_path: Path) -> None:
    del hub.files["tokenizer.json"]
    with pytest.raises(DownloadError, match=r"tokenizer\.json"):
        download_model(ENTRY, tmp_path, None, hub.url)


def test_catalogue_uses_the_national_libraries_models_for_nordic_languages() -> None:
    assert entry_for("nb", ModelSize.SMALL).repo == "NbAiLab/nb-whisper-small"
    assert entry_for("nn", ModelSize.BASE).repo == "NbAiLab/nb-whisper-base"
    assert entry_for("sv", ModelSize.MEDIUM).repo == "KBLab/kb-whisper-medium"
    assert entry_for("en", ModelSize.TINY).repo == "Systran/faster-whisper-tiny"
    assert entry_for("de", ModelSize.LARGE).repo == "Systran/faster-whisper-large-v3"
    names = [e.name for e in catalogue()]
    assert len(names) == len(set(names))
    # Every model carries its tokenizer: without one faster-whisper would go to the network.
    assert all(any(f.local_name == "tokenizer.json" for f in e.files) for e in catalogue())


def test_a_schools_models_folder_is_used_before_the_cache(tmp_path: Path) -> None:
    school = tmp_path / "school-models"
    model = school / "nb-whisper-base"
    model.mkdir(parents=True)
    for name in ("model.bin", "config.json"):
        (model / name).write_bytes(b"x")
    assert find_model("nb-whisper-base", models_folder=school, cache_dir=tmp_path) == model
    assert find_model(str(model)) == model  # a folder given directly
    assert find_model("nb-whisper-small", models_folder=school, cache_dir=tmp_path) is None
    assert find_model(str(tmp_path)) is None  # a folder that holds no model
