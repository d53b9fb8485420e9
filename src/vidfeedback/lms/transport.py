"""HTTP for the platform clients: addresses we may talk to, the token kept out of sight, retries
with backoff, and file uploads streamed from disk.

httpx is used because it sends a body from a generator with an exact Content-Length (no chunked
encoding, which signed upload targets such as S3 presigned POSTs refuse), never follows a
redirect on its own (Canvas's upload confirmation must be requested by us, with the token, and
only on Canvas's own host), and has separate connect/read/write timeouts. The multipart body is
written by us: its size is known before the first byte is sent, the file is read 1 MiB at a time,
and the bytes sent are counted for the progress bar.
"""

from __future__ import annotations

import ipaddress
import os
import random
import secrets
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

import httpx

from vidfeedback.errors import ErrorCode
from vidfeedback.lms.errors import LmsError

CHUNK_BYTES = 1 << 20
USER_AGENT = "vidfeedback"

Progress = Callable[[int], None]  # bytes sent so far of the current file


class Secret:
    """A token that does not show itself in reprs, f-strings, tracebacks or logs."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value.strip()

    def reveal(self) -> str:
        return self._value

    def __bool__(self) -> bool:
        return bool(self._value)

    def __repr__(self) -> str:
        return "Secret(***)"

    __str__ = __repr__


class Cancelled(Exception):
    """The teacher stopped the upload; what was confirmed stays in the ledger."""


def is_loopback(host: str) -> bool:
    if host.casefold() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_url(url: str, what: str = "address") -> str:
    """The URL without fragment, if it is https, or http to this machine (the test servers);
    anything else would send the token or the students' feedback in clear text."""
    parts = urlsplit(url.strip())
    host = parts.hostname or ""
    if parts.scheme not in ("http", "https") or not host:
        raise LmsError(
            f"“{_show(url)}” is not a web address ({what}).",
            ErrorCode.LMS_URL_INVALID,
            url=_show(url),
        )
    if parts.scheme != "https" and not is_loopback(host):
        raise LmsError(
            f"{_show(url)} is not encrypted (http): only https addresses are used, so that the "
            "token and the students' feedback cannot be read on the way.",
            ErrorCode.LMS_URL_INSECURE,
            url=_show(url),
        )
    return urlunsplit((parts.scheme, parts.netloc, parts.path, parts.query, ""))


def same_origin(a: str, b: str) -> bool:
    pa, pb = urlsplit(a), urlsplit(b)
    return (pa.scheme, pa.hostname, pa.port) == (pb.scheme, pb.hostname, pb.port)


def _show(url: str) -> str:
    """An address as it may appear in a message or log: no query string (signatures, tokens)."""
    parts = urlsplit(url.strip())
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 5
    first_delay_s: float = 1.0
    max_delay_s: float = 30.0

    def delay_s(self, attempt: int) -> float:
        """Exponential backoff with jitter, so many clients do not come back in step."""
        base = min(self.max_delay_s, self.first_delay_s * (2**attempt))
        return float(base * (0.5 + random.random() / 2))


RETRIABLE_STATUS = frozenset({429, 500, 502, 503, 504})


