"""Token patterns for the intent rules: a small pattern language, compiled once, matched on spaCy tokens.

Pure: no I/O, no clock. The rule modules hold the phrases; intent_text normalises the
text; this module tokenises (spaCy blank pipelines, built lazily and cached) and matches.

Why not spaCy's `Matcher`: our ~720 patterns use alternations, affixes and gaps, and a
synthetic benchmark of 2,000 such Matcher patterns took 27-86 ms per 100-token message
(every pattern is tried at every token; REGEX/IN predicates run in Python), against a
budget of 1 ms per message. So we keep
spaCy's tokenizer and its NORM attribute (which already maps "n't" to "not", "'ll" to
"will") and match lemma-free patterns with a first-token index: only patterns whose
first slot accepts a token are tried there, and that lookup is cached per word.

Pattern language (one string per pattern; literals are written with accents, they are
folded like the text, by `rule_fold`):

    word        the token's NORM, accent-folded and lowercased ("réglé" == "regle"), Polish "ł"
                read as "l" ("zapłacimy" == "zaplacimy")
    a|b|c       any of the alternatives
    liquidat*   prefix ("liquidation", "liquidator"); *kopie suffix; *insolvenz* infix
    slot?       optional slot
    _3          up to three tokens, never crossing a sentence or line boundary
    #           a number-like token ("3", "three", "drei")
    #day        a day of the month or a date in one token ("30th", "15", "27.11.26"), never a long
                number such as an invoice number ("payment on 9100035303" is no date)
    {a b|c|}    alternative token sequences; {...}? or an empty alternative makes it optional

A pattern is indexed by the words its first slot accepts; an optional first slot is
compiled as two patterns, with and without it, and a gap may not come first.

A rule's blockers are words (or two or three words in a row: "une fois", "de lo contrario")
that cancel a match when they stand in the clause just before it, within NEGATION_WINDOW tokens:
a condition, a hedge or a denial the rule's own negation does not cover.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from inbox.intent_text import fold

SUPPORTED_LANGUAGES = ("en", "fr", "de", "es", "it", "nl", "pt", "ca", "af")

# Tokens a gap (`_N`) never crosses and that end a negation scope.
SENTENCE_BREAKS = frozenset({".", "!", "?", ";", "\n", "¶", "...", "…"})
CLAUSE_BREAKS = SENTENCE_BREAKS | frozenset(
    {
        ",", ":", "(", ")", "-", "–", "—", "/",
        "but", "however", "although", "though", "and", "whereas", "so",
        "mais", "cependant", "toutefois", "et", "donc", "or",
        "aber", "jedoch", "sondern", "und", "doch", "allerdings",
        "pero", "sino", "y", "aunque",
        "tuttavia", "maar", "echter", "porem", "contudo", "todavia",
    }
)
# Negation cues looked for just before a match (and inside its gaps). "without",
# "sans", "ohne" and "sin" are left out: "we will pay without delay" is a promise.
NEGATIONS = frozenset(
    {
        "not", "no", "never", "neither", "nor", "none", "nobody", "nothing", "unable",
        "ne", "pas", "jamais", "aucun", "aucune", "ni", "nullement",
        "nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals", "weder",
        "nunca", "jamas", "tampoco", "ninguno", "ninguna", "ningun",
        "nessun", "nessuno", "nessuna", "niente", "niet", "geen", "nooit", "nao", "nenhum", "nenhuma", "non",
        "ikke", "inte", "ej", "aldrig", "ingen", "inga",
        "aldri",  # Norwegian "never" (Round 20); "ikke" and "ingen" are shared with Danish
    }
)
# Words after a match that deny it: "rumours that we are in administration are false".
DENIALS = frozenset(
    {
        "false", "untrue", "unfounded", "baseless",
        "faux", "fausse", "fausses", "infonde", "infondee", "infondes", "infondees", "errone", "erronee",
        "falsch", "unwahr", "unzutreffend", "haltlos",
        "falso", "falsa", "falsos", "falsas", "infundado", "infundada", "infundados", "infundadas",
    }
)
# German, Dutch, Danish and Swedish negate after the verb: "wir zahlen die Rechnung nicht", "vi
# betaler ikke", "vi betalar inte fakturan". Looked for after a match, inside its clause only ("wir
# zahlen am Montag, da wir nicht früher können").
POST_NEGATIONS = frozenset(
    {
        "nicht", "kein", "keine", "keinen", "keinem", "keiner", "nie", "niemals", "niet", "geen", "nooit",
        "ikke", "inte", "ej", "aldrig", "ingen", "inga", "aldri",
    }
)
# Swedish "ni" is "you" ("kan ni skicka fakturan", "ni får pengarna på fredag"): "ni" negates only
# in the languages where it means "nor" ("ne … ni", "ni … ni", Spanish "ni siquiera").
_NI_LANGUAGES = frozenset({"fr", "es", "ca"})
NEGATION_WINDOW = 6
DENIAL_WINDOW = 6


@lru_cache(maxsize=None)
def pipeline(language: str) -> Language:
    """The blank spaCy pipeline for a language; built once. Unknown languages use English."""
    return spacy.blank(language if language in SUPPORTED_LANGUAGES else "en")


@dataclass(frozen=True, slots=True)
class Tokens:
    """A tokenised text with what the matcher reads, per token."""

    doc: Doc
    norms: tuple[str, ...]
    breaks: tuple[bool, ...]  # sentence or line boundary
    numbers: tuple[bool, ...]

    def text(self, start: int, end: int) -> str:
        return self.doc[start:end].text

    def sentence(self, start: int, end: int, reach: int | None = None) -> tuple[int, int]:
        """Token bounds of the sentence around tokens[start:end]; with `reach`, at most that many
        tokens each side (linear when one long line holds many matches)."""
        first, last, n = start, end, len(self.norms)
        while first > 0 and not self.breaks[first - 1] and (reach is None or start - first < reach):
            first -= 1
        while last < n and not self.breaks[last] and (reach is None or last - end < reach):
            last += 1
        return first, last


def rule_fold(word: str) -> str:
    """The rule engine's fold, the one place for it: intent_text.fold (lowercase, accents
    stripped) and the Polish "ł" read as "l", which has no Unicode decomposition so fold keeps
    it; customers type "zaplacimy" for "zapłacimy". Applied alike to token norms (`tokenise`),
    to pattern words (`_compile_slot`) and to a Rule's blockers (`Rule.__post_init__`). Not in
    fold itself: the intent model reads fold's text as it was trained."""
    folded = fold(word)
    return folded.replace("ł", "l") if "ł" in folded else folded


