"""What the local LMS servers share: a threaded HTTP/1.1 server on loopback, a streaming
multipart reader (files go to disk as they arrive, hashed, never held in memory), a record of
every request, and injected faults (a 500, a dropped connection, a connection dropped halfway
through a body, slow reading).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

_CHUNK = 1 << 16


@dataclass
class Part:
    name: str
    filename: str | None
    content_type: str | None
    value: bytes = b""  # fields only
    path: Path | None = None  # files only: where the bytes were written
    sha256: str = ""
    size: int = 0


@dataclass
class Seen:
    """One request as the server saw it (headers lower-cased)."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    form: list[tuple[str, str]] = field(default_factory=list)
    parts: list[Part] = field(default_factory=list)


class Dropped(Exception):
    """The handler closed the connection on purpose (an injected fault)."""


class MultipartError(Exception):
    pass


def read_multipart(
    rfile: Any,
    length: int,
    boundary: str,
    spool: Path | None,
    bytes_per_s: float | None = None,
    drop_after_bytes: int | None = None,
    stall: tuple[int, threading.Event, threading.Event] | None = None,
) -> list[Part]:
    """Read a multipart/form-data body of `length` bytes part by part, files to `spool` (None:
    hashed and counted only, for the benchmark's 500 MB uploads)."""
    remaining = length
    received = 0
    started = time.monotonic()

    def fill(buf: bytearray) -> bool:
        nonlocal remaining, received
        if remaining <= 0:
            return False
        want = min(_CHUNK, remaining)
        if drop_after_bytes is not None and received + want > drop_after_bytes:
            raise Dropped()
        if stall is not None and received + want > stall[0]:
            stall[1].set()  # the test may now act while this upload hangs halfway
            stall[2].wait(60)
            raise Dropped()
        data = rfile.read(want)
        if not data:
            raise MultipartError("body ended early")
        remaining -= len(data)
        received += len(data)
        buf += data
        if bytes_per_s:
            ahead = received / bytes_per_s - (time.monotonic() - started)
            if ahead > 0:
                time.sleep(ahead)
        return True

    buf = bytearray()
    opening = f"--{boundary}\r\n".encode()
    while len(buf) < len(opening):
        if not fill(buf):
            raise MultipartError("no opening boundary")
    if bytes(buf[: len(opening)]) != opening:
        raise MultipartError("body does not start with the boundary")
    del buf[: len(opening)]
    delim = f"\r\n--{boundary}".encode()
    parts: list[Part] = []
    while True:
        while b"\r\n\r\n" not in buf:
            if len(buf) > 16384 or not fill(buf):
                raise MultipartError("part headers too long or missing")
        end = buf.index(b"\r\n\r\n")
        head = bytes(buf[:end]).decode("utf-8")
        del buf[: end + 4]
        part = _part_from_headers(head)
        sink = None
        digest = hashlib.sha256()
        if part.filename is not None and spool is not None:
            part.path = spool / f"upload-{time.monotonic_ns()}"
            sink = open(part.path, "wb")  # noqa: SIM115 - closed below on every path
        value = bytearray()
        try:
            while True:
                idx = buf.find(delim)
                if idx >= 0:
                    chunk = bytes(buf[:idx])
                    del buf[: idx + len(delim)]
                else:
                    keep = len(delim)
                    chunk = bytes(buf[:-keep]) if len(buf) > keep else b""
                    del buf[: len(chunk)]
                if chunk:
                    part.size += len(chunk)
                    if part.filename is not None:
                        digest.update(chunk)
                        if sink is not None:
                            sink.write(chunk)
                    else:
                        value += chunk
                if idx >= 0:
                    break
                if not fill(buf):
                    raise MultipartError("closing boundary missing")
        finally:
            if sink is not None:
                sink.close()
        part.value = bytes(value)
        part.sha256 = digest.hexdigest() if part.filename is not None else ""
        parts.append(part)
        while len(buf) < 2:
            if not fill(buf):
                raise MultipartError("body ended after a boundary")
        tail = bytes(buf[:2])
        del buf[:2]
        if tail == b"--":
            while remaining > 0:
                fill(buf)
            return parts
        if tail != b"\r\n":
            raise MultipartError("bad boundary line")


def _part_from_headers(head: str) -> Part:
    name = filename = content_type = None
    for line in head.split("\r\n"):
        key, _, value = line.partition(":")
        if key.strip().lower() == "content-disposition":
            for item in value.split(";")[1:]:
                k, _, v = item.strip().partition("=")
                v = v.strip().strip('"')
                if k == "name":
                    name = v
                elif k == "filename":
                    filename = v
        elif key.strip().lower() == "content-type":
            content_type = value.strip()
    if name is None:
        raise MultipartError("part without a name")
    return Part(name, filename, content_type)


