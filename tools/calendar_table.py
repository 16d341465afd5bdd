"""The source table of ``ontology/calendar.ttl``: central events that readouts relay.

Every row is a public fact: the event, its first and last day, who convened it, as the
official communiqués and Xinhua reports give them (sources below). The rows were written
from that public record on a machine without network access, so each should be checked
against its communiqué; series whose days were not known well enough (Politburo meetings
and study sessions, the 2025 economic and rural work conferences) are left out rather than
guessed. Run this script after editing a row to rewrite the Turtle.

Sources: communiqués of the plenary sessions of the CPC Central Committee and of the
CCDI (Xinhua, 2012-2025); NPC and CPPCC session reports (npc.gov.cn, cppcc.gov.cn);
Xinhua reports of the Central Economic Work Conference and the Central Rural Work
Conference; Xinhua reports of the named central work conferences listed under OTHER.
"""

from __future__ import annotations

from pathlib import Path

ORDINAL_WORDS = ["", "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth"]
CN_NUMBERS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]


def _cn(n: int) -> str:
    """Chinese numerals for 1-29 as the readouts write term numbers (十八, 二十)."""
    if n <= 10:
        return CN_NUMBERS[n]
    tens, ones = divmod(n, 10)
    return (CN_NUMBERS[tens] if tens > 1 else "") + "十" + CN_NUMBERS[ones]


