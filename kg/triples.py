"""Facts to RDF: the one place where extracted facts become triples.

Identity across readouts is settled here: one IRI per person, committee, topic and
directive, and where readouts spell one thing differently the most frequent
spelling becomes the ``rdfs:label`` and the others ``skos:altLabel``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache, partial

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import ORG, RDF, RDFS, SKOS, TIME, XSD

from kg.cap import CapIndex
from kg.central_events import CentralEvent, load_calendar
from kg.document import Document, has_chinese
from kg.facts import Directive, Person, ReadoutFacts, Span, TopicMention
from kg.gazetteer import load_gazetteer
from kg.graphstore import CompactGraph
from kg.iris import Minter
from kg.namespace import KG
from kg.rdfnodes import read_turtle
from kg.reference import ontology_dir
from kg.roles import ROLES, role_of

__all__ = ["GraphBuilder"]

_PART = {"morning": KG.Morning, "afternoon": KG.Afternoon, "evening": KG.Evening}
_LEVEL = {
    "provincial": KG.ProvincialLevel,
    "municipal": KG.MunicipalLevel,
    "prefecture": KG.PrefectureLevel,
    "county": KG.CountyLevel,
    "district": KG.DistrictLevel,
}
_ROLE_LABEL: dict[URIRef, str] = {
    KG.PartySecretary: "party secretary",
    KG.DeputyPartySecretary: "deputy party secretary",
    KG.HeadOfGovernment: "governor or mayor",
    KG.DisciplineSecretary: "discipline inspection secretary",
    KG.StandingCommitteeMember: "standing committee member",
}
_KIND = {
    "speech": KG.Speech,
    "instructions": KG.Instructions,
    "letter": KG.Letter,
    "thought": KG.Thought,
    "document": KG.DocumentKind,
    "session": KG.Session,
    "other": KG.OtherKind,
}


class GraphBuilder:
    """Accumulates the facts of many readouts into one rdflib graph."""

    def __init__(self, base_iri: str) -> None:
        self.graph = CompactGraph()
        # Straight into the store: the graph's own add re-checks every term's type, a third of the cost.
        self._add = partial(self.graph.store.add, context=self.graph, quoted=False)
        self.mint = Minter(base_iri)
        self._labels: dict[URIRef, Counter[str]] = defaultdict(Counter)
        self._held: dict[tuple[URIRef, URIRef], set[dt.date]] = defaultdict(set)
        self.calendar = load_calendar()
        self.before_event: list[tuple[str, str, str]] = []
        """(readout, wording, event) for directives named before their event happened: not relays."""
        """(person, role post) -> the dates of the meetings that show the person in it."""
        self.gazetteer = load_gazetteer()
        self._spans: set[URIRef] = set()
        """Evidence spans already described: a span backs many facts but is written once."""
        self._open_topics: set[URIRef] = set()
        """Open topics already described (a set: asking the graph costs more than the rest of a mention)."""
        read_turtle(ontology_dir() / "topics.ttl", into=self.graph)
        self._cap = CapIndex(self.graph)
        # Open topics are topics: said in the graph itself, so SPARQL and SHACL see it without the ontology.
        self._add((KG.OpenTopic, RDFS.subClassOf, KG.Topic))

    def add(self, document: Document, facts: ReadoutFacts) -> None:
        """Add one readout's document, meeting and everything extracted from it."""
        doc = self._document(document)
        committee = self._committee(facts, doc)
        meeting = self.mint.meeting(committee, _iso(facts.meeting.date), facts.meeting.part_of_day, facts.document_id)
        self._meeting(facts, meeting, committee, doc)
        self._people(facts, meeting, committee, doc)
        # An undated meeting was held by the day its text was printed: the events it can relay are those
        # held by then (the calendar still links an undated wording only to a recent enough one).
        as_of = facts.meeting.date or facts.printed or document.published
        for directive in facts.directives:
            self._directive(directive, meeting, facts.document_id, doc, as_of)
        self._agenda(facts, meeting, doc)
        for reviewed in facts.reviewed:
            node = self.mint.policy_document(reviewed.title)
            self._typed(node, KG.PolicyDocument, reviewed.title)
            self._evidence(node, facts.document_id, reviewed.evidence, doc)
            self._add((meeting, KG.reviewed, node))
        for name, span in facts.outlets:
            node = self.mint.outlet(name)
            self._typed(node, KG.MediaOutlet, name)
            self._evidence(node, facts.document_id, span, doc)
            self._add((doc, KG.creditedTo, node))

    def finish(self) -> Graph:
        """Settle one label per node (the most frequent spelling), date memberships, return the graph."""
        for (person, post), dates in sorted(self._held.items()):
            self._membership(person, post, min(dates), max(dates))
        for node, spellings in sorted(self._labels.items()):
            ranked = sorted(spellings.items(), key=lambda kv: (-kv[1], kv[0]))
            chinese = has_chinese(ranked[0][0])
            self._add((node, RDFS.label, _label(ranked[0][0], chinese)))
            for other, _ in ranked[1:]:
                self._add((node, SKOS.altLabel, _label(other, chinese)))
        return self.graph

    # -- nodes -------------------------------------------------------------------------

    def _typed(self, node: URIRef, cls: URIRef, label: str) -> None:
        self._add((node, RDF.type, cls))
        self._labels[node][label] += 1

    def _evidence(self, node: URIRef, document_id: str, span: Span, doc: URIRef) -> None:
        iri = self.mint.span(document_id, span)
        add = self._add
        add((node, KG.evidence, iri))
        if iri in self._spans:
            return
        self._spans.add(iri)
        add((iri, _TYPE, KG.Span))
        add((iri, _LABEL, Literal(f"{document_id} [{span.start}:{span.end}]")))
        add((iri, KG.inDocument, doc))
        add((iri, KG.start, _integer(span.start)))
        add((iri, KG.end, _integer(span.end)))
        add((iri, KG.quote, _quote(span.quote)))

    def _document(self, document: Document) -> URIRef:
        doc = self.mint.document(document.id)
        self._add((doc, RDF.type, KG.Document))
        self._add((doc, RDFS.label, Literal(document.id)))
        self._add((doc, KG.sha256, Literal(document.sha256)))
        if document.published is not None:
            self._add((doc, KG.published, Literal(document.published.isoformat(), datatype=XSD.date)))
        return doc

    def _committee(self, facts: ReadoutFacts, doc: URIRef) -> URIRef:
        found = facts.meeting.committee
        node = self.mint.committee(found.level, found.region, facts.document_id)
        level = f"{found.level.title()} " if found.level else ""
        where = f"{found.region} " if found.region else ""
        if level and where.endswith(level):
            level = ""
        label = f"Standing Committee of the {where}{level}Party Committee"
        if not found.region:
            label += f" (region not stated; readout {facts.document_id})"
        self._typed(node, KG.Committee, label)
        if found.region_code in self.gazetteer.places:
            # The committee's own name in Chinese (重庆市委常委会, 广西壮族自治区党委常委会), so a
            # query in either language finds it.
            place = self.gazetteer.places[found.region_code or ""].zh
            chinese = f"{place}党委常委会" if place.endswith("自治区") else f"{place}委常委会"
            self._add((node, SKOS.altLabel, Literal(chinese, lang="zh")))
        if found.level:
            self._add((node, KG.level, _LEVEL[found.level]))
        if found.region:
            region = self._region(found.region, found.region_code)
            self._add((node, KG.region, region))
            self._add((node, KG.regionSource, Literal(found.region_source or "stated")))
            self._evidence(region, facts.document_id, found.region_evidence or found.evidence, doc)
        self._evidence(node, facts.document_id, found.evidence, doc)
        return node

    def _region(self, name: str, code: str | None) -> URIRef:
        """A region node; where the gazetteer knows the place, its Chinese name, code and enclosing places."""
        known = code is not None and code in self.gazetteer.places
        node = self.mint.region(name, code if known else None)
        self._typed(node, KG.Region, name)
        if code is None or not known:
            return node
        place = self.gazetteer.places[code]
        self._add((node, SKOS.altLabel, Literal(place.zh, lang="zh")))
        self._add((node, KG.divisionCode, Literal(code)))
        child = node
        for outer in self.gazetteer.ancestors(place):
            parent = self.mint.region(outer.en, outer.code)
            self._typed(parent, KG.Region, outer.en)
            self._add((parent, KG.divisionCode, Literal(outer.code)))
            self._add((parent, SKOS.altLabel, Literal(outer.zh, lang="zh")))
            self._add((child, KG.within, parent))
            child = parent
        return node

    def _meeting(self, facts: ReadoutFacts, meeting: URIRef, committee: URIRef, doc: URIRef) -> None:
        header = facts.meeting
        when = _iso(header.date) or "undated"
        self._typed(
            meeting,
            KG.Meeting,
            f"Standing committee meeting, {when}" + (f" {header.part_of_day}" if header.part_of_day else ""),
        )
        self._add((meeting, KG.heldBy, committee))
        self._add((meeting, KG.reportedIn, doc))
        # Two versions of one readout are one meeting: enlarged if either version says so.
        enlarged = header.enlarged or (meeting, KG.enlarged, Literal(True)) in self.graph
        self.graph.set((meeting, KG.enlarged, Literal(enlarged)))
        if header.date is not None:
            self._add((meeting, KG.date, Literal(header.date.isoformat(), datatype=XSD.date)))
        if header.part_of_day is not None:
            self._add((meeting, KG.partOfDay, _PART[header.part_of_day]))
        self._evidence(meeting, facts.document_id, header.evidence, doc)
        if header.date_evidence is not None:
            self._evidence(meeting, facts.document_id, header.date_evidence, doc)

    def _people(self, facts: ReadoutFacts, meeting: URIRef, committee: URIRef, doc: URIRef) -> None:
        for person in facts.persons:
            node = self._person(person, facts.document_id, committee, doc, facts.meeting.date)
            self._add((meeting, KG.mentions, node))
            if person.is_reporter:
                self._add((doc, KG.reporter, node))
                self._add((node, RDF.type, KG.Reporter))
        for name in facts.presiders:
            self._add((meeting, KG.presidedBy, self.mint.person(name)))
        for name in facts.speakers:
            self._add((meeting, KG.speaker, self.mint.person(name)))

    def _person(self, person: Person, document_id: str, committee: URIRef, doc: URIRef, date: dt.date | None) -> URIRef:
        node = self.mint.person(person.name)
        self._typed(node, KG.Person, person.name)
        for alias in person.aliases:
            self._labels[node][alias] += 0
        for span in person.evidence:
            self._evidence(node, document_id, span, doc)
        for post in person.posts:
            role = role_of(post.title)
            post_node = self.mint.post(committee, role or post.title)
            self._typed(post_node, KG.Post, post.title)
            self._add((node, ORG.holds, post_node))
            self._add((post_node, ORG.postIn, committee))
            self._evidence(post_node, document_id, post.evidence, doc)
            if role is not None:
                self._add((post_node, ORG.role, KG[ROLES[role]]))
                if date is not None:
                    self._held[(node, post_node)].add(date)
        return node

    def _membership(self, person: URIRef, post: URIRef, first: dt.date, last: dt.date) -> None:
        """org:Membership of a person in a committee's role post, from the first to the last meeting showing it."""
        node = self.mint.membership(post, person)
        during = URIRef(f"{node}/during")
        committee = self.graph.value(post, ORG.postIn)
        role = self.graph.value(post, ORG.role)
        assert isinstance(role, URIRef), "a membership is recorded only for posts with a role"
        span_label = f"{first.isoformat()} to {last.isoformat()}"
        self._add((node, RDF.type, ORG.Membership))
        self._add((node, RDFS.label, Literal(f"{_ROLE_LABEL.get(role, 'post')}, {span_label}")))
        self._add((during, RDFS.label, Literal(span_label)))
        self._add((person, ORG.hasMembership, node))
        self._add((node, ORG.member, person))
        self._add((node, ORG.role, role))
        if committee is not None:
            self._add((node, ORG.organization, committee))
        self._add((node, ORG.memberDuring, during))
        self._add((during, RDF.type, TIME.Interval))
        for edge, day in ((TIME.hasBeginning, first), (TIME.hasEnd, last)):
            instant = URIRef(f"{during}/{'beginning' if edge == TIME.hasBeginning else 'end'}")
            self._add((during, edge, instant))
            self._add((instant, RDF.type, TIME.Instant))
            self._add((instant, RDFS.label, Literal(day.isoformat())))
            self._add((instant, TIME.inXSDDate, Literal(day.isoformat(), datatype=XSD.date)))

    def _directive(
        self, directive: Directive, meeting: URIRef, document_id: str, doc: URIRef, date: dt.date | None
    ) -> None:
        resolution = self.calendar.resolve(directive.occasion, date, directive.kind)
        if resolution is not None and resolution.before_event:
            # A readout cannot relay what has not happened yet ("welcoming the 20th Party Congress").
            self.before_event.append((document_id, directive.occasion, resolution.event.label))
            return
        issuer, kind, occasion = directive.issuer, directive.kind, directive.occasion
        if resolution is not None:
            event = resolution.event
            if kind == "session" or issuer is None:
                issuer, kind = event.issuer, event.kind if kind == "session" else kind
            occasion = event.label
            node = self.mint.event_directive(issuer, kind, event.key)
            # The readout's own wording stays findable ("the Third Plenum", "二十届三中全会").
            wording = directive.occasion
            if wording != occasion:
                self._add((node, SKOS.altLabel, _label(wording, has_chinese(wording))))
            self._add((node, KG.event, self._event(event)))
            if event.first is not None:
                self._add((node, KG.eventDate, Literal(event.first.isoformat(), datatype=XSD.date)))
        else:
            window = date.strftime("%Y-%m") if date is not None else document_id
            node = self.mint.directive(issuer, kind, occasion, window)
        self._typed(node, KG.CentralDirective, f"{issuer or 'unattributed'}: {kind} on {occasion}")
        self._add((node, KG.directiveKind, _KIND[kind]))
        if (node, KG.occasion, None) not in self.graph:
            self._add((node, KG.occasion, Literal(occasion)))
        if issuer:
            self._add((node, KG.issuedBy, self._issuer(issuer)))
        self._evidence(node, document_id, directive.evidence, doc)
        self._add((meeting, KG.studies, node))

    def _event(self, event: CentralEvent) -> URIRef:
        """The event's node, with its labels, days, term and number where known (added once)."""
        node = self.mint.event(event.key)
        if (node, RDF.type, KG.CentralEvent) in self.graph:
            return node
        self._add((node, RDF.type, KG.CentralEvent))
        self._add((node, RDFS.label, Literal(event.label)))
        for alias in event.aliases:
            self._add((node, SKOS.altLabel, _label(alias, has_chinese(alias))))
        self._add((node, KG.series, Literal(event.series)))
        # A study session a readout names by its number may come without its day.
        for prop, day in ((KG.eventDate, event.first), (KG.eventEnd, event.last)):
            if day is not None:
                self._add((node, prop, Literal(day.isoformat(), datatype=XSD.date)))
        for prop, number in ((KG.term, event.term), (KG.ordinal, event.ordinal)):
            if number is not None:
                self._add((node, prop, _integer(number)))
        return node

    def _issuer(self, issuer: str) -> URIRef:
        if (self.mint.person(issuer), RDF.type, KG.Person) in self.graph:
            return self.mint.person(issuer)
        node = self.mint.organization(issuer)
        self._typed(node, ORG.Organization, issuer)
        return node

    def _agenda(self, facts: ReadoutFacts, meeting: URIRef, doc: URIRef) -> None:
        for item in facts.agenda_items:
            node = self.mint.agenda_item(facts.document_id, item.evidence)
            self._text_node(node, KG.AgendaItem, item.text, item.evidence, item.topics, facts.document_id, doc)
            self._add((meeting, KG.hasAgendaItem, node))
            for task in item.tasks:
                task_node = self.mint.task(facts.document_id, task.evidence)
                self._text_node(task_node, KG.Task, task.text, task.evidence, task.topics, facts.document_id, doc)
                self._add((node, KG.hasTask, task_node))
        self._topics(meeting, facts.topics, facts.document_id, doc)

    def _text_node(
        self,
        node: URIRef,
        cls: URIRef,
        text: str,
        evidence: Span,
        topics: Iterable[TopicMention],
        document_id: str,
        doc: URIRef,
    ) -> None:
        """An agenda item or task: its text, evidence and topics."""
        self._typed(node, cls, _short(text))
        self._add((node, KG.text, Literal(text)))
        self._evidence(node, document_id, evidence, doc)
        self._topics(node, topics, document_id, doc)

    def _topics(self, node: URIRef, mentions: Iterable[TopicMention], document_id: str, doc: URIRef) -> None:
        for mention in mentions:
            topic = self.mint.topic(mention.key)
            if mention.label is not None and topic not in self._open_topics:
                self._open_topics.add(topic)
                self._add((topic, RDF.type, KG.OpenTopic))
                self._add((topic, RDF.type, SKOS.Concept))
                self._add((topic, SKOS.inScheme, KG.OpenTopics))
                self._add((topic, SKOS.prefLabel, Literal(mention.label, lang=mention.language)))
                major = self._cap.major_topic(mention.label)
                if major is not None:
                    self._add((topic, SKOS.broadMatch, major))
            self._add((node, KG.topic, topic))
            self._evidence(topic, document_id, mention.evidence, doc)


_TYPE = RDF.type  # rdflib's namespaces build a new term on every attribute access
_LABEL = RDFS.label


@lru_cache(maxsize=1 << 16)
def _integer(value: int) -> Literal:
    """An ``xsd:integer`` literal, made once per value: offsets repeat across readouts and rdflib
    literals are slow to construct."""
    return Literal(value)  # typed xsd:integer from the int, a quarter faster than naming the type


@lru_cache(maxsize=1 << 16)
def _quote(text: str) -> Literal:
    """A span's quote as a literal, made once per wording: a topic's words recur in every readout."""
    return Literal(text)


def _label(text: str, of_chinese_node: bool) -> Literal:
    """Chinese text tagged @zh; the pinyin spelling of a node named in Chinese @zh-Latn-pinyin.

    English labels stay plain literals, as the contract's example queries match them.
    """
    if has_chinese(text):
        return Literal(text, lang="zh")
    return Literal(text, lang="zh-Latn-pinyin") if of_chinese_node else Literal(text)


def _iso(date: dt.date | None) -> str | None:
    return None if date is None else date.isoformat()


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
