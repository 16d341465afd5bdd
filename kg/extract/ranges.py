"""Text ranges to keep out of a finder, asked about in logarithmic time.

Extractors skip words that belong to something else (a relayed directive's occasion, a
person's name). Scanning a list of ranges for every match made extraction quadratic in
the length of a readout; a sorted index keeps it linear-logarithmic.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from itertools import accumulate

__all__ = ["Ranges"]


class Ranges:
    """Half-open ranges ``[lo, hi)``, possibly overlapping."""

    __slots__ = ("_reach", "_starts")

    def __init__(self, ranges: Iterable[tuple[int, int]] = ()) -> None:
        ordered = sorted(ranges)
        self._starts = [lo for lo, _ in ordered]
        self._reach = list(accumulate((hi for _, hi in ordered), max))

    @classmethod
    def of(cls, ranges: Ranges | Sequence[tuple[int, int]]) -> Ranges:
        """``ranges`` as an index (itself when it already is one)."""
        return ranges if isinstance(ranges, Ranges) else cls(ranges)

    def holds(self, position: int) -> bool:
        """Whether some range contains ``position``.

        >>> Ranges([(0, 5), (10, 20)]).holds(12), Ranges([(0, 5), (10, 20)]).holds(7)
        (True, False)
        """
        i = bisect_right(self._starts, position)
        return i > 0 and self._reach[i - 1] > position

    def covers(self, start: int, end: int) -> bool:
        """Whether one range contains all of ``[start, end)``."""
        i = bisect_right(self._starts, start)
        return i > 0 and self._reach[i - 1] >= end

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some range shares a character with ``[start, end)``.

        >>> Ranges([(10, 20)]).overlaps(5, 11), Ranges([(10, 20)]).overlaps(20, 25)
        (True, False)
        """
        i = bisect_left(self._starts, end)
        return i > 0 and self._reach[i - 1] > start
