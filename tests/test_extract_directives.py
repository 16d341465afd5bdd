"""Central directives, reviewed documents, agenda items and topics on real readout sentences."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kg.document import Document, read_document
from kg.extract import extract_readout
from kg.extract.agenda import extract_agenda
from kg.extract.directives import extract_directives
from kg.extract.documents import extract_reviewed
from kg.reference import load_reference, load_topic_scheme

REF = load_reference()

CASES = [
    (
        "On the morning of February 24, the Standing Committee held a meeting to study and implement the spirit of the "
        "important instructions made by General Secretary Xi Jinping on the collapse of an open-pit coal mine in Alashan "
        "Zuoqi, Inner Mongolia, and the spirit of the important instructions made on the in-depth study of Lei Feng "
        "activities.",
        [
            ("Xi Jinping", "instructions", "collapse of an open-pit coal mine in Alxa Left Banner, Inner Mongolia"),
            ("Xi Jinping", "instructions", "in-depth study of Lei Feng activities"),
        ],
    ),
    (
        "On May 12, the Standing Committee held a meeting to convey the spirit of learning from General Secretary Xi "
        "Jinping’s important speeches at the April 28 meeting of the Political Bureau of the Central Committee, the first "
        "meeting of the 20th Central Finance and Economics Committee, and during his inspection in Xiong’an New District, "
        "Hebei , as well as the spirit of replying to the students of the Science and Technology College of China "
        "Agricultural University, research and deployment implementation work.",
        [
            ("Xi Jinping", "speech", "April 28 meeting of the Political Bureau of the Central Committee"),
            ("Xi Jinping", "speech", "first meeting of the 20th Central Finance and Economics Committee"),
            ("Xi Jinping", "speech", "inspection in Xiong'an New District, Hebei"),
            (
                "Xi Jinping",
                "letter",
                "reply to students of the Science and Technology College of China Agricultural University",
            ),
        ],
    ),
    (
        "On January 18, the Standing Committee held a meeting to earnestly study General Secretary Xi Jinping’s important "
        "instructions on political and legal work, convey the spirit of learning and implementing the Central Political "
        "and Legal Work Conference and the National United Front Ministerial Conference, and listen to the report.",
        [
            ("Xi Jinping", "instructions", "political and legal work"),
            (None, "session", "Central Political and Legal Work Conference"),
            (None, "session", "National United Front Ministerial Conference"),
        ],
    ),
    (
        "On September 23, the Standing Committee held a meeting to study and implement the spirit of the national "
        "safety production video and telephone conference, and study and deploy the province's work.",
        [(None, "session", "national safety production video and telephone conference")],
    ),
    (
        "The meeting conveyed the spirit of General Secretary Xi Jinping’s recent important reply and congratulatory "
        "letter. The meeting also focused on the spirit of important instructions regarding women and children’s "
        "work.",
        [
            ("Xi Jinping", "letter", "recent important reply and congratulatory letter"),
            ("Xi Jinping", "instructions", "women and children's work"),
        ],
    ),
    (
        "The meeting studied and implemented the spirit of the recent Political Bureau meeting of the Central "
        "Committee and the spirit of General Secretary Xi Jinping’s important speech.",
        # Both the session and the speech Xi gave there are relayed (GOLD.md).
        [
            (
                "Political Bureau of the CPC Central Committee",
                "session",
                "recent Political Bureau meeting of the Central Committee",
            ),
            ("Xi Jinping", "speech", "recent Political Bureau meeting of the Central Committee"),
        ],
    ),
    (
        "The meeting stressed that the notification of the Central Committee on handling the illegal villas in "
        "Xi'an has sounded the alarm. These two documents, adopted at the first meeting of the Political Bureau of "
        "the 19th CPC Central Committee, are vital.",
        [
            (
                "CPC Central Committee",
                "document",
                "notification of the Central Committee on handling the illegal villas in Xi'an",
            ),
            (
                "Political Bureau of the CPC Central Committee",
                "session",
                "first meeting of the Political Bureau of the 19th CPC Central Committee",
            ),
        ],
    ),
    (
        "The meeting pointed out that the achievements since the 19th National Congress of the Communist Party of China "
        "are historic.",
        [],
    ),
    (
        "On October 24, the meeting studied and implemented the spirit of the Fourth Plenary Session of the 20th Central "
        "Committee of the Communist Party of China. The meeting conveyed the spirit of the provincial conference on ethnic "
        "unity and progress.",
        [
            (
                "CPC Central Committee",
                "session",
                "Fourth Plenary Session of the 20th Central Committee of the Communist Party of China",
            )
        ],
    ),
    # Invented sentences, one per frame the extractor must generalise over.
    (
        "The meeting conveyed the recent important instructions on the fire at a chemical plant in Yancheng.",
        [("Xi Jinping", "instructions", "fire at a chemical plant in Yancheng")],
    ),
    (
        "The meeting studied Xi Jinping Thought on the Rule of Law and Xi Jinping Thought on Ecological Civilization, "
        "and deployed the work.",
        [
            ("Xi Jinping", "thought", "Xi Jinping Thought on the Rule of Law"),
            ("Xi Jinping", "thought", "Xi Jinping Thought on Ecological Civilization"),
        ],
    ),
    (
        "The meeting conveyed General Secretary Xi Jinping's congratulatory message to the tenth anniversary of the "
        "Silk Road Fund and his important letter to the teachers of a normal university.",
        [
            ("Xi Jinping", "letter", "congratulatory message to tenth anniversary of the Silk Road Fund"),
            ("Xi Jinping", "letter", "letter to teachers of a normal university"),
        ],
    ),
    (
        "The meeting conveyed the spirit of the important speech by Premier Li Qiang at the national conference on "
        "employment.",
        [("Li Qiang", "speech", "national conference on employment")],
    ),
    (
        "The meeting studied the important speech delivered by General Secretary Xi Jinping when presiding over the "
        "12th collective study session of the Political Bureau.",
        [("Xi Jinping", "speech", "12th collective study session of the Political Bureau")],
    ),
    (
        "The meeting studied the spirit of the important speeches and important instructions of General Secretary Xi "
        "Jinping on flood control.",
        [("Xi Jinping", "speech", "flood control")],
    ),
    (
        "The meeting studied the Opinions of the CPC Central Committee and the State Council on Promoting the Private "
        "Economy and the circular of the CPC Central Committee on carrying out theme education.",
        [
            (
                "CPC Central Committee",
                "document",
                "Opinions of the CPC Central Committee and the State Council on Promoting the Private Economy",
            ),
            (
                "CPC Central Committee",
                "document",
                "circular of the CPC Central Committee on carrying out theme education",
            ),
        ],
    ),
    (
        "The meeting pointed out that since the 20th Party Congress, the county has made progress in the new era.",
        [],
    ),
    (
        "The meeting studied the important congratulatory letter sent by the General Secretary to the teachers and "
        "students of a rural school.",
        [("Xi Jinping", "letter", "congratulatory letter to teachers and students of a rural school")],
    ),
    (
        "The meeting conveyed the spirit of the recent meeting of the Political Bureau of the CPC Central Committee.",
        [
            (
                "Political Bureau of the CPC Central Committee",
                "session",
                "meeting of the Political Bureau of the CPC Central Committee",
            )
        ],
    ),
    (
        "The meeting studied the spirit of the symposium on the publication of the fourth volume of Xi Jinping: "
        "The Governance of China.",
        [(None, "session", "symposium on the publication of the fourth volume of Xi Jinping: The Governance of China")],
    ),
    (
        "The meeting conveyed the important speech made by General Secretary Xi Jinping when he participated in the "
        "deliberation of the Hunan delegation at the NPC session.",
        [("Xi Jinping", "speech", "deliberation of the Hunan delegation at the NPC session")],
    ),
    (
        "The meeting studied General Secretary Xi Jinping's important reply letter to the students of a rural school.",
        [("Xi Jinping", "letter", "reply to students of a rural school")],
    ),
    (
        "The meeting aimed to convey the spirit of the central theme education deployment meeting and ensure the "
        "smooth start of the work.",
        [(None, "session", "central theme education deployment meeting")],
    ),
    (
        # A purpose clause ("to better implement ...") is not part of the occasion.
        "The meeting studied General Secretary Xi Jinping's important speech on Fujian work to better implement "
        "the new development concept.",
        [("Xi Jinping", "speech", "Fujian work")],
    ),
    (
        # A second item that names its own kind is a directive of its own; a forum a letter went to is no session.
        "The meeting studied General Secretary Xi Jinping's important reply letter to the villagers of a mountain "
        "township and the important congratulatory letter to the first Silk Road Culture Forum, and studied the work.",
        [
            ("Xi Jinping", "letter", "reply to villagers of a mountain township"),
            ("Xi Jinping", "letter", "congratulatory letter to first Silk Road Culture Forum"),
        ],
    ),
    (
        # ", and <past verb>" starts the meeting's next act, not more of the occasion.
        "The meeting studied General Secretary Xi Jinping's important congratulatory letter to the Yellow River "
        "Culture Festival, and made plans for the city's work.",
        [("Xi Jinping", "letter", "congratulatory letter to Yellow River Culture Festival")],
    ),
    (
        # The relay verb governs every item of a list of sessions, however long the first item is.
        "The meeting conveyed the spirit of the Yangtze River Basin Ecological Protection, Restoration and Green "
        "Transformation Work Symposium, the Symposium on Promoting the Reform of Grain Storage Systems, and studied "
        "the city's measures.",
        [
            (
                None,
                "session",
                "Yangtze River Basin Ecological Protection, Restoration and Green Transformation Work Symposium",
            ),
            (None, "session", "Symposium on Promoting the Reform of Grain Storage Systems"),
        ],
    ),
    (
        # What the sentence goes on to say about a session is not part of its name.
        "The meeting called for implementing the spirit of the 19th National Congress of the Communist Party of "
        "China and create a new situation in mountain agriculture.",
        [("Communist Party of China", "session", "19th National Congress of the Communist Party of China")],
    ),
    (
        # A named event whose kind is in lower case; "at the symposium" names no event.
        "The meeting conveyed the spirit of the “Anji Green Village” anniversary symposium, and studied the "
        "speech of the delegate at the symposium of entrepreneurs.",
        [(None, "session", "Anji Green Village anniversary symposium")],
    ),
    (
        # A seminar's name runs through its purpose, and the session it studies is part of that name,
        # not a session the meeting relayed.
        "The meeting conveyed the important speech delivered by General Secretary Xi Jinping at the opening ceremony "
        "of the study session for principal officials of provinces and ministries to study and implement the spirit "
        "of the Sixth Plenary Session of the 19th CPC Central Committee.",
        [
            (
                "Xi Jinping",
                "speech",
                "opening ceremony of the study session for principal officials of provinces and ministries to study "
                "and implement the spirit of the Sixth Plenary Session of the 19th CPC Central Committee",
            )
        ],
    ),
    (
        # How to implement a speech ("in combination with", "in the context of") is no part of its occasion,
        # and no occasion of its own.
        "The meeting studied the spirit of General Secretary Xi Jinping's important speech at the Symposium on Rural "
        "Culture in combination with the actual situation of the city. It is necessary to implement General "
        "Secretary Xi Jinping's important speeches in the context of the city's actual conditions.",
        [("Xi Jinping", "speech", "Symposium on Rural Culture")],
    ),
    (
        # An occasion ends at ", and <adverb> <relay verb>" as it does at ", and <relay verb>".
        "The meeting stressed the spirit of General Secretary Xi Jinping's important speech at the celebration of "
        "the 40th anniversary of the Special Economic Zone, and thoroughly implement the new expectations.",
        [("Xi Jinping", "speech", "celebration of the 40th anniversary of the Special Economic Zone")],
    ),
    (
        # A session's name ends where a new phrase begins: "... of China and in the critical period of ...".
        "The meeting conveyed and studied the spirit of the 20th National Congress of the Communist Party of China "
        "and in the critical period of further promoting modernization, the meeting set its tasks.",
        [("Communist Party of China", "session", "20th National Congress of the Communist Party of China")],
    ),
    (
        # A national symposium relayed without a convener, ended by "and <past verb>".
        "In addition, the meeting also conveyed and studied the spirit of the National Grain Work Symposium and "
        "discussed other matters.",
        [(None, "session", "National Grain Work Symposium")],
    ),
    (
        # A back-reference to the occasion that runs on into what the speech did is the same directive.
        "The meeting conveyed the spirit of General Secretary Xi Jinping's important speech at the fourth collective "
        "study session of the Political Bureau of the 20th CPC Central Committee. The meeting pointed out that the "
        "important speech delivered by General Secretary Xi Jinping during the collective study session profoundly "
        "elaborated on the tasks of water conservancy.",
        [
            (
                "Xi Jinping",
                "speech",
                "fourth collective study session of the Political Bureau of the 20th CPC Central Committee",
            )
        ],
    ),
    (
        # A list item opened by "the spirit of the important ..." is an item of its own kind.
        "The meeting studied the spirit of General Secretary Xi Jinping's important speech on flood control work, "
        "the spirit of the important congratulatory letter to the opening of the first forum on rural tourism.",
        [
            ("Xi Jinping", "speech", "flood control work"),
            ("Xi Jinping", "letter", "congratulatory letter to opening of the first forum on rural tourism"),
        ],
    ),
    (
        # A Politburo meeting keeps the day it was held, before or after its name.
        "The meeting conveyed the spirit of the meeting of the Standing Committee of the Political Bureau of the CPC "
        "Central Committee on February 16, and studied the spirit of the April 28 meeting of the Political Bureau of "
        "the CPC Central Committee.",
        [
            (
                "Political Bureau of the CPC Central Committee",
                "session",
                "meeting of the Standing Committee of the Political Bureau of the CPC Central Committee on February 16",
            ),
            (
                "Political Bureau of the CPC Central Committee",
                "session",
                "April 28 meeting of the Political Bureau of the CPC Central Committee",
            ),
        ],
    ),
    (
        # Items of a list told by what Xi did: ", when he ...", ", and when he ...".
        "The Standing Committee held a meeting to study General Secretary Xi Jinping's important speeches at the "
        "2023 Spring Festival gathering, when he visited grassroots cadres via video link, and when he inspected "
        "the troops on the eve of the Spring Festival, study and implement the opinions.",
        [
            ("Xi Jinping", "speech", "2023 Spring Festival gathering"),
            ("Xi Jinping", "speech", "when he visited grassroots cadres via video link"),
            ("Xi Jinping", "speech", "when he inspected the troops on the eve of the Spring Festival"),
        ],
    ),
    (
        # A person's post that ends in "Conference" is no session; the national two sessions are one.
        "The meeting conveyed the spirit of the two sessions of the country. Zhang Hua, Chairman of the Political "
        "Consultative Conference of the Autonomous Region, conveyed the spirit of the First Session of the 14th "
        "National Committee of the Chinese People's Political Consultative Conference. The meeting also heard a "
        "report on the two sessions of the city.",
        [
            (None, "session", "two sessions of the country"),
            (
                None,
                "session",
                "First Session of the 14th National Committee of the Chinese People's Political Consultative Conference",
            ),
        ],
    ),
    (
        # The Party's own regulations are central documents, even with a closing mark turned the wrong way.
        "The meeting studied the “Regulations on Internal Supervision of the Communist Party of China“. The meeting "
        'also studied the "Notice of the Fuxin Municipal Committee of the Communist Party of China on Flood Control".',
        [("CPC Central Committee", "document", "Regulations on Internal Supervision of the Communist Party of China")],
    ),
    (
        # A bare speech of Xi's was given at the central session relayed last before it, in this sentence or an
        # earlier one; "important speeches and important instructions" sums up his guidance and names none.
        "The meeting conveyed and studied the spirit of the Central Rural Work Conference. The meeting pointed out "
        "that the conference is very important. General Secretary Xi Jinping's important speech is far-sighted. "
        "General Secretary Xi Jinping's important speeches and important instructions are our guide.",
        [
            (None, "session", "Central Rural Work Conference"),
            ("Xi Jinping", "speech", "Central Rural Work Conference"),
        ],
    ),
    (
        # The session of the opening relay, however far back; not one named later as background.
        "On March 16, the Standing Committee held a meeting to convey and study the spirit of the Second Plenary "
        "Session of the 20th CPC Central Committee. "
        + "The meeting discussed the work of the year at length. "
        * 20
        + "The meeting pointed out that this is an effort to fully implement the spirit of the 20th National Congress "
        "of the Communist Party of China. General Secretary Xi Jinping's important speech is far-sighted.",
        [
            ("CPC Central Committee", "session", "Second Plenary Session of the 20th CPC Central Committee"),
            ("Communist Party of China", "session", "20th National Congress of the Communist Party of China"),
            ("Xi Jinping", "speech", "Second Plenary Session of the 20th CPC Central Committee"),
        ],
    ),
    (
        # The theme education of Xi Jinping's Thought is a campaign's name, not a relayed thought.
        "The meeting studied the theme education of Xi Jinping's new era of socialism with Chinese characteristics.",
        [],
    ),
    (
        # Not at a national promotion meeting, which the General Secretary does not address.
        "The meeting conveyed the spirit of the National Grain Promotion Meeting. The meeting studied the important "
        "speech of General Secretary Xi Jinping.",
        [(None, "session", "National Grain Promotion Meeting")],
    ),
    (
        # The General Secretary's post in lower case; another central leader's instructions, "from" him.
        'The meeting conveyed the important instructions of general secretary Xi Jinping on the "May 3" landslide '
        "in Kaili and the spirit of instructions from premier Li Keqiang on the relief work.",
        [
            ("Xi Jinping", "instructions", "May 3 landslide in Kaili"),
            ("Li Keqiang", "instructions", "relief work"),
        ],
    ),
    (
        # "on many occasions" says how often; a title put where the name was is not his name.
        "The meeting pointed out that the General Secretary has made important instructions on many occasions. "
        "General Secretary Supreme Leader's important speech at the meeting of the Standing Committee of the "
        "Political Bureau fully affirmed the work.",
        [("Xi Jinping", "speech", "meeting of the Standing Committee of the Political Bureau")],
    ),
    (
        "The committee also listened to the report on the spirit of the national party committee and government "
        "secretary-general meeting and the city's implementation opinions.",
        [(None, "session", "national party committee and government secretary-general meeting")],
    ),
    (
        # A speech by video, delivered to an occasion, by the Xi the sentence before names.
        "The meeting studied General Secretary Xi Jinping's important speeches. The meeting focused on the spirit of "
        "the video speech delivered to the opening ceremony of the Summit of the World Water Forum.",
        [("Xi Jinping", "speech", "opening ceremony of the Summit of the World Water Forum")],
    ),
    (
        # A list of Xi's remarks: items told by "the" or "his", one of them by its own kind.
        "The meeting conveyed General Secretary Xi Jinping's remarks during the fifth collective study session of the "
        "Political Bureau of the Central Committee, the symposium on the 20th anniversary of the Western Development "
        "Strategy, his instructions on flood prevention work, the National Conference on Water Conservancy, and his "
        "speeches during his visit to Hunan province.",
        [
            ("Xi Jinping", "speech", "fifth collective study session of the Political Bureau of the Central Committee"),
            ("Xi Jinping", "speech", "symposium on the 20th anniversary of the Western Development Strategy"),
            ("Xi Jinping", "instructions", "instructions on flood prevention work"),
            ("Xi Jinping", "speech", "National Conference on Water Conservancy"),
            ("Xi Jinping", "speech", "speeches during his visit to Hunan province"),
        ],
    ),
    (
        # Speeches named by their subjects, each told by a verb of its own.
        "The meeting studied General Secretary Xi Jinping's important speeches, including those focusing on "
        "deepening rural reform, building a strong agricultural country, and promoting the integration of urban and "
        "rural areas.",
        [
            ("Xi Jinping", "speech", "deepening rural reform"),
            ("Xi Jinping", "speech", "building a strong agricultural country"),
            ("Xi Jinping", "speech", "promoting the integration of urban and rural areas"),
        ],
    ),
    (
        # The central democratic life meeting is relayed; the province's, in the same list, is not central.
        "The members studied the spirit of the Democratic Life Meeting of the Political Bureau of the Central "
        "Committee, and the spirit of the Democratic Life Meeting of the Standing Committee of the Provincial Party "
        "Committee.",
        [
            (
                "Political Bureau of the CPC Central Committee",
                "session",
                "Democratic Life Meeting of the Political Bureau of the Central Committee",
            )
        ],
    ),
    (
        # "the speech to guide ...": what the speech is used for, not whom it was addressed to.
        "The meeting studied General Secretary Xi Jinping's important speech during his inspection in Gansu. We must "
        "truly use the spirit of General Secretary Xi Jinping's important speech to guide the transformation practice.",
        [("Xi Jinping", "speech", "inspection in Gansu")],
    ),
    (
        # A central leader the reference does not know, told by his central posts.
        "The meeting conveyed the spirit of the speech of Wang Ping, a member of the Political Bureau of the Central "
        "Committee and Vice Premier of the State Council, when he inspected our province.",
        [("Wang Ping", "speech", "he inspected our province")],
    ),
    (
        # A national meeting of officials, not a post; the city's own conference is no central directive.
        "The meeting stressed implementing the deployment requirements of the National Party Committee and Government "
        "Secretary-General Meeting. We must complete the tasks set by the city’s 2024 “Harbour Year” Work "
        "Mobilization Conference.",
        [(None, "session", "National Party Committee and Government Secretary-General Meeting")],
    ),
    (
        # A sentence break the translation lost ("... Festival The spirit and speech to ..."), and a speech to a summit.
        "The meeting studied General Secretary Xi Jinping's important speeches at the Spring Festival group meeting, "
        "and when he inspected the troops on the eve of the Spring Festival The spirit and speech to the Third Summit "
        "of the Harbour States, study and implement the opinions.",
        [
            ("Xi Jinping", "speech", "Spring Festival group meeting"),
            ("Xi Jinping", "speech", "when he inspected the troops on the eve of the Spring Festival"),
            ("Xi Jinping", "speech", "Third Summit of the Harbour States"),
        ],
    ),
    (
        # Whom the letter went to, said in the next sentence.
        "The meeting studied the spirit of General Secretary Xi Jinping's important congratulatory letter. The letter "
        "was addressed to the 2024 China Harbour Expo. The meeting stressed improving the expo.",
        [("Xi Jinping", "letter", "congratulatory letter to 2024 China Harbour Expo")],
    ),
    (
        # A headline's title case; instructions of unnamed central leaders, their subject cut before the next item;
        # a headline's "Instructions for ..." says what for, not where.
        "Study the Spirit of Xi Jinping's Important Speech at the National Harbour Commendation Conference\n\nThe meeting "
        "conveyed the important instructions of the central leaders on flood safety and the circular of the Provincial "
        "Office. Implementing Xi Jinping's Important Instructions for High-Quality Development.",
        [
            ("Xi Jinping", "speech", "National Harbour Commendation Conference"),
            (None, "instructions", "flood safety"),
        ],
    ),
    (
        # A session the relay is to be combined or aligned with, or one that dates another, is not relayed; a speech
        # of Xi's named so is (the dev gold's convention); the premier's speech is named with Xi's.
        "On December 19, the Standing Committee of the Provincial Party Committee held a meeting to convey the "
        "spirit of the Central Economic Work Conference. The meeting pointed out that the conference is an "
        "important meeting held after the 20th National Congress of the Communist Party of China. It is necessary "
        "to combine the study of the spirit of the Central Economic Work Conference with the study of the spirit "
        "of the 20th National Congress of the Communist Party of China and the spirit of General Secretary Xi "
        "Jinping's important speech at the celebration of the harbour's founding. We must unify our thoughts and "
        "actions with the spirit of the 20th National Congress of the Communist Party of China. Wang Ming "
        "conveyed the important speeches of General Secretary Xi Jinping and Premier Li Keqiang.",
        [
            (None, "session", "Central Economic Work Conference"),
            ("Xi Jinping", "speech", "celebration of the harbour's founding"),
            ("Xi Jinping", "speech", "Central Economic Work Conference"),
            ("Li Keqiang", "speech", "Central Economic Work Conference"),
        ],
    ),
    (
        # What the relay is combined with ends where a clause of its own verb begins: the session after it is relayed.
        "The meeting stressed that we must combine learning with doing, and implement the spirit of the Central "
        "Economic Work Conference.",
        [(None, "session", "Central Economic Work Conference")],
    ),
    (
        # A central body's own work plan, studied.
        "The meeting studied the spirit of the “Central Harbour Safety Coordination Group Work Plan (2024-2028)”.",
        [
            (
                "Central Harbour Safety Coordination Group",
                "document",
                "Central Harbour Safety Coordination Group Work Plan (2024-2028)",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_directives(tmp_path: Path, text: str, expected: list[tuple[str | None, str, str]]) -> None:
    path = tmp_path / "r.txt"
    path.write_text(text + "\n\nThe end.", encoding="utf-8")
    doc = read_document(path)
    found = extract_directives(doc, REF)
    assert [(d.issuer, d.kind, d.occasion) for d in found] == expected
    assert all(doc.text[d.evidence.start : d.evidence.end] == d.evidence.quote for d in found)


def test_one_directive_for_two_spellings_of_a_place(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text(
        CASES[0][0] + " The meeting pointed out that General Secretary Xi Jinping’s important instructions "
        "on the collapse of an open-pit coal mine in Alxa Left Banner, Inner Mongolia are very pertinent."
        "\n\nEnd.",
        encoding="utf-8",
    )
    found = extract_directives(read_document(path), REF)
    assert len([d for d in found if "coal mine" in d.occasion]) == 1


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (
            "The meeting also reviewed the decision of the Standing Committee of the Chongqing Municipal People’s Congress "
            "on strengthening the supervision of economic work.",
            [
                "decision of the Standing Committee of the Chongqing Municipal People's Congress on strengthening the "
                "supervision of economic work"
            ],
        ),
        (
            "The meeting deliberated on the Implementation Plan for the Construction of a Rule of Law Heilongjiang "
            "(2021-2025), the Implementation Plan for the Construction of a Rule of Law Society in Heilongjiang Province "
            "(2021-2025) and other documents.",
            [
                "Implementation Plan for the Construction of a Rule of Law Heilongjiang (2021-2025)",
                "Implementation Plan for the Construction of a Rule of Law Society in Heilongjiang Province (2021-2025)",
            ],
        ),
        ("The meeting studied the city's implementation opinions and reviewed relevant documents.", []),
        # "the implementation opinions of Haikou City" is "our city's opinions": which document, unsaid.
        ("The meeting studied the implementation opinions of Haikou City.", []),
        # In lower case, "measures to ensure ..." says what they are for: no title.
        ("The meeting studied and deployed relevant measures to ensure the safety of the reservoir area.", []),
        (
            # Each quoted title counts from the review verb nearest before it, not the sentence's first verb.
            "The meeting studied the relevant matters of flood control in the county and of the county's congress "
            'to be convened, and discussed and studied the "Work Program for Tea Farming in the Hills" and "The '
            'Rules for Village Committees".',
            ["Work Program for Tea Farming in the Hills", "The Rules for Village Committees"],
        ),
        (
            "The meeting stressed that the notification of the Central Committee on handling the villas has sounded the alarm.",
            [],
        ),
        (
            "The meeting discussed the 2024 Government Work Report (draft for comments).",
            ["2024 Government Work Report (draft for comments)"],
        ),
        (
            "The meeting examined and approved the work report of the District Commission for Discipline Inspection.",
            ["work report of the District Commission for Discipline Inspection"],
        ),
        (
            "The meeting reviewed the implementation opinions on building a high-standard farmland demonstration zone.",
            ["implementation opinions on building a high-standard farmland demonstration zone"],
        ),
        ("The meeting studied the implementation measures of our county and heard a report on the work.", []),
        ("It is necessary to implement the work plan well and do a good job in the work report.", []),
        (
            "The meeting reviewed relevant documents concerning the rectification of problems found by the "
            "provincial inspection team.",
            ["documents concerning the rectification of problems found by the provincial inspection team"],
        ),
        (
            "The meeting considered the work reports of the County People's Congress and the CPPCC.",
            ["work reports of the County People's Congress"],
        ),
        (
            "The meeting listened to the report on the drafting of the implementation opinions on developing "
            "mountain tourism in 2024.",
            ["implementation opinions on developing mountain tourism in 2024"],
        ),
        ("The meeting studied the documents of the Central Committee.", []),
        # A quoted title is one document, though its words hold two document names joined by "and".
        (
            "The meeting reviewed in writing the “Report on the Implementation of Harbour Province’s 2024 National "
            "Economic and Social Development Plan and the 2025 Draft Plan”.",
            [
                "Report on the Implementation of Harbour Province's 2024 National Economic and Social Development Plan "
                "and the 2025 Draft Plan"
            ],
        ),
    ],
)
def test_reviewed_documents(tmp_path: Path, text: str, titles: list[str]) -> None:
    path = tmp_path / "r.txt"
    path.write_text(text + "\n\nEnd.", encoding="utf-8")
    assert [d.title for d in extract_reviewed(read_document(path))] == titles


def test_agenda_items_tasks_and_topics(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text(
        "On June 2, the Standing Committee held a meeting.\n\n"
        "The meeting pointed out that auditing is important. It is necessary to strengthen audit rectification.\n\n"
        "The meeting emphasized that garbage classification is an indicator. We must do a solid job in waste "
        "sorting.\n\nEnd.",
        encoding="utf-8",
    )
    items = extract_agenda(read_document(path), load_topic_scheme())
    assert [item.text[:30] for item in items] == ["The meeting pointed out that a", "The meeting emphasized that ga"]
    assert [[t.text for t in item.tasks] for item in items] == [
        ["It is necessary to strengthen audit rectification."],
        ["We must do a solid job in waste sorting."],
    ]
    assert [[t.key for t in item.topics] for item in items] == [["audit-work"], ["garbage-classification"]]


def test_words_naming_a_relayed_directive_are_not_topics(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text(
        "On January 28, the Standing Committee held a meeting to study General Secretary Xi Jinping’s important "
        "speech at the 2023 Spring Festival group meeting.\n\n"
        "The meeting emphasized that it is necessary to do a solid job in waste sorting.\n\nEnd.",
        encoding="utf-8",
    )
    facts = extract_readout(read_document(path))
    assert [d.occasion for d in facts.directives] == ["2023 Spring Festival group meeting"]
    assert [t.key for t in facts.topics] == ["garbage-classification"]


def test_what_a_relayed_directive_is_on_may_be_a_topic_and_its_event_is_not(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text(
        "On January 28, the Standing Committee held a meeting to study General Secretary Xi Jinping’s important "
        "instructions on waste sorting and his important speech at the 2023 Spring Festival group meeting.\n\nEnd.",
        encoding="utf-8",
    )
    facts = extract_readout(read_document(path))
    assert len(facts.directives) == 2
    assert [t.key for t in facts.topics] == ["garbage-classification"]


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("It is necessary to do a good job in cold chain logistics and storage.", ["cold chain logistics"]),
        ("We must deepen the reform of township fiscal accounts, and save.", ["reform of township fiscal account"]),
        ("It is necessary to strengthen the spirit of the meeting.", []),
        ("It is necessary to promote new breakthroughs in lithium battery recycling.", ["lithium battery recycling"]),
        ("We must promote high-quality development of the county.", []),
        ("It is necessary to strengthen reform.", []),
    ],
)
def test_open_topics_are_objects_of_requirement_verbs(tmp_path: Path, sentence: str, topics: list[str]) -> None:
    path = tmp_path / "r.txt"
    path.write_text(
        f"On June 2, the Standing Committee held a meeting.\n\nThe meeting pointed out that work matters. {sentence}\n\nEnd.",
        encoding="utf-8",
    )
    items = extract_agenda(read_document(path), load_topic_scheme())
    found = [t.label for item in items for task in item.tasks for t in task.topics if t.label is not None]
    assert found == topics


def test_open_topics_take_a_cap_major_topic_only_when_their_words_agree() -> None:
    from rdflib import Graph

    from kg.cap import CapIndex
    from kg.namespace import CAP
    from kg.reference import ontology_dir

    index = CapIndex(Graph().parse(ontology_dir() / "topics.ttl"))
    assert index.major_topic("school education quality") == CAP["6"]
    assert index.major_topic("cold chain logistics") is None


def test_a_speech_by_a_later_central_leader_is_central_only_once_he_is(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text(
        "The meeting studied the spirit of the important speech by Comrade Li Qiang at the municipal conference "
        "on the business environment.\n\nThe end.",
        encoding="utf-8",
    )
    doc = read_document(path)
    assert extract_directives(doc, REF, on=dt.date(2019, 4, 1)) == ()
    assert [d.issuer for d in extract_directives(doc, REF, on=dt.date(2024, 4, 1))] == ["Li Qiang"]


def test_the_scheme_knows_the_concepts_readouts_of_the_2020s_name(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text(
        "On May 3, the Standing Committee of the Municipal Party Committee held a meeting. The meeting stressed "
        "that it is necessary to promote common prosperity, cultivate new quality productive forces, serve the "
        "integration of the Yangtze River Delta, and improve elderly care.\n\nEnd.",
        encoding="utf-8",
    )
    keys = {t.key for t in extract_readout(read_document(path)).topics}
    assert {"common-prosperity", "new-productive-forces", "regional-coordination", "elderly-care"} <= keys


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A session, then Xi's own letter in the same list: two directives, the session's name cut before "and Xi".
        (
            "The meeting conveyed the spirit of the Fourth Plenary Session of the 20th Central Committee and Xi "
            "Jinping's congratulatory letter to the World Tea Expo.",
            [
                ("CPC Central Committee", "session", "Fourth Plenary Session of the 20th Central Committee"),
                ("Xi Jinping", "letter", "congratulatory letter to World Tea Expo"),
            ],
        ),
        # A tour relayed by its name: what he said on it.
        (
            "The meeting studied and implemented General Secretary Xi Jinping's inspection in Gansu, and "
            "arranged the work of the next stage.",
            [("Xi Jinping", "speech", "inspection in Gansu")],
        ),
        # A tour named as background is no relay.
        ("Since Xi Jinping's inspection in Gansu, the city has grown fast.", []),
        # A thought on a named field, in either word order.
        (
            "The meeting studied Xi Jinping's thought of the rule of law and stressed implementing Xi Jinping's "
            "diplomatic thought.",
            [
                ("Xi Jinping", "thought", "Xi Jinping's thought of the rule of law"),
                ("Xi Jinping", "thought", "Xi Jinping's diplomatic thought"),
            ],
        ),
        # Subjects listed before "and other important instructions", one directive each; national meetings
        # and forums by their names.
        (
            "The meeting studied General Secretary Xi Jinping's important statements on rural work, veteran "
            "cadres' work, and other important instructions, and conveyed the spirit of the National Publicity "
            "Ministers' Meeting and the 12th National Grassroots Governance Forum.",
            [
                ("Xi Jinping", "other", "rural work"),
                ("Xi Jinping", "other", "veteran cadres' work"),
                (None, "session", "National Publicity Ministers' Meeting"),
                (None, "session", "12th National Grassroots Governance Forum"),
            ],
        ),
        # A headline's colon ends the meeting it names: what follows is another phrase.
        (
            "Wang Ming Presided over the Meeting of the Standing Committee of the Municipal Party Committee: Convey "
            "and Learn the Spirit of Xi Jinping's Important Speech",
            [],
        ),
        # An article of his, by its title where the text gives one.
        (
            "The meeting studied General Secretary Xi Jinping's important article published in Qiushi, titled "
            "“Promoting the Construction of a Strong Agricultural Country”, and Xi Jinping's important article in "
            "Qiushi magazine.",
            [
                ("Xi Jinping", "other", "Promoting the Construction of a Strong Agricultural Country"),
                ("Xi Jinping", "other", "article in Qiushi"),
            ],
        ),
        # The meetings of a central campaign.
        (
            "The meeting stressed the need to implement the spirit of the mobilization meeting of the central "
            "campaign on rural governance.",
            [(None, "session", "mobilization meeting of the central campaign on rural governance")],
        ),
    ],
)
def test_directives_named_by_a_tour_a_campaign_meeting_or_after_a_session(
    tmp_path: Path, text: str, expected: list[tuple[str | None, str, str]]
) -> None:
    doc = _readout(tmp_path, text)
    assert [(d.issuer, d.kind, d.occasion) for d in extract_directives(doc, REF)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 党的二十大 translated without its "Congress": the congress is relayed all the same.
        (
            "The meeting called for carrying out the Party’s 19th major decisions and deployments in the county.",
            [("Communist Party of China", "session", "19th National Congress of the Communist Party of China")],
        ),
        # A congress named in a central document's title is the document's subject, not a relayed session.
        (
            "The meeting studied the “Opinions of the CPC Central Committee on Studying the Spirit of the 19th "
            "National Congress of the Communist Party of China” in the province.",
            [
                (
                    "CPC Central Committee",
                    "document",
                    "Opinions of the CPC Central Committee on Studying the Spirit of the 19th National Congress of "
                    "the Communist Party of China",
                )
            ],
        ),
        # 《中共中央关于…的决定》 with its head noun quoted apart by the translation.
        (
            "The meeting studied the “State Council on Improving Flood Control in River Basins“. “Opinions”, and "
            "arranged the work.",
            [("State Council", "document", "Opinions of the State Council on Improving Flood Control in River Basins")],
        ),
    ],
)
def test_a_congress_without_its_noun_and_titles_quoted_in_pieces(
    tmp_path: Path, text: str, expected: list[tuple[str | None, str, str]]
) -> None:
    doc = _readout(tmp_path, text)
    assert [(d.issuer, d.kind, d.occasion) for d in extract_directives(doc, REF)] == expected
    if expected[0][1] == "document":
        assert [d.title for d in extract_reviewed(doc)] == [expected[0][2]]


def _readout(tmp_path: Path, text: str) -> Document:
    """A readout of one paragraph ``text`` and a closing one (so that ``text`` is not cut off)."""
    path = tmp_path / "r.txt"
    path.write_text(text + "\n\nThe end.", encoding="utf-8")
    return read_document(path)


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        # What a report heard was on; "work" after two words names a field.
        (
            "The meeting also heard a report on the recent tea processing work in the hill towns.",
            ["tea processing work"],
        ),
        # Two nouns of one subject, and a place named in full.
        (
            "It is necessary to deepen the reform and innovation of bonded zones.",
            ["reform and innovation of bonded zone"],
        ),
        (
            "It is necessary to promote the coordinated growth of the Wuhan metropolitan area.",
            ["coordinated growth of the wuhan metropolitan area"],
        ),
        # What is to be developed or cultivated; the business environment and investment promotion are the scheme's.
        ("It is necessary to vigorously develop the bamboo processing industry.", ["bamboo processing industry"]),
        (
            "It is necessary to optimize the business environment and step up attracting investment.",
            ["business-environment", "investment-promotion"],
        ),
        # Who acts and the ritual of relaying are no scheme topics.
        (
            "It is necessary for leading cadres to take the lead in study, publicity and implementation, and to hold "
            "high the banner of socialism with Chinese characteristics.",
            [],
        ),
    ],
)
def test_topics_of_reports_paired_nouns_and_rituals(tmp_path: Path, sentence: str, topics: list[str]) -> None:
    doc = _readout(
        tmp_path,
        f"On June 2, the Standing Committee held a meeting.\n\nThe meeting pointed out that work matters. {sentence}",
    )
    found = [t.label or t.key for t in extract_readout(doc).topics]
    assert found == topics


def test_instructions_named_by_their_subject_after_a_comma(tmp_path: Path) -> None:
    doc = _readout(
        tmp_path,
        "The meeting studied General Secretary Xi Jinping’s important instructions, specifically focusing on drought "
        "relief in the north.",
    )
    assert [(d.issuer, d.kind, d.occasion) for d in extract_directives(doc, REF)] == [
        ("Xi Jinping", "instructions", "drought relief in the north")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A relative clause without "that".
        (
            "The meeting studied the important speech General Secretary Xi Jinping delivered during his talk with "
            "the new leadership of the Federation of Returned Overseas Chinese.",
            [("Xi Jinping", "speech", "talk with the new leadership of the Federation of Returned Overseas Chinese")],
        ),
        # A thought's subject ends where the next item is told by its kind.
        (
            "The meeting studied Xi Jinping Thought on Culture and the congratulatory letter of General Secretary Xi "
            "Jinping to the Global Tea Forum.",
            [
                ("Xi Jinping", "thought", "Xi Jinping Thought on Culture"),
                ("Xi Jinping", "letter", "congratulatory letter to Global Tea Forum"),
            ],
        ),
        # A central leader's speech "of" him, the next item his own or a document.
        (
            "The meeting studied the important instructions of General Secretary Xi Jinping on drought relief and the "
            "speech of Vice Premier Liu Guozhong at the national conference on drought relief.",
            [
                ("Xi Jinping", "instructions", "drought relief"),
                ("Liu Guozhong", "speech", "national conference on drought relief"),
            ],
        ),
        (
            "The meeting studied the speech of Premier Li Qiang at the plenary meeting of the State Council and the "
            "work plan issued by the State Council on soil quality.",
            [("Li Qiang", "speech", "plenary meeting of the State Council")],
        ),
        # What Xi took part in is the occasion, not his taking part.
        (
            "The meeting conveyed General Secretary Xi Jinping's important speech when he joined the deliberation of "
            "the Hainan delegation.",
            [("Xi Jinping", "speech", "deliberation of the Hainan delegation")],
        ),
    ],
)
def test_relative_clauses_leaders_speeches_of_them_and_where_an_item_ends(
    tmp_path: Path, text: str, expected: list[tuple[str | None, str, str]]
) -> None:
    on = dt.date(2024, 6, 1)
    assert [
        (d.issuer, d.kind, d.occasion) for d in extract_directives(_readout(tmp_path, text), REF, on=on)
    ] == expected


def test_rules_for_the_partys_own_cadres_and_members_are_central_documents(tmp_path: Path) -> None:
    doc = _readout(
        tmp_path,
        "On March 1, the Standing Committee held a meeting. The meeting studied the “Regulations on the Selection "
        "of Party and Government Leading Cadres” and the “Rules on Intra-Party Political Life”. The meeting reviewed "
        "the “Regulations of the Harbin Municipal Committee on Party Members' Education”.",
    )
    found = {(d.issuer, d.kind, d.occasion) for d in extract_directives(doc, REF)}
    assert (
        "CPC Central Committee",
        "document",
        "Regulations on the Selection of Party and Government Leading Cadres",
    ) in found
    assert ("CPC Central Committee", "document", "Rules on Intra-Party Political Life") in found
    assert not any("Harbin" in occasion for _, _, occasion in found)  # a committee's own rules name their place


def test_a_central_meeting_the_readout_tells_of_and_xis_speech_there_are_relayed(tmp_path: Path) -> None:
    doc = _readout(
        tmp_path,
        "On May 9, the Standing Committee held a conference to study the important speech of General Secretary Xi "
        "Jinping. As pointed out at the conference, the Political Bureau of the CPC Central Committee held a meeting on "
        "April 30, deciding on the date of the plenary session. Xi Jinping, general secretary of the CPC Central "
        "Committee, presided over the meeting and made an important speech. We must study the speech.",
    )
    found = [(d.issuer, d.kind, d.occasion) for d in extract_directives(doc, REF)]
    assert found == [
        ("Political Bureau of the CPC Central Committee", "session", "meeting of the Political Bureau of the CPC Central Committee on April 30"),
        ("Xi Jinping", "speech", "meeting of the Political Bureau of the CPC Central Committee on April 30"),
    ]  # fmt: skip


def test_a_politburo_meeting_named_body_first_and_xi_named_by_a_translations_stand_in(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text(
        "On August 21, the Standing Committee of the Provincial Party Committee held a meeting to convey the spirit of "
        "the Standing Committee of the Political Bureau of the CPC Central Committee meeting held on August 17th. "
        "Li Ming presided over the meeting. The meeting pointed out that General Secretary Supreme Leader's important "
        "speech made clear requirements.\n",
        encoding="utf-8",
    )
    facts = extract_readout(read_document(path))
    sessions = [d.occasion for d in facts.directives if d.kind == "session"]
    assert sessions == [
        "Standing Committee of the Political Bureau of the CPC Central Committee meeting held on August 17th"
    ]
    assert "Xi Jinping" in {p.name for p in facts.persons}
