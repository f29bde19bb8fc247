"""Generating twice with one seed writes the same neighbourhood; another seed another one."""

from django.db import transaction

from nabij.demo.generator import generate
from tests.demo.conftest import NOW, SIZE


def _generated(seed: int, summarise) -> dict:
    with transaction.atomic():
        generate(members=SIZE, seed=seed, now=NOW)
        summary = summarise()
        transaction.set_rollback(True)  # leave the database empty for the next run
    return summary


def test_the_same_seed_writes_the_same_neighbourhood(db, summarise):
    first = _generated(5, summarise)
    second = _generated(5, summarise)
    assert first == second
    assert len(first["names"]) == SIZE


def test_another_seed_writes_another_neighbourhood(db, summarise):
    assert _generated(5, summarise)["names"] != _generated(6, summarise)["names"]
