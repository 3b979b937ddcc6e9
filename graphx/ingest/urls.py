"""Which URLs from articles may become links: one check for ingest and the app.

Article metadata comes from anywhere on the web; a ``javascript:`` or
``data:`` URL rendered as a link runs in the reader's browser (issue 7).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

__all__ = ["safe_url"]

_URL_SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.-]*):")
_C0_AND_SPACE = "".join(map(chr, range(0x21)))


def safe_url(url: str) -> str:
    """The URL when it is an absolute http(s) link to a host, else ``""``.

    Browsers ignore surrounding spaces and control characters and any tab or
    line break inside a URL, so ``" java\\tscript:alert(1)"`` runs script; the
    check sees the URL the way a browser would and returns that cleaned form.
    ``javascript:``, ``data:``, ``vbscript:``, relative and scheme-relative
    URLs all give ``""``. Use it before rendering any document URL as a link.

    >>> safe_url(" https://example.com/a?b=1 "), safe_url("JaVa\\nScript:alert(1)")
    ('https://example.com/a?b=1', '')
    """
    cleaned = re.sub(r"[\t\n\r]", "", url).strip(_C0_AND_SPACE)
    m = _URL_SCHEME.match(cleaned)
    if m is None or m.group(1).lower() not in ("http", "https"):
        return ""
    try:
        host = urlsplit(cleaned.replace("\\", "/")).hostname
    except ValueError:
        return ""
    return cleaned if host else ""
