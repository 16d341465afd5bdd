"""The source table of ``ontology/kg.ttl``: every term with label, comment, domain,
range and alignment. Edit here, then run this script to rewrite the Turtle."""

from __future__ import annotations

from pathlib import Path

# (term, label, comment, superclasses / equivalents)
CLASSES = [
    ("Meeting", "meeting", "One meeting of a standing committee.", ["schema:Event", "prov:Activity"]),
    (
        "Committee",
        "committee",
        "The body that met, e.g. the Standing Committee of the Chongqing Municipal Party Committee.",
        ["org:Organization"],
    ),
    ("Region", "region", "The province, city, prefecture or county a committee belongs to.", ["schema:Place"]),
    ("Person", "person", "A named person: leaders, central leaders, reporters.", ["foaf:Person"]),
    ("Post", "post", "A position held, as the readout states it.", ["org:Post"]),
    (
        "CentralDirective",
        "central directive",
        "A speech, instructions, letter, document or session of a higher body or leader that the meeting conveys, studies or implements.",
        ["prov:Entity"],
    ),
    (
        "AgendaItem",
        "agenda item",
        "One item the meeting dealt with: one 'The meeting pointed out / emphasized / listened to / reviewed' unit.",
        [],
    ),
    ("Task", "task", "One requirement the meeting set ('It is necessary to ...', 'We must ...').", []),
    ("Topic", "topic", "A policy topic, a SKOS concept in the scheme kg:Topics.", ["skos:Concept"]),
    (
        "PolicyDocument",
        "policy document",
        "A regulation, plan, opinion or decision the meeting reviewed.",
        ["prov:Entity"],
    ),
    ("Document", "source readout", "The source readout: one input file.", ["schema:NewsArticle", "prov:Entity"]),
    (
        "Span",
        "evidence span",
        "A character range of a source document that supports a fact; text[start:end] == quote.",
        ["oa:TextPositionSelector", "oa:TextQuoteSelector"],
    ),
    (
        "CoOccurrence",
        "topic co-occurrence",
        "The weight of a topic pair: the number of meetings that dealt with both.",
        [],
    ),
    (
        "MediaOutlet",
        "media outlet",
        "A news outlet a readout credits (a newspaper, a news site, a photo service).",
        ["schema:Organization"],
    ),
    (
        "PersonTopic",
        "person-topic association",
        "A person and a topic of the meetings they presided over or spoke at; kg:weight counts those meetings.",
        [],
    ),
    (
        "Relay",
        "relay",
        "One meeting relaying a central directive: kg:source the directive, kg:target the meeting, with its order and the days after the first relay.",
        [],
    ),
    (
        "Similarity",
        "meeting similarity",
        "Two meetings that share topics and directives; kg:score is the Jaccard similarity.",
        [],
    ),
    (
        "AnalyticsRun",
        "analytics run",
        "How the network figures of this graph were computed (e.g. the betweenness sample size).",
        [],
    ),
    (
        "OpenTopic",
        "open topic",
        "A topic a readout itself names (the object of a requirement such as 加强… or a quoted term), not one of the curated scheme; a skos:Concept in kg:OpenTopics.",
        ["kg:Topic"],
    ),
    ("PartOfDay", "part of day", "Morning, afternoon or evening.", []),
    ("Level", "committee level", "Provincial, municipal, prefecture, county or district.", []),
    ("DirectiveKind", "directive kind", "Speech, instructions, letter, thought, document, session or other.", []),
    (
        "Role",
        "role",
        "What a post is, whatever its wording: party secretary, deputy secretary, governor or mayor, standing-committee member, discipline secretary.",
        ["org:Role"],
    ),
]
INDIVIDUALS = [
    ("Morning", "morning", "PartOfDay"),
    ("Afternoon", "afternoon", "PartOfDay"),
    ("Evening", "evening", "PartOfDay"),
    ("ProvincialLevel", "provincial level", "Level"),
    ("MunicipalLevel", "municipal level", "Level"),
    ("PrefectureLevel", "prefecture level", "Level"),
    ("CountyLevel", "county level", "Level"),
    ("DistrictLevel", "district level", "Level"),
    ("Speech", "speech", "DirectiveKind"),
    ("Instructions", "instructions", "DirectiveKind"),
    ("Letter", "letter", "DirectiveKind"),
    ("Thought", "thought", "DirectiveKind"),
    ("DocumentKind", "document", "DirectiveKind"),
    ("Session", "session", "DirectiveKind"),
    ("OtherKind", "other", "DirectiveKind"),
    ("PartySecretary", "party secretary", "Role"),
    ("DeputyPartySecretary", "deputy party secretary", "Role"),
    ("HeadOfGovernment", "governor or mayor", "Role"),
    ("DisciplineSecretary", "discipline inspection secretary", "Role"),
    ("StandingCommitteeMember", "standing committee member", "Role"),
]
# (term, label, comment, domain, range, kind: object|data, superproperty/alignment)
PROPERTIES = [
    (
        "date",
        "date",
        "The day the meeting was held (not the publication date).",
        "kg:Meeting",
        "xsd:date",
        "data",
        "schema:startDate",
    ),
    (
        "partOfDay",
        "part of day",
        "Morning, afternoon or evening; only when the text says.",
        "kg:Meeting",
        "kg:PartOfDay",
        "object",
        None,
    ),
    (
        "enlarged",
        "enlarged",
        "Whether it was an enlarged (expanded) meeting.",
        "kg:Meeting",
        "xsd:boolean",
        "data",
        None,
    ),
    ("heldBy", "held by", "The committee that met.", "kg:Meeting", "kg:Committee", "object", "schema:organizer"),
    ("level", "level", "The level of a committee (or of a reference place).", None, "kg:Level", "object", None),
    (
        "region",
        "region",
        "The region a committee belongs to; only when known, never guessed.",
        "kg:Committee",
        "kg:Region",
        "object",
        None,
    ),
    (
        "regionSource",
        "region source",
        "How the committee's region was found: stated (its own name), title (a post or committee phrase of the same level), body (places the readout names), outlet (the crediting outlet) or inferred-from-person (the presider's committee in another readout of the corpus).",
        "kg:Committee",
        "xsd:string",
        "data",
        None,
    ),
    (
        "within",
        "within",
        "The region that encloses this one (a county its prefecture, a prefecture its province), from the gazetteer.",
        "kg:Region",
        "kg:Region",
        "object",
        "schema:containedInPlace",
    ),
    (
        "divisionCode",
        "division code",
        "The six-digit administrative division code of a region (GB/T 2260).",
        "kg:Region",
        "xsd:string",
        "data",
        None,
    ),
    (
        "presidedBy",
        "presided by",
        "Who presided, chaired or hosted the meeting.",
        "kg:Meeting",
        "kg:Person",
        "object",
        None,
    ),
    (
        "speaker",
        "speaker",
        "Who delivered a speech or made remarks at the meeting.",
        "kg:Meeting",
        "kg:Person",
        "object",
        None,
    ),
    (
        "mentions",
        "mentions",
        "Every person named in the readout, the presider included.",
        "kg:Meeting",
        "kg:Person",
        "object",
        "schema:mentions",
    ),
    (
        "studies",
        "studies",
        "A central directive the meeting conveyed, studied or implemented.",
        "kg:Meeting",
        "kg:CentralDirective",
        "object",
        "prov:used",
    ),
    (
        "issuedBy",
        "issued by",
        "The leader or body that issued a central directive.",
        "kg:CentralDirective",
        None,
        "object",
        "prov:wasAttributedTo",
    ),
    (
        "directiveKind",
        "directive kind",
        "What kind of directive it is.",
        "kg:CentralDirective",
        "kg:DirectiveKind",
        "object",
        None,
    ),
    (
        "occasion",
        "occasion",
        "A short phrase naming the occasion or subject of a directive.",
        "kg:CentralDirective",
        "xsd:string",
        "data",
        None,
    ),
    (
        "hasAgendaItem",
        "has agenda item",
        "An item the meeting dealt with.",
        "kg:Meeting",
        "kg:AgendaItem",
        "object",
        None,
    ),
    (
        "hasTask",
        "has task",
        "A requirement set under an agenda item or by the meeting.",
        None,
        "kg:Task",
        "object",
        None,
    ),
    ("text", "text", "The task or agenda item as written.", None, "xsd:string", "data", None),
    (
        "topic",
        "topic",
        "A topic a meeting, agenda item or task deals with; a meeting has every topic of its items.",
        None,
        "kg:Topic",
        "object",
        "dcterms:subject",
    ),
    (
        "reviewed",
        "reviewed",
        "A policy document the meeting reviewed or studied.",
        "kg:Meeting",
        "kg:PolicyDocument",
        "object",
        None,
    ),
    (
        "reportedIn",
        "reported in",
        "The readout that reports the meeting.",
        "kg:Meeting",
        "kg:Document",
        "object",
        "prov:wasInfluencedBy",
    ),
    (
        "published",
        "published",
        "Publication date, from the readout's date header.",
        "kg:Document",
        "xsd:date",
        "data",
        "dcterms:issued",
    ),
    ("sha256", "SHA-256", "Hex digest of the readout file's bytes.", "kg:Document", "xsd:string", "data", None),
    (
        "evidence",
        "evidence",
        "A span of source text that supports this node.",
        None,
        "kg:Span",
        "object",
        "prov:wasDerivedFrom",
    ),
    ("inDocument", "in document", "The readout a span belongs to.", "kg:Span", "kg:Document", "object", "oa:hasSource"),
    (
        "start",
        "start",
        "Code-point offset where the span starts in the decoded text.",
        "kg:Span",
        "xsd:integer",
        "data",
        "oa:start",
    ),
    ("end", "end", "Code-point offset where the span ends (exclusive).", "kg:Span", "xsd:integer", "data", "oa:end"),
    ("quote", "quote", "The exact text of the span.", "kg:Span", "xsd:string", "data", "oa:exact"),
    (
        "pageRank",
        "PageRank",
        "PageRank in the meeting network, computed by networkx at build time.",
        None,
        "xsd:double",
        "data",
        None,
    ),
    (
        "degreeCentrality",
        "degree centrality",
        "Degree centrality in the meeting network.",
        None,
        "xsd:double",
        "data",
        None,
    ),
    (
        "betweenness",
        "betweenness",
        "Betweenness centrality in the meeting network (sampled on large graphs).",
        None,
        "xsd:double",
        "data",
        None,
    ),
    ("community", "community", "Louvain community id in the meeting network.", None, "xsd:integer", "data", None),
    (
        "coOccursWith",
        "co-occurs with",
        "Topics dealt with in the same meeting (symmetric); the weight is on a kg:CoOccurrence.",
        "kg:Topic",
        "kg:Topic",
        "symmetric",
        None,
    ),
    (
        "source",
        "source",
        "One end of a weighted link (co-occurrence, association, relay, similarity).",
        None,
        None,
        "object",
        None,
    ),
    ("target", "target", "The other end of a weighted link.", None, None, "object", None),
    ("weight", "weight", "The number of meetings a link stands for.", None, "xsd:integer", "data", None),
    ("score", "score", "A similarity between 0 and 1.", "kg:Similarity", "xsd:double", "data", None),
    (
        "associatedTopic",
        "associated topic",
        "A topic of the meetings a person presided over or spoke at.",
        "kg:Person",
        "kg:Topic",
        "object",
        None,
    ),
    (
        "relayCount",
        "relay count",
        "How many meetings in the graph relayed a directive.",
        "kg:CentralDirective",
        "xsd:integer",
        "data",
        None,
    ),
    (
        "relayedBy",
        "relayed by",
        "A committee whose meeting relayed a directive.",
        "kg:CentralDirective",
        "kg:Committee",
        "object",
        None,
    ),
    (
        "relayOrder",
        "relay order",
        "1 for the first meeting to relay a directive, then 2, 3, ... (dated meetings first, in date order).",
        "kg:Relay",
        "xsd:integer",
        "data",
        None,
    ),
    (
        "daysAfterFirst",
        "days after first relay",
        "Days between the first dated relay of a directive and this one.",
        "kg:Relay",
        "xsd:integer",
        "data",
        None,
    ),
    (
        "similarTo",
        "similar to",
        "One of a meeting's most similar meetings by shared topics and directives.",
        "kg:Meeting",
        "kg:Meeting",
        "object",
        None,
    ),
    (
        "topicCommunity",
        "topic community",
        "Louvain community id in the topic co-occurrence network.",
        "kg:Topic",
        "xsd:integer",
        "data",
        None,
    ),
    (
        "betweennessSampleSize",
        "betweenness sample size",
        "Sources sampled for betweenness; 0 when it was computed exactly.",
        "kg:AnalyticsRun",
        "xsd:integer",
        "data",
        None,
    ),
    (
        "reporter",
        "reporter",
        "A reporter or photographer the readout credits.",
        "kg:Document",
        "kg:Person",
        "object",
        "schema:author",
    ),
    (
        "creditedTo",
        "credited to",
        "A news outlet the readout credits.",
        "kg:Document",
        "kg:MediaOutlet",
        "object",
        "schema:publisher",
    ),
    (
        "centralLeader",
        "central leader",
        "Reference data: the person is a central leader, never the presider of a local meeting.",
        "kg:Person",
        "xsd:boolean",
        "data",
        None,
    ),
    (
        "knownTitle",
        "known title",
        "Reference data: a title the person appears under.",
        "kg:Person",
        "xsd:string",
        "data",
        None,
    ),
    (
        "titleAlone",
        "title alone",
        "Reference data: a title that alone names this person ('General Secretary').",
        "kg:Person",
        "xsd:string",
        "data",
        None,
    ),
]