_FOLDED: dict[str, str] = {}
MAX_WORD = 64


def _folded(norm: str) -> str:
    found = _FOLDED.get(norm)
    if found is None:
        if len(_FOLDED) > 200_000:
            _FOLDED.clear()
        found = _FOLDED[norm] = rule_fold(norm)
    return found


# spaCy's tokenizer is superlinear in the length of one unbroken word (a 40k-character quoted
# blob takes minutes); no phrase the rules look for is that long.
_LONG_WORD = re.compile(r"\S{%d,}" % MAX_WORD)


_CAPS_CONTRACTION = re.compile(r"\b[A-Z]+['’][A-Z]{1,2}\b")


@lru_cache(maxsize=16)  # the same text is read by classify and by disputes; Tokens is read-only
def tokenise(text: str, language: str) -> Tokens:
    """Tokenise already-normalised text with the language's blank pipeline (its tokenizer only)."""
    if len(text) > MAX_WORD:
        text = _LONG_WORD.sub(lambda m: m.group(0)[:MAX_WORD], text)
    # "I'LL PAY FRIDAY", "WE CAN'T": spaCy's contraction exceptions are case-sensitive; lowercasing
    # the contraction alone keeps every offset
    text = _CAPS_CONTRACTION.sub(lambda m: m.group(0).lower(), text)
    doc = pipeline(language).make_doc(text)
    norms = []
    breaks = []
    numbers = []
    for token in doc:
        if token.is_space:
            norm = "\n" if "\n" in token.text else " "
        elif token.like_email:
            norm = "@email"  # patterns say "send invoices to @email"
        else:
            norm = _folded(token.norm_)
        norms.append(norm)
        breaks.append(norm in SENTENCE_BREAKS or norm == " ")
        numbers.append(token.like_num or norm[:1].isdigit())
    return Tokens(doc, tuple(norms), tuple(breaks), tuple(numbers))


