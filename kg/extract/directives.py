"""Central directives a meeting relays: speeches, instructions, letters, thought,
central documents and central sessions.

Readouts list them as "the spirit of General Secretary Xi Jinping's important speech
at X", "the important instructions made on Y", "the spirit of the Z Conference".
Each becomes (issuer, kind, occasion); the occasion is kept short and spelled
consistently so one speech relayed by many committees is one node.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from kg.document import Document
from kg.extract.documents import CENTRAL_BODY, TitledDocument, find_documents
from kg.extract.pinyin import is_pinyin_word
from kg.extract.ranges import Ranges
from kg.extract.text import clean_phrase, cued, make_span, sentences
from kg.facts import Directive
from kg.occasions import occasion_key
from kg.reference import Reference

__all__ = ["extract_directives", "normalise_occasion", "occasion_key"]

_KINDS = [
    (
        r"congratulatory\s+(?:letters?|messages?)|repl(?:y|ies)\s+letters?|letters?|repl(?:y|ies)|wrote\s+back|replying|"
        r"responding\s+to\s+the\s+letter",
        "letter",
    ),
    (r"instructions?|directives?", "instructions"),
    (r"expositions?|discourses?|statements?", "other"),
    (r"thoughts?|ideas", "thought"),
    (r"speech(?:es)?|remarks|address(?:es)?|talks?", "speech"),
]
_KIND_NOUN = "|".join(f"(?:{p})" for p, _ in _KINDS)
_XI = r"(?:[Gg]eneral\s+[Ss]ecretary\s+|[Pp]resident\s+)?Xi\s+Jin\s*ping"
_NAMES_XI = re.compile(_XI + r"|General\s+Secretary|secretary['’]s")
_DELIVERED_TO = re.compile(r"(?:delivered|sent|given)\s+to\s+$")
_TO_GATHERING = re.compile(
    r"the\s+(?:[\w’'\-]+\s+){0,6}?(?:Summit|Conference|Forum|Congress|Assembly|Ceremony|summit|conference|forum|ceremony)\b"
)
# Names start at a word: without this the engine tries each pattern at every letter of every word.
_AT_WORD = r"(?<![\w’'\-])"
# "General Secretary Xi Jinping's important speech at ...", "the secretary's important speech at ..."
# "in the context of", "in combination with", "in line with": how to implement it, not where it was said.
# Nor is "on many occasions": it says how often, not where.
_NOT_AN_OCCASION = (
    r"(?!(?:the\s+)?(?:context|light|combination|conjunction|accordance|line|view)\b"
    r"|(?:many|various|several|different|multiple|all)\s+occasions\b"
    # "use the spirit of the important speech to guide the practice": what it is used for, not its addressee.
    r"|(?<=\bto\s)(?:guide|lead|promote|drive|arm|unify|steer|direct|inspire|advance|push|implement|ensure|"
    r"build|serve|further|better|effectively|truly|fully)\b)"
)
# A headline writes the nouns in title case: "Xi Jinping's Important Speech at the ...".
_POSSESSIVE = re.compile(
    rf"{_AT_WORD}(?P<who>{_XI}|(?:the\s+)?(?:General\s+)?[Ss]ecretary)['’]s\s+(?:[Rr]ecent\s+)?(?:series\s+of\s+)?(?:[Ii]mportant\s+)?"
    rf"(?P<noun>(?i:{_KIND_NOUN}))(?:\s+and\s+(?:[Ii]mportant\s+)?(?i:{_KIND_NOUN}))?"
    # "Xi's important speeches, including those focusing on A, B, and C": the speeches named by their subjects;
    # "Xi's important instructions, specifically focusing on A": the instructions by theirs.
    r"(?:,?\s+(?:including(?:\s+those)?|specifically|particularly|especially)(?:\s+(?:focusing|focused|made|delivered|given))?)?"
    r"\s+(?P<prep>at|on|during|in|to|for|when|regarding|concerning|about)\s+" + _NOT_AN_OCCASION
)
# "the important speech General Secretary Xi Jinping delivered during his talk with ...": the relative clause
# without "that", as translations make it.
_XI_DELIVERED = re.compile(
    rf"(?:important\s+)?(?P<noun>speech(?:es)?|instructions?|remarks)\s+(?:that\s+)?{_XI}\s+"
    r"(?:delivered|made|gave|issued)\s+(?P<prep>at|during|on|when|in)\s+"
)
# "the important instructions made by General Secretary Xi Jinping on ...", "the important instructions made on ..."
_MADE_BY = re.compile(
    rf"{_AT_WORD}(?:the\s+)?(?:spirit\s+of\s+(?:the\s+)?)?(?:recent\s+)?(?P<important>important\s+)?"
    # "the video speech delivered to the opening ceremony of ...": how it was given, then the same frame.
    rf"(?:(?:video|written|televised)\s+)?"
    rf"(?:(?P<first>{_KIND_NOUN})\s+and\s+(?:important\s+)?)?(?P<noun>{_KIND_NOUN})\s+"
    rf"(?:spirit\s+)?(?:(?:made|delivered|given|sent|issued)\s+)?(?:(?:by|of)\s+(?P<who>{_XI}|the\s+General\s+Secretary)\s+)?"
    r"(?P<prep>at|on|during|to|regarding|concerning|when\s+(?:he\s+)?(?:presid(?:ed|ing)\s+over|attend(?:ed|ing)|"
    r"visit(?:ed|ing)|inspect(?:ed|ing)|chair(?:ed|ing)|meet(?:ing)?\s+with|met\s+with|participat(?:ed|ing)\s+in|join(?:ed|ing)))\s+"
    + _NOT_AN_OCCASION
)
# "the important speech by Premier Li Qiang at ...", "Comrade Zhao Leji's speech during ..."
# "instructions from premier Li Keqiang on the relief work" too, with the post in either case.
_LEADER_SPEECH = (
    r"(?:(?:important\s+)?(?P<noun>speech(?:es)?|remarks|instructions?)\s+(?:(?:made|delivered|given)\s+)?(?:by|from|of)\s+"
    r"(?:[A-Za-z][\w\-]*\s+){{0,3}}?"
    r"(?:Comrade\s+)?(?P<by>{names})|(?:Comrade\s+)?(?P<own>{names})['’]s\s+(?:important\s+)?(?P<own_noun>speech(?:es)?|remarks|instructions?))"
    r"\s+(?P<prep>at|during|on|when)\s+"
)
# "the speech of Zhang Guoqing, a member of the Political Bureau of the Central Committee and Vice Premier of the
# State Council, when he inspected our district": a central leader told by his central posts, known or not.
_TITLED_LEADER_SPEECH = re.compile(
    r"(?P<noun>speech(?:es)?|remarks|instructions?)\s+(?:(?:made|delivered|given)\s+)?(?:by|of|from)\s+(?:Comrade\s+)?"
    r"(?P<by>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}),\s+(?:a\s+)?(?:[Mm]ember\s+of\s+the\s+(?:Standing\s+Committee\s+of\s+the\s+)?"
    r"Political\s+Bureau|Vice\s+Premier|State\s+Councilor|Vice\s+President)[^,.;]{0,140}?,\s+(?P<prep>at|during|on|when)\s+"
)
# "the important instructions of the central leaders on safety and stability" (中央领导同志重要指示): the centre's,
# though the readout names no one.
_CENTRAL_LEADERS_WORDS = re.compile(
    r"(?:important\s+)?(?P<noun>instructions?|directives?|speech(?:es)?)\s+(?:of|from|by)\s+(?:the\s+)?"
    r"central\s+(?:leaders?|leadership)(?:\s+comrades?)?\s+on\s+"
)
_NEXT_NOUN_PHRASE = re.compile(r",|\s+and\s+(?:the|a|an)\s")
# "Xi Jinping Thought on the Rule of Law", kept whole
_THOUGHT_ON = re.compile(
    rf"{_XI}(?:['’]s)?\s+[Tt]hought\s+(?:on|of)\s+(?!(?:the\s+)?(?:[Ss]ocialism\s+with|[Nn]ew\s+[Ee]ra))"
    # "Xi Jinping's diplomatic thought", "Xi Jinping's ecological civilization thought": a thought on a named field.
    rf"|{_XI}['’]s\s+(?!socialist\b|new\b|important\b)(?:[a-z]+\s+){{1,3}}?thought\b"
)
# A Xi speech named with no occasion: "General Secretary Xi Jinping's important speech is far-sighted", "... the
# spirit of the X meeting and the spirit of General Secretary Xi Jinping's important speech" (given at X), "...
# concentrated in the important speeches of General Secretary Xi Jinping"; not the formula "important speeches
# and important instructions", which sums up his guidance in general.
_BARE_SPEECH = re.compile(
    rf"(?:{_XI}['’]s\s+(?:recent\s+)?(?:important\s+)?speech(?:es)?|important\s+speech(?:es)?\s+(?:of|by)\s+{_XI}(?!['’]s))"
    r"(?!\s+(?:at|on|during|in|to|for|when|regarding|and\s+(?:important\s+)?instructions?)\b)"
)
# The sessions at which the General Secretary speaks: the centre's own, not a national promotion meeting.
_XI_SPEAKS_AT = re.compile(
    r"\b(?:Central|Plenary|Plenum|Congress|Political\s+Bureau|Politburo|CPC|[Tt]wo\s+[Ss]essions)\b"
)
# "the theme education of (studying and implementing) Xi Jinping's new era of socialism ...": the campaign's name.
_CAMPAIGN = re.compile(
    r"\b(?:theme|thematic)\s+education\s+(?:of|on)\s+(?:(?:learning|studying)\s+and\s+implementing\s+)?$"
)
# "Xi Jinping's recent important reply and congratulatory letter", with no occasion after it
_LETTER_ALONE = re.compile(
    rf"{_AT_WORD}{_XI}['’]s\s+(?P<occ>(?:recent\s+)?(?:important\s+)?(?:reply|replies|congratulatory\s+letters?|letters?)"
    r"(?:\s+and\s+(?:congratulatory\s+)?letters?)?)(?!\s+(?:at|on|to|for|during)\b)"
)
# The next sentence names whom a letter went to: "The letter was addressed to the 2023 China ... Expo."
_ADDRESSED_NEXT = re.compile(
    r"[.\s]*(?:The|This|That)\s+(?:congratulatory\s+)?(?:letter|reply)\s+(?:was\s+)?(?:addressed|sent|written)\s+to\s+"
    r"(?:the\s+)?(?P<to>[^.;:]{4,120}?)(?=[.;:]|$)"
)
# "study and implement General Secretary Xi Jinping's inspection in Bayannur": what he said on a tour,
# relayed by the tour's name.
_TOUR = re.compile(
    rf"{_AT_WORD}{_XI}['’]s\s+(?:recent\s+)?(?:important\s+)?(?P<tour>(?:inspection|investigation|research|study|visit)"
    r"(?:\s+(?:tour|trip|and\s+research))?s?\s+(?:in|to|of|at)\s+)"
)
_TOUR_CUES = ("inspect", "investigat", "research", "visit", "study")
# "General Secretary Xi Jinping's important article published in Qiushi, titled “...”": an article of his,
# named by its title where the text gives it (kind other).
_ARTICLE = re.compile(
    rf"{_AT_WORD}(?:{_XI}['’]s\s+(?:recent\s+)?(?:important\s+)?article|important\s+article\s+(?:by|of)\s+{_XI})"
    r"(?P<where>(?:\s+(?:published|carried))?\s+(?:in|on|by)\s+(?:the\s+)?(?:journal\s+|magazine\s+)?[“\"]?Qiushi[”\"]?"
    r"(?:\s+(?:magazine|journal))?)?(?:,?\s+(?:titled|entitled)\s+[“\"](?P<title>[^”\"]{4,120})[”\"])?"
)
_REPLY = re.compile(r"\b(?:replying|repl(?:y|ied)|wrote\s+back)\s+to\s+")
_THOUGHT = re.compile(
    rf"{_AT_WORD}(?P<occ>{_XI}(?:['’]s)?\s+(?:Thought\s+on\s+)?(?:the\s+)?new\s+era\s+of\s+socialism\s+with\s+Chinese\s+characteristics"
    rf"|\b(?:[a-z]+\s+){{0,2}}thoughts?(?=\s+of\s+{_XI})|important\s+ideas\s+of\s+{_XI}\s+on\s+[^,;.]+)",
    re.IGNORECASE,
)
# Words that begin what a sentence says about a session, so they end its name: "the 20th National
# Congress of the Communist Party of China focused on ...", "... of China and create a new situation".
_PREDICATE = (
    r"focused|stressed|emphasi[sz]ed|expounded|clarified|elaborated|made|put|pointed|profoundly|fully|"
    r"is|was|are|were|has|have|will|should|must|with\s+the\s+spirit|and\s+(?:create|build|strive|ensure|make|open)|"
    r"in\s+(?:combination|conjunction)\s+with|in\s+the\s+context\s+of|in\s+line\s+with|in\s+light\s+of|"
    # "... of the Communist Party of China and in the critical period of ...": a new phrase, not the name.
    r"and\s+(?:in|at|during)\s+the"
)
_MONTH_DAY = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:st|nd|rd|th)?"
# The Political Bureau (or its Standing Committee) and whose it is, as the session frames name it.
_POLITBURO = r"(?:Standing\s+Committee\s+of\s+the\s+)?(?:Political\s+Bureau|Politburo)"
_OF_THE_CENTRAL_COMMITTEE = r"\s+of\s+the\s+(?:CPC\s+|Communist\s+Party\s+of\s+China\s+)?Central\s+Committee"
_SESSION = re.compile(
    _AT_WORD
    + r"(?P<occ>(?:(?:the\s+)?(?:\d+(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+)?"
    # A comma inside a name ("Beijing, Tianjin and Hebei"), not one before ", the" next item of a list.
    r"(?:[A-Z0-9“\"][\w’'“”\"\-]*(?:,(?!\s+the\s))?\s+|of\s+|the\s+|and\s+|on\s+|in\s+|for\s+|national\s+|video\s+|"
    r"telephone\s+|recent\s+){0,14}?"
    # A named event's kind in lower case: "the “Maple Bridge Experience” commemoration conference".
    r"(?:(?<=[A-Za-z”\"]\s)(?!(?:at|the|a|an|of|and|on|in|for|to|with|by|from|during)\s)[a-z]+\s+){0,2}?"
    r"(?:Plenary\s+Session|Plenary\s+Meeting|Plenum|National\s+Congress|Conference|conference|Symposium|symposium|"
    # Any named meeting or forum: "the National Organization Ministers' Meeting", "the National Local Legislative Work Forum".
    r"Politburo\s+meeting|Political\s+Bureau\s+meeting|Meeting|Forum|"
    r"Congress)"
    # A colon ends a name ("... Party Committee: Convey and Learn ..."), but for the title of Xi's book.
    r"(?:\s+(?:of|on|for)\s+(?:the\s+)?(?:(?!\s+(?:" + _PREDICATE + r")\b)(?:[^,;.:]|(?<=Jinping):))+?)?"
    r"|\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:plenary\s+)?"
    r"(?:meeting|session)\s+of\s+the\s+(?:Central|National|Political\s+Bureau|Politburo)\s+[^,;.]+?"
    # "the national party committee and government secretary-general meeting": a national meeting of some body.
    r"|\b(?:[Nn]ational|[Cc]entral)\s+(?:[a-z][\w\-]*\s+){0,6}?(?:conference|symposium|forum|"
    r"(?:promotion|deployment|mobilization|work|[a-z]+-general)\s+meeting)(?:\s+on\s+[^,;.]+?)?"
    # "the first and second batch deployment meetings of the central theme education": a central campaign's meetings.
    r"|\b(?:[a-z]+\s+){0,4}?(?:deployment|mobilization|promotion|summary)\s+meetings?\s+of\s+the\s+(?:[Cc]entral|[Nn]ational)\s+"
    r"[^,;.]+?"
    # The national NPC and CPPCC sessions by their common name ("the National Two Sessions", "the two sessions of
    # the country"); "the two sessions" alone is as often a province's or a city's.
    r"|\b(?:[Nn]ational\s+)[“\"]?[Tt]wo\s+[Ss]essions\b[”\"]?|\b[Tt]wo\s+[Ss]essions\s+of\s+the\s+country\b"
    # "the recent meeting of the (Standing Committee of the) Political Bureau of the CPC Central Committee",
    # with the day it was held where the text gives it ("the April 28 meeting of ...", "... on February 16").
    r"|(?:\b"
    + _MONTH_DAY
    + r"\s+)?\b(?:recent\s+)?meeting\s+of\s+the\s+"
    + _POLITBURO
    + r"(?:"
    + _OF_THE_CENTRAL_COMMITTEE
    + r")?(?:\s+(?:held\s+)?on\s+"
    + _MONTH_DAY
    + r")?"
    # "the Standing Committee of the Political Bureau of the CPC Central Committee meeting (of the CPC) held on
    # August 17th": the body first and "meeting" after it, as a translation may put them.
    r"|\b"
    + _POLITBURO
    + _OF_THE_CENTRAL_COMMITTEE
    + r"\s+meeting(?:\s+of\s+the\s+CPC)?(?:\s+(?:held\s+)?on\s+"
    + _MONTH_DAY
    + r")?)"
    # "... of the 20th Central Committee and Xi Jinping's letter ...": the next item of the list is Xi's own.
    r"(?=\s*(?:[,;.]|\s+and\s+(?:"
    + _XI
    + r"|his|important)\b|\s+and\s+(?:the|to|study|convey|learn|listen|ensure|make|promote|deploy|arrange|research|"
    r"review|discuss|hear|analy[sz]e|strive|(?!related\b|united\b|advanced\b)[a-z]+ed)\b|\s+as\s+well\b|$|"
    r"\s+(?:" + _PREDICATE + r")\b))"
)
_CENTRAL_MARK = re.compile(
    r"\b(?:Central|central|National|national|CPC|Communist\s+Party|Party['’]s|Political\s+Bureau|Politburo|State\s+Council|"
    r"of\s+the\s+country)\b"
)
_LOCAL_MARK = re.compile(
    r"\b(?:Provincial|Municipal|City|County|District|provincial|municipal|Prefectural)\b|(?<!Central\s)(?<!National\s)Party\s+Committee|"
    r"\b[Aa]utonomous\s+[Rr]egion\b|"
    # "Zhang Yankun, Chairman of the Political Consultative Conference": a person's post, not a session.
    # A "Secretary-General Meeting" is a meeting of such officials, not one man's post.
    r"\b(?:Chairman|Chairwoman|Secretary(?!-General)|Director|Governor|Mayor|Deputy)\b"
)
# "the city's 2023 Project Year Work Mobilization Conference": a conference of the committee's own place.
_LOCAL_OWNER = re.compile(
    r"\b(?:the|our|this)\s+(?:city|province|county|district|prefecture|region|municipality)['’]s\s+$", re.IGNORECASE
)
# "the Third Plenum", "the Fourth Plenary Session": the central plenum readouts name in short.
_NUMBERED_PLENUM = re.compile(
    r"(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)\s+(?:Plenum|Plenary\s+Session)$"
)
_NAMED_EVENT = re.compile(r"^(?:[A-Z0-9][\w\-’']*[,\s]+(?:(?:of|and|in|on|for|the)\s+)*){2,}")
_BOUNDARY = re.compile(
    # "... on the eve of the Spring Festival The spirit and speech to ...": a sentence break the translation lost.
    r"\s*(?:;|\.(?:\s|$)|\s+as\s+well\s+as\b|,?\s+and\s+(?:to\s+)?(?:the\s+)?spirit\b|\s+The\s+spirit\b|"
    # "... on flood control and the speech of Vice Premier Zhang Guoqing at ...": the next item, someone's own.
    r",?\s+and\s+the\s+(?:important\s+)?(?:speech(?:es)?|remarks|instructions?|letters?)\s+(?:of|by|from|made|delivered)\b|"
    # "... of the State Council and the work plan issued by ...": a document, the next item.
    r",?\s+and\s+the\s+(?:[a-z]+\s+){0,2}?(?:plans?|opinions|circulars?|notices?|regulations|measures|decisions?)\s+"
    r"(?:issued|of|on|for)\b|"
    r",\s*(?:and\s+)?(?:to\s+)?(?:\w+ly\s+)?"
    r"(?:study|studied|convey|conveyed|conveying|listen|listened|deploy|research|review|reviewed|deliberate|learn|further|"
    r"implement|discuss)\b|\s+and\s+(?:to\s+)?(?:study|studied|learn|convey|conveyed|discuss|listen|deploy|implement|research)\b|"
    r"\s+(?:are|is|was|were|has|have|had|will|should|must|contain|containing|deeply|fully|pointed|provides?|provided|"
    r"put\s+forward|made\s+new|in\s+accordance|conveyed|convey|in\s+(?:combination|conjunction)\s+with|"
    r"in\s+the\s+context\s+of|in\s+light\s+of|in\s+line\s+with)\b|,?\s+and\s+(?:the\s+)?[“\"]|"
    # "the collective study session profoundly elaborated on ...": what the speech did, after its occasion.
    r"\s+(?:profoundly|systematically|scientifically|incisively|comprehensively)\s+[a-z]+ed\b|"
    r",\s+\w+ly\b|\s+in\s+order\s+to\b|\s+to\s+(?:better|further|fully|effectively|truly|continuously|vigorously|resolutely)\b|,\s+(?:strengthen|insist|focus|promote|adhere|improve|maintain|ensure|unify|deeply|conscientiously|earnestly|"
    r"thoroughly|combine|understand|grasp|perform|work|strive)\b|,\s+and\s+(?:made|held|heard|gave|took|(?!related\b|united\b|advanced\b)[a-z]+ed)\s|"
    r"[“\"]\s*(?:[.;]|$))"
)
# What leads an item of a list before its occasion: "at the", "during his", "on the occasion of the".
_ITEM_LEAD = re.compile(
    r"^(?:(?:at|on|during|in|to)\s+)?(?:the\s+|his\s+)?(?:spirit\s+of\s+(?:the\s+)?)?(?:occasion\s+of\s+(?:the\s+)?)?"
    # "when he joined the deliberation of the Jiangsu delegation": the event he took part in.
    r"(?:he\s+(?:joined|attended|participated\s+in|presided\s+over|chaired)\s+(?:the\s+)?)?"
)
_IMPORTANT_LEAD = re.compile(r"^(?:recent\s+)?important\s+")
_ADDRESSEE_THE = re.compile(r"^((?:congratulatory\s+)?(?:letter|message)s?\s+to\s+)the\s+")
_OWN_NOUN = re.compile(rf"\b({_KIND_NOUN})\b")
_LIST_SPLIT = re.compile(
    r",?\s+and\s+(?=(?:during|at|on|his|when)\s)|,\s+(?:and\s+)?(?=(?:the|during|at|on|when|his)\s)|\s+and\s+(?=the\s)"
)
# A central seminar or study session for cadres, and the purpose its name gives ("... to study and
# implement the spirit of", "... on studying and implementing the spirit of").
_SEMINAR = re.compile(r"\b(?:seminar|study\s+session|study\s+class|training\s+(?:course|class)|workshop)s?\b", re.I)
_PURPOSE = re.compile(
    r"\s(?:to|on|for)\s+(?:study|studying|learn|learning)(?:,?\s+(?:and\s+)?(?:implement|implementing|propagate|"
    r"propagating|carry\s+out|carrying\s+out))*\s+(?:the\s+)?spirit\s+of\s+"
)
# What separates two items of one list of relayed sessions: ", the", ", and the", " and the spirit of the".
_NEXT_ITEM = re.compile(r"\s*,?\s*(?:and\s+)?(?:the\s+)?(?:spirit\s+of\s+)?(?:the\s+)?")
_OWN_ITEM = re.compile(
    r"his\s|when\s+he\s|(?:the\s+)?(?:spirit\s+of\s+(?:the\s+)?)?(?:recent\s+)?important\s+(?:congratulatory\s+)?"
    r"(?:letter|speech|instruction|message|repl)"
)
_EVENT_NOUN = re.compile(
    r"\b(?:meeting|session|study|conference|symposium|forum|inspection|ceremony|reception|day|Day|congress|"
    r"Congress|Meeting|Session|Conference|Symposium|tour|visit|gathering|speech|letter|anniversary|summit|Summit|"
    r"[Ff]orum|[Ff]estival|Games|Expo|opening)(?:s|es)?\b"
)
_RELAY_CUE = re.compile(
    r"\b(?:spirit|convey\w*|stud(?:y|ied|ying)|learn\w*|implement\w*|deployments?|decisions?|adopted|"
    r"arrangements?)\b[^.;]{0,60}$",
    re.IGNORECASE,
)
# "implement the Party's 20th major decisions and deployments": 党的二十大 translated without its "Congress".
_BARE_CONGRESS = re.compile(
    r"\b[Pp]arty['’]s\s+(?P<n>(?:1[5-9]|2\d)(?:st|nd|rd|th))(?=\s+(?:[Mm]ajor\s+|[Ii]mportant\s+)?(?:[Dd]ecisions?|"
    r"[Dd]eployments?|[Ss]pirit|[Rr]eport|[Aa]rrangements?)\b)"
)
_CENTRAL_DOC = re.compile(r"Central\s+Committee|State\s+Council|Political\s+Bureau|central\s+Party|" + CENTRAL_BODY)

# Words without which a pattern cannot match (each is a literal part of every match), for ``cued``.
_KIND_CUES = (
    "Speech",
    "Instruction",
    "Letter",
    "letter",
    "message",
    "repl",
    "wrote",
    "responding",
    "instruction",
    "directive",
    "exposition",
    "discourse",
    "statement",
    "thought",
    "idea",
    "speech",
    "remarks",
    "address",
    "talk",
)
_SESSION_CUES = (
    "Plenary",
    "Plenum",
    "Congress",
    "onference",
    "ymposium",
    "Politburo",
    "Political",
    "Meeting",
    "Central",
    "National",
    "central",
    "national",
    "forum",
    "essions",
)
_SPEECH_CUES = ("speech", "remarks")
_LEADER_CUES = ("speech", "remarks", "instruction")
_XI_CUES = ("Xi", "ecretary")
_LETTER_CUES = ("repl", "letter")
_REPLY_CUES = ("repl", "wrote")
_THOUGHT_CUES = ("thought", "ideas", "socialism")


def extract_directives(
    document: Document,
    reference: Reference,
    documents: Sequence[TitledDocument] | None = None,
    on: dt.date | None = None,
) -> tuple[Directive, ...]:
    """Extract every central directive the readout relays, in text order, without duplicates.

    ``documents`` are the readout's titled documents when the caller has found them already;
    ``on`` is the readout's day, before which a later central leader's speech was a local one.
    """
    secretary = _general_secretary(document, reference)
    found: list[Directive] = []
    opening = -1  # the end of the first sentence that relays anything: what the meeting conveyed
    previous_xi = False
    leader_speech, leader_named = _leader_speech(reference.central_on(on))
    titled_documents = find_documents(document) if documents is None else documents
    central_titles = [
        t for t in titled_documents if t.issuer is not None and _CENTRAL_DOC.search(t.issuer + " " + t.title)
    ]
    # "the Decision on Implementing the Spirit of the 20th National Congress": the document is relayed, not the
    # congress its title names (the congress is, where the text relays it elsewhere).
    in_titles = Ranges((t.evidence.start, t.evidence.end) for t in central_titles)
    narrated: str | None = None  # a central meeting the readout tells of ("the Political Bureau held a meeting")
    for sentence in sentences(document):
        text, base = sentence.text, sentence.start
        names_xi = cued(text, _XI_CUES) and _NAMES_XI.search(text) is not None
        # A bare "the important instructions" continues the subject of the sentence before.
        has_xi, previous_xi = names_xi or previous_xi, names_xi
        kinds = cued(text, _KIND_CUES)
        for match in _POSSESSIVE.finditer(text) if kinds else ():
            if match["noun"][0].isupper() and match["prep"] == "for":
                continue  # a headline's "Important Instructions for High-Quality Development": what for, not where
            issuer = secretary if "Xi" in match["who"] or "ecretary" in match["who"] else None
            _add_list(found, document, base, text, match.span(), issuer, _kind(match["noun"]), match["prep"])
        for match in _MADE_BY.finditer(text) if kinds else ():
            # Unattributed "important instructions" are the General Secretary's by the genre's convention.
            if match["who"] is None and not has_xi and match["important"] is None:
                continue
            kind = _kind(match["first"] or match["noun"])
            # "instructions to ..." says what they demand; "the speech delivered to ..." where it was given.
            # "the speech to the Seventh Summit of ...": a speech to a gathering was given there.
            to_gathering = kind == "speech" and _TO_GATHERING.match(text, match.end()) is not None
            if (
                match["prep"] == "to"
                and kind != "letter"
                and not _DELIVERED_TO.search(match.group())
                and not to_gathering
            ):
                continue
            prep = match["prep"].split()[0]
            _add_list(found, document, base, text, match.span(), secretary, kind, prep)
        for match in _XI_DELIVERED.finditer(text) if kinds and names_xi else ():
            _add_list(found, document, base, text, match.span(), secretary, _kind(match["noun"]), match["prep"])
        leaders = cued(text, _LEADER_CUES) and leader_named.search(text) is not None
        speeches = leader_speech.finditer(text) if leaders else ()
        for match in speeches:
            leader = match["by"] or match["own"]
            kind = _kind(match["noun"] or match["own_noun"])
            _add_list(found, document, base, text, match.span(), leader, kind, match["prep"])
        for match in _CENTRAL_LEADERS_WORDS.finditer(text) if "entral leader" in text else ():
            # The subject ends where the next item of the sentence begins ("... and the circular of ...").
            end = _occasion_end(text, match.end())
            cut = _NEXT_NOUN_PHRASE.search(text, match.end(), end)
            end = cut.start() if cut else end
            occasion = clean_phrase(text[match.end() : end])
            if occasion:
                _append(found, document, base + match.end(), base + end, None, _kind(match["noun"]), occasion)
        for match in _TITLED_LEADER_SPEECH.finditer(text) if "Political" in text or "Premier" in text else ():
            _add_list(found, document, base, text, match.span(), match["by"], _kind(match["noun"]), match["prep"])
        for match in _THOUGHT_ON.finditer(text) if "hought" in text else ():
            # "Xi Jinping's diplomatic thought" is whole; "Xi Jinping Thought on ..." runs to its subject's end.
            end = match.end() if match.group().endswith("thought") else _thought_end(text, match.end())
            occasion = clean_phrase(text[match.start() : end])
            _append(found, document, base + match.start(), base + end, secretary, "thought", occasion)
        for match in _LETTER_ALONE.finditer(text) if cued(text, _LETTER_CUES) else ():
            # "... Xi Jinping's important congratulatory letter. The letter was addressed to the 2023 Expo."
            addressed = _ADDRESSED_NEXT.match(document.text, base + len(text))
            if addressed is not None:
                noun = "congratulatory letter" if "congratulatory" in match["occ"] else "letter"
                occasion = f"{noun} to {clean_phrase(addressed['to'])}"
                _append(found, document, addressed.start("to"), addressed.end("to"), secretary, "letter", occasion)
                continue
            occasion = clean_phrase(match["occ"])
            _append(found, document, base + match.start("occ"), base + match.end("occ"), secretary, "letter", occasion)
        for match in _ARTICLE.finditer(text) if names_xi and "article" in text else ():
            if match["title"]:
                start, end = match.start("title"), match.end("title")
                _append(found, document, base + start, base + end, secretary, "other", text[start:end])
            elif match["where"]:
                _append(
                    found, document, base + match.start(), base + match.end(), secretary, "other", "article in Qiushi"
                )
        for match in _TOUR.finditer(text) if names_xi and cued(text, _TOUR_CUES) else ():
            if _RELAY_CUE.search(text[max(0, match.start() - 80) : match.start()]):
                end = _occasion_end(text, match.end())
                occasion = clean_phrase(text[match.start("tour") : end])
                _append(found, document, base + match.start("tour"), base + end, secretary, "speech", occasion)
        if has_xi and cued(text, _REPLY_CUES):
            for match in _REPLY.finditer(text):
                _add_reply(found, document, base, text, match.start(), secretary)
        sessions = cued(text, _SESSION_CUES)
        if sessions and "speech" in text:
            _speech_at_session(found, document, base, text, secretary)
        for match in _THOUGHT.finditer(text) if cued(text.lower(), _THOUGHT_CUES) else ():
            if _CAMPAIGN.search(text, 0, match.start()):
                continue  # "the theme education of Xi Jinping's new era ...": a campaign's name, no relayed thought
            occasion = clean_phrase(re.sub(r"^(?:the\s+)?(?:important\s+)?", "", match["occ"]))
            _append(found, document, base + match.start("occ"), base + match.end("occ"), secretary, "thought", occasion)
        listed_after = -1  # where the last relayed session ended: the next item of its list is relayed too
        for match in _SESSION.finditer(text) if sessions else ():
            lead = re.match(r"(?:.*\b[Ss]pirit\s+of\s+)?(?:(?:of|and|the|on|for|to|recent)\s+)*", match["occ"])
            start = match.start("occ") + (lead.end() if lead else 0)
            occasion = clean_phrase(text[start : match.end("occ")])
            relayed = _RELAY_CUE.search(text[max(0, start - 80) : start]) is not None or (
                listed_after >= 0 and _NEXT_ITEM.fullmatch(text, listed_after, start) is not None
            )
            named = (
                _CENTRAL_MARK.search(occasion)
                or _NAMED_EVENT.match(occasion)
                or _NUMBERED_PLENUM.match(occasion)
                or "Xi Jinping" in occasion  # a symposium on Xi's book or thought is a central event
            )
            local = _LOCAL_MARK.search(occasion) or _LOCAL_OWNER.search(text, max(0, start - 40), start)
            if in_titles.holds(base + start):
                continue
            if relayed and named and not local:
                listed_after = match.end("occ")
                _append(
                    found,
                    document,
                    base + start,
                    base + match.end("occ"),
                    _session_issuer(occasion),
                    "session",
                    occasion,
                )
        for match in _CENTRAL_BODY_MET.finditer(text) if "Politi" in text else ():
            day = f" on {match['day']}" if match["day"] else ""
            narrated = f"meeting of the {clean_phrase(match['body'])}{day}"
            issuer = _session_issuer(narrated)
            _append(found, document, base + match.start("body"), base + match.end(), issuer, "session", narrated)
        chaired = _XI_CHAIRED_IT.search(text) if narrated is not None and names_xi else None
        if chaired is not None and narrated is not None:
            _append(found, document, base + chaired.start("act"), base + chaired.end(), secretary, "speech", narrated)
        for match in _BARE_CONGRESS.finditer(text) if "arty" in text else ():
            occasion = f"{match['n']} National Congress of the Communist Party of China"
            issuer = "Communist Party of China"
            _append(found, document, base + match.start(), base + match.end(), issuer, "session", occasion)
        if opening < 0 and found:
            opening = sentence.end
        if has_xi and "speech" in text and any(d.kind == "session" for d in found):
            _speech_at_relayed_session(found, document, base, text, secretary, opening, leader_named)
    for titled in central_titles:
        _append(found, document, titled.evidence.start, titled.evidence.end, titled.issuer, "document", titled.title)
    # A session a relay is to be combined or aligned with, or one that only dates another, is not relayed here
    # (the dev gold counts a speech of Xi's named so: "combine the study of his speech in Liaoning with ... in Shaanxi").
    aside = Ranges(_not_relayed(document.text))
    dropped = {d.occasion for d in found if d.kind == "session" and aside.holds(d.evidence.start)}
    # Nor is a speech of Xi's at such a session, found as the speech named next to it.
    found = [d for d in found if d.occasion not in dropped or not aside.holds(d.evidence.start)]
    # A gathering named as a letter's addressee ("the congratulatory letter to the X Conference")
    # is where the letter went, not a session the meeting relayed.
    # Nor is a session a seminar was held to study: it is part of the name of the speech given there.
    places = Ranges(
        (d.evidence.start, d.evidence.end)
        for d in found
        if d.kind == "letter" or (d.kind == "speech" and _SEMINAR.search(d.occasion))
    )
    found = [d for d in found if d.kind != "session" or not places.covers(d.evidence.start, d.evidence.end)]
    unified: list[Directive] = []
    for directive in sorted(found, key=lambda d: d.evidence.start):
        occasion = normalise_occasion(directive.occasion, reference)
        _append(
            unified,
            document,
            directive.evidence.start,
            directive.evidence.end,
            directive.issuer,
            directive.kind,
            occasion,
        )
    return tuple(unified)


# "the Political Bureau of the CPC Central Committee held a meeting on April 30, deciding ...": a central meeting the
# readout tells of, which it relays; "Xi Jinping ... presided over the meeting and made an important speech" after
# it is his speech there.
_CENTRAL_BODY_MET = re.compile(
    r"\b(?P<body>" + _POLITBURO + r"(?:" + _OF_THE_CENTRAL_COMMITTEE + r")?)"
    r"\s+(?:held|convened)\s+a\s+meeting(?:\s+on\s+(?P<day>" + _MONTH_DAY + r"))?"
)
_XI_CHAIRED_IT = re.compile(
    r"\bXi\s+Jinping\b[^.;]{0,120}?\b(?P<act>presided\s+over|chaired)\s+the\s+meeting\s+and\s+"
    r"(?:made|delivered|gave)\s+an?\s+important\s+speech"
)
# "combine the study of the spirit of X with the study of the spirit of the 20th National Congress": the congress is
# what the relay of X is to be joined to, not relayed itself; so is what thoughts and actions are to be unified with
# ("unify our thoughts and actions with the spirit of the 20th National Congress"), and what an event was held after.
_COMBINED_WITH = re.compile(
    r"\b(?:combin(?:e|es|ed|ing)|integrat(?:e|es|ed|ing))\b[^.;]{0,250}?\bwith\b"
    r"|\bunif(?:y|ies|ied|ying)\s+(?:our\s+|their\s+|the\s+)?thoughts?\s+and\s+actions?\s+(?:with|into|to)\b"
    r"|\b(?:held|convened)\s+(?:\w+\s+)?(?:after|since)\b"
)
# Where what the relay is combined with ends: the sentence, or a clause of its own verb ("..., and implement
# the spirit of X"); "..., and the study of Y" goes on naming what it is combined with.
_CLAUSE_END = re.compile(
    r"[.;](?:\s|$)|$|,\s+(?:and\s+)?(?:to\s+)?(?:\w+ly\s+)?(?:implement|stud(?:y|ied)|convey|learn|carry|do|promote|"
    r"strengthen|deepen|insist|focus|adhere|ensure|build|unswervingly|resolutely)\b"
)


def _not_relayed(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` from each "combine ... with", "unify thoughts and actions with" and "held after"
    to the end of its sentence or clause."""
    zones = []
    for match in _COMBINED_WITH.finditer(text):
        end = _CLAUSE_END.search(text, match.end())
        zones.append((match.end(), end.start() if end else len(text)))
    return zones


