"""The labels the coder gives, and what it gives back for one passage."""

from dataclasses import dataclass, field

SOURCES: tuple[str, ...] = ("interdependence", "norms_values", "struggle", "encounter")
TENSION_FIELDS: tuple[str, ...] = (
    "universal_particular",
    "consensus_conflict",
    "economic_cultural",
    "integration_transformation",
    "distance_proximity",
    "negotiable",
)
LANGUAGES: tuple[str, ...] = ("nl", "fr", "en")


@dataclass(frozen=True)
class Example:
    """A passage with the labels a person gave it (None: no source / no tension field)."""

    text: str
    source: str | None
    tension_field: str | None
    language: str = "nl"


@dataclass(frozen=True)
class Coding:
    """What the coder says of one passage.

    `scores` holds a score in [0, 1] for every label: {"source": {...}, "tension_field": {...}}.
    `triggers` names, per label, the words of the passage that pointed to it."""

    source: str | None
    tension_field: str | None
    scores: dict[str, dict[str, float]]
    triggers: dict[str, list[str]] = field(default_factory=dict)

    def as_json(self) -> dict:
        return {
            "source": self.source,
            "tension_field": self.tension_field,
            "scores": self.scores,
            "triggers": self.triggers,
        }
