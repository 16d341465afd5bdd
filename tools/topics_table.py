"""The source table of ``ontology/topics.ttl``: edit here, then run this script.

Each row: concept key, preferred label, CAP major topic code, alternative labels.
Aliases are phrases a readout uses for the topic; keep them specific enough that a
match means the meeting dealt with the topic.
"""

from __future__ import annotations

from pathlib import Path

CAP = {
    1: "Macroeconomics",
    2: "Civil Rights",
    3: "Health",
    4: "Agriculture",
    5: "Labor",
    6: "Education",
    7: "Environment",
    8: "Energy",
    9: "Immigration",
    10: "Transportation",
    12: "Law and Crime",
    13: "Social Welfare",
    14: "Housing",
    15: "Domestic Commerce",
    16: "Defense",
    17: "Technology",
    18: "Foreign Trade",
    19: "International Affairs",
    20: "Government Operations",
    21: "Public Lands",
    23: "Culture",
}

TOPICS: list[tuple[str, str, int, list[str]]] = [
    ("audit-work", "audit work", 20, ["auditing work", "audit rectification", "auditing"]),
    (
        "safety-production",
        "safety production",
        5,
        [
            "production safety",
            "work safety",
            "safe production",
            "safety supervision",
            "hidden dangers",
            "safety hazards",
            "safety risks",
            "major accidents",
        ],
    ),
    (
        "epidemic-prevention",
        "epidemic prevention and control",
        3,
        ["epidemic prevention", "epidemic", "COVID-19", "new crown", "pandemic", "anti-epidemic"],
    ),
    ("lei-feng-spirit", "Lei Feng spirit", 23, ["Lei Feng", "voluntary service", "volunteer service"]),
    ("basic-research", "basic research", 17, ["applied basic research"]),
    (
        "sci-tech-innovation",
        "scientific and technological innovation",
        17,
        [
            "technological innovation",
            "science and technology innovation",
            "innovation center",
            "scientific research",
            "innovation drive",
            "self-dependent innovation",
        ],
    ),
    (
        "institutional-reform",
        "institutional reform",
        20,
        [
            "reform of party and state institutions",
            "reform of the party and state institutions",
            "institutional reforms",
            "reform of institutions",
        ],
    ),
    (
        "deepening-reform",
        "deepening reform",
        20,
        ["comprehensively deepening reform", "deepen reform", "reform tasks", "political and legal reforms"],
    ),
    (
        "strict-party-governance",
        "comprehensive strict party governance",
        20,
        [
            "strict party governance",
            "strict governance of the party",
            "full and rigorous self-governance",
            "strictly govern the party",
            "managing and governing the party",
            "self-revolution",
        ],
    ),
    (
        "discipline-inspection",
        "discipline inspection",
        20,
        ["Commission for Discipline Inspection", "discipline inspection and supervision"],
    ),
    (
        "anti-corruption",
        "anti-corruption",
        20,
        ["combating corruption", "clean government", "party conduct and clean government", "corruption"],
    ),
    (
        "work-style",
        "work style improvement",
        20,
        [
            "formalism and bureaucracy",
            "formalism",
            "bureaucracy",
            "eight-point regulation",
            "eight-point decision",
            "work style",
            "improving conduct",
        ],
    ),
    (
        "political-discipline",
        "political discipline",
        20,
        ["political discipline and rules", "political rules", "political consciousness"],
    ),
    (
        "two-establishments",
        "two establishments",
        20,
        ["two maintenances", "two maintenance", "two safeguards", "two upholds"],
    ),
    (
        "party-leadership",
        "party leadership",
        20,
        ["centralized and unified leadership", "leadership of the party", "party's leadership", "party leadership"],
    ),
    (
        "party-building",
        "party building",
        20,
        ["grassroots party"],
    ),
    ("political-supervision", "political supervision", 20, ["political supervision"]),
    ("political-legal-work", "political and legal work", 12, ["political-legal work", "political and legal"]),
    (
        "rule-of-law",
        "rule of law",
        12,
        [
            "law-based governance",
            "rule of law construction",
            "rule of law society",
            "governing according to law",
            "rule of law",
        ],
    ),
    ("national-security", "national security", 16, ["overall national security concept", "national security"]),
    (
        "social-stability",
        "social stability",
        12,
        [
            "maintaining stability",
            "maintain stability",
            "social stability and harmony",
            "safe and stable",
            "social environment",
        ],
    ),
    (
        "social-governance",
        "social governance",
        20,
        [
            "grassroots governance",
            "social governance system",
            "Maple Bridge Experience",
            "Fengqiao Experience",
            "conflicts and disputes",
        ],
    ),
    (
        "crime-crackdown",
        "crime crackdown",
        12,
        ["anti-crime and anti-evil", "crime crackdown", "crack down on", "violations and crimes", "anti-crime"],
    ),
    ("public-security", "public security", 12, ["public security"]),
    (
        "economic-work",
        "economic work",
        1,
        [
            "economic development",
            "economic operation",
            "stabilize the economy",
            "economic performance",
            "economic indicators",
            "economic and social development",
            "economic situation",
            "economic growth",
            "economic work",
            "stable growth",
            "first quarter",
            "fourth quarter",
            "first three quarters",
        ],
    ),
    (
        "high-quality-development",
        "high-quality development",
        1,
        ["high quality development", "higher-quality development"],
    ),
    ("project-construction", "project construction", 1, ["major projects", "project investment"]),
    ("domestic-demand", "domestic demand", 1, ["expand domestic demand", "consumption"]),
    (
        "new-development-pattern",
        "new development pattern",
        1,
        [
            "domestic and overseas circulation",
            "domestic and international circulation",
            "dual circulation",
            "new development concept",
            "structural adjustment",
        ],
    ),
    (
        "industrial-system",
        "modern industrial system",
        15,
        ["industrial system", "manufacturing", "industrial chain", "industrial innovation", "industrialization"],
    ),
    (
        "private-economy",
        "private economy",
        15,
        ["private enterprises", "private enterprise", "private economy", "confidence of enterprises", "entrepreneurs"],
    ),
    (
        "state-owned-assets",
        "state-owned assets",
        15,
        ["state-owned enterprises", "state-owned capital", "state-owned assets", "natural monopoly"],
    ),
    (
        "risk-prevention",
        "risk prevention",
        1,
        ["preventing and defusing risks", "financial risks", "preventing risks", "risk prevention", "major risks"],
    ),
    (
        "real-estate",
        "real estate market",
        14,
        ["real estate", "delivery of buildings", "housing", "houses are for living in"],
    ),
    (
        "urban-renewal",
        "urban renewal",
        14,
        [
            "urban villages",
            "urban village",
            "old residential",
            "urban governance",
            "central heating",
            "child-friendly cities",
        ],
    ),
    ("garbage-classification", "garbage classification", 7, ["waste sorting", "garbage sorting"]),
    (
        "ecological-civilization",
        "ecological civilization",
        7,
        [
            "ecological environment",
            "environmental protection",
            "beautiful China",
            "green and low-carbon",
            "environmental inspection",
            "environmental protection inspectors",
            "pollution prevention",
            "carbon peak",
        ],
    ),
    (
        "water-conservancy",
        "water conservancy",
        21,
        ["water conservancy infrastructure", "flood control", "flood damage", "flood season"],
    ),
    (
        "disaster-prevention",
        "disaster prevention and reduction",
        15,
        [
            "disaster relief",
            "post-disaster recovery",
            "post-disaster reconstruction",
            "disaster response",
            "disaster prevention",
        ],
    ),
    (
        "rural-revitalization",
        "rural revitalization",
        4,
        ["rural areas", "agriculture", "farmers", "rural revitalization"],
    ),
    (
        "poverty-alleviation",
        "poverty alleviation",
        13,
        ["poverty alleviation", "East-West cooperation", "targeted poverty"],
    ),
    ("food-security", "food security", 4, ["food supply", "grain production"]),
    (
        "employment",
        "employment",
        5,
        ["employment stabilization", "stabilize employment", "post stabilization", "jobs", "employment"],
    ),
    (
        "peoples-livelihood",
        "people's livelihood",
        13,
        ["people's livelihoods", "livelihood", "well-being", "quality of life"],
    ),
    ("education", "education", 6, ["education"]),
    ("health", "public health", 3, ["medical resources", "health knowledge", "healthcare"]),
    ("women-and-children", "women and children's work", 13, ["women and children", "child-friendly"]),
    ("youth-work", "youth work", 13, ["young people"]),
    (
        "publicity-work",
        "publicity and ideological work",
        23,
        ["publicity", "propaganda", "ideological work", "study and publicity"],
    ),
    (
        "theoretical-study",
        "study of Xi Jinping Thought",
        20,
        [
            "Xi Jinping Thought",
            "new era of socialism",
            "socialism with Chinese characteristics",
            "theoretical learning",
            "theoretical study",
        ],
    ),
    (
        "party-congress-spirit",
        "spirit of the 20th Party Congress",
        20,
        [
            "20th National Congress",
            "20th Party Congress",
            "spirit of the 20th",
            "20th CPC National Congress",
            "party congress",
        ],
    ),
    ("plenary-session-spirit", "plenary session spirit", 20, ["Plenary Session"]),
    ("two-sessions", "two sessions", 20, ["two sessions", "NPC and CPPCC"]),
    ("peoples-congress", "people's congress system", 20, ["people's congress system", "system of people's congress"]),
    ("cppcc-work", "CPPCC work", 20, ["CPPCC", "political consultative"]),
    ("united-front", "united front work", 20, ["united front", "people outside the party"]),
    ("ethnic-unity", "ethnic unity and progress", 2, ["ethnic unity"]),
    ("foreign-affairs", "foreign affairs", 19, ["foreign affairs", "international exchanges"]),
    (
        "opening-up",
        "opening up",
        18,
        ["opening-up", "reform and opening up", "opening platforms", "foreign trade", "free trade", "opening up"],
    ),
    (
        "regional-coordination",
        "regional coordinated development",
        1,
        [
            "Chengdu-Chongqing economic circle",
            "coordinated development",
            "regional cooperation",
            "cooperation between Shandong and Chongqing",
            "docking work",
        ],
    ),
    ("yangtze-economic-belt", "Yangtze River Economic Belt", 1, ["Yangtze River Economic Belt"]),
    ("logistics", "transport and logistics", 10, ["logistics industry", "transportation", "land port"]),
    ("new-energy", "new energy", 8, ["new energy vehicles", "new energy"]),
    (
        "digital-economy",
        "digital economy",
        17,
        ["digital empowerment", "informatization", "smart city", "digital Jinan"],
    ),
    ("talent-work", "talent work", 6, ["talents", "talent team"]),
    (
        "five-year-plan",
        "five-year plan",
        1,
        ["14th Five-Year Plan", "15th Five-Year Plan", "Five Year Plan", "Five-Year Plan"],
    ),
    (
        "inspection-work",
        "inspection work",
        20,
        ["inspection work", "inspection and rectification", "inspection tour", "inspection feedback"],
    ),
    ("holiday-work", "New Year and Spring Festival work", 20, ["Spring Festival"]),
    ("population", "population development", 13, ["population development"]),
    ("community-work", "community work", 13, ["community workers"]),
    (
        "resumption-of-production",
        "resumption of work and production",
        1,
        ["resumption of production", "resuming production", "resumption of work"],
    ),
    ("cadre-team", "cadre team building", 20, ["leading cadres", "cadre team"]),
    ("tourism", "culture and tourism", 23, ["tourism"]),
    ("national-defense", "national defense", 16, ["national defense", "veterans", "militia"]),
    ("forest-fire-prevention", "forest fire prevention", 21, ["forest fire", "forest fires"]),
]


