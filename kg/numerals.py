"""Numbers as readouts write them: Chinese numerals (十七, 二十) and English ordinals (ninth, 22nd).

>>> chinese_number("二十"), chinese_numeral(17), english_ordinal(22), ORDINAL_WORDS.index("ninth") + 1
(20, '十七', '22nd', 9)
"""

from __future__ import annotations

__all__ = ["ORDINAL_WORDS", "chinese_number", "chinese_numeral", "english_ordinal"]

ORDINAL_WORDS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
"""The ordinal words, first to twentieth, in order."""
_DIGITS = "一二三四五六七八九"


def chinese_number(text: str) -> int | None:
    """十七 -> 17, 二十 -> 20, 十 -> 10, 三 -> 3; None for what is not a numeral below 100."""
    if "十" not in text:
        return _DIGITS.index(text) + 1 if len(text) == 1 and text in _DIGITS else None
    tens, _, ones = text.partition("十")
    if (tens and tens not in _DIGITS) or (ones and ones not in _DIGITS) or len(tens) > 1 or len(ones) > 1:
        return None
    return (_DIGITS.index(tens) + 1 if tens else 1) * 10 + (_DIGITS.index(ones) + 1 if ones else 0)


def chinese_numeral(number: int) -> str:
    """17 -> 十七, 20 -> 二十, 9 -> 九 (1 to 99)."""
    tens, ones = divmod(number, 10)
    head = "" if tens == 0 else "十" if tens == 1 else _DIGITS[tens - 1] + "十"
    return head + (_DIGITS[ones - 1] if ones else "")


def english_ordinal(number: int) -> str:
    """1 -> 1st, 22 -> 22nd, 13 -> 13th."""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"
