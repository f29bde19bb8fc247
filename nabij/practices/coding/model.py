"""The learned layer: a linear classifier per dimension over words, word pairs, pieces of
long words, and the lexicon's scores; and a memory of the passages reviewers coded.

Features. A passage is its word stems, pairs of neighbouring stems ("gelijke kansen"),
and the four- and five-letter pieces of long words, so that a compound never seen whole
("buurtontmoetingsruimte") still shares pieces with known ones. They are counted over
the examples' vocabulary, weighted by TF-IDF, and the lexicon's raw scores are added as
ten more columns: the model learns how far to trust each label's cues.

Classes. Each dimension has the labels plus "none", so a passage about nothing in the
framework can be told apart rather than forced into a label.

Reviewers. Their examples weigh more than built-in ones, and they are remembered: a
passage that closely resembles one a reviewer coded takes the reviewer's codes. A model
is trained once per language and set of examples and then kept."""

import hashlib
import math
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from threading import Lock

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfTransformer
from sklearn.linear_model import LogisticRegression

from nabij.practices.coding.labels import SOURCES, TENSION_FIELDS, Example
from nabij.practices.coding.lexicon_scores import LABELS, lexicon_for, lexicon_hits
from nabij.practices.coding.text import Word, fold, normalise_space, words
from nabij.practices.coding.training import builtin_examples

NONE = "none"
DIMENSIONS: dict[str, tuple[str, ...]] = {"source": SOURCES, "tension_field": TENSION_FIELDS}
LONG_WORD = 8  # letters; shorter words are rarely compounds
REVIEWED_WEIGHT = 5.0  # a reviewer's example counts as five built-in ones
LEXICON_COLUMN_WEIGHT = 0.5  # scale of the lexicon columns beside unit-length TF-IDF rows
C = 3.0  # inverse regularisation of the classifiers
# A passage at least this similar (cosine of TF-IDF rows) to one a reviewer coded takes
# the reviewer's codes: rewordings of the same point land above it, other passages on
# the same theme well below.
NEIGHBOUR_SIMILARITY = 0.5
_CACHE_SIZE = 8

_word_features_memo: dict[str, tuple[str, ...]] = {}


def _word_features(word: Word) -> tuple[str, ...]:
    """A word's stem, and the four- and five-letter pieces of a long word."""
    found = _word_features_memo.get(word.folded)
    if found is None:
        found = (word.stem,)
        if len(word.folded) >= LONG_WORD:
            marked = f"<{word.folded}>"
            found += tuple(
                "#" + marked[start : start + size]
                for size in (4, 5)
                for start in range(len(marked) - size + 1)
            )
        if len(_word_features_memo) > 200_000:
            _word_features_memo.clear()
        _word_features_memo[word.folded] = found
    return found


def passage_features(passage: Sequence[Word]) -> list[str]:
    """The features of one passage's words (see the module's docstring)."""
    features: list[str] = []
    previous = None
    for word in passage:
        features.extend(_word_features(word))
        if previous is not None:
            features.append(f"{previous} {word.stem}")
        previous = word.stem
    return features


def lexicon_columns(raw: np.ndarray) -> np.ndarray:
    """The lexicon's raw scores (passages x LABELS) as model columns."""
    return LEXICON_COLUMN_WEIGHT * np.log1p(raw)


@dataclass(frozen=True)
class Analysed:
    """A batch of passages as both layers see them."""

    words: list[list[Word]]
    raw: np.ndarray  # passages x LABELS: the lexicon's raw scores
    triggers: list[dict[str, list[str]]]
    features: list[list[str]]


def analyse(texts: Sequence[str], language: str) -> Analysed:
    lexicon = lexicon_for(language)
    passages = [words(text, language) for text in texts]
    raw = np.zeros((len(texts), len(LABELS)))
    triggers = []
    for row, passage in enumerate(passages):
        hits = lexicon_hits(lexicon, passage)
        raw[row] = [hits.scores[label] for label in LABELS]
        triggers.append(hits.triggers)
    return Analysed(passages, raw, triggers, [passage_features(p) for p in passages])


def feature_counts(
    features: Sequence[Sequence[str]], vocabulary: dict[str, int]
) -> sparse.csr_matrix:
    """Counts of the known features per passage (passages x vocabulary)."""
    get = vocabulary.get
    columns = np.fromiter(
        (column for passage in features for column in map(get, passage, repeat(-1, len(passage)))),
        dtype=np.int64,
    )
    rows = np.repeat(np.arange(len(features)), [len(passage) for passage in features])
    known = columns >= 0
    counts = sparse.csr_matrix(
        (np.ones(int(known.sum())), (rows[known], columns[known])),
        shape=(len(features), len(vocabulary)),
    )
    counts.sum_duplicates()
    return counts


@dataclass(frozen=True)
class Prediction:
    """Per dimension, the probability of each class (labels then "none") per passage; and
    per passage the closest reviewed example, if it is close enough."""

    proba: dict[str, np.ndarray | None]  # dimension -> passages x (labels + none)
    neighbours: list[tuple[Example, float] | None]
    tfidf: sparse.csr_matrix