class FakeServer:
    """Base of the fakes: subclasses implement handle(handler, seen) -> (status, headers, body)."""

    def __init__(self, spool: Path) -> None:
        self.spool = spool
        spool.mkdir(parents=True, exist_ok=True)
        self.requests: list[Seen] = []
        self.lock = threading.RLock()
        # path prefix -> faults to apply, in order, to the next requests on it:
        # a status ("500", "403", "413"), "drop" (no answer, nothing done), "drop_body:N"
        # (close after N body bytes), "lose_answer" (done, then closed without an answer);
        # "hang_answer" (done, then no answer until the server stops), "stall_body:N" (stop
        # reading after N body bytes until the server stops); any other word lets that
        # request through untouched ("pass")
        self.faults: dict[tuple[str | None, str, bool], list[str]] = {}
        self.upload_bytes_per_s: float | None = None
        self.keep_uploads = True  # False: files are hashed and counted, not written
        self.port = 0  # 0: any free port; set to come back on the same address
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.stopping = threading.Event()
        self.stalled = threading.Event()  # set when a "stall_body" fault holds a request

    # --- life ---------------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        assert self._httpd is not None
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> FakeServer:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                return  # the record is in fake.requests

            def do_GET(self) -> None:
                fake._dispatch(self)

            def do_POST(self) -> None:
                fake._dispatch(self)

            def do_PUT(self) -> None:
                fake._dispatch(self)

        self._httpd = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()

    def __enter__(self) -> FakeServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- faults -------------------------------------------------------------------------
    def inject(
        self, path: str, *faults: str, method: str | None = None, exact: bool = False
    ) -> None:
        """Faults for the next requests whose path starts with `path` (or is it, if exact)."""
        with self.lock:
            self.faults.setdefault((method, path, exact), []).extend(faults)

    def _take_fault(self, method: str, path: str) -> str | None:
        with self.lock:
            for (want_method, want_path, exact), queue in self.faults.items():
                hit = path == want_path if exact else path.startswith(want_path)
                if hit and queue and want_method in (None, method):
                    return queue.pop(0)
        return None

    # --- requests -----------------------------------------------------------------------
    def _dispatch(self, h: BaseHTTPRequestHandler) -> None:
        url = urlsplit(h.path)
        query: dict[str, list[str]] = {}
        for k, v in parse_qsl(url.query, keep_blank_values=True):
            query.setdefault(k, []).append(v)
        seen = Seen(h.command, url.path, query, {k.lower(): v for k, v in h.headers.items()})
        fault = self._take_fault(h.command, url.path)
        length = int(h.headers.get("Content-Length") or 0)
        try:
            if fault == "drop":
                raise Dropped()
            drop_after = (
                int(fault.split(":")[1]) if fault and fault.startswith("drop_body") else None
            )
            stall = None
            if fault and fault.startswith("stall_body"):
                stall = (int(fault.split(":")[1]), self.stalled, self.stopping)
            ctype = h.headers.get("Content-Type") or ""
            if ctype.startswith("multipart/form-data"):
                boundary = ctype.split("boundary=", 1)[1].strip().strip('"')
                seen.parts = read_multipart(
                    h.rfile,
                    length,
                    boundary,
                    self.spool if self.keep_uploads else None,
                    self.upload_bytes_per_s,
                    drop_after,
                    stall,
                )
            elif length:
                body = h.rfile.read(length)
                if ctype.startswith("application/x-www-form-urlencoded"):
                    seen.form = parse_qsl(body.decode("ascii"), keep_blank_values=True)
            with self.lock:
                self.requests.append(seen)
            if fault is not None and fault.isdigit():
                status, headers, payload = int(fault), dict[str, str](), b"{}"
            elif fault == "throttle":  # Canvas's way of saying "slow down"
                status, headers, payload = 403, {}, b"403 Forbidden (Rate Limit Exceeded)\n"
            else:
                status, headers, payload = self.handle(seen)
                if fault == "lose_answer":  # done, but the client never hears of it
                    raise Dropped()
                if fault == "hang_answer":  # done; the answer waits until the server stops
                    self.stopping.wait(60)
                    raise Dropped()
        except Dropped:
            with self.lock:
                if not any(r is seen for r in self.requests):
                    self.requests.append(seen)
            h.close_connection = True
            with contextlib.suppress(OSError):
                h.connection.shutdown(2)
            return
        except MultipartError as exc:
            status, headers, payload = 400, {}, json.dumps({"message": str(exc)}).encode()
        h.send_response(status)
        for k, v in headers.items():
            h.send_header(k, v)
        h.send_header("Content-Length", str(len(payload)))
        h.end_headers()
        h.wfile.write(payload)

    def handle(self, seen: Seen) -> tuple[int, dict[str, str], bytes]:
        raise NotImplementedError


def json_reply(status: int, body: Any, **headers: str) -> tuple[int, dict[str, str], bytes]:
    return status, {"Content-Type": "application/json", **headers}, json.dumps(body).encode()


@contextlib.contextmanager
def running(server: FakeServer) -> Iterator[FakeServer]:
    server.start()
    try:
        yield server
    finally:
        server.stop()
