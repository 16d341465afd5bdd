"""The content words of a directive's occasion: what two wordings of one event share.

A leaf module (nothing of the package imported), so both the directive extractor and the
IRI minter can use it without importing each other.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["occasion_key"]

_STOP = frozenset("the a an of on in at to for and with by his its their our from during recent important".split())
_NAMES_OF_THE_PARTY = frozenset({"cpc", "party", "communist", "china"})


@lru_cache(maxsize=1 << 14)  # each wording is compared with every other directive of its readout
def occasion_key(occasion: str) -> frozenset[str]:
    """The content words of an occasion, for comparing two wordings of one event."""
    lowered = occasion.lower().replace("’", "'").replace("'s", "").replace("politburo", "political bureau")
    words = re.findall(r"[a-z0-9]+", lowered)
    return frozenset(w for w in words if w not in _STOP and w not in _NAMES_OF_THE_PARTY)
