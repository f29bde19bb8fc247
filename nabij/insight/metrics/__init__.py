"""The pure metric core: numpy arrays and igraph graphs in, dataclasses out.

Nothing here touches the database. Members are their ids (int64); a tie is an
undirected pair of ids (lower first) with a mask of the kinds that tied them
(nabij.insight.choices.KIND_BITS) and how many exchanges did.
"""
