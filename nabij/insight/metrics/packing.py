"""Ties and id sets as bytes, for MetricMonth's binary columns (little-endian, fixed)."""

import numpy as np

from nabij.insight.metrics.ties import Ties

_TIE = np.dtype([("a", "<i8"), ("b", "<i8"), ("kinds", "u1"), ("count", "<i4")])


def pack_ties(ties: Ties) -> bytes:
    rows = np.empty(len(ties), dtype=_TIE)
    rows["a"], rows["b"], rows["kinds"], rows["count"] = ties.a, ties.b, ties.kinds, ties.count
    return rows.tobytes()


def unpack_ties(data: bytes) -> Ties:
    if not data:
        return Ties.empty()
    rows = np.frombuffer(bytes(data), dtype=_TIE)
    return Ties(
        a=rows["a"].astype(np.int64),
        b=rows["b"].astype(np.int64),
        kinds=rows["kinds"].astype(np.uint8),
        count=rows["count"].astype(np.int64),
    )


def pack_ids(ids: np.ndarray) -> bytes:
    return np.asarray(ids, dtype="<i8").tobytes()


def unpack_ids(data: bytes) -> np.ndarray:
    if not data:
        return np.zeros(0, dtype=np.int64)
    return np.frombuffer(bytes(data), dtype="<i8").astype(np.int64)
