"""Recognising romanised Chinese personal names by their form.

A readout names people nobody can list in advance, so a name is recognised by its
shape: a Chinese surname followed by a given name that splits into one to three
pinyin syllables ("Yuan Jiajun", "Chen Min'er"). Titles, places and English words
fail that shape, so they never become part of a name.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["SURNAMES", "canonical_name", "is_pinyin_word", "name_key", "syllable_count"]

_INITIALS = (
    "zh",
    "ch",
    "sh",
    "b",
    "p",
    "m",
    "f",
    "d",
    "t",
    "n",
    "l",
    "g",
    "k",
    "h",
    "j",
    "q",
    "x",
    "r",
    "z",
    "c",
    "s",
    "y",
    "w",
    "",
)
_FINALS = (
    "iang",
    "iong",
    "uang",
    "ueng",
    "ang",
    "eng",
    "ing",
    "ong",
    "ian",
    "iao",
    "uai",
    "uan",
    "van",
    "ai",
    "ei",
    "ao",
    "ou",
    "an",
    "en",
    "er",
    "ia",
    "ie",
    "iu",
    "in",
    "ua",
    "uo",
    "ui",
    "un",
    "ue",
    "ve",
    "vn",
    "a",
    "o",
    "e",
    "i",
    "u",
    "v",
)
_BAD = frozenset({"bue", "pue", "fue", "dia", "tia", "wi", "wu", "yi", "yu"})
SYLLABLES: frozenset[str] = frozenset(
    i + f for i in _INITIALS for f in _FINALS if (i + f) not in _BAD or (i + f) in {"wu", "yi", "yu"}
) | {
    "yi",
    "yu",
    "wu",
    "yue",
    "yuan",
    "yun",
    "you",
    "yan",
    "yang",
    "ying",
    "yong",
    "yao",
    "ye",
    "weng",
    "wen",
    "wei",
    "wan",
    "wang",
    "wo",
    "wai",
    "wa",
}

SURNAMES: frozenset[str] = frozenset(
    """
Ai An Ba Bai Ban Bao Bei Bi Bian Bo Bu Cai Cao Cen Chai Chang Chao Che Chen Cheng Chi Chu
Cong Cui Dai Dan Deng Di Diao Ding Dong Dou Du Duan E Fan Fang Fei Feng Fu Gan Gao Ge Geng
Gong Gou Gu Guan Guo Han Hao He Hong Hou Hu Hua Huang Huo Ji Jia Jian Jiang Jiao Jin Jing
Ju Kang Ke Kong Kou Kuang Lai Lan Lang Lao Le Lei Leng Li Lian Liang Liao Lin Ling Liu Long
Lou Lu Luan Luo Lv Lyu Ma Mai Man Mao Mei Meng Mi Miao Min Ming Mo Mou Mu Na Ni Nie Ning Niu
Ou Pan Pang Pei Peng Pi Ping Pu Qi Qian Qiao Qin Qiu Qu Quan Rao Ren Rong Ruan Rui Sang
Sha Shan Shang Shao She Shen Sheng Shi Shu Si Song Su Sui Sun Tan Tang Tao Teng Tian Tong
Tu Wan Wang Wei Wen Weng Wu Xi Xia Xian Xiang Xiao Xie Xin Xing Xiong Xu Xuan Xue Yan Yang
Yao Ye Yi Yin Ying Yong You Yu Yuan Yue Yun Zang Zeng Zha Zhai Zhan Zhang Zhao Zhen Zheng
Zhong Zhou Zhu Zhuang Zhuo Zong Zou Zu Zuo
Ao Dang Gui Hui Nong Piao Ran Sa Shuai Suo Tuo Xun
Ouyang Sima Zhuge Shangguan Situ Dongfang Huangfu Xiahou Murong Linghu
""".split()
)

_SEPARATOR = re.compile(r"['’\-]")


@lru_cache(maxsize=8192)
def _segments(word: str) -> int | None:
    """The fewest syllables ``word`` splits into, or None when it is not pinyin."""
    n = len(word)
    best: list[int | None] = [0] + [None] * n
    for end in range(1, n + 1):
        for size in range(1, min(6, end) + 1):
            prev = best[end - size]
            if prev is None or word[end - size : end] not in SYLLABLES:
                continue
            current = best[end]
            if current is None or prev + 1 < current:
                best[end] = prev + 1
    return best[n]


def syllable_count(word: str) -> int | None:
    """How many pinyin syllables a word has (apostrophes split), or None if it is not pinyin.

    >>> syllable_count("Jiajun"), syllable_count("Min'er"), syllable_count("Secretary")
    (2, 2, None)
    """
    total = 0
    for part in _SEPARATOR.split(word.lower()):
        if not part.isascii() or not part.isalpha():
            return None
        count = _segments(part)
        if count is None:
            return None
        total += count
    return total


def is_pinyin_word(word: str, max_syllables: int = 3) -> bool:
    """Whether ``word`` reads as one to ``max_syllables`` pinyin syllables."""
    count = syllable_count(word)
    return count is not None and 1 <= count <= max_syllables


def name_key(name: str) -> str:
    """The spelling-insensitive identity of a name: "Chen Min'er" and "Chen Miner" agree.

    >>> name_key("Chen Min'er") == name_key("chen  miner")
    True
    """
    return re.sub(r"[^a-z]", "", name.lower())


def canonical_name(tokens: list[str]) -> str:
    """Join name tokens with the usual capitalisation ("YUAN jiajun" -> "Yuan Jiajun")."""
    return " ".join(t[:1].upper() + t[1:].lower() for t in tokens)
