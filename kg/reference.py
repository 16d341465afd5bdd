"""Reference data the extractors consult, loaded from ``ontology/reference.ttl``.

The data is read once into a frozen ``Reference`` value that extractors take as an
argument, so they stay pure. ``Reference.without_known_people()`` drops the people,
which is how we check that extraction finds names from the text alone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from rdflib import Literal
from rdflib.namespace import RDF, RDFS, SKOS

from kg.namespace import KG
from kg.rdfnodes import iris, read_turtle

__all__ = ["Reference", "TopicScheme", "load_reference", "load_topic_scheme", "load_vocabulary_labels", "ontology_dir"]


@dataclass(frozen=True, slots=True)
class Reference:
    """Known leaders, places and alternative spellings."""

    person_aliases: dict[str, str] = field(default_factory=dict)
    """Every known spelling of a person (label included) -> the label."""
    central_leaders: frozenset[str] = frozenset()
    central_from: dict[str, dt.date] = field(default_factory=dict)
    """A central leader's label -> the day of his first central post (``kg:centralFrom``)."""
    known_titles: dict[str, str] = field(default_factory=dict)
    """A title that alone names one person ("General Secretary") -> that person's label."""
    places: frozenset[str] = frozenset()
    aliases: dict[str, str] = field(default_factory=dict)
    """Another spelling of a place or outlet -> its label ("Alashan Zuoqi" -> "Alxa Left Banner")."""
    outlet_regions: dict[str, str] = field(default_factory=dict)
    """An outlet's label -> the province it belongs to ("Huasheng Online" -> "Hunan")."""

    def without_known_people(self) -> Reference:
        """The same reference with the list of known people emptied."""
        return replace(self, person_aliases={}, central_leaders=frozenset(), central_from={}, known_titles={})

    def central_on(self, day: dt.date | None) -> frozenset[str]:
        """The central leaders of ``day``: a later leader still in a local post then is not one.

        Without a day, every known central leader counts.
        """
        if day is None:
            return self.central_leaders
        return frozenset(n for n in self.central_leaders if self.central_from.get(n, dt.date.min) <= day)


def ontology_dir() -> Path:
    """Where the ontology files live: inside the installed package, or the repository root."""
    packaged = Path(__file__).parent / "ontology"
    return packaged if packaged.is_dir() else Path(__file__).resolve().parent.parent / "ontology"


@lru_cache(maxsize=1)
def load_reference() -> Reference:
    """Load ``reference.ttl`` (cached: the file is read once per process)."""
    graph = read_turtle(ontology_dir() / "reference.ttl")
    aliases: dict[str, str] = {}
    central: set[str] = set()
    central_from: dict[str, dt.date] = {}
    titles: dict[str, str] = {}
    for person in iris(graph.subjects(RDF.type, KG.Person)):
        label = str(graph.value(person, RDFS.label))
        aliases[label] = label
        for alt in graph.objects(person, SKOS.altLabel):
            aliases[str(alt)] = label
        if graph.value(person, KG.centralLeader) == Literal(True):
            central.add(label)
            since = graph.value(person, KG.centralFrom)
            if isinstance(since, Literal) and isinstance(since.toPython(), dt.date):
                central_from[label] = since.toPython()
        for title in graph.objects(person, KG.titleAlone):
            titles[str(title)] = label
    places: set[str] = set()
    other: dict[str, str] = {}
    outlet_regions: dict[str, str] = {}
    for kind in (KG.Region, KG.MediaOutlet):
        for node in iris(graph.subjects(RDF.type, kind)):
            label = str(graph.value(node, RDFS.label))
            if kind == KG.Region:
                places.add(label)
            for alt in graph.objects(node, SKOS.altLabel):
                other[str(alt)] = label
                if kind == KG.Region:
                    places.add(str(alt))
            home = graph.value(node, KG.region)
            if kind == KG.MediaOutlet and home is not None:
                outlet_regions[label] = str(graph.value(home, RDFS.label))
    return Reference(
        person_aliases=aliases,
        central_leaders=frozenset(central),
        central_from=central_from,
        known_titles=titles,
        places=frozenset(places),
        aliases=other,
        outlet_regions=outlet_regions,
    )


@dataclass(frozen=True, slots=True)
class TopicScheme:
    """The SKOS topic scheme as (concept key, labels) pairs, for matching in text."""

    concepts: tuple[tuple[str, tuple[str, ...]], ...]
    """English labels: the preferred one first."""
    chinese: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """Chinese labels (``@zh``), for Chinese readouts."""


@lru_cache(maxsize=1)
def load_topic_scheme() -> TopicScheme:
    """Load ``topics.ttl`` (cached): every kg:Topic with its preferred and alternative labels."""
    graph = read_turtle(ontology_dir() / "topics.ttl")
    concepts, chinese = [], []
    for concept in iris(graph.subjects(RDF.type, KG.Topic)):
        key = str(concept).rsplit("/", 1)[-1]
        alternatives = [alt for alt in graph.objects(concept, SKOS.altLabel) if isinstance(alt, Literal)]
        labels = [str(graph.value(concept, SKOS.prefLabel))]
        labels += sorted(str(alt) for alt in alternatives if alt.language != "zh")
        concepts.append((key, tuple(labels)))
        zh = sorted(str(alt) for alt in alternatives if alt.language == "zh")
        if zh:
            chinese.append((key, tuple(zh)))
    return TopicScheme(tuple(concepts), tuple(sorted(chinese)))


@lru_cache(maxsize=1)
def load_vocabulary_labels() -> dict[str, str]:
    """Every term of ``ontology/kg.ttl`` (classes, properties, kinds, levels, roles) -> its label."""
    graph = read_turtle(ontology_dir() / "kg.ttl")
    return {str(term): str(label) for term, label in graph.subject_objects(RDFS.label) if isinstance(label, Literal)}
