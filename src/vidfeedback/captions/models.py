"""Speech recognition models: which one fits a language and size, where it is on this machine,
and how it gets there.

A model is a CTranslate2 Whisper folder (model.bin, config.json, vocabulary, tokenizer.json) as
faster-whisper loads it. Norwegian (bokmål and nynorsk) uses the National Library of Norway's
NB-Whisper, Swedish the National Library of Sweden's KB-Whisper, everything else OpenAI's
Whisper as converted by SYSTRAN. A school can instead point the app at a folder of models (an
offline install): a folder holding model folders named as in the catalogue, or one model folder.

The first use downloads the chosen model into the platform's cache folder: file by file from
the model hub, with progress, resumable (an interrupted file continues where it stopped, by an
HTTP Range request) and each file checked against the checksum the hub lists for it (SHA-256
for large files, the git blob SHA-1 for small ones). A file that does not match is deleted and
the download fails; a model folder counts as present only once every file has been checked.
"""

from __future__ import annotations

import enum
import hashlib
import http.client
import json
import os
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from vidfeedback.errors import ErrorCode, VidfeedbackError

HUB_URL = "https://huggingface.co"
COMPLETE_MARKER = "vidfeedback-model.json"
_CHUNK_BYTES = 1 << 20
_TIMEOUT_S = 30


class ModelSize(enum.Enum):
    TINY = "tiny"
    BASE = "base"
    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"


# Chosen from docs/captions.md: the worker is held still while a take is recorded (even at idle
# priority it tripled a recording's late frames), so a take must be captioned in the minutes
# between takes. On 2 cores that is base (~50 s for 10 minutes, estimated from tiny's measured
# 35 CPU-s scaled by model compute); small would take ~3.5 min and often spill past the next take.
DEFAULT_SIZE = ModelSize.BASE


class ModelProblem(VidfeedbackError):
    default_code = ErrorCode.CAPTIONS_MODEL_MISSING


@dataclass(frozen=True)
class RemoteFile:
    remote_path: str  # path in the hub repository
    local_name: str  # name in the model folder


@dataclass(frozen=True)
class CatalogueEntry:
    name: str  # also the folder name: "nb-whisper-small"
    repo: str
    revision: str
    files: tuple[RemoteFile, ...]
    size: ModelSize
    languages: tuple[str, ...]  # () for multilingual

    def url(self, hub_url: str, remote_path: str) -> str:
        quoted = urllib.parse.quote(remote_path)
        return f"{hub_url}/{self.repo}/resolve/{self.revision}/{quoted}"


def _files(subfolder: str, vocabulary: str, preprocessor: bool) -> tuple[RemoteFile, ...]:
    prefix = f"{subfolder}/" if subfolder else ""
    names = ["model.bin", "config.json", vocabulary]
    files = [RemoteFile(prefix + n, n) for n in names]
    # faster-whisper fetches a tokenizer from the hub when the folder has none: always ship it.
    files.append(RemoteFile("tokenizer.json", "tokenizer.json"))
    if preprocessor:  # large-v3 has 128 mel bins; the folder must say so
        files.append(RemoteFile("preprocessor_config.json", "preprocessor_config.json"))
    return tuple(files)


def catalogue() -> tuple[CatalogueEntry, ...]:
    entries: list[CatalogueEntry] = []
    for size in ModelSize:
        hf = "large" if size is ModelSize.LARGE else size.value
        # NB-Whisper keeps its CTranslate2 conversion in the repository's ct2/ folder.
        entries.append(
            CatalogueEntry(
                f"nb-whisper-{hf}", f"NbAiLab/nb-whisper-{hf}", "main",
                _files("ct2", "vocabulary.json", size is ModelSize.LARGE),
                size, ("nb", "nn"),
            )
        )  # fmt: skip
        # KB-Whisper publishes CTranslate2 weights beside the Transformers ones.
        entries.append(
            CatalogueEntry(
                f"kb-whisper-{hf}", f"KBLab/kb-whisper-{hf}", "main",
                _files("", "vocabulary.json", size is ModelSize.LARGE),
                size, ("sv",),
            )
        )  # fmt: skip
        systran = "large-v3" if size is ModelSize.LARGE else size.value
        entries.append(
            CatalogueEntry(
                f"whisper-{systran}", f"Systran/faster-whisper-{systran}", "main",
                _files("", "vocabulary.txt" if size is not ModelSize.LARGE else "vocabulary.json",
                       size is ModelSize.LARGE),
                size, (),
            )
        )  # fmt: skip
    return tuple(entries)


