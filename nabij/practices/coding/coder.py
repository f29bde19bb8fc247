"""The coder: lexicon scores refined by a learned model. (Contract; the engine fills it.)"""

from collections.abc import Sequence

from nabij.practices.coding.labels import Coding, Example


class Coder:
    """Codes passages of one language. `examples` are reviewed passages (corrections
    included); they teach the model, so similar passages are coded like them next time."""

    def __init__(self, language: str = "nl", examples: Sequence[Example] = ()) -> None:
        self.language = language
        self.examples = tuple(examples)

    @property
    def version(self) -> str:
        """A short name for what coded a passage (stored beside the code)."""
        return "lexicon"

    def code(self, texts: Sequence[str]) -> list[Coding]:
        empty = {"source": {}, "tension_field": {}}
        return [Coding(source=None, tension_field=None, scores=empty) for _ in texts]