@lru_cache(maxsize=16)  # one pattern per set of leaders in office, a handful over the years
def _leader_speech(central_leaders: frozenset[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Speeches and instructions of the central leaders other than the General Secretary, named in the
    reference; and their names alone, a far cheaper test of whether a sentence can hold one."""
    leaders = sorted((n for n in central_leaders if n != "Xi Jinping"), key=len, reverse=True)
    names = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in leaders) or r"(?!x)x"
    return re.compile(_LEADER_SPEECH.format(names=names)), re.compile(names)


# What ends a thought's subject: a comma, the next "and Xi ...", "to do ...", "and stressed ...".
_THOUGHT_STOP = re.compile(
    r",|\s+and\s+(?:the\s+)?(?:Xi|General|important|spirit)\b|\s+(?:to|into|in\s+order)\s+[a-z]|\s+and\s+[a-z]+ed\b"
    # "Xi Jinping Thought on Economy and the congratulatory message of ...": the next item, told by its kind.
    r"|\s+and\s+the\s+(?:[a-z]+\s+){0,2}?(?:letters?|messages?|speech(?:es)?|instructions?|repl(?:y|ies))\b"
)


def _thought_end(text: str, start: int) -> int:
    """Where "Xi Jinping Thought on ..." ends: at the clause boundary, a comma, or the next "and Xi"."""
    end = _occasion_end(text, start)
    cut = _THOUGHT_STOP.search(text, start, end)
    return cut.start() if cut else end


def _speech_at_session(found: list[Directive], document: Document, base: int, text: str, secretary: str | None) -> None:
    """A Xi speech named with no occasion, right after a central session in the same sentence, was given there."""
    for match in _BARE_SPEECH.finditer(text):
        before = [
            m
            for m in _SESSION.finditer(text, 0, match.start())
            if _CENTRAL_MARK.search(m["occ"]) and not _LOCAL_MARK.search(m["occ"])
        ]
        if before and re.search(r"\band\s+(?:the\s+spirit\s+of\s+)?$", text[before[-1].end() : match.start()]):
            session = before[-1]
            lead = re.match(r"(?:(?:of|and|the|on|for|to)\s+)*", session["occ"])
            start = session.start("occ") + (lead.end() if lead else 0)
            occasion = clean_phrase(text[start : session.end("occ")])
            # "the spirit of the X meeting and the spirit of Xi's important speech": both are relayed.
            _append(
                found, document, base + start, base + session.end("occ"), _session_issuer(occasion), "session", occasion
            )
            _append(found, document, base + start, base + match.end(), secretary, "speech", occasion)


# "the important speeches of General Secretary Xi Jinping and Premier Li Keqiang": the premier spoke there too.
_AND_LEADER = re.compile(r"\s+and\s+(?:(?:Premier|Vice\s+Premier|Comrade|Chairman)\s+)?")


def _speech_at_relayed_session(
    found: list[Directive],
    document: Document,
    base: int,
    text: str,
    secretary: str | None,
    opening: int,
    leader_named: re.Pattern[str],
) -> None:
    """A Xi speech named with no occasion was given at the central session the readout relayed last before it
    ("... the spirit of the Central Economic Work Conference. ... General Secretary Xi Jinping's important speech
    is far-sighted"), as readouts relay a conference and the speech given there together. Only a session of the
    opening relay (ending at ``opening``), or one named before the speech in its own sentence, counts: one named
    in between is as often background ("... an effort to fully implement the spirit of the 20th National Congress")."""
    for match in _BARE_SPEECH.finditer(text):
        at = base + match.start()
        sessions = [
            d
            for d in found
            if d.kind == "session"
            and d.evidence.start < at
            and (d.evidence.end <= opening or d.evidence.start >= base)
            and _XI_SPEAKS_AT.search(d.occasion)
        ]
        if sessions:
            session = max(sessions, key=lambda d: d.evidence.start)
            _append(found, document, at, base + match.end(), secretary, "speech", session.occasion)
            joint = _AND_LEADER.match(text, match.end())
            other = leader_named.match(text, joint.end()) if joint else None
            if other is not None:
                leader = re.sub(r"\s+", " ", other.group())
                _append(found, document, base + other.start(), base + other.end(), leader, "speech", session.occasion)


def _general_secretary(document: Document, reference: Reference) -> str | None:
    """Whom "General Secretary" names in this text: the name that most often follows it."""
    # A translation may put a title where the name was ("General Secretary Supreme Leader"): pinyin only.
    names = Counter(
        m.group(1)
        for m in re.finditer(r"General\s+Secretary\s+([A-Z][a-z]+\s+[A-Z][a-z]+)", document.text)
        if all(is_pinyin_word(word) for word in m.group(1).split())
    )
    if names:
        return names.most_common(1)[0][0]
    return reference.known_titles.get("General Secretary")


def _kind(noun: str) -> str:
    for pattern, kind in _KINDS:
        if re.fullmatch(pattern, noun.strip(), re.IGNORECASE):
            return kind
    return "other"


def _add_list(
    found: list[Directive],
    document: Document,
    base: int,
    text: str,
    frame: tuple[int, int],
    issuer: str | None,
    kind: str,
    prep: str,
) -> None:
    """One directive per item the frame at ``frame`` (its start and end in ``text``) governs."""
    start = frame[1]
    end = _seminar_end(text, start, _occasion_end(text, start))
    others = _AND_OTHERS.search(text, start, end) if prep == "on" else None
    if others is not None:
        # "statements on party building, veteran cadres' work, and other important instructions": a list of
        # subjects that the words "and other ..." close, each a directive of its own.
        pieces = _split_at(text, start, others.start(), _SUBJECT_COMMA)
    else:
        pieces = _split_list(text, start, end)
    if prep == "on" and len(pieces) == 1:
        pieces = _split_subjects(text, start, end)
    for piece_start, piece_end in pieces:
        occasion = clean_phrase(text[piece_start:piece_end])
        occasion = _ITEM_LEAD.sub("", occasion, count=1)
        occasion = _IMPORTANT_LEAD.sub("", occasion, count=1)
        occasion = _ADDRESSEE_THE.sub(r"\1", occasion, count=1)
        own = _OWN_NOUN.search(occasion)
        piece_kind = _kind(own.group(1)) if own and piece_start != start else kind
        # A later item that names its own noun ("and the congratulatory letter to ...") says what it is.
        if piece_kind == "letter" and prep == "to" and (piece_start == start or own is None):
            lead = text[frame[0] : start]
            if re.search(r"repl|wrote\s+back", lead):
                occasion = f"reply to {occasion}"
            elif piece_start == start:
                noun = "congratulatory message" if re.search(r"congratulatory\s+messages?", lead) else "letter"
                noun = "congratulatory letter" if re.search(r"congratulatory\s+letters?", lead) else noun
                occasion = f"{noun} to {occasion}"
        _append(found, document, base + piece_start, base + piece_end, issuer, piece_kind, occasion)


def _add_reply(
    found: list[Directive], document: Document, base: int, text: str, start: int, issuer: str | None
) -> None:
    """ "wrote back to all workers in ..." -> a letter whose occasion is "reply to all workers in ..." """
    end = _occasion_end(text, start)
    occasion = re.sub(r"^(?:replying|replied|reply|wrote\s+back)\s+to", "reply to", clean_phrase(text[start:end]))
    _append(found, document, base + start, base + end, issuer, "letter", occasion)


def _seminar_end(text: str, start: int, end: int) -> int:
    """Where a seminar's name ends when it names its purpose: "the seminar for leading cadres to
    study and implement the spirit of the Fifth Plenary Session" is one occasion, through the session."""
    seminar = _SEMINAR.search(text, start, end)
    if seminar is None:
        return end
    purpose = _PURPOSE.search(text, seminar.end(), end + 120)  # it begins in the occasion, may end after it
    session = _SESSION.match(text, purpose.end()) if purpose and purpose.start() <= end else None
    return max(end, session.end("occ")) if session else end


def _occasion_end(text: str, start: int) -> int:
    match = _BOUNDARY.search(text, start)
    return match.start() if match else len(text)


def _split_list(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split "at A, the B, and during C" into its occasions when each piece names an event."""
    bounds = []
    piece_start = start
    for match in _LIST_SPLIT.finditer(text, start, end):
        # "his ..." and "the important ..." open an item of their own, whatever the first one named.
        own_item = _OWN_ITEM.match(text, match.end()) is not None
        # An item before may be told by its own kind ("his instructions on ..., the National Conference ...").
        told = _EVENT_NOUN.search(text, piece_start, match.start()) or _OWN_NOUN.search(
            text, piece_start, match.start()
        )
        if own_item or (_EVENT_NOUN.search(text, match.end(), end) and told):
            bounds.append((piece_start, match.start()))
            piece_start = match.end()
    bounds.append((piece_start, end))
    return bounds


# "on strengthening financial work, promoting ..., and deepening ...": each subject told by its own verb.
_SUBJECT_BREAK = re.compile(r",\s+(?:and\s+)?(?=[a-z]+ing\s)")
_AND_OTHERS = re.compile(
    r",?\s+and\s+other\s+(?:important\s+)?(?:instructions|speeches|statements|expositions|discourses|remarks)$"
)
_SUBJECT_COMMA = re.compile(r",\s+(?:and\s+)?")


def _split_at(text: str, start: int, end: int, breaks: re.Pattern[str]) -> list[tuple[int, int]]:
    """The pieces of ``text[start:end]`` between ``breaks``."""
    bounds, piece_start = [], start
    for match in breaks.finditer(text, start, end):
        bounds.append((piece_start, match.start()))
        piece_start = match.end()
    bounds.append((piece_start, end))
    return bounds


def _split_subjects(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split "on A-ing X, B-ing Y, and C-ing Z" into its subjects when each opens with a verb of its own."""
    if not re.match(r"[a-z]+ing\s", text[start:end]):
        return [(start, end)]
    return _split_at(text, start, end, _SUBJECT_BREAK)


def _session_issuer(occasion: str) -> str | None:
    if re.search(
        r"National\s+Congress\s+of\s+the\s+(?:Communist\s+Party|CPC)|Party['’]s\s+\d+\w*\s+National\s+Congress|"
        r"\d+\w*\s+(?:CPC\s+)?National\s+Congress",
        occasion,
    ):
        return "Communist Party of China"
    if re.search(r"Political\s+Bureau|Politburo", occasion):
        return "Political Bureau of the CPC Central Committee"
    for body in (
        "Central Commission for Discipline Inspection",
        "Central Commission for Comprehensively Deepening Reform",
        "Central Committee",
    ):
        if body.lower() in occasion.lower():
            return "CPC Central Committee" if body == "Central Committee" else body
    return None


def _append(
    found: list[Directive], document: Document, start: int, end: int, issuer: str | None, kind: str, occasion: str
) -> None:
    """Keep a directive unless it is cut off, too vague, or one already found."""
    words = occasion_key(occasion)
    if len(words) < 2 or len(occasion) > 260 or occasion.startswith("order to"):
        return
    if document.cut_at(end):
        return
    for other in found:
        known = occasion_key(other.occasion)
        if other.issuer == issuer and (words <= known or known <= words):
            return
        if kind == "session" and other.kind == "speech" and words <= known:
            return
    found.append(Directive(issuer, kind, occasion, make_span(document, start, end)))


def normalise_occasion(occasion: str, reference: Reference) -> str:
    """Spell an occasion one way: known aliases replaced, banner names in English."""
    for pattern, label in _spellings(tuple(reference.aliases.items())):
        occasion = pattern.sub(label, occasion)
    return occasion


@lru_cache(maxsize=4)
def _spellings(aliases: tuple[tuple[str, str], ...]) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each alias as a whole-word pattern, longest first (it may contain a shorter one), then the banners."""
    ranked = sorted(aliases, key=lambda kv: -len(kv[0]))
    banners = (
        ("Zuoqi", "Left Banner"),
        ("Youqi", "Right Banner"),
        ("Qianqi", "Front Banner"),
        ("Houqi", "Rear Banner"),
        ("Zhongqi", "Middle Banner"),
    )
    return tuple((re.compile(rf"\b{re.escape(alias)}\b"), label) for alias, label in [*ranked, *banners])