PREFIXES = """@prefix kg: <https://w3id.org/readout-kg/ontology#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix schema: <https://schema.org/> .
@prefix oa: <http://www.w3.org/ns/oa#> .
"""


def _q(text: str) -> str:
    return '"' + text.replace('"', '\\"') + '"@en'


def render() -> str:
    out = [
        PREFIXES,
        "# Generated by tools/ontology_table.py; edit the table there.",
        "",
        "<https://w3id.org/readout-kg/ontology> a owl:Ontology ;",
        '    rdfs:label "readout-kg ontology"@en ;',
        '    rdfs:comment "Meetings of CCP standing committees, the directives they relay, and the evidence for each fact."@en .',
        "",
    ]
    for term, label, comment, supers in CLASSES:
        lines = [f"kg:{term} a owl:Class ;", f"    rdfs:label {_q(label)} ;", f"    rdfs:comment {_q(comment)}"]
        if supers:
            lines[-1] += " ;"
            lines.append("    rdfs:subClassOf " + " , ".join(supers))
        out += [*lines[:-1], lines[-1] + " .", ""]
    for term, label, cls in INDIVIDUALS:
        out += [f"kg:{term} a owl:NamedIndividual, kg:{cls} ;", f"    rdfs:label {_q(label)} .", ""]
    out += [
        "kg:Topics a skos:ConceptScheme ;",
        '    rdfs:label "readout-kg policy topics"@en .',
        "",
        "kg:CAPMajorTopics a skos:ConceptScheme ;",
        '    rdfs:label "Comparative Agendas Project major topics"@en .',
        "",
        "kg:OpenTopics a skos:ConceptScheme ;",
        '    rdfs:label "topics named by the readouts themselves"@en .',
        "",
    ]
    for term, label, comment, domain, rng, kind, align in PROPERTIES:
        types = {
            "data": "owl:DatatypeProperty",
            "object": "owl:ObjectProperty",
            "symmetric": "owl:ObjectProperty, owl:SymmetricProperty",
        }[kind]
        lines = [f"kg:{term} a {types} ;", f"    rdfs:label {_q(label)} ;", f"    rdfs:comment {_q(comment)}"]
        for key, value in (("rdfs:domain", domain), ("rdfs:range", rng), ("rdfs:subPropertyOf", align)):
            if value:
                lines[-1] += " ;"
                lines.append(f"    {key} {value}")
        out += [*lines[:-1], lines[-1] + " .", ""]
    return "\n".join(out)


if __name__ == "__main__":
    Path(__file__).resolve().parent.parent.joinpath("ontology", "kg.ttl").write_text(render(), encoding="utf-8")