@dataclass(frozen=True, slots=True)
class Rule:
    """One phrase family for one label: any of its patterns is evidence for the label.

    weight is the confidence one match gives on its own (see classify's docstring).
    negatable=False for patterns that carry their own negation ("never received the
    invoice", "no longer works here"): those are not cancelled by a nearby "not" (their
    blockers still are: "if it hasn't turned up by Friday" is no complaint).
    """

    name: str  # "insolvency_notice.fr.redressement"
    label: str
    weight: float
    patterns: tuple[str, ...]
    negatable: bool = True
    # extra words that cancel a match just before it; compared with token norms, so folded by
    # rule_fold here, however the Rule is built (rule(), with_blockers(), dataclasses.replace).
    # A blocker of two or three words ("une fois", "de lo contrario") is read as consecutive tokens.
    blockers: frozenset[str] = frozenset()
    phrase_blockers: bool = field(default=False, init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        folded = frozenset(rule_fold(word) for word in self.blockers)
        if folded != self.blockers:
            object.__setattr__(self, "blockers", folded)  # frozen: set once, here
        if any(len(word.split()) > 3 for word in folded):
            raise ValueError(f"{self.name}: a blocker is one to three words: {sorted(folded)}")
        object.__setattr__(self, "phrase_blockers", any(" " in word for word in folded))


@dataclass(frozen=True, slots=True)
class Hit:
    rule: Rule
    start: int
    end: int
    text: str
    hedged: bool  # a third party or a rumour is the subject ("our customer went into administration")


# --- compiling -----------------------------------------------------------------------------

_LITERAL, _AFFIX, _GAP, _NUMBER, _GROUP, _DAY = range(6)
_DAY_LIKE = re.compile(
    r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th|er|e|eme|ro|o|\.)?$"
    r"|\d{1,2}[./-]\d{1,2}(?:[./-](?:\d{2}|\d{4}))?\.?$|\d{4}-\d{2}-\d{2}$"
)


@dataclass(frozen=True, slots=True)
class _Slot:
    kind: int
    words: frozenset[str] = frozenset()
    regex: re.Pattern[str] | None = None
    optional: bool = False
    span: int = 0  # for gaps: how many tokens at most
    alternatives: tuple[tuple[_Slot, ...], ...] = ()  # for groups
    # For a required word slot, its words: a match needs one of them at this slot, which
    # _match tests before recursing into it. None for every other slot.
    gate: frozenset[str] | None = field(init=False, default=None, compare=False)

    def __post_init__(self) -> None:
        if self.kind == _LITERAL and not self.optional:
            object.__setattr__(self, "gate", self.words)  # frozen: set once, here

    def accepts(self, norm: str, number: bool) -> bool:
        if self.kind == _LITERAL:
            return norm in self.words
        if self.kind == _AFFIX:
            return norm in self.words or bool(self.regex is not None and self.regex.match(norm))
        if self.kind == _DAY:
            return bool(_DAY_LIKE.match(norm))
        return number  # _NUMBER


_ITEM = re.compile(r"\{([^{}]*)\}(\?)?|(\S+)")


def _compile_slots(pattern: str) -> tuple[_Slot, ...]:
    """Parse a pattern (or one alternative of a group) into slots."""
    slots: list[_Slot] = []
    for match in _ITEM.finditer(pattern):
        group, question, token = match.groups()
        if token is not None:
            slots.append(_compile_slot(token))
            continue
        alternatives = group.split("|")
        optional = bool(question) or any(not a.strip() for a in alternatives)
        filled = [a.strip() for a in alternatives if a.strip()]
        if all(_is_plain_word(a) for a in filled):
            # Single words make one slot: cheaper than a group.
            slots.append(_compile_slot("|".join(filled) + ("?" if optional else "")))
        else:
            slots.append(_Slot(_GROUP, optional=optional, alternatives=tuple(_compile_slots(a) for a in filled)))
    return tuple(slots)


def _is_plain_word(alternative: str) -> bool:
    return " " not in alternative and alternative[-1] != "?" and alternative[0] not in "_#"


def _compile_slot(token: str) -> _Slot:
    optional = token.endswith("?") and len(token) > 1
    if optional:
        token = token[:-1]
    if token == "#":
        return _Slot(_NUMBER, optional=optional)
    if token == "#day":
        return _Slot(_DAY, optional=optional)
    if token == "_" or re.fullmatch(r"_\d+", token):
        return _Slot(_GAP, span=int(token[1:] or 1))
    words: set[str] = set()
    affixes: list[str] = []
    for alternative in token.split("|"):
        if not alternative:
            raise ValueError(f"empty alternative in pattern slot {token!r}")
        starred_left = alternative.startswith("*")
        starred_right = alternative.endswith("*")
        core = rule_fold(alternative.strip("*"))
        if not (starred_left or starred_right):
            words.add(core)
            continue
        body = re.escape(core)
        affixes.append((".*" if starred_left else "") + body + ("" if starred_right else "$"))
    if not affixes:
        return _Slot(_LITERAL, frozenset(words), optional=optional)
    regex = re.compile("(?:" + "|".join(affixes) + ")")
    return _Slot(_AFFIX, frozenset(words), regex, optional=optional)


