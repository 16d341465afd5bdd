"""``directives.html``: central directives and the committees that relayed them, in time order.

Each directive is a row; each relay is a node placed left to right by its date
(undated relays at the end of the row), so the speed of relaying reads at a glance.
"""

from __future__ import annotations

import datetime as dt

from rdflib import Graph, URIRef

from kg.links import relays
from kg.namespace import KG
from kg.views.common import CLASS_COLOURS, label, nav, short, tooltip
from kg.views.render import EdgeSpec, NodeSpec, Page, render_network

__all__ = ["render_directives"]

_ROW, _WIDTH, _LEFT = 60.0, 1600.0, -450.0


def render_directives(graph: Graph) -> str:
    found = relays(graph)
    dates = [r.date for rs in found.values() for r in rs if r.date is not None]
    start = min(dates) if dates else dt.date(2000, 1, 1)
    span = max(((max(dates) - start).days if dates else 0), 1)

    def first_day(directive: URIRef) -> dt.date:
        return next((r.date for r in found[directive] if r.date is not None), dt.date.max)

    ordered = sorted(found, key=lambda d: (first_day(d), -len(found[d]), str(d)))
    nodes, edges = [], []
    name, colour = CLASS_COLOURS[KG.CentralDirective]
    for row, directive in enumerate(ordered):
        y = row * _ROW
        nodes.append(
            NodeSpec(
                str(directive),
                short(label(graph, directive), 50),
                tooltip(graph, directive, name),
                name,
                colour,
                14,
                {},
                _LEFT,
                y,
            )
        )
        for relay in found[directive]:
            committee = label(graph, relay.committee) if relay.committee is not None else "unknown committee"
            when = relay.date.isoformat() if relay.date else "undated"
            x = (relay.date - start).days / span * _WIDTH if relay.date else _WIDTH + 150
            ident = f"{directive}#relay-{relay.order}"
            text = f"{committee}\n{when}"
            if relay.days_after_event is not None:
                text += f"\n{relay.days_after_event} days after the event"
            if relay.days_after_first:
                text += f"\n+{relay.days_after_first} days after the first relay"
            nodes.append(
                NodeSpec(
                    ident,
                    short(f"{committee.removeprefix('Standing Committee of the ')}, {when}", 45),
                    text + "\n" + tooltip(graph, relay.meeting, "Meeting"),
                    "Relay",
                    "#e6550d",
                    9,
                    {"committee": [committee], "year": [when[:4]] if relay.date else []},
                    x,
                    y + 25,
                )
            )
            edges.append(EdgeSpec(str(directive), ident, f"relay {relay.order}"))
    summary = (
        f"{len(ordered)} central directives; each row shows the meetings that relayed one, left to right "
        f"by date from {start.isoformat()} (undated at the end of the row)."
    )
    page = Page("Central directives and their relays", summary, (), nav(), filters=True, font_size=34)
    return render_network(page, nodes, edges)
