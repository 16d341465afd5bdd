"""``directives.html``: which committees relayed which central directive.

Central directives linked to the committees whose meetings relayed them: a directive's
size is its number of relays, a committee's its number of relays made, and a link's
width how often that committee relayed that directive. The timing of relays is the
relay timeline's job (``relays.html``).
"""

from __future__ import annotations

from rdflib import Graph, URIRef

from kg.links import relays
from kg.namespace import KG
from kg.views.common import CLASS_COLOURS, committee_free, facets, label, nav, rank, short, tooltip
from kg.views.evidence import EvidenceReader
from kg.views.render import EdgeSpec, NodeSpec, Page, most_meetings, render_network

__all__ = ["render_directives"]


def render_directives(graph: Graph, evidence: EvidenceReader) -> str:
    found = relays(graph)
    kept, note = most_meetings({d: len(rs) for d, rs in found.items()}, {d: rank(graph, d) for d in found})
    by_committee: dict[URIRef, dict[URIRef, set[URIRef]]] = {}
    for directive in kept:
        for relay in found[directive]:
            if relay.committee is not None:
                by_committee.setdefault(relay.committee, {}).setdefault(directive, set()).add(relay.meeting)
    directive_name, directive_colour = CLASS_COLOURS[KG.CentralDirective]
    nodes = [
        NodeSpec(
            str(directive),
            short(label(graph, directive), 36),
            tooltip(graph, directive, directive_name),
            directive_name,
            directive_colour,
            len(found[directive]),
            facets(graph, [r.meeting for r in found[directive]]),
            [e.as_json() for e in evidence.of(directive)],
            rank(graph, directive),
        )
        for directive in kept
    ]
    committee_name, committee_colour = CLASS_COLOURS[KG.Committee]
    edges = []
    for committee, relayed in sorted(by_committee.items(), key=lambda kv: str(kv[0])):
        meetings = {m for ms in relayed.values() for m in ms}
        nodes.append(
            NodeSpec(
                str(committee),
                short(committee_free(label(graph, committee)), 32),
                tooltip(graph, committee, committee_name),
                committee_name,
                committee_colour,
                len(meetings),
                facets(graph, sorted(meetings, key=str)),
                [],
                rank(graph, committee),
            )
        )
        for directive, together in sorted(relayed.items(), key=lambda kv: str(kv[0])):
            title = f"relayed in {len(together)} meeting(s)"
            edges.append(EdgeSpec(str(committee), str(directive), title, len(together), evidence.meetings(together)))
    summary = (
        f"{len(found)} central directives linked to the committees that relayed them; size is the number of "
        "relays. When they were relayed is on the relay timeline." + note
    )
    page = Page(
        "Central directives and who relayed them",
        summary,
        nav(),
        filters=True,
        top=25,
        groups=(directive_name, committee_name),
        anchors=(directive_name,),
        unit="directives",
    )
    return render_network(page, nodes, edges)
