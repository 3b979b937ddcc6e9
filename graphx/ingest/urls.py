"""What an article's URL says: whether it may become a link (one check for ingest and
the app), and the publication date a news site spells out in it.

Article metadata comes from anywhere on the web; a ``javascript:`` or
``data:`` URL rendered as a link runs in the reader's browser (issue 7).
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

__all__ = ["safe_url", "url_date"]

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


# Dates news sites put in their URLs: /2020/01/19/, /2012/mar/07/, /2018/03/, -20180718-,
# /20210412/, /2025-03/.
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_URL_DATES = (
    re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>[01]\d)/(?P<d>[0-3]\d)(?=/|$)"),
    re.compile(rf"/(?P<y>(?:19|20)\d{{2}})/(?P<m>(?i:{'|'.join(_MONTHS)}))/(?P<d>[0-3]?\d)(?=/|$)"),
    re.compile(r"[/_-](?P<y>(?:19|20)\d{2})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?=[/_.-]|$)"),
    re.compile(r"[/_-](?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?=[/_.-]|$)"),
    re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>[01]\d)(?=/)"),
    re.compile(r"/(?P<y>(?:19|20)\d{2})-(?P<m>[01]\d)(?=/)"),  # a month's folder: /2025-03/
)


def url_date(url: str, *, today: dt.date | None = None) -> str:
    """The publication date a news URL spells out, at its precision; "" when none.

    >>> url_date("https://example.com/news/2020/01/19/ice-story")
    '2020-01-19'
    >>> url_date("https://example.com/metro-lawsuit-20180718-story.html")
    '2018-07-18'
    >>> url_date("https://example.com/news/2012/mar/07/county-settles/")
    '2012-03-07'
    >>> url_date("https://example.com/2018/03/sessions-speech/")
    '2018-03'
    >>> url_date("https://example.com/story/2019-13-45/x"), url_date("https://example.com/a/3209200")
    ('', '')
    """
    path = url.split("?", 1)[0].split("#", 1)[0]
    path = path.split("://", 1)[-1].partition("/")[2]
    limit = (today or dt.date.today()).isoformat()
    for rx in _URL_DATES:
        for m in rx.finditer("/" + path):
            parts = m.groupdict()
            try:
                month = _month(parts["m"])
                value = _iso(int(parts["y"]), month, int(parts.get("d") or 0))
            except ValueError:  # "/2019/13/45/": no date
                continue
            # "/budget/2011-12/": a school or fiscal year, no month ("/2011/12/" is one)
            hyphened = rx is _URL_DATES[-1]
            school_year = hyphened and month == (int(parts["y"]) + 1) % 100
            if value <= limit and not school_year:
                return value
    return ""


def _month(number_or_name: str) -> int:
    """A URL's month: "03", or "mar" as some sites spell it."""
    name = number_or_name.lower()
    return _MONTHS.index(name) + 1 if name in _MONTHS else int(name)


def _iso(year: int, month: int, day: int) -> str:
    """The ISO prefix of a valid day, or of a month when ``day`` is 0."""
    if day:
        return dt.date(year, month, day).isoformat()
    return dt.date(year, month, 1).isoformat()[:7]