def _without_optional_start(slots: tuple[_Slot, ...]) -> list[tuple[_Slot, ...]]:
    """A pattern starting with an optional slot becomes two: with it (required) and without it."""
    if not slots or not slots[0].optional or slots[0].kind == _GAP:
        return [slots]
    first = slots[0]
    required = _Slot(first.kind, first.words, first.regex, False, first.span, first.alternatives)
    return [(required,) + slots[1:]] + _without_optional_start(slots[1:])


def _first_slots(slots: tuple[_Slot, ...], where: str) -> list[_Slot]:
    """The word slots a match can start with (what the index uses)."""
    if not slots or slots[0].optional or slots[0].kind == _GAP:
        raise ValueError(f"{where}: a pattern must start with a required word slot")
    first = slots[0]
    if first.kind == _GROUP:
        return [slot for alternative in first.alternatives for slot in _first_slots(alternative, where)]
    return [first]


@dataclass(frozen=True, slots=True)
class _Pattern:
    rule: Rule
    source: str
    slots: tuple[_Slot, ...]
    # One word set per required literal slot: a text without a word from each cannot match.
    required: tuple[frozenset[str], ...]
    # The same sets as bits of RuleSet._set_bits (set by RuleSet; not part of equality).
    need: int = field(default=0, compare=False)


def _required_words(slots: tuple[_Slot, ...]) -> tuple[frozenset[str], ...]:
    required = []
    for slot in slots:
        if slot.optional:
            continue
        if slot.kind == _LITERAL:
            required.append(slot.words)
        elif slot.kind == _GROUP and all(
            alt and alt[0].kind == _LITERAL and not alt[0].optional for alt in slot.alternatives
        ):
            required.append(frozenset().union(*(alt[0].words for alt in slot.alternatives)))
    # Rarest-looking (smallest) sets first: most texts fail on them.
    return tuple(sorted(required, key=len))