def _th(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


# Party congresses: (term, first day, last day)
CONGRESSES = [(18, "2012-11-08", "2012-11-14"), (19, "2017-10-18", "2017-10-24"), (20, "2022-10-16", "2022-10-22")]
# Plenary sessions of the Central Committee: (term, ordinal, first day, last day)
CC_PLENARIES = [
    (18, 1, "2012-11-15", "2012-11-15"),
    (18, 2, "2013-02-26", "2013-02-28"),
    (18, 3, "2013-11-09", "2013-11-12"),
    (18, 4, "2014-10-20", "2014-10-23"),
    (18, 5, "2015-10-26", "2015-10-29"),
    (18, 6, "2016-10-24", "2016-10-27"),
    (18, 7, "2017-10-11", "2017-10-14"),
    (19, 1, "2017-10-25", "2017-10-25"),
    (19, 2, "2018-01-18", "2018-01-19"),
    (19, 3, "2018-02-26", "2018-02-28"),
    (19, 4, "2019-10-28", "2019-10-31"),
    (19, 5, "2020-10-26", "2020-10-29"),
    (19, 6, "2021-11-08", "2021-11-11"),
    (19, 7, "2022-10-09", "2022-10-12"),
    (20, 1, "2022-10-23", "2022-10-23"),
    (20, 2, "2023-02-26", "2023-02-28"),
    (20, 3, "2024-07-15", "2024-07-18"),
    (20, 4, "2025-10-20", "2025-10-23"),
]
# Plenary sessions of the Central Commission for Discipline Inspection: (term, ordinal, first, last)
CCDI_PLENARIES = [
    (18, 2, "2013-01-21", "2013-01-22"),
    (18, 3, "2014-01-13", "2014-01-15"),
    (18, 4, "2015-01-12", "2015-01-14"),
    (18, 5, "2016-01-12", "2016-01-14"),
    (18, 6, "2017-01-06", "2017-01-08"),
    (19, 2, "2018-01-11", "2018-01-13"),
    (19, 3, "2019-01-11", "2019-01-13"),
    (19, 4, "2020-01-13", "2020-01-15"),
    (19, 5, "2021-01-22", "2021-01-24"),
    (19, 6, "2022-01-18", "2022-01-20"),
    (20, 2, "2023-01-09", "2023-01-10"),
    (20, 3, "2024-01-08", "2024-01-10"),
    (20, 4, "2025-01-06", "2025-01-08"),
]
# Annual sessions of the National People's Congress: (term, ordinal, first, last)
NPC_SESSIONS = [
    (12, 1, "2013-03-05", "2013-03-17"),
    (12, 2, "2014-03-05", "2014-03-13"),
    (12, 3, "2015-03-05", "2015-03-15"),
    (12, 4, "2016-03-05", "2016-03-16"),
    (12, 5, "2017-03-05", "2017-03-15"),
    (13, 1, "2018-03-05", "2018-03-20"),
    (13, 2, "2019-03-05", "2019-03-15"),
    (13, 3, "2020-05-22", "2020-05-28"),
    (13, 4, "2021-03-05", "2021-03-11"),
    (13, 5, "2022-03-05", "2022-03-11"),
    (14, 1, "2023-03-05", "2023-03-13"),
    (14, 2, "2024-03-05", "2024-03-11"),
    (14, 3, "2025-03-05", "2025-03-11"),
]
# Annual sessions of the CPPCC National Committee: (term, ordinal, first, last)
CPPCC_SESSIONS = [
    (12, 1, "2013-03-03", "2013-03-12"),
    (12, 2, "2014-03-03", "2014-03-12"),
    (12, 3, "2015-03-03", "2015-03-13"),
    (12, 4, "2016-03-03", "2016-03-14"),
    (12, 5, "2017-03-03", "2017-03-13"),
    (13, 1, "2018-03-03", "2018-03-15"),
    (13, 2, "2019-03-03", "2019-03-13"),
    (13, 3, "2020-05-21", "2020-05-27"),
    (13, 4, "2021-03-04", "2021-03-10"),
    (13, 5, "2022-03-04", "2022-03-10"),
    (14, 1, "2023-03-04", "2023-03-13"),
    (14, 2, "2024-03-04", "2024-03-10"),
    (14, 3, "2025-03-04", "2025-03-10"),
]
# Central Economic Work Conference: (first, last)
CEWC = [
    ("2012-12-15", "2012-12-16"),
    ("2013-12-10", "2013-12-13"),
    ("2014-12-09", "2014-12-11"),
    ("2015-12-18", "2015-12-21"),
    ("2016-12-14", "2016-12-16"),
    ("2017-12-18", "2017-12-20"),
    ("2018-12-19", "2018-12-21"),
    ("2019-12-10", "2019-12-12"),
    ("2020-12-16", "2020-12-18"),
    ("2021-12-08", "2021-12-10"),
    ("2022-12-15", "2022-12-16"),
    ("2023-12-11", "2023-12-12"),
    ("2024-12-11", "2024-12-12"),
]
# Central Rural Work Conference: (first, last)
CRWC = [
    ("2013-12-23", "2013-12-24"),
    ("2014-12-22", "2014-12-23"),
    ("2015-12-24", "2015-12-25"),
    ("2016-12-19", "2016-12-20"),
    ("2017-12-28", "2017-12-29"),
    ("2018-12-28", "2018-12-29"),
    ("2019-12-20", "2019-12-21"),
    ("2020-12-28", "2020-12-29"),
    ("2021-12-25", "2021-12-26"),
    ("2022-12-23", "2022-12-24"),
    ("2023-12-19", "2023-12-20"),
    ("2024-12-17", "2024-12-18"),
]
# Xi Jinping's New Year addresses, given on the last day of the year before: the New Year they greet.
NEW_YEAR_ADDRESSES = list(range(2014, 2026))
# One-off central events: (key, English label, English aliases, Chinese aliases, first, last, issuer, series)
OTHER = [
    (
        "central-urban-work-conference-2015",
        "Central Urban Work Conference",
        [],
        ["中央城市工作会议"],
        "2015-12-20",
        "2015-12-21",
        "CPC Central Committee",
        "central-urban-work-conference",
    ),
    (
        "central-urban-work-conference-2025",
        "Central Urban Work Conference",
        [],
        ["中央城市工作会议"],
        "2025-07-14",
        "2025-07-15",
        "CPC Central Committee",
        "central-urban-work-conference",
    ),
    (
        "national-financial-work-conference-2017",
        "National Financial Work Conference",
        ["Fifth National Financial Work Conference"],
        ["全国金融工作会议"],
        "2017-07-14",
        "2017-07-15",
        "CPC Central Committee",
        "financial-work-conference",
    ),
    (
        "central-financial-work-conference-2023",
        "Central Financial Work Conference",
        [],
        ["中央金融工作会议"],
        "2023-10-30",
        "2023-10-31",
        "CPC Central Committee",
        "financial-work-conference",
    ),
    (
        "central-ethnic-work-conference-2014",
        "Central Ethnic Work Conference",
        ["Central Conference on Ethnic Work"],
        ["中央民族工作会议"],
        "2014-09-28",
        "2014-09-29",
        "CPC Central Committee",
        "central-ethnic-work-conference",
    ),
    (
        "central-ethnic-work-conference-2021",
        "Central Ethnic Work Conference",
        ["Central Conference on Ethnic Work"],
        ["中央民族工作会议"],
        "2021-08-27",
        "2021-08-28",
        "CPC Central Committee",
        "central-ethnic-work-conference",
    ),
    (
        "central-united-front-work-conference-2015",
        "Central United Front Work Conference",
        [],
        ["中央统战工作会议"],
        "2015-05-18",
        "2015-05-20",
        "CPC Central Committee",
        "central-united-front-work-conference",
    ),
    (
        "central-united-front-work-conference-2022",
        "Central United Front Work Conference",
        [],
        ["中央统战工作会议"],
        "2022-07-29",
        "2022-07-30",
        "CPC Central Committee",
        "central-united-front-work-conference",
    ),
    (
        "central-foreign-affairs-work-conference-2014",
        "Central Conference on Work Relating to Foreign Affairs",
        ["Central Foreign Affairs Work Conference"],
        ["中央外事工作会议"],
        "2014-11-28",
        "2014-11-29",
        "CPC Central Committee",
        "central-foreign-affairs-work-conference",
    ),
    (
        "central-foreign-affairs-work-conference-2018",
        "Central Conference on Work Relating to Foreign Affairs",
        ["Central Foreign Affairs Work Conference"],
        ["中央外事工作会议"],
        "2018-06-22",
        "2018-06-23",
        "CPC Central Committee",
        "central-foreign-affairs-work-conference",
    ),
    (
        "central-foreign-affairs-work-conference-2023",
        "Central Conference on Work Relating to Foreign Affairs",
        ["Central Foreign Affairs Work Conference"],
        ["中央外事工作会议"],
        "2023-12-27",
        "2023-12-28",
        "CPC Central Committee",
        "central-foreign-affairs-work-conference",
    ),
    (
        "neighbourhood-work-conference-2013",
        "Central Conference on Work Related to Neighboring Countries",
        ["Conference on Diplomatic Work with Neighboring Countries"],
        ["周边外交工作座谈会"],
        "2013-10-24",
        "2013-10-25",
        "CPC Central Committee",
        "neighbourhood-work-conference",
    ),
    (
        "neighbourhood-work-conference-2025",
        "Central Conference on Work Related to Neighboring Countries",
        [],
        ["中央周边工作会议"],
        "2025-04-08",
        "2025-04-09",
        "CPC Central Committee",
        "neighbourhood-work-conference",
    ),
    (
        "publicity-ideological-work-conference-2013",
        "National Conference on Publicity and Ideological Work",
        [],
        ["全国宣传思想工作会议"],
        "2013-08-19",
        "2013-08-20",
        "CPC Central Committee",
        "publicity-ideological-work-conference",
    ),
    (
        "publicity-ideological-work-conference-2018",
        "National Conference on Publicity and Ideological Work",
        [],
        ["全国宣传思想工作会议"],
        "2018-08-21",
        "2018-08-22",
        "CPC Central Committee",
        "publicity-ideological-work-conference",
    ),
    (
        "publicity-ideological-work-conference-2023",
        "National Conference on Publicity, Ideological and Cultural Work",
        ["National Conference on Publicity and Ideological Work"],
        ["全国宣传思想文化工作会议"],
        "2023-10-07",
        "2023-10-08",
        "CPC Central Committee",
        "publicity-ideological-work-conference",
    ),
    (
        "ecological-environmental-protection-conference-2018",
        "National Conference on Ecological and Environmental Protection",
        [],
        ["全国生态环境保护大会"],
        "2018-05-18",
        "2018-05-19",
        "CPC Central Committee",
        "ecological-environmental-protection-conference",
    ),
    (
        "ecological-environmental-protection-conference-2023",
        "National Conference on Ecological and Environmental Protection",
        [],
        ["全国生态环境保护大会"],
        "2023-07-17",
        "2023-07-18",
        "CPC Central Committee",
        "ecological-environmental-protection-conference",
    ),
    (
        "national-education-conference-2018",
        "National Education Conference",
        ["National Conference on Education"],
        ["全国教育大会"],
        "2018-09-10",
        "2018-09-10",
        "CPC Central Committee",
        "national-education-conference",
    ),
    (
        "national-education-conference-2024",
        "National Education Conference",
        ["National Conference on Education"],
        ["全国教育大会"],
        "2024-09-09",
        "2024-09-10",
        "CPC Central Committee",
        "national-education-conference",
    ),
    (
        "national-organizational-work-conference-2018",
        "National Organizational Work Conference",
        ["National Conference on Organizational Work"],
        ["全国组织工作会议"],
        "2018-07-03",
        "2018-07-04",
        "CPC Central Committee",
        "national-organizational-work-conference",
    ),
    (
        "central-talent-work-conference-2021",
        "Central Talent Work Conference",
        ["Central Conference on Talent Work"],
        ["中央人才工作会议"],
        "2021-09-27",
        "2021-09-28",
        "CPC Central Committee",
        "central-talent-work-conference",
    ),
    (
        "xinjiang-work-symposium-2014",
        "Second Central Symposium on Xinjiang Work",
        ["Central Symposium on Xinjiang Work"],
        ["第二次中央新疆工作座谈会"],
        "2014-05-28",
        "2014-05-29",
        "CPC Central Committee",
        "xinjiang-work-symposium",
    ),
    (
        "xinjiang-work-symposium-2020",
        "Third Central Symposium on Xinjiang Work",
        ["Central Symposium on Xinjiang Work"],
        ["第三次中央新疆工作座谈会"],
        "2020-09-25",
        "2020-09-26",
        "CPC Central Committee",
        "xinjiang-work-symposium",
    ),
    (
        "tibet-work-symposium-2015",
        "Sixth Central Symposium on Tibet Work",
        ["Central Symposium on Tibet Work"],
        ["中央第六次西藏工作座谈会"],
        "2015-08-24",
        "2015-08-25",
        "CPC Central Committee",
        "tibet-work-symposium",
    ),
    (
        "tibet-work-symposium-2020",
        "Seventh Central Symposium on Tibet Work",
        ["Central Symposium on Tibet Work"],
        ["中央第七次西藏工作座谈会"],
        "2020-08-28",
        "2020-08-29",
        "CPC Central Committee",
        "tibet-work-symposium",
    ),
    (
        "cyberspace-work-conference-2018",
        "National Cybersecurity and Informatization Work Conference",
        [],
        ["全国网络安全和信息化工作会议"],
        "2018-04-20",
        "2018-04-21",
        "CPC Central Committee",
        "cyberspace-work-conference",
    ),
    (
        "central-party-building-central-organs-2019",
        "Conference on Party Building in Central and State Organs",
        [],
        ["中央和国家机关党的建设工作会议"],
        "2019-07-09",
        "2019-07-09",
        "CPC Central Committee",
        "central-organs-party-building",
    ),
    (
        "covid-commendation-conference-2020",
        "National Commendation Conference for Fighting COVID-19",
        [
            "national conference commending role models in the fight against COVID-19",
            "commendation conference for the fight against the COVID-19 epidemic",
        ],
        ["全国抗击新冠肺炎疫情表彰大会"],
        "2020-09-08",
        "2020-09-08",
        "CPC Central Committee",
        "covid-commendation-conference",
    ),
    (
        "poverty-alleviation-commendation-conference-2021",
        "National Poverty Alleviation Summary and Commendation Conference",
        ["national conference to review the fight against poverty and honor model poverty fighters"],
        ["全国脱贫攻坚总结表彰大会"],
        "2021-02-25",
        "2021-02-25",
        "CPC Central Committee",
        "poverty-alleviation-commendation",
    ),
    (
        "party-centenary-celebration-2021",
        "Ceremony Marking the Centenary of the Communist Party of China",
        ["celebration of the 100th anniversary of the founding of the Communist Party of China", "July 1 speech"],
        ["庆祝中国共产党成立100周年大会"],
        "2021-07-01",
        "2021-07-01",
        "CPC Central Committee",
        "party-centenary",
    ),
    # The Party's education campaigns, each opened by a central work conference at which Xi spoke.
    (
        "theme-education-conference-2019",
        "Work Conference on the Theme Education Campaign “Staying True to Our Founding Mission”",
        [
            "work conference on the theme education of not forgetting the original intention and keeping in mind the mission"
        ],
        ["“不忘初心、牢记使命”主题教育工作会议", "不忘初心、牢记使命主题教育工作会议"],
        "2019-05-31",
        "2019-05-31",
        "CPC Central Committee",
        "theme-education-conference",
    ),
    (
        "party-history-education-mobilization-2021",
        "Mobilization Meeting for the Study and Education of Party History",
        [
            "mobilization meeting on party history learning and education",
            "party history study and education mobilization meeting",
        ],
        ["党史学习教育动员大会"],
        "2021-02-20",
        "2021-02-20",
        "CPC Central Committee",
        "party-history-education-mobilization",
    ),
    (
        "theme-education-conference-2023",
        "Work Conference on the Theme Education of Studying and Implementing Xi Jinping Thought",
        ["work conference on the theme education", "theme education work conference"],
        [
            "学习贯彻习近平新时代中国特色社会主义思想主题教育工作会议",
            "习近平新时代中国特色社会主义思想主题教育工作会议",
        ],
        "2023-04-03",
        "2023-04-03",
        "CPC Central Committee",
        "theme-education-conference",
    ),
    (
        "national-science-conference-2024",
        "National Conference on Science, Technology and Innovation",
        ["National Science and Technology Conference"],
        ["全国科技大会"],
        "2024-06-24",
        "2024-06-24",
        "CPC Central Committee",
        "national-science-conference",
    ),
]


def _lit(text: str, lang: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + f'"@{lang}'


def _event(
    key: str,
    label: str,
    en: list[str],
    zh: list[str],
    first: str,
    last: str,
    issuer: str,
    series: str,
    kind: str = "session",
    term: int | None = None,
    ordinal: int | None = None,
    year: int | None = None,
) -> str:
    lines = [
        f"ev:{key} a kg:CentralEvent ;",
        f"    rdfs:label {_lit(label, 'en')} ;",
    ]
    for alias in sorted(set(en) - {label}):
        lines.append(f"    skos:altLabel {_lit(alias, 'en')} ;")
    for alias in sorted(set(zh)):
        lines.append(f"    skos:altLabel {_lit(alias, 'zh')} ;")
    lines += [
        f'    kg:series "{series}" ;',
        f"    kg:directiveKind kg:{ {'session': 'Session', 'speech': 'Speech'}[kind] } ;",
        f'    kg:issuerName "{issuer}" ;',
    ]
    if term is not None:
        lines.append(f"    kg:term {term} ;")
    if ordinal is not None:
        lines.append(f"    kg:ordinal {ordinal} ;")
    if year is not None:
        lines.append(f"    kg:year {year} ;")
    lines.append(f'    kg:eventDate "{first}"^^xsd:date ;')
    lines.append(f'    kg:eventEnd "{last}"^^xsd:date .')
    return "\n".join(lines)


def rows() -> list[str]:
    """Every event of the calendar as a Turtle block."""
    out = []
    for term, first, last in CONGRESSES:
        label = f"{_th(term)} National Congress of the Communist Party of China"
        en = [
            f"{_th(term)} Party Congress",
            f"{_th(term)} CPC National Congress",
            f"Party's {_th(term)} National Congress",
        ]
        zh = [f"党的{_cn(term)}大", f"中国共产党第{_cn(term)}次全国代表大会"]
        out.append(
            _event(
                f"cpc-{term}-congress",
                label,
                en,
                zh,
                first,
                last,
                "Communist Party of China",
                "party-congress",
                term=term,
            )
        )
    for term, n, first, last in CC_PLENARIES:
        label = (
            f"{ORDINAL_WORDS[n]} Plenary Session of the {_th(term)} Central Committee of the Communist Party of China"
        )
        en = [
            f"{ORDINAL_WORDS[n]} Plenary Session of the {_th(term)} CPC Central Committee",
            f"{ORDINAL_WORDS[n]} Plenum of the {_th(term)} Central Committee",
        ]
        zh = [f"{_cn(term)}届{_cn(n)}中全会", f"党的{_cn(term)}届{_cn(n)}中全会"]
        out.append(
            _event(
                f"cpc-{term}-cc-plenary-{n}",
                label,
                en,
                zh,
                first,
                last,
                "CPC Central Committee",
                "cc-plenary",
                term=term,
                ordinal=n,
            )
        )
    for term, n, first, last in CCDI_PLENARIES:
        label = f"{ORDINAL_WORDS[n]} Plenary Session of the {_th(term)} Central Commission for Discipline Inspection"
        en = [f"{ORDINAL_WORDS[n]} Plenary Session of the {_th(term)} CCDI"]
        zh = [f"{_cn(term)}届中央纪委{_cn(n)}次全会"]
        out.append(
            _event(
                f"ccdi-{term}-plenary-{n}",
                label,
                en,
                zh,
                first,
                last,
                "Central Commission for Discipline Inspection",
                "ccdi-plenary",
                term=term,
                ordinal=n,
            )
        )
    for term, n, first, last in NPC_SESSIONS:
        label = f"{ORDINAL_WORDS[n]} Session of the {_th(term)} National People's Congress"
        zh = [f"{_cn(term)}届全国人大{_cn(n)}次会议"]
        out.append(
            _event(
                f"npc-{term}-session-{n}",
                label,
                [f"{ORDINAL_WORDS[n]} Session of the {_th(term)} NPC"],
                zh,
                first,
                last,
                "National People's Congress",
                "npc-session",
                term=term,
                ordinal=n,
            )
        )
    for term, n, first, last in CPPCC_SESSIONS:
        label = f"{ORDINAL_WORDS[n]} Session of the {_th(term)} National Committee of the CPPCC"
        zh = [f"全国政协{_cn(term)}届{_cn(n)}次会议"]
        out.append(
            _event(
                f"cppcc-{term}-session-{n}",
                label,
                [],
                zh,
                first,
                last,
                "CPPCC National Committee",
                "cppcc-session",
                term=term,
                ordinal=n,
            )
        )
    for first, last in CEWC:
        year = int(first[:4])
        out.append(
            _event(
                f"cewc-{year}",
                "Central Economic Work Conference",
                ["Central Economic Conference"],
                ["中央经济工作会议"],
                first,
                last,
                "CPC Central Committee",
                "cewc",
                year=year,
            )
        )
    for first, last in CRWC:
        year = int(first[:4])
        out.append(
            _event(
                f"crwc-{year}",
                "Central Rural Work Conference",
                ["Central Conference on Rural Work"],
                ["中央农村工作会议"],
                first,
                last,
                "CPC Central Committee",
                "crwc",
                year=year,
            )
        )
    for year in NEW_YEAR_ADDRESSES:
        day = f"{year - 1}-12-31"
        out.append(
            _event(
                f"new-year-address-{year}",
                f"{year} New Year address",
                [f"{year} New Year message", f"{year} New Year speech"],
                [f"{year}年新年贺词"],
                day,
                day,
                "Xi Jinping",
                "new-year-address",
                kind="speech",
                year=year,
            )
        )
    for key, label, en, zh, first, last, issuer, series in OTHER:
        out.append(_event(key, label, en, zh, first, last, issuer, series))
    return out


def render() -> str:
    header = "\n".join("# " + line if line else "#" for line in (__doc__ or "").strip().splitlines())
    prefixes = (
        "@prefix kg: <https://w3id.org/readout-kg/ontology#> .\n"
        "@prefix ev: <https://w3id.org/readout-kg/id/event/> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
    )
    note = "# Generated by tools/calendar_table.py from its tables; edit there, not here.\n"
    return header + "\n" + note + "\n" + prefixes + "\n" + "\n\n".join(rows()) + "\n"


if __name__ == "__main__":
    target = Path(__file__).resolve().parent.parent / "ontology" / "calendar.ttl"
    target.write_text(render(), encoding="utf-8")
    print(f"wrote {target}")