class Transport:
    """One HTTP client for one run, with retries for requests that are safe to repeat."""

    def __init__(
        self,
        platform: str,
        retry: RetryPolicy | None = None,
        cancel: threading.Event | None = None,
        timeout_s: float = 60.0,
    ) -> None:
        self.platform = platform
        self.retry = retry or RetryPolicy()
        self.cancel = cancel or threading.Event()
        self._client = httpx.Client(
            follow_redirects=False,
            timeout=httpx.Timeout(timeout_s, connect=15.0),
            headers={"User-Agent": USER_AGENT},
            trust_env=False,
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Transport:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def send(
        self,
        method: str,
        url: str,
        *,
        what: str,
        headers: Mapping[str, str] | None = None,
        data: Sequence[tuple[str, str]] | None = None,
        params: Sequence[tuple[str, str]] | None = None,
        body: Callable[[], tuple[Mapping[str, str], Iterator[bytes]]] | None = None,
        repeatable: bool = True,
    ) -> httpx.Response:
        """Send, retrying 5xx/429 and dropped connections when the request is repeatable.

        A request that is not repeatable (it may have created something) is sent once; the
        caller checks what the platform holds before trying again. Status codes are returned
        as they are: the caller knows what each one means for its request.
        """
        check_url(url)
        attempt = 0
        while True:
            if self.cancel.is_set():
                raise Cancelled()
            try:
                extra: dict[str, str] = dict(headers or {})
                content: Iterator[bytes] | bytes | None = None
                if body is not None:
                    body_headers, content = body()
                    extra.update(body_headers)
                elif data is not None:
                    content = _form(data)
                    extra.update(FORM_HEADERS)
                response = self._client.request(
                    method,
                    url,
                    headers=extra,
                    content=content,
                    params=list(params) if params else None,
                )
                throttled = response.status_code == 403 and _rate_limited(response)
                if not (response.status_code in RETRIABLE_STATUS or throttled) or not repeatable:
                    return response
                reason = f"HTTP {response.status_code}"
                failure: LmsError = LmsError(
                    f"{self.platform} answered {response.status_code} when asked to {what}.",
                    ErrorCode.LMS_SERVER_ERROR,
                    retriable=True,
                    platform=self.platform,
                    status=response.status_code,
                    what=what,
                    detail="",
                )
            except Cancelled:
                raise
            except httpx.TransportError as exc:
                reason = type(exc).__name__
                failure = LmsError(
                    f"Could not reach {self.platform} at {_show(url)} to {what}: {reason}. Check "
                    "the network; the upload goes on from where it stopped when you try again.",
                    ErrorCode.LMS_UNREACHABLE,
                    retriable=True,
                    platform=self.platform,
                    url=_show(url),
                    detail=reason,
                )
                if not repeatable:
                    raise failure from None
            attempt += 1
            if attempt >= self.retry.attempts:
                raise failure
            self._sleep(self.retry.delay_s(attempt - 1))

    def _sleep(self, seconds: float) -> None:
        if self.cancel.wait(seconds):
            raise Cancelled()


def _rate_limited(response: httpx.Response) -> bool:
    """Canvas throttles with "403 Forbidden (Rate Limit Exceeded)", not with 429."""
    try:
        return "rate limit exceeded" in response.text[:500].casefold()
    except (UnicodeDecodeError, httpx.ResponseNotRead):
        return False


def _form(data: Sequence[tuple[str, str]]) -> bytes:
    """application/x-www-form-urlencoded, names may repeat (Canvas's comment[file_ids][])."""
    return urlencode(list(data)).encode("ascii")


FORM_HEADERS = {"Content-Type": "application/x-www-form-urlencoded"}


def multipart_file_body(
    fields: Sequence[tuple[str, str]],
    file_field: str,
    path: Path,
    filename: str,
    content_type: str,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> tuple[dict[str, str], Iterator[bytes]]:
    """A multipart/form-data body with the fields first and the file last, streamed from disk.

    Canvas's upload targets require the file to be the last part; Moodle's upload.php reads it
    from $_FILES. Memory use is one chunk, whatever the file's size.
    """
    boundary = "vidfeedback-" + secrets.token_hex(16)
    head = bytearray()
    for name, value in fields:
        head += f"--{boundary}\r\n".encode()
        head += f'Content-Disposition: form-data; name="{_quote(name)}"\r\n\r\n'.encode()
        head += value.encode("utf-8") + b"\r\n"
    head += f"--{boundary}\r\n".encode()
    head += (
        f'Content-Disposition: form-data; name="{_quote(file_field)}"; '
        f'filename="{_quote(filename)}"\r\n'
        f"Content-Type: {content_type}\r\n\r\n"
    ).encode()
    tail = f"\r\n--{boundary}--\r\n".encode()
    size = os.stat(path).st_size
    headers = {
        "Content-Type": f"multipart/form-data; boundary={boundary}",
        "Content-Length": str(len(head) + size + len(tail)),
    }

    def chunks() -> Iterator[bytes]:
        yield bytes(head)
        sent = 0
        with open(path, "rb") as f:
            while True:
                if cancel is not None and cancel.is_set():
                    raise Cancelled()
                block = f.read(CHUNK_BYTES)
                if not block:
                    break
                sent += len(block)
                yield block
                if progress is not None:
                    progress(sent)
        if sent != size:
            raise LmsError(
                f"{path.name} changed while it was being sent; it is sent again.",
                ErrorCode.LMS_FILE_CHANGED,
                retriable=True,
                path=path,
            )
        yield tail

    return headers, chunks()


def _quote(value: str) -> str:
    """Quotes and line breaks cannot be in a quoted multipart parameter (WHATWG form encoding
    percent-encodes them); the rest of UTF-8 is sent as it is, as browsers do."""
    return value.replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")


def json_or_none(response: httpx.Response) -> object:
    try:
        return response.json()
    except ValueError:
        return None


def error_detail(response: httpx.Response) -> str:
    """A short reason from an error body (Canvas: {"errors": [...]} or {"message": ...})."""
    body = json_or_none(response)
    if body is None and response.text.strip():
        return response.text.strip()[:200]
    if isinstance(body, dict):
        if isinstance(body.get("message"), str):
            return str(body["message"])[:200]
        errors = body.get("errors")
        if isinstance(errors, list) and errors:
            first = errors[0]
            if isinstance(first, dict) and isinstance(first.get("message"), str):
                return str(first["message"])[:200]
        if isinstance(errors, dict):
            return str(errors)[:200]
    return ""