class RuleSet:
    """Compiled rules with a first-slot index; `find` returns the non-negated hits."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.rules = tuple(rules)
        self._by_word: dict[str, list[_Pattern]] = {}
        self._by_affix: list[tuple[_Slot, _Pattern]] = []
        self._by_number: list[_Pattern] = []
        self._cache: dict[str, tuple[_Pattern, ...]] = {}
        # Viability (see `_viable`) as bitsets: one bit per distinct required word set, and per
        # word the bits of the sets holding it. A text's vocabulary then meets a set iff one of
        # its words carries the set's bit, so each pattern is tested with one AND per text
        # instead of one `isdisjoint` per required set.
        self._set_bits: dict[frozenset[str], int] = {}
        self._word_bits: dict[str, int] = {}
        for rule in self.rules:
            for source in rule.patterns:
                for slots in _without_optional_start(_compile_slots(source)):
                    required = _required_words(slots)
                    self._index(_Pattern(rule, source, slots, required, self._bits(required)))

    def _bits(self, required: tuple[frozenset[str], ...]) -> int:
        need = 0
        for words in required:
            bit = self._set_bits.get(words)
            if bit is None:
                bit = self._set_bits[words] = 1 << len(self._set_bits)
                for word in words:
                    self._word_bits[word] = self._word_bits.get(word, 0) | bit
            need |= bit
        return need

    def _missing(self, vocabulary: Iterable[str]) -> int:
        """The bits of the required word sets that no word of the vocabulary is in."""
        met = 0
        word_bits = self._word_bits
        for word in vocabulary:
            bits = word_bits.get(word)
            if bits:
                met |= bits
        return ((1 << len(self._set_bits)) - 1) & ~met

    def _index(self, compiled: _Pattern) -> None:
        for first in _first_slots(compiled.slots, f"{compiled.rule.name}: {compiled.source!r}"):
            if first.kind in (_NUMBER, _DAY):
                self._by_number.append(compiled)
            elif first.kind == _AFFIX:
                self._by_affix.append((first, compiled))
            else:
                for word in first.words:
                    self._by_word.setdefault(word, []).append(compiled)

    def _starting_with(self, norm: str) -> tuple[_Pattern, ...]:
        found = self._cache.get(norm)
        if found is None:
            candidates = list(dict.fromkeys(self._by_word.get(norm, ())))
            for slot, pattern in self._by_affix:
                if slot.accepts(norm, False) and pattern not in candidates:
                    candidates.append(pattern)
            found = tuple(candidates)
            if len(self._cache) > 100_000:  # unbounded vocabularies (numbers, names)
                self._cache.clear()
            self._cache[norm] = found
        return found

    def find(self, tokens: Tokens) -> list[Hit]:
        """Every rule match that is not negated, at most one per (rule, start)."""
        hits: list[Hit] = []
        seen: set[tuple[str, int]] = set()
        missing = self._missing(frozenset(tokens.norms))
        # per norm, its candidates that can match somewhere in this text (same order)
        viable: dict[str, tuple[_Pattern, ...]] = {}
        viable_numbers: tuple[_Pattern, ...] | None = None
        cache = self._cache
        breaks = tokens.breaks
        numbers = tokens.numbers
        for start, norm in enumerate(tokens.norms):
            if breaks[start]:
                continue
            candidates = viable.get(norm)
            if candidates is None:
                candidates = cache.get(norm)
                if candidates is None:
                    candidates = self._starting_with(norm)
                if candidates:
                    candidates = _viable(candidates, missing)
                viable[norm] = candidates
            if numbers[start] and self._by_number:
                if viable_numbers is None:
                    viable_numbers = _viable(self._by_number, missing)
                candidates = candidates + viable_numbers
            for pattern in candidates:
                rule = pattern.rule
                key = (rule.name, start)
                if key in seen:
                    continue
                end = _match(pattern.slots, 0, start, tokens)
                if end < 0:
                    continue
                if rule.negatable:
                    if _negated(tokens, start, end, rule):
                        continue
                elif rule.blockers and _blocked(tokens, start, rule):
                    continue
                seen.add(key)
                hits.append(Hit(rule, start, end, tokens.text(start, end), _hedged(tokens, start)))
        return hits


def _viable(patterns: Iterable[_Pattern], missing: int) -> tuple[_Pattern, ...]:
    """The patterns (in order) whose every required word set meets the text's vocabulary:
    none of their `need` bits is among the text's `missing` ones (RuleSet._missing)."""
    return tuple([pattern for pattern in patterns if not pattern.need & missing])


def _match(slots: tuple[_Slot, ...], k: int, i: int, tokens: Tokens) -> int:
    """End index of the shortest match of slots[k:] at token i, or -1.

    Required word slots are checked in a loop; only optional slots, gaps and groups
    branch (recursively), which keeps a failed attempt to a few comparisons.
    """
    norms = tokens.norms
    n = len(norms)
    count = len(slots)
    while k < count:
        slot = slots[k]
        kind = slot.kind
        if kind == _GAP:
            # Where the next slot is a required word, the recursion would fail at once on any
            # other token: test that word here first (most gap positions fail on it).
            words = slots[k + 1].gate if k + 1 < count else None
            j = i
            while True:
                if words is None or (j < n and norms[j] in words):
                    end = _match(slots, k + 1, j, tokens)
                    if end >= 0:
                        return end
                if j - i >= slot.span or j >= n or tokens.breaks[j]:
                    return -1
                j += 1
        if kind == _GROUP:
            rest = slots[k + 1:]
            for alternative in slot.alternatives:
                words = alternative[0].gate  # the same early test as for gaps
                if words is not None and not (i < n and norms[i] in words):
                    continue
                end = _match(alternative + rest, 0, i, tokens)
                if end >= 0:
                    return end
            if not slot.optional:
                return -1
            k += 1
            continue
        hit = i < n and (
            norms[i] in slot.words if kind == _LITERAL else slot.accepts(norms[i], tokens.numbers[i])
        )
        if not slot.optional:
            if not hit:
                return -1
            k += 1
            i += 1
            continue
        if hit:
            end = _match(slots, k + 1, i + 1, tokens)
            if end >= 0:
                return end
        k += 1
    return i


def is_negation(tokens: Tokens, i: int) -> bool:
    """Whether token i negates what follows it, in the text's own language."""
    norm = tokens.norms[i]
    if norm not in NEGATIONS:
        return False
    if norm == "ni" and tokens.doc.lang_ not in _NI_LANGUAGES:
        return False
    if norm == "no" and tokens.doc.lang_ == "pt":
        return False  # Portuguese "no" is "in the" ("pagamos no dia 10"); its negation is "não"
    if norm == "non" and tokens.doc.lang_ != "it":
        return False  # French "le montant non contesté sera réglé lundi": "non" qualifies a word
    if norm == "no" and i + 1 < len(tokens.norms):
        following = tokens.norms[i + 1]
        # "invoice no. 123", "No: 4411" are numbers, not negations.
        if following in {".", ":", "#"} or tokens.numbers[i + 1]:
            return False
    return True


