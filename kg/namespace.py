"""The readout-kg vocabulary as an rdflib namespace that fails on unknown terms.

``ontology/kg.ttl`` is the source of truth; a test asserts that this list and the
ontology declare the same terms, so a typo in code is an error, not a silent new IRI.
"""

from __future__ import annotations

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace

__all__ = ["CAP", "ID_IRI", "KG", "KG_IRI"]

KG_IRI = "https://w3id.org/readout-kg/ontology#"
ID_IRI = "https://w3id.org/readout-kg/id/"


class KG(DefinedNamespace):
    """Terms of the readout-kg ontology (see ``ontology/kg.ttl``)."""

    _fail = True
    _NS = Namespace(KG_IRI)

    # Classes
    Meeting: URIRef
    Committee: URIRef
    Region: URIRef
    Person: URIRef
    Reporter: URIRef
    Post: URIRef
    CentralDirective: URIRef
    AgendaItem: URIRef
    Task: URIRef
    Topic: URIRef
    PolicyDocument: URIRef
    Document: URIRef
    Span: URIRef
    CoOccurrence: URIRef
    MediaOutlet: URIRef
    PartOfDay: URIRef
    Level: URIRef
    DirectiveKind: URIRef
    PersonTopic: URIRef
    Relay: URIRef
    Similarity: URIRef
    AnalyticsRun: URIRef
    OpenTopic: URIRef
    Role: URIRef
    CentralEvent: URIRef
    # Individuals
    Morning: URIRef
    Afternoon: URIRef
    Evening: URIRef
    ProvincialLevel: URIRef
    MunicipalLevel: URIRef
    PrefectureLevel: URIRef
    CountyLevel: URIRef
    DistrictLevel: URIRef
    Speech: URIRef
    Instructions: URIRef
    Letter: URIRef
    Thought: URIRef
    DocumentKind: URIRef
    Session: URIRef
    OtherKind: URIRef
    PartySecretary: URIRef
    DeputyPartySecretary: URIRef
    HeadOfGovernment: URIRef
    DisciplineSecretary: URIRef
    StandingCommitteeMember: URIRef
    Topics: URIRef
    CAPMajorTopics: URIRef
    OpenTopics: URIRef
    # Properties of the contract
    date: URIRef
    partOfDay: URIRef
    enlarged: URIRef
    heldBy: URIRef
    level: URIRef
    region: URIRef
    regionSource: URIRef
    within: URIRef
    divisionCode: URIRef
    presidedBy: URIRef
    speaker: URIRef
    mentions: URIRef
    studies: URIRef
    issuedBy: URIRef
    directiveKind: URIRef
    occasion: URIRef
    hasAgendaItem: URIRef
    hasTask: URIRef
    text: URIRef
    topic: URIRef
    reviewed: URIRef
    reportedIn: URIRef
    published: URIRef
    sha256: URIRef
    evidence: URIRef
    inDocument: URIRef
    start: URIRef
    end: URIRef
    quote: URIRef
    pageRank: URIRef
    degreeCentrality: URIRef
    betweenness: URIRef
    community: URIRef
    coOccursWith: URIRef
    source: URIRef
    target: URIRef
    weight: URIRef
    # Extensions
    reporter: URIRef
    creditedTo: URIRef
    centralLeader: URIRef
    centralFrom: URIRef
    knownTitle: URIRef
    titleAlone: URIRef
    score: URIRef
    associatedTopic: URIRef
    relayCount: URIRef
    relayedBy: URIRef
    relayOrder: URIRef
    event: URIRef
    eventDate: URIRef
    eventEnd: URIRef
    series: URIRef
    issuerName: URIRef
    term: URIRef
    ordinal: URIRef
    year: URIRef
    daysAfterEvent: URIRef
    daysAfterFirst: URIRef
    similarTo: URIRef
    topicCommunity: URIRef
    betweennessSampleSize: URIRef


# Each term is looked up once and kept on the class: DefinedNamespace otherwise builds and
# checks a new URIRef on every access, and the build reads these terms millions of times.
for _term in KG.__annotations__:
    type.__setattr__(KG, _term, URIRef(KG_IRI + _term))
del _term

CAP = Namespace("https://w3id.org/readout-kg/cap/")
"""The Comparative Agendas Project major topics, as SKOS concepts (see ``ontology/topics.ttl``)."""
