"""A cheap first test for big alternation regexes: the characters a match can begin with.

Python's regex engine tries every branch of an alternation at every candidate position; with
IGNORECASE it cannot skip a branch on its first letter. `leading_guard(source, flags, depth)` works
out, from the parsed pattern, the first `depth` characters any match can start with and returns a
lookahead, shaped as a trie, that accepts exactly those starts (or more: a construct it does not
follow, such as a backreference or a negated class, widens the guard instead of narrowing it;
lookarounds and anchors are left out, which can only widen it too). Putting the lookahead in
front of the pattern therefore never changes what the pattern finds; it only turns most
positions down sooner. `guarded(pattern)` does that for a compiled pattern.

The parsed form comes from the standard library's private `re._parser` (Python 3.11+). Should a
later Python change it, `leading_guard` returns "" and every pattern runs unguarded: slower, never
different (tests/inbox/test_regex_prefix.py notices the loss of speed-up on the running Python).
"""

from __future__ import annotations

import re

_ANY = "(?s:.)"  # one character, whatever it is

try:
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    _CATEGORIES = {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_NOT_DIGIT: r"\D", c.CATEGORY_WORD: r"\w",
                   c.CATEGORY_NOT_WORD: r"\W", c.CATEGORY_SPACE: r"\s", c.CATEGORY_NOT_SPACE: r"\S"}
    _REPEATS = {c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)}
    _ZERO_WIDTH = {c.AT, c.ASSERT, c.ASSERT_NOT}
except (ImportError, AttributeError):  # pragma: no cover - a Python whose re internals moved
    _parser = None

# A prefix is a tuple of character-class sources, one per character. An open prefix may be
# extended by what follows; one ending in _STOP is closed: the match may go on in a way not
# followed, so nothing after it is checked. A set of prefixes lists the ways a match can begin.
_STOP = "\0stop"
_Prefix = tuple[str, ...]


def leading_guard(source: str, flags: int = 0, depth: int = 2) -> str:
    """A lookahead "(?=...)" for the first `depth` characters of any match of the pattern.

    Returns "" when no useful guard exists (the pattern can match the empty string, or starts
    with a construct not followed here).
    """
    if _parser is None:  # pragma: no cover
        return ""
    parsed = _parser.parse(source, flags)
    prefixes = _sequence(list(parsed), depth, parsed.state.flags)
    stripped = {tuple(p for p in prefix if p != _STOP) for prefix in prefixes}
    if not stripped or () in stripped:
        return ""
    return "(?=" + _trie(stripped) + ")"


def _trie(prefixes: set[_Prefix]) -> str:
    """An alternation of the prefixes sharing their common starts ("a(?:m|n)", not "am|an"):
    a position is rejected after one test per character instead of one per prefix."""
    by_first: dict[str, set[_Prefix]] = {}
    for prefix in prefixes:
        by_first.setdefault(prefix[0], set()).add(prefix[1:])
    branches = []
    for first, rests in sorted(by_first.items()):
        if () in rests:  # this much is enough
            branches.append(first)
        else:
            branches.append(first + _trie(rests))
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _sequence(items: list, depth: int, flags: int) -> set[_Prefix]:
    """The prefixes of a sequence of parsed items."""
    result: set[_Prefix] = set()
    open_: set[_Prefix] = {()}
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # a lookaround or anchor only narrows what matches: leaving it out is safe
        open_ = _concat(open_, _item(op, av, depth, flags), depth, result)
        if not open_:
            break
    return result | open_


def _concat(firsts: set[_Prefix], heads: set[_Prefix], depth: int, result: set[_Prefix]) -> set[_Prefix]:
    """Extend each open prefix by each head; full or closed ones go to `result`, the open rest is returned."""
    grown: set[_Prefix] = set()
    for prefix in firsts:
        for head in heads:
            closed = bool(head) and head[-1] == _STOP
            joined = (prefix + (head[:-1] if closed else head))[:depth]
            if len(joined) == depth:
                result.add(joined)
            elif closed:
                result.add(joined + (_STOP,))
            else:
                grown.add(joined)
    return grown


def _item(op, av, depth: int, flags: int) -> set[_Prefix]:
    """The prefixes one parsed item can match (() if it can match the empty string)."""
    if op == c.LITERAL:
        return {(re.escape(chr(av)),)}
    if op == c.IN:
        return {(_char_class(av),)}
    if op == c.ANY:
        return {(_ANY,)}
    if op == c.SUBPATTERN:
        _group, add_flags, _del_flags, body = av
        if add_flags & re.IGNORECASE and not flags & re.IGNORECASE:
            return {(_STOP,)}  # the guard would be case-sensitive where the pattern is not
        return _sequence(list(body), depth, flags)
    if op == c.BRANCH:
        return set().union(*(_sequence(list(branch), depth, flags) for branch in av[1]))
    if op in _REPEATS:
        low, high, body = av
        once = _sequence(list(body), depth, flags)
        result: set[_Prefix] = {()} if low == 0 else set()
        result |= once
        current = once
        for _ in range(min(high, depth) - 1):  # more repetitions, until the depth is filled
            current = _concat(current, once, depth, result)
            result |= current
        return result
    return {(_STOP,)}


def _char_class(items: list) -> str:
    """A class source for a parsed character set, or one accepting anything it cannot render."""
    parts = []
    for op, av in items:
        if op == c.NEGATE:
            return _ANY
        if op == c.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op == c.RANGE:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op == c.CATEGORY and av in _CATEGORIES:
            parts.append(_CATEGORIES[av])
        else:
            return _ANY
    return "[" + "".join(parts) + "]"


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def guarded(pattern: re.Pattern[str], depth: int = 4) -> re.Pattern[str]:
    """The same pattern behind a lookahead for the first `depth` characters of its matches."""
    source = pattern.pattern
    flags_at_start = _GLOBAL_FLAGS.match(source)
    body = source[flags_at_start.end():] if flags_at_start else source
    guard = leading_guard(body, pattern.flags, depth)
    return re.compile(guard + body, pattern.flags) if guard else pattern
