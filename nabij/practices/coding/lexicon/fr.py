SOURCE_CUES: dict[str, dict[str, float]] = {}
FIELD_CUES: dict[str, dict[str, float]] = {}
