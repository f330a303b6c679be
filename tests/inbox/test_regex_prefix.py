"""The leading-character guard never changes what a pattern finds."""

import re

from inbox.regex_prefix import guarded, leading_guard


def _same(source: str, flags: int, texts: list[str]) -> None:
    plain = re.compile(source, flags)
    fast = guarded(plain)
    for text in texts:
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == \
               [(m.span(), m.groups()) for m in plain.finditer(text)]


def test_guard_lists_the_starts_of_each_alternative() -> None:
    guard = re.compile(leading_guard(r"\b(?:tomorrow|today|demain)\b", re.I, depth=2), re.I)
    assert guard.match("Tomorrow") and guard.match("DEMAIN") and not guard.match("tuesday")


def test_no_guard_where_a_match_can_be_empty_or_start_anyhow() -> None:
    assert leading_guard(r"a?", 0) == ""
    assert leading_guard(r"(a)\1", 0) != ""  # the first character is still known
    assert leading_guard(r"(?:x|(?P<g>.)(?P=g))", 0) == "(?=(?:(?s:.)|x))"
    assert leading_guard(r"[^a]b", 0) == ""  # a construct not followed: no guard at all


def test_guarded_patterns_find_the_same() -> None:
    texts = ["Out of office until Monday; back on the 3rd", "I'M AWAY", "see you tmrw or the day after tomorrow",
             "ab abc abcd xabcd a-b", "Straße STRASSE strasse", "Ωmega ωμέγα", ""]
    _same(r"(?i)\b(out of (the )?office|i'?m away|back on)\b", 0, texts)
    _same(r"(?<![^\W_])(?=[^\W_])(?:tmrw|tomorrow|the\s+day\s+after\s+tomorrow)", re.I | re.VERBOSE, texts)
    _same(r"a(?:b|c)*d?", 0, texts)
    _same(r"(?:ab){2,}|x?a\w", 0, texts)
    _same(r"stra(?:ss|ß)e|ωμ", re.I, texts)
    _same(r"(?i:abc)d|abx", 0, texts)