def _is_blocker(tokens: Tokens, i: int, rule: Rule) -> bool:
    """Whether one of the rule's blockers ends at token i (a word, or two or three in a row)."""
    norms = tokens.norms
    if norms[i] in rule.blockers:
        return True
    if not rule.phrase_blockers:
        return False
    return ((i >= 1 and f"{norms[i - 1]} {norms[i]}" in rule.blockers)
            or (i >= 2 and f"{norms[i - 2]} {norms[i - 1]} {norms[i]}" in rule.blockers))


def _blocked(tokens: Tokens, start: int, rule: Rule) -> bool:
    """A blocker in the clause just before a match (for rules that carry their own negation)."""
    i = start - 1
    while i >= 0 and start - i <= NEGATION_WINDOW:
        if tokens.norms[i] in CLAUSE_BREAKS or tokens.breaks[i]:
            return False
        if _is_blocker(tokens, i, rule):
            return True
        i -= 1
    return False


def _negated(tokens: Tokens, start: int, end: int, rule: Rule) -> bool:
    if any(is_negation(tokens, i) or _is_blocker(tokens, i, rule) for i in range(start, end)):
        return True
    i = start - 1
    while i >= 0 and start - i <= NEGATION_WINDOW:
        if tokens.norms[i] in CLAUSE_BREAKS or tokens.breaks[i]:
            break
        if is_negation(tokens, i) or _is_blocker(tokens, i, rule):
            return True
        i -= 1
    n = len(tokens.norms)
    i = end
    while i < n and i - end < DENIAL_WINDOW:
        if tokens.breaks[i]:
            break
        if tokens.norms[i] in DENIALS:
            return True
        i += 1
    i = end
    while i < n and i - end < NEGATION_WINDOW:
        if tokens.breaks[i] or tokens.norms[i] in CLAUSE_BREAKS:
            break
        if tokens.norms[i] in POST_NEGATIONS:
            return True
        i += 1
    return False


# "One of our customers went into administration", "rumours that we are in liquidation".
_HEDGES = re.compile(
    r"^(?:customer|client|supplier|vendor|rumou?r|fournisseur|clientele|rumeur|kunde|kunden|lieferant|geruch"
    r"|cliente|proveedor|rumor|their$|leurs?$|deren$|dessen$|abnehmer|debitor|deudor"
    r"|competitor|concurrent|konkurrent|wettbewerber|competidor|subcontractor|sous-traitant|subunternehmer"
    r"|subcontratista)"
)
HEDGE_WINDOW = 14


def _hedged(tokens: Tokens, start: int) -> bool:
    i = start - 1
    while i >= 0 and start - i <= HEDGE_WINDOW:
        if tokens.breaks[i]:
            return False
        if _HEDGES.match(tokens.norms[i]):
            return True
        i -= 1
    return False


# Weights: the confidence one match gives on its own. classify's docstring explains the scheme.
STRONG = 0.93  # an explicit, unambiguous phrase ("joint administrators", "Zahlungsavis")
CLEAR = 0.82  # explicit but with a rarer other reading ("liquidation", "we paid this")
MEDIUM = 0.68  # a usual cue that needs context ("please send", "our lawyer will contact you")
WEAK = 0.52  # suggestive only ("VAT", "in administration" without a company)
HINT = 0.38  # below the presence threshold alone; counts when it adds to another cue


def rule(
    name: str, weight: float, *patterns: str, negatable: bool = True, blockers: Iterable[str] = ()
) -> Rule:
    """A rule named "label.language.family"; the label is the name's first part."""
    return Rule(name, name.split(".", 1)[0], weight, patterns, negatable, frozenset(blockers))


def with_blockers(rules: Iterable[Rule], names: Iterable[str], blockers: Iterable[str]) -> tuple[Rule, ...]:
    """The rules, those named in `names` with more blockers (a later family's near misses for an
    earlier rule, kept next to the family that found them)."""
    wanted, extra = frozenset(names), frozenset(blockers)
    return tuple(replace(r, blockers=r.blockers | extra) if r.name in wanted else r for r in rules)
