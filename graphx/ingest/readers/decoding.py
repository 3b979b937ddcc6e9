"""Bytes -> text: byte-order marks, UTF-16 without one, damaged UTF-8, guessed codecs.

Non-UTF-8 text is decoded with charset-normalizer; binary data raises
:class:`graphx.errors.InputError` with a one-line reason.
"""

from __future__ import annotations

from graphx.errors import InputError
from graphx.ingest.readers.normalise import CONTROL

__all__ = ["decode"]

_MAGIC = {
    b"%PDF": "PDF",
    b"PK\x03\x04": "ZIP/Office",
    b"\x89PNG": "PNG",
    b"GIF8": "GIF",
    b"\xff\xd8\xff": "JPEG",
    b"\x1f\x8b": "gzip",
    b"\xd0\xcf\x11\xe0": "MS Office",
}


_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def decode(data: bytes) -> tuple[str, list[str]]:
    """Text of a file and decoding warnings; InputError for binary data.

    >>> decode("The caf\\u00e9 \\u2013 on Main Street \\u2013 reopened.".encode("cp1252"))
    ('The café – on Main Street – reopened.', ['decoded as cp1252'])
    """
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"binary file (not text): {kind}")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            # A cut-off or corrupt UTF-16 file must not raise (fuzzing found it).
            text = data[len(bom) :].decode(codec, errors="replace")
            return text, [f"decoded as {codec.removesuffix('-le').removesuffix('-be')}"]
    head = data[:8192]
    codec = _utf16_without_bom(head)
    if codec:
        text, warnings = data.decode(codec, errors="replace"), [f"decoded as {codec}"]
    elif head.count(b"\x00") > max(2, len(head) // 100):  # a stray NUL is not binary
        raise InputError("binary file (not text)")
    else:
        text, warnings = _decode_8bit(data)
    if len(CONTROL.findall(text[:8192])) > max(2, len(text[:8192]) // 100):
        raise InputError("binary file (not text)")
    return text, warnings


def _utf16_without_bom(head: bytes) -> str:
    """``utf-16-le``/``-be`` when every other byte is NUL, as in Latin text without a BOM.

    Such a file was rejected as binary (issue 12 F12).

    >>> _utf16_without_bom("Plain words".encode("utf-16-be")), _utf16_without_bom(b"ab\\x00cd")
    ('utf-16-be', '')
    """
    pairs = len(head) // 2
    if pairs < 4:
        return ""
    even, odd = head[0 : 2 * pairs : 2].count(0), head[1 : 2 * pairs : 2].count(0)
    if odd >= pairs * 0.6 and even <= pairs * 0.02:
        return "utf-16-le"
    if even >= pairs * 0.6 and odd <= pairs * 0.02:
        return "utf-16-be"
    return ""


def _decode_8bit(data: bytes) -> tuple[str, list[str]]:
    """UTF-8 when it is; mostly UTF-8 with a few bad bytes replaced; else a guess.

    One invalid byte in a UTF-8 article made charset-normalizer give up and
    the file was rejected as binary (issue 12 F12). When the file's valid
    multi-byte UTF-8 sequences outweigh its invalid bytes, each sequence
    weighing its bytes after the first, it is UTF-8 with damage: the bad
    bytes become U+FFFD and the file says how many. A legacy code page's
    text holds a valid pair only by chance (an accented capital before a
    quotation mark: "JOSÉ”" in cp1252, a review), which reads as a letter of
    another script and is not counted (``_likely``), and a longer sequence
    hardly ever, while a short UTF-8 page with one pasted Latin-1 byte beside
    a dash and an accent had failed a four-to-one test and been guessed as a
    Mac code page, garbling all three.
    """
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8-sig", errors="replace")
    kept = data.count("\ufffd".encode())  # replacement characters already in the file
    bad = text.count("\ufffd") - kept
    good = sum(len(c.encode()) - 1 for c in text if _likely(c))
    if bad < good:
        return text, [f"{bad} invalid UTF-8 byte sequence(s) replaced with U+FFFD"]
    return _guess_decode(data)


def _likely(char: str) -> bool:
    """A character UTF-8 news text holds: a Latin letter or sign (up to U+017F) or one of
    three bytes or more (a dash, a quotation mark); an accented capital before a quotation
    mark in cp1252 reads as a valid pair of another script ("\u00c9\u201d" is U+0254)."""
    return "\x7f" < char <= "\u017f" or "\u0800" <= char != "\ufffd"


# Below this many bytes a guess is noise: a 16-byte file of stray bytes was
# "decoded as utf_16_le" into a line of ideographs and built as a document,
# while no random run of 40 bytes or more passes the guess.
_FEWEST_TO_GUESS = 32


def _guess_decode(data: bytes) -> tuple[str, list[str]]:
    from charset_normalizer import from_bytes

    if len(data) < _FEWEST_TO_GUESS:
        raise InputError(f"not UTF-8, and {len(data)} bytes are too few to tell the encoding")
    best = from_bytes(data).best()
    if best is None:
        raise InputError("binary file (not text)")
    # windows-1252 is what the web means by "latin-1" (WHATWG); charset-normalizer
    # often ties it with cp1250 on short Western texts, so prefer it on a tie.
    western = from_bytes(data, cp_isolation=["cp1252"]).best()
    chosen = western if western is not None and western.chaos <= best.chaos else best
    return str(chosen), [f"decoded as {chosen.encoding}"]
