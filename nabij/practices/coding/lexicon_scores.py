"""The lexicon layer: which cue words of a language's lexicon a passage contains.

A lexicon (coding/lexicon/<language>.py) is compiled once per language. A passage gets,
per label, a raw score (the weights of the cues found) and the words that triggered it,
as they stand in the passage, so a reviewer can see why a label was proposed.

Each word of the passage counts once per label, with its strongest cue: "ontmoeting"
matched by both `ontmoeting` and `ontmoet*` is one cue, not two. A cue found again adds
less than the first time (square root of the count): a text that says "solidariteit"
five times is not five times as much about it."""

import importlib
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from nabij.practices.coding.labels import SOURCES, TENSION_FIELDS
from nabij.practices.coding.text import Word, fold, stemmer

LABELS: tuple[str, ...] = SOURCES + TENSION_FIELDS


@dataclass(frozen=True)
class Part:
    """One word of a cue: a stem to equal, or a folded prefix or suffix to find."""

    kind: str  # "stem", "prefix" or "suffix"
    value: str


_UNSEEN = object()


@dataclass(frozen=True)
class WordMatch:
    parts: frozenset[int]  # the cue parts the word matches
    singles: tuple[int, ...]  # its strongest one-word cue per label
    starts: tuple[int, ...]  # phrase cues whose first word it matches


@dataclass
class Cue:
    label: str
    weight: float
    parts: tuple[int, ...]  # indexes into Lexicon.parts


@dataclass
class Lexicon:
    language: str
    parts: list[Part] = field(default_factory=list)
    singles: dict[int, list[int]] = field(default_factory=dict)  # part -> one-word cues
    phrases: dict[int, list[int]] = field(default_factory=dict)  # first part -> phrase cues
    cues: list[Cue] = field(default_factory=list)
    _stems: dict[str, list[int]] = field(default_factory=dict)
    _prefixes: dict[int, dict[str, list[int]]] = field(default_factory=dict)  # length ->
    _suffixes: dict[int, dict[str, list[int]]] = field(default_factory=dict)
    _memo: dict[str, "WordMatch | None"] = field(default_factory=dict)

    def word_match(self, word: Word) -> "WordMatch | None":
        """What a word matches, None for nothing (memoised: a document repeats its words)."""
        found = self._memo.get(word.folded, _UNSEEN)
        if found is not _UNSEEN:
            return found
        parts = list(self._stems.get(word.stem, ()))
        folded = word.folded
        for length, table in self._prefixes.items():
            if len(folded) >= length:
                parts.extend(table.get(folded[:length], ()))
        for length, table in self._suffixes.items():
            if len(folded) >= length:
                parts.extend(table.get(folded[-length:], ()))
        found = None
        if parts:
            # The strongest one-word cue per label; phrases that may start here.
            best: dict[str, int] = {}
            starts: list[int] = []
            for part in parts:
                for index in self.singles.get(part, ()):
                    label = self.cues[index].label
                    if label not in best or self.cues[index].weight > self.cues[best[label]].weight:
                        best[label] = index
                starts.extend(self.phrases.get(part, ()))
            found = WordMatch(frozenset(parts), tuple(best.values()), tuple(starts))
        if len(self._memo) > 200_000:
            self._memo.clear()
        self._memo[word.folded] = found
        return found

    def _add_part(self, part: Part) -> int:
        index = len(self.parts)
        self.parts.append(part)
        if part.kind == "stem":
            self._stems.setdefault(part.value, []).append(index)
        else:
            tables = self._prefixes if part.kind == "prefix" else self._suffixes
            tables.setdefault(len(part.value), {}).setdefault(part.value, []).append(index)
        return index


def _part(cue_word: str, language: str) -> Part | None:
    folded = fold(cue_word.strip())
    core = folded.strip("*")
    if not core:
        return None
    if folded.endswith("*") and not folded.startswith("*"):
        return Part("prefix", core)
    if folded.startswith("*") and not folded.endswith("*"):
        return Part("suffix", core)
    return Part("stem", stemmer(language).stem(core))