def _literal(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"@en'


def render() -> str:
    """The Turtle text of the topic scheme, deterministic."""
    out = [
        "@prefix kg: <https://w3id.org/readout-kg/ontology#> .",
        "@prefix topic: <https://w3id.org/readout-kg/id/topic/> .",
        "@prefix cap: <https://w3id.org/readout-kg/cap/> .",
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .",
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
        "",
        "# Generated by tools/topics_table.py; edit the table there.",
        "",
        "kg:Topics a skos:ConceptScheme ;",
        '    skos:prefLabel "readout-kg policy topics"@en ;',
        '    rdfs:comment "Policy topics that standing-committee readouts deal with."@en .',
        "",
        "kg:CAPMajorTopics a skos:ConceptScheme ;",
        '    skos:prefLabel "Comparative Agendas Project major topics"@en .',
        "",
    ]
    for code, label in sorted(CAP.items()):
        out += [
            f"cap:{code} a skos:Concept ;",
            "    skos:inScheme kg:CAPMajorTopics ;",
            f'    skos:notation "{code}" ;',
            f"    skos:prefLabel {_literal(label)} .",
            "",
        ]
    for key, label, code, aliases in sorted(TOPICS):
        alts = [a for a in aliases if a.lower() != label.lower()]
        lines = [
            f"topic:{key} a skos:Concept, kg:Topic ;",
            "    skos:inScheme kg:Topics ;",
            f"    skos:prefLabel {_literal(label)} ;",
        ]
        if alts:
            lines.append("    skos:altLabel " + " , ".join(_literal(a) for a in sorted(set(alts))) + " ;")
        lines.append(f"    skos:broadMatch cap:{code} .")
        out += [*lines, ""]
    return "\n".join(out)


if __name__ == "__main__":
    Path(__file__).resolve().parent.parent.joinpath("ontology", "topics.ttl").write_text(render(), encoding="utf-8")
