"""Network analytics over the built graph, with networkx.

Each analytic takes a networkx graph and returns a plain ``node -> value`` dict;
``write_back`` turns those dicts into triples. Exact betweenness is used on graphs
up to ``EXACT_BETWEENNESS_LIMIT`` nodes and a seeded sample above, so large corpora
stay feasible and the output stays the same run to run.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from kg.iris import local_name
from kg.namespace import KG
from kg.rdfnodes import iris

__all__ = [
    "EXACT_BETWEENNESS_LIMIT",
    "add_analytics",
    "betweenness",
    "communities",
    "degree",
    "entity_network",
    "pagerank",
    "topic_cooccurrence",
    "write_back",
]

EXACT_BETWEENNESS_LIMIT = 1000
_SEED = 42
BETWEENNESS_SAMPLE = 64
_LINKS = (KG.heldBy, KG.presidedBy, KG.speaker, KG.mentions, KG.studies, KG.topic, KG.reviewed)


def entity_network(graph: Graph) -> nx.Graph:
    """Meetings linked to their committee, people, directives, topics and documents."""
    network = nx.Graph()
    for meeting in iris(graph.subjects(RDF.type, KG.Meeting)):
        network.add_node(meeting)
        for link in _LINKS:
            for target in iris(graph.objects(meeting, link)):
                network.add_edge(meeting, target)
    return network


def topic_cooccurrence(graph: Graph) -> nx.Graph:
    """Topics linked by the number of meetings that dealt with both (edge attribute ``weight``)."""
    bipartite = nx.Graph()
    meetings = iris(graph.subjects(RDF.type, KG.Meeting))
    for meeting in meetings:
        for topic in iris(graph.objects(meeting, KG.topic)):
            bipartite.add_edge(meeting, topic)
    topics = iris({t for m in meetings for t in graph.objects(m, KG.topic)})
    if not topics:
        return nx.Graph()
    return nx.bipartite.weighted_projected_graph(bipartite, topics)


def pagerank(network: nx.Graph) -> dict[URIRef, float]:
    """PageRank of every node; empty for an empty graph."""
    if network.number_of_nodes() == 0:
        return {}
    return dict(nx.pagerank(network, weight="weight"))


def degree(network: nx.Graph) -> dict[URIRef, float]:
    """Degree centrality (0 for the only node of a one-node graph)."""
    if network.number_of_nodes() <= 1:
        return {node: 0.0 for node in network}
    return dict(nx.degree_centrality(network))


def betweenness(network: nx.Graph) -> tuple[dict[URIRef, float], int | None]:
    """Betweenness centrality and the sample size used (None when exact)."""
    n = network.number_of_nodes()
    if n <= 2:
        return {node: 0.0 for node in network}, None
    if n <= EXACT_BETWEENNESS_LIMIT:
        return dict(nx.betweenness_centrality(network)), None
    k = min(n, BETWEENNESS_SAMPLE)
    return dict(nx.betweenness_centrality(network, k=k, seed=_SEED)), k


def _on_integers(
    measure: Callable[[nx.Graph], tuple[Mapping[Any, float], int | None]], network: nx.Graph
) -> tuple[dict[URIRef, float], int | None]:
    """``measure`` run on a copy whose nodes are integers in the same order, mapped back.

    Comparing rdflib terms runs Python code, and path-based measures compare nodes millions
    of times; integers compare in C. The order is kept, so a seeded sample picks the same nodes.
    """
    nodes = list(network)
    values, sample = measure(nx.convert_node_labels_to_integers(network, ordering="default"))
    return {nodes[index]: value for index, value in values.items()}, sample


def _canonical(network: nx.Graph) -> nx.Graph:
    """A copy with nodes and edges in sorted order.

    Louvain's result depends on the order it visits nodes and neighbours; networkx's
    bipartite projection adds edges in the order of Python sets, which changes with
    PYTHONHASHSEED, so without this the same corpus could number its communities apart.
    """
    copy = nx.Graph()
    copy.add_nodes_from(sorted(network, key=str))
    copy.add_edges_from(
        sorted(
            ((*sorted((a, b), key=str), data) for a, b, data in network.edges(data=True)),
            key=lambda e: (str(e[0]), str(e[1])),
        )
    )
    return copy


def communities(network: nx.Graph) -> dict[URIRef, int]:
    """Louvain community id per node, numbered by each community's smallest member."""
    if network.number_of_nodes() == 0:
        return {}
    found = nx.community.louvain_communities(_canonical(network), weight="weight", seed=_SEED)
    ordered = sorted((sorted(str(n) for n in group), group) for group in found)
    return {node: index for index, (_, group) in enumerate(ordered) for node in group}


def write_back(graph: Graph, prop: URIRef, values: Mapping[URIRef, float | int]) -> None:
    """Write ``node -> value`` as ``node prop value`` (doubles rounded so output is stable)."""
    for node, value in values.items():
        if isinstance(value, int):
            graph.add((node, prop, Literal(value, datatype=XSD.integer)))
        else:
            graph.add((node, prop, Literal(f"{value:.6g}", datatype=XSD.double)))


def add_analytics(graph: Graph, mint_cooccurrence: Callable[[str, str], URIRef], run: URIRef) -> dict[str, int | None]:
    """Compute and write every analytic; ``run`` records how. Returns figures for the build report."""
    network = entity_network(graph)
    write_back(graph, KG.pageRank, pagerank(network))
    write_back(graph, KG.degreeCentrality, degree(network))
    between, sample = _on_integers(betweenness, network)
    write_back(graph, KG.betweenness, between)
    write_back(graph, KG.community, communities(network))
    graph.add((run, RDF.type, KG.AnalyticsRun))
    graph.add((run, RDFS.label, Literal("network analytics of this build")))
    graph.add((run, KG.betweennessSampleSize, Literal(sample or 0, datatype=XSD.integer)))
    cooc = topic_cooccurrence(graph)
    write_back(graph, KG.topicCommunity, communities(cooc))
    for a, b, data in sorted(cooc.edges(data=True), key=lambda e: (str(e[0]), str(e[1]))):
        first, second = sorted((a, b), key=str)
        node = mint_cooccurrence(local_name(first), local_name(second))
        graph.add((first, KG.coOccursWith, second))
        graph.add((second, KG.coOccursWith, first))
        graph.add((node, RDF.type, KG.CoOccurrence))
        graph.add((node, RDFS.label, Literal(f"{local_name(first)} with {local_name(second)}")))
        graph.add((node, KG.source, first))
        graph.add((node, KG.target, second))
        graph.add((node, KG.weight, Literal(int(data["weight"]), datatype=XSD.integer)))
    return {
        "network_nodes": network.number_of_nodes(),
        "betweenness_sample": sample,
        "topic_links": cooc.number_of_edges(),
    }
