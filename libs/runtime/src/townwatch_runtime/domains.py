"""Registered domains (``uk.reuters.com`` -> ``reuters.com``), from the public-suffix snapshot tldextract ships.

The snapshot is read from the package, never fetched: services run without internet and must give the same answer
on every machine. An outlet's subdomains (``uk.``, ``www.``, ``m.``, ``edition.``) are one outlet.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlsplit

import tldextract

__all__ = ["registered_domain"]

_EXTRACT = tldextract.TLDExtract(cache_dir=None, suffix_list_urls=(), fallback_to_snapshot=True)


@lru_cache(maxsize=4096)
def registered_domain(url_or_host: str) -> str | None:
    """The registered domain (eTLD+1) of a URL or a bare host, lower-cased; None for IP addresses and bad input."""
    text = url_or_host.strip()
    try:
        host = urlsplit(text).hostname if "//" in text else text.split("/", 1)[0].split(":", 1)[0]
    except ValueError:
        return None
    if not host:
        return None
    parts = _EXTRACT(host.lower().rstrip("."))
    if not parts.domain or not parts.suffix:  # an IP address, "localhost", or a bare suffix
        return None
    return f"{parts.domain}.{parts.suffix}"