def entry_named(name: str) -> CatalogueEntry | None:
    return next((e for e in catalogue() if e.name == name), None)


def entry_for(lang: str, size: ModelSize) -> CatalogueEntry:
    """The catalogue's model for a spoken language and size (the language's own model first)."""
    fitting = [e for e in catalogue() if e.size is size]
    own = [e for e in fitting if lang in e.languages]
    return (own or [e for e in fitting if not e.languages])[0]


def model_cache_dir() -> Path:
    return platformdirs.user_cache_path("vidfeedback", appauthor=False) / "models"


def is_model_folder(folder: Path) -> bool:
    return (folder / "model.bin").is_file() and (folder / "config.json").is_file()


def find_model(
    name_or_folder: str,
    *,
    models_folder: Path | None = None,
    cache_dir: Path | None = None,
) -> Path | None:
    """A usable model folder for a catalogue name or a path, or None if it is not here yet.

    A path is used as it is (a school's own model). A name is looked up in the school's models
    folder, then in the cache (only downloads that finished and were verified)."""
    as_path = Path(name_or_folder).expanduser()
    if as_path.is_dir():
        return as_path if is_model_folder(as_path) else None
    if models_folder is not None:
        if is_model_folder(models_folder) and models_folder.name == name_or_folder:
            return models_folder
        candidate = models_folder / name_or_folder
        if is_model_folder(candidate):
            return candidate
    cached = (cache_dir or model_cache_dir()) / name_or_folder
    if is_model_folder(cached) and (cached / COMPLETE_MARKER).is_file():
        return cached
    return None


# --- download --------------------------------------------------------------------------------


class DownloadError(VidfeedbackError):
    default_code = ErrorCode.CAPTIONS_DOWNLOAD_FAILED


class ChecksumError(DownloadError):
    default_code = ErrorCode.CAPTIONS_DOWNLOAD_CORRUPT


@dataclass(frozen=True)
class _Listed:
    remote_path: str
    size_bytes: int
    sha256: str | None  # large (LFS) files
    git_sha1: str | None  # small files: the git blob id

    def hasher(self) -> Any:
        if self.sha256:
            return hashlib.sha256()
        h = hashlib.sha1(usedforsecurity=False)
        h.update(f"blob {self.size_bytes}\0".encode())
        return h

    def expected(self) -> str:
        return self.sha256 or self.git_sha1 or ""


Progress = Callable[[int, int], None]  # bytes done, bytes in all


def _get_json(url: str) -> Any:
    try:
        with urllib.request.urlopen(url, timeout=_TIMEOUT_S) as reply:
            return json.loads(reply.read().decode("utf-8"))
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise DownloadError(
            f"cannot list the model's files at {url}: {exc}", detail=str(exc)
        ) from exc


def _listing(entry: CatalogueEntry, hub_url: str) -> dict[str, _Listed]:
    folders = sorted({os.path.dirname(f.remote_path) for f in entry.files})
    listed: dict[str, _Listed] = {}
    for folder in folders:
        url = f"{hub_url}/api/models/{entry.repo}/tree/{entry.revision}"
        if folder:
            url += "/" + urllib.parse.quote(folder)
        for item in _get_json(url):
            if not isinstance(item, dict) or item.get("type") != "file":
                continue
            lfs = item.get("lfs") or {}
            listed[str(item["path"])] = _Listed(
                str(item["path"]),
                int(lfs.get("size") or item.get("size") or 0),
                str(lfs["oid"]) if lfs.get("oid") else None,
                None if lfs else str(item.get("oid", "")) or None,
            )
    return listed