def compile_lexicon(language: str, cues_by_label: dict[str, dict[str, float]]) -> Lexicon:
    """Compile {label: {cue: weight}} for one language."""
    lexicon = Lexicon(language)
    for label, cues in cues_by_label.items():
        if label not in LABELS:
            raise ValueError(f"lexicon {language}: unknown label {label!r}")
        for text, weight in cues.items():
            parts = [_part(piece, language) for piece in text.split()]
            if not parts or any(part is None for part in parts):
                raise ValueError(f"lexicon {language}: empty cue in {label!r}: {text!r}")
            indexes = tuple(lexicon._add_part(part) for part in parts)
            cue_index = len(lexicon.cues)
            lexicon.cues.append(Cue(label, float(weight), indexes))
            target = lexicon.singles if len(indexes) == 1 else lexicon.phrases
            target.setdefault(indexes[0], []).append(cue_index)
    return lexicon


@cache
def lexicon_for(language: str) -> Lexicon:
    """The compiled lexicon of a language (empty when it has none)."""
    try:
        module = importlib.import_module(f"nabij.practices.coding.lexicon.{language}")
    except ModuleNotFoundError:
        return Lexicon(language)
    cues: dict[str, dict[str, float]] = {}
    for table in (getattr(module, "SOURCE_CUES", {}), getattr(module, "FIELD_CUES", {})):
        for label, label_cues in table.items():
            cues.setdefault(label, {}).update(label_cues)
    return compile_lexicon(language, cues)


@dataclass(frozen=True)
class LexiconHits:
    scores: dict[str, float]  # label -> raw score (0 when nothing matched)
    triggers: dict[str, list[str]]  # label -> words as they stand in the passage


def lexicon_hits(lexicon: Lexicon, words: Sequence[Word]) -> LexiconHits:
    """Raw scores and triggering words per label for one passage's words."""
    memo = lexicon._memo
    matched = [memo.get(word.folded, _UNSEEN) for word in words]
    counts: dict[int, int] = {}  # cue -> how often
    found: dict[int, list[tuple[int, str]]] = {}  # cue -> (position, words) that matched it
    cues = lexicon.cues
    for position, match in enumerate(matched):
        if match is None:
            continue
        if match is _UNSEEN:
            match = matched[position] = lexicon.word_match(words[position])
            if match is None:
                continue
        for cue_index in match.starts:
            cue_parts = cues[cue_index].parts
            end = position + len(cue_parts)
            if end <= len(matched) and all(
                cue_parts[offset] in _parts(lexicon, matched, words, position + offset)
                for offset in range(1, len(cue_parts))
            ):
                counts[cue_index] = counts.get(cue_index, 0) + 1
                phrase = " ".join(word.text for word in words[position:end])
                found.setdefault(cue_index, []).append((position, phrase))
        for cue_index in match.singles:
            counts[cue_index] = counts.get(cue_index, 0) + 1
            found.setdefault(cue_index, []).append((position, words[position].text))
    scores = dict.fromkeys(LABELS, 0.0)
    located: dict[str, list[tuple[int, str]]] = {}
    for cue_index, count in counts.items():
        cue = cues[cue_index]
        scores[cue.label] += cue.weight * math.sqrt(count)
        located.setdefault(cue.label, []).extend(found[cue_index])
    return LexiconHits(scores, {label: _in_order(hits) for label, hits in located.items()})


def _parts(lexicon: Lexicon, matched: list, words: Sequence[Word], position: int) -> frozenset:
    match = matched[position]
    if match is _UNSEEN:
        match = matched[position] = lexicon.word_match(words[position])
    return match.parts if match is not None else frozenset()


def _in_order(hits: list[tuple[int, str]]) -> list[str]:
    """Words in the order of the passage, each once (whatever its case)."""
    seen: set[str] = set()
    ordered = []
    for _position, text in sorted(hits):
        if text.casefold() not in seen:
            seen.add(text.casefold())
            ordered.append(text)
    return ordered
