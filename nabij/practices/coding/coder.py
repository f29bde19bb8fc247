"""The coder: lexicon scores refined by a learned model, and reviewers' codes remembered.

For each dimension (source, tension field) a label's score blends the model's
probability with the lexicon's squashed score, and "none" competes with the labels: its
score is the model's probability of none blended with how little the lexicon found. The
highest wins. Where no model can be trained (a language without labelled passages), the
lexicon decides alone and a label needs a strong cue, or an ordinary one and more.

A passage very like one a reviewer coded takes the reviewer's codes (see model.py)."""

from collections.abc import Sequence

import numpy as np

from nabij.practices.coding.labels import Coding, Example
from nabij.practices.coding.lexicon_scores import LABELS
from nabij.practices.coding.model import (
    DIMENSIONS,
    LearnedModel,
    analyse,
    model_for,
)

MODEL_SHARE = 0.75  # the model's share in a label's score; the lexicon has the rest
LEXICON_SCALE = 1.5  # a raw lexicon score of 1.5 squashes to 0.63
LEXICON_MINIMUM = 1.5  # lexicon alone: the raw score a label needs (a strong cue, or more)
BATCH = 256  # passages vectorised at once


class Coder:
    """Codes passages of one language. `examples` are reviewed passages (corrections
    included); they teach the model, so similar passages are coded like them next time."""

    def __init__(self, language: str = "nl", examples: Sequence[Example] = ()) -> None:
        self.language = language
        self.examples = tuple(examples)
        self._model: LearnedModel | None = None

    @property
    def model(self) -> LearnedModel:
        if self._model is None:
            self._model = model_for(self.language, self.examples)
        return self._model

    @property
    def version(self) -> str:
        """A short name for what coded a passage (stored beside the code)."""
        if not self.model.trained_on:
            return "lexicon"
        return f"lexicon+model:{self.model.reviewed_count}"

    def code(self, texts: Sequence[str]) -> list[Coding]:
        codings: list[Coding] = []
        for start in range(0, len(texts), BATCH):
            codings.extend(self._code_batch(texts[start : start + BATCH]))
        return codings

    def _code_batch(self, texts: Sequence[str]) -> list[Coding]:
        analysed = analyse(texts, self.language)
        prediction = self.model.predict(analysed)
        lexicon = 1.0 - np.exp(-analysed.raw / LEXICON_SCALE)
        columns = {label: index for index, label in enumerate(LABELS)}
        codings = []
        for row in range(len(texts)):
            chosen: dict[str, str | None] = {}
            scores: dict[str, dict[str, float]] = {}
            for dimension, labels in DIMENSIONS.items():
                lexical = np.array([lexicon[row, columns[label]] for label in labels])
                proba = prediction.proba[dimension]
                if proba is None:
                    combined = lexical
                    raw = analysed.raw[row, [columns[label] for label in labels]]
                    best = int(raw.argmax())
                    label = labels[best] if raw[best] >= LEXICON_MINIMUM else None
                else:
                    combined = MODEL_SHARE * proba[row, :-1] + (1 - MODEL_SHARE) * lexical
                    none = MODEL_SHARE * proba[row, -1] + (1 - MODEL_SHARE) * (1.0 - lexical.max())
                    best = int(combined.argmax())
                    label = labels[best] if combined[best] > none else None
                scores[dimension] = {
                    name: round(float(value), 4)
                    for name, value in zip(labels, combined, strict=True)
                }
                chosen[dimension] = label
            neighbour = prediction.neighbours[row]
            if neighbour is not None:
                # The reviewer's codes win, and the scores lean towards them by as much as
                # the passages are alike, so the chosen label keeps the highest score.
                example, similarity = neighbour
                for dimension in DIMENSIONS:
                    label = getattr(example, dimension)
                    chosen[dimension] = label
                    scores[dimension] = {
                        name: round((1 - similarity) * value + similarity * (name == label), 4)
                        for name, value in scores[dimension].items()
                    }
            triggers = dict(analysed.triggers[row])
            for label in chosen.values():
                if label is not None and not triggers.get(label):
                    supporting = self.model.supporting_words(
                        prediction, row, analysed.words[row], label
                    )
                    if supporting:
                        triggers[label] = supporting
            codings.append(
                Coding(
                    source=chosen["source"],
                    tension_field=chosen["tension_field"],
                    scores=scores,
                    triggers=triggers,
                )
            )
        return codings