def download_model(
    entry: CatalogueEntry,
    cache_dir: Path | None = None,
    progress: Progress | None = None,
    hub_url: str = HUB_URL,
) -> Path:
    """Download (or finish downloading) a model into cache_dir/<name>; returns the folder.

    Raises DownloadError (network, disk) or ChecksumError (a file is not what the hub lists;
    it is deleted, so the next try downloads it afresh)."""
    folder = (cache_dir or model_cache_dir()) / entry.name
    folder.mkdir(parents=True, exist_ok=True)
    listed = _listing(entry, hub_url)
    missing = [f.remote_path for f in entry.files if f.remote_path not in listed]
    if missing:
        raise DownloadError(
            f"the hub does not list {', '.join(missing)} for {entry.repo}",
            detail=", ".join(missing),
        )
    total = sum(listed[f.remote_path].size_bytes for f in entry.files)
    done_before = 0
    verified: dict[str, str] = {}
    for f in entry.files:
        item = listed[f.remote_path]
        target = folder / f.local_name
        if target.is_file() and _file_digest(target, item) == item.expected():
            done_before += item.size_bytes
            verified[f.local_name] = item.expected()
            continue

        def report(n: int, base: int = done_before) -> None:
            if progress:
                progress(base + n, total)

        _download_file(entry.url(hub_url, f.remote_path), item, target, report)
        done_before += item.size_bytes
        verified[f.local_name] = item.expected()
    marker = {"name": entry.name, "repo": entry.repo, "revision": entry.revision, "files": verified}
    (folder / COMPLETE_MARKER).write_text(json.dumps(marker, indent=1), encoding="utf-8")
    if progress:
        progress(total, total)
    return folder


def _file_digest(path: Path, item: _Listed) -> str:
    h = item.hasher()
    with open(path, "rb") as f:
        while chunk := f.read(_CHUNK_BYTES):
            h.update(chunk)
    return str(h.hexdigest())


def _download_file(url: str, item: _Listed, target: Path, report: Callable[[int], None]) -> None:
    part = target.with_name(target.name + ".part")
    h = item.hasher()
    have = 0
    if part.is_file():
        with open(part, "rb") as f:
            while chunk := f.read(_CHUNK_BYTES):
                h.update(chunk)
                have += len(chunk)
    if have > item.size_bytes:  # not this file: start again
        part.unlink()
        h, have = item.hasher(), 0
    request = urllib.request.Request(url)
    if have:
        request.add_header("Range", f"bytes={have}-")
    try:
        with urllib.request.urlopen(request, timeout=_TIMEOUT_S) as reply:
            if have and reply.status != 206:
                h, have = item.hasher(), 0  # the server sends the whole file: start again
                mode = "wb"
            else:
                mode = "ab"
            with open(part, mode) as out:
                report(have)
                while chunk := reply.read(_CHUNK_BYTES):
                    out.write(chunk)
                    h.update(chunk)
                    have += len(chunk)
                    report(have)
    except urllib.error.HTTPError as exc:
        if exc.code == 416 and have == item.size_bytes:
            pass  # nothing left to fetch: the part file is whole
        else:
            raise DownloadError(f"{url}: HTTP {exc.code}", detail=f"HTTP {exc.code}") from exc
    except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
        # What arrived stays in the .part file; the next try continues from there.
        raise DownloadError(f"{url}: {exc}", detail=str(exc)) from exc
    if have < item.size_bytes:
        # The connection ended early without an error: keep what came, continue next time.
        raise DownloadError(
            f"{url}: the transfer stopped after {have} of {item.size_bytes} bytes",
            detail=f"{have} of {item.size_bytes} bytes",
        )
    if have != item.size_bytes or h.hexdigest() != item.expected():
        part.unlink()
        raise ChecksumError(
            f"{target.name} does not match its checksum (got {have} of {item.size_bytes} bytes)",
            path=target,
        )
    os.replace(part, target)