class LearnedModel:
    def __init__(self, language: str, examples: Sequence[Example]) -> None:
        self.language = language
        reviewed = [example for example in examples if example.language == language]
        texts_reviewed = {_key(example.text) for example in reviewed}
        # A reviewer's code of a built-in passage replaces the built-in one.
        every_builtin = builtin_examples(language)
        keep = [i for i, e in enumerate(every_builtin) if _key(e.text) not in texts_reviewed]
        builtin = [every_builtin[i] for i in keep]
        self.reviewed_count = len(reviewed)
        self.trained_on = len(builtin) + len(reviewed)
        built = _builtin_analysed(language)
        features = [built.features[index] for index in keep]
        raw_parts = [built.raw[keep]]
        if reviewed:
            reviewed_analysed = analyse([e.text for e in reviewed], language)
            features += reviewed_analysed.features
            raw_parts.append(reviewed_analysed.raw)
        everything = builtin + reviewed
        self.tfidf = TfidfTransformer(sublinear_tf=True)
        self.classifiers: dict[str, LogisticRegression | None] = dict.fromkeys(DIMENSIONS)
        self.memory: sparse.csr_matrix | None = None
        self.memory_examples = reviewed
        # The features the examples use: an unseen one would weigh nothing anyway.
        self.vocabulary: dict[str, int] = {}
        for passage in features:
            for feature in passage:
                self.vocabulary.setdefault(feature, len(self.vocabulary))
        if not everything:
            return
        counts = feature_counts(features, self.vocabulary)
        tfidf = self.tfidf.fit_transform(counts)
        matrix = sparse.hstack([tfidf, lexicon_columns(np.vstack(raw_parts))]).tocsr()
        weights = np.array([1.0] * len(builtin) + [REVIEWED_WEIGHT] * len(reviewed))
        for dimension in DIMENSIONS:
            target = np.array([getattr(e, dimension) or NONE for e in everything])
            if len(set(target)) < 2:
                continue  # nothing to tell apart yet: the lexicon decides
            classifier = LogisticRegression(C=C, solver="newton-cg", max_iter=200)
            classifier.fit(matrix, target, sample_weight=weights)
            self.classifiers[dimension] = classifier
        if reviewed:
            self.memory = tfidf[len(builtin) :]

    def predict(self, analysed: Analysed) -> Prediction:
        tfidf = None
        if self.trained_on:
            tfidf = self.tfidf.transform(feature_counts(analysed.features, self.vocabulary))
        proba: dict[str, np.ndarray | None] = {}
        matrix = None
        if tfidf is not None:
            matrix = sparse.hstack([tfidf, lexicon_columns(analysed.raw)]).tocsr()
        for dimension, labels in DIMENSIONS.items():
            classifier = self.classifiers[dimension]
            if classifier is None or matrix is None:
                proba[dimension] = None
                continue
            found = classifier.predict_proba(matrix)
            ordered = np.zeros((found.shape[0], len(labels) + 1))
            order = {label: index for index, label in enumerate((*labels, NONE))}
            for column, label in enumerate(classifier.classes_):
                ordered[:, order[label]] = found[:, column]
            proba[dimension] = ordered
        neighbours: list[tuple[Example, float] | None] = [None] * len(analysed.words)
        if self.memory is not None and tfidf is not None and self.memory.shape[0]:
            similarity = (tfidf @ self.memory.T).toarray()
            best = similarity.argmax(axis=1)
            for row, column in enumerate(best):
                value = float(similarity[row, column])
                if value >= NEIGHBOUR_SIMILARITY:
                    neighbours[row] = (self.memory_examples[column], value)
        return Prediction(proba, neighbours, tfidf)

    def supporting_words(
        self, prediction: Prediction, row: int, passage: Sequence[Word], label: str
    ) -> list[str]:
        """The passage's words that weigh most for `label` in the model (up to three)."""
        dimension = "source" if label in SOURCES else "tension_field"
        classifier = self.classifiers[dimension]
        if classifier is None or prediction.tfidf is None:
            return []
        classes = list(classifier.classes_)
        if label not in classes:
            return []
        coefficients = classifier.coef_[classes.index(label)]
        values = prediction.tfidf[row]
        weight = dict(zip(values.indices, values.data * coefficients[values.indices], strict=True))
        best: dict[str, tuple[float, str]] = {}
        for word in passage:
            contribution = weight.get(self.vocabulary.get(word.stem, -1), 0.0)
            if contribution > 0.05 and (word.stem not in best or contribution > best[word.stem][0]):
                best[word.stem] = (contribution, word.text)
        ranked = sorted(best.values(), reverse=True)[:3]
        return [text for _contribution, text in ranked]


def _key(text: str) -> str:
    return fold(normalise_space(text))


@lru_cache(maxsize=4)
def _builtin_analysed(language: str) -> Analysed:
    return analyse([e.text for e in builtin_examples(language)], language)


def fingerprint(language: str, examples: Sequence[Example]) -> str:
    digest = hashlib.sha256(language.encode())
    for example in sorted(
        (e for e in examples if e.language == language),
        key=lambda e: (e.text, e.source or "", e.tension_field or ""),
    ):
        for value in (example.text, example.source or "", example.tension_field or ""):
            digest.update(value.encode())
            digest.update(b"\0")
    return digest.hexdigest()


_models: OrderedDict[str, LearnedModel] = OrderedDict()
_models_lock = Lock()


def model_for(language: str, examples: Sequence[Example]) -> LearnedModel:
    """The model of a language and a set of reviewed examples, trained once and kept."""
    key = fingerprint(language, examples)
    with _models_lock:
        if key in _models:
            _models.move_to_end(key)
            return _models[key]
    model = LearnedModel(language, examples)
    with _models_lock:
        _models[key] = model
        while len(_models) > _CACHE_SIZE:
            _models.popitem(last=False)
    return model


def squash(raw: float, scale: float) -> float:
    """A raw lexicon score as a score in [0, 1): 0 for nothing, about 0.63 at `scale`."""
    return 1.0 - math.exp(-raw / scale)
