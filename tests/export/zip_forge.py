"""Writing zip files byte by byte, including what Python's zipfile refuses to write: names in
any bytes and code page, lying sizes, encrypted and symbolic-link flags, truncation.

The layout follows PKWARE's APPNOTE (local file header, data, central directory, end record).
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

UTF8_FLAG = 0x800
ENCRYPTED_FLAG = 0x1
SYMLINK_ATTR = (0o120777 << 16) | 0  # S_IFLNK in the Unix mode bits of external_attr
FILE_ATTR = 0o100644 << 16


@dataclass(frozen=True)
class Entry:
    name: bytes
    data: bytes = b""
    utf8_flag: bool = False
    encrypted: bool = False
    symlink: bool = False
    deflate: bool = False
    size_lie: int = 0  # added to the declared uncompressed size
    extra: bytes = b""  # extra fields, in the local header and the central directory alike


def unicode_path_extra(utf8_name: str, raw_name: bytes) -> bytes:
    """Info-ZIP's Unicode Path extra field (0x7075) as 7-Zip writes it beside an OEM name."""
    body = b"\x01" + struct.pack("<I", zlib.crc32(raw_name)) + utf8_name.encode("utf-8")
    return struct.pack("<HH", 0x7075, len(body)) + body


def forge_zip(entries: list[Entry]) -> bytes:
    out = bytearray()
    central = bytearray()
    for e in entries:
        if e.deflate:
            packer = zlib.compressobj(9, zlib.DEFLATED, -15)
            payload = packer.compress(e.data) + packer.flush()
            method = 8
        else:
            payload, method = e.data, 0
        flags = (UTF8_FLAG if e.utf8_flag else 0) | (ENCRYPTED_FLAG if e.encrypted else 0)
        crc = zlib.crc32(e.data)
        size = max(len(e.data) + e.size_lie, 0)
        offset = len(out)
        # version needed, flags, method, time, date, crc, sizes, name length, extra length
        out += struct.pack(
            "<IHHHHHIIIHH", 0x04034B50, 20, flags, method, 0, 0x21, crc, len(payload), size,
            len(e.name), len(e.extra),
        )  # fmt: skip
        out += e.name + e.extra + payload
        attr = SYMLINK_ATTR if e.symlink else FILE_ATTR
        central += struct.pack(
            "<IHHHHHHIIIHHHHHII", 0x02014B50, 0x031E, 20, flags, method, 0, 0x21, crc,
            len(payload), size, len(e.name), len(e.extra), 0, 0, 0, attr, offset,
        )  # fmt: skip
        central += e.name + e.extra
    cd_offset = len(out)
    out += central
    out += struct.pack(
        "<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), cd_offset, 0
    )
    return bytes(out)
