"""Every write of mutual aid. Each service validates first and runs in one transaction."""

from .batch import BatchResult, batch_propose
from .matches import (
    match_approve,
    match_close,
    match_note_add,
    match_propose,
    match_respond,
    match_withdraw,
    veto_add,
)
from .offers import offer_save, offer_vet
from .requests import request_close, request_create, requests_flag_unmet

__all__ = [
    "BatchResult",
    "batch_propose",
    "match_approve",
    "match_close",
    "match_note_add",
    "match_propose",
    "match_respond",
    "match_withdraw",
    "offer_save",
    "offer_vet",
    "request_close",
    "request_create",
    "requests_flag_unmet",
    "veto_add",
]
