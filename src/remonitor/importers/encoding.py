"""Choosing a text encoding by plausibility, not by whether the bytes happen to decode.

Strict UTF-8 (with or without BOM) is taken when it decodes: its multi-byte structure rarely
fits other text by chance. Otherwise GB18030 and cp1252 are both tried — almost any bytes
decode as either — and judged by what the result looks like: Chinese decoded from Latin text
is full of rare characters outside GB2312 wedged between ASCII letters; Latin decoded from
Chinese is long runs of accented letters with no ASCII around them. Known header names of
the file's format count too. charset-normalizer's guess joins the candidates but does not
get the last word (it calls the cp1252 Comtrade+ download cp1250).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

SAMPLE_BYTES = 256 * 1024
_LATIN_PUNCTUATION = set("‘’“”–—€…•·«»°±×÷§¶©®™")


@dataclass(frozen=True, slots=True)
class Decoding:
    encoding: str
    score: float
    reason: str


def _cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def _gb2312(ch: str) -> bool:
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def plausibility(text: str, encoding: str, known_words: Iterable[str] = ()) -> float:
    """0 (nonsense) … 1 (reads as real text of this encoding's script), plus header hits."""
    non_ascii = [(i, ch) for i, ch in enumerate(text) if ord(ch) > 127]
    hits = sum(1 for w in known_words if w and w in text)
    bonus = min(hits, 10) * 0.05
    if not non_ascii:
        return 0.9 + bonus
    if "\ufffd" in text:
        return 0.0
    good = 0
    for i, ch in non_ascii:
        if encoding == "gb18030":
            # Real Chinese: common characters, full-width punctuation.
            good += _gb2312(ch) and (_cjk(ch) or unicodedata.category(ch).startswith("P")
                                     or ch in "，。：；（）、")
        else:
            # Real Latin text: accented letters inside ASCII words, or typographic marks.
            near_ascii = any(text[j].isascii() and text[j].isalpha()
                             for j in (i - 1, i + 1) if 0 <= j < len(text))
            good += (ch.isalpha() and near_ascii) or ch in _LATIN_PUNCTUATION
    return good / len(non_ascii) + bonus


def decode(raw: bytes, known_words: Iterable[str] = (), forced: str | None = None
           ) -> tuple[str, Decoding]:
    """The text of ``raw`` and how its encoding was chosen. ``forced`` skips the judging."""
    if forced:
        return raw.decode(forced, errors="strict"), Decoding(forced, 1.0, "chosen by you")
    words = list(known_words)
    for bom, enc in ((b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if raw.startswith(bom):
            return raw.decode(enc), Decoding(enc, 1.0, "marked as such at its start")
    try:
        text = raw.decode("utf-8-sig")
        bom = raw.startswith(b"\xef\xbb\xbf")
        return text, Decoding("utf-8-sig" if bom else "utf-8", 1.0,
                              "marked as such at its start" if bom else "read without a fault")
    except UnicodeDecodeError:
        pass
    sample = raw[:SAMPLE_BYTES]
    candidates = ["gb18030", "cp1252"]
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(sample).best()
        if best is not None and best.encoding not in candidates:
            candidates.append(best.encoding)
    except Exception:  # detection is a hint; never a reason to fail
        pass
    scored: list[tuple[float, str]] = []
    for enc in candidates:
        try:
            head = sample.decode(enc, errors="strict") if len(raw) <= SAMPLE_BYTES else \
                sample.decode(enc, errors="ignore")
        except (UnicodeDecodeError, LookupError):
            continue
        family = "gb18030" if enc.lower().replace("-", "") in ("gb18030", "gbk", "gb2312") \
            else "latin"
        scored.append((plausibility(head, family, words), enc))
    if not scored:
        raise UnicodeDecodeError("unknown", raw[:1], 0, 1,
                                 "not text in UTF-8, GB18030 or Windows-1252")
    scored.sort(key=lambda s: -s[0])
    score, enc = scored[0]
    text = raw.decode(enc, errors="strict")
    tied = [e for s, e in scored[1:] if score - s < 0.01]
    if tied:
        why = (f"guessed from the text; {encoding_label(tied[0])} reads as well: choose it "
               "under Encoding if names look wrong")
    elif len(scored) > 1:
        why = f"guessed from the text (next: {encoding_label(scored[1][1])})"
    else:
        why = "guessed from the text"
    return text, Decoding(enc, score, why)


_LABELS = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16": "UTF-16",
           "gb18030": "GB18030 (Chinese)", "gbk": "GBK (Chinese)", "gb2312": "GB2312 (Chinese)",
           "cp1252": "Windows-1252 (Western European)",
           "cp1250": "Windows-1250 (Central European)", "latin-1": "Latin-1",
           "iso-8859-1": "Latin-1", "big5": "Big5 (traditional Chinese)"}


def encoding_label(encoding: str) -> str:
    """A codec's name as a person knows it: cp1252 → Windows-1252 (Western European)."""
    return _LABELS.get(encoding.lower().replace("_", "-"), encoding)
