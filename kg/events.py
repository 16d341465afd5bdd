"""Central events as values: one event the readouts relay, and which one a wording names.

Two sources make them: the calendar of ``ontology/calendar.ttl`` (``kg.central_events``) and
the wording of a readout that identifies an event itself (``kg.stated_events``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

__all__ = ["CentralEvent", "Resolution"]


@dataclass(frozen=True, slots=True)
class CentralEvent:
    """One central event: a calendar entry, or a Politburo meeting or study session a readout identifies."""

    key: str
    label: str
    series: str
    kind: str
    issuer: str
    first: dt.date | None
    """The first day; None only for an event identified without its day (a numbered study session)."""
    last: dt.date | None
    term: int | None = None
    ordinal: int | None = None
    year: int | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Resolution:
    """The event a wording names, and whether the meeting predates it (then it is no relay)."""

    event: CentralEvent
    before_event: bool = False
