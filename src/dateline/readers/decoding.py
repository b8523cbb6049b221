"""Bytes to text: UTF-8 first, a detected encoding where that is trustworthy, else a reject."""

from __future__ import annotations

import codecs

from ..errors import Reject, RejectCode

_SNIFF_BYTES = 8192
# Text in any encoding has few C0 control characters besides tab, newline and carriage return;
# executables, images and archives have many. The threshold is loose on purpose: false
# "binary" verdicts on real text would lose articles.
_MAX_CONTROL_SHARE = 0.10
_TEXT_CONTROLS = {9, 10, 12, 13, 27}


def looks_binary(data: bytes) -> bool:
    """True for data that is not text in any single-byte or UTF-8 encoding."""
    head = data[:_SNIFF_BYTES]
    if not head:
        return False
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for byte in head if byte < 32 and byte not in _TEXT_CONTROLS)
    return controls / len(head) > _MAX_CONTROL_SHARE


def decode_text(data: bytes, source: str) -> str | Reject:
    """Decode a file's bytes, or return a `Reject` (binary data, or no trustworthy encoding).

    UTF-8 (with or without a byte-order mark) and BOM-marked UTF-16 are taken as they are;
    anything else goes to charset-normalizer, whose guess is used only when it decodes the
    whole file cleanly.
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            return Reject.of(source, RejectCode.UNDECODABLE, f"invalid UTF-16 ({error.reason} at byte {error.start})")
    if looks_binary(data):
        return Reject.of(source, RejectCode.BINARY, "the file is binary data, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        detected = _detect(data)
        if detected is not None:
            return detected
        return Reject.of(
            source,
            RejectCode.UNDECODABLE,
            f"not UTF-8 (byte {utf8_error.start}) and no other encoding could be detected",
        )


def _detect(data: bytes) -> str | None:
    from charset_normalizer import from_bytes  # imported lazily: only non-UTF-8 input needs it

    best = from_bytes(data).best()
    if best is None:
        return None
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
