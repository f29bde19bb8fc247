"""No published figure, nor any sum or difference of them, is about fewer than five.

Random grants, refusals and donations go through the transparency core, the tables and
the CSV. Two checks:
- every published figure adds up whole groups of at least five: the decisions that every
  published figure either counts together or leaves out together number five or more
  (so anything computed from the figures is about at least five);
- read back from the CSV, the page and the printed report (through pdftotext), every
  grant amount is a sum over five grants or more: each grant's amount is its own power
  of two cents, so a sum names exactly its grants.
"""

import csv
import io
import re
import shutil
import subprocess
from collections import defaultdict
from collections.abc import Hashable, Iterable
from datetime import UTC, date, datetime
from types import SimpleNamespace

import pytest
from django.template.loader import render_to_string
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nabij.community.suppression import MIN_CELL, OTHER
from nabij.fund.transparency import (
    SHOWN,
    Budget,
    Gift,
    Grant,
    Refusal,
    Transparency,
    transparency,
)
from nabij.fund.transparency_present import public_figures
from nabij.insight.export import tables_csv
from nabij.pdf import render_pdf

CATEGORIES = ("food", "energy", "school")
REASONS = ("outside_criteria", "budget_exhausted", "incomplete")
YEAR = 2026
BUDGETS = (
    Budget(1, date(YEAR, 1, 1), date(YEAR, 6, 30), 10**15),
    Budget(2, date(YEAR, 7, 1), date(YEAR, 12, 31), 10**15),
)


@st.composite
def years(draw) -> dict:
    """A year of decisions and gifts; clustered in few cells so that both small and
    large cells occur."""
    cells = st.tuples(st.sampled_from(CATEGORIES), st.sampled_from((1, 2, 3, 7, 8)))
    grant_cells = draw(st.lists(cells, max_size=40))
    paid = draw(st.lists(st.booleans(), min_size=len(grant_cells), max_size=len(grant_cells)))
    grants = [
        Grant(
            key=i + 1,
            category=category,
            month=month,
            amount_cents=2**i,
            paid_cents=2**i if paid[i] else 0,
            budget=1 if month <= 6 else 2,
        )
        for i, (category, month) in enumerate(grant_cells)
    ]
    reasons = draw(st.lists(st.sampled_from(REASONS), max_size=15))
    refusals = [Refusal(1000 + i, r) for i, r in enumerate(reasons)]
    gift_months = draw(st.lists(st.integers(1, 12), max_size=30))
    gifts = [Gift(i + 1, m, 2**i) for i, m in enumerate(gift_months)]
    return {"grants": grants, "refusals": refusals, "gifts": gifts}


def _atoms(members: Iterable[Hashable], published: list[set]) -> dict[tuple, int]:
    """Decisions grouped by which published figures count them."""
    atoms: dict[tuple, int] = defaultdict(int)
    for member in members:
        atoms[tuple(member in figure for figure in published)] += 1
    return atoms


def _published_grant_sets(result: Transparency, grants: list[Grant]) -> list[set]:
    grid = result.grid
    sets: list[set] = []
    for (category, month), cell in grid.cells.items():
        if cell.state == SHOWN:
            sets.append({g.key for g in grants if (g.category, g.month) == (category, month)})
    for category, figure in grid.by_category.items():
        if figure.shown:
            sets.append({g.key for g in grants if g.category == category})
    for month, figure in grid.by_month.items():
        if figure.shown:
            sets.append({g.key for g in grants if g.month == month})
    if grid.pooled.shown:
        sets.append({g.key for g in grants if result.groups[g.key] == OTHER})
    if grid.total.shown:
        sets.append({g.key for g in grants})
    for item in result.budgets:
        if item.granted_cents is not None:
            sets.append({g.key for g in grants if g.budget == item.budget.key})
    return sets


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(years())
def test_every_published_grant_figure_adds_up_groups_of_five_or_more(year):
    grants = year["grants"]
    result = transparency(year=YEAR, budgets=BUDGETS, categories=CATEGORIES, **year)
    published = _published_grant_sets(result, grants)
    for pattern, size in _atoms((g.key for g in grants), published).items():
        if any(pattern):
            assert size >= MIN_CELL, f"{size} grant(s) told apart by {pattern}"


@settings(max_examples=300, deadline=None)
@given(years())
def test_decision_counts_never_tell_a_small_number(year):
    grants, refusals = year["grants"], year["refusals"]
    outcomes = transparency(year=YEAR, categories=CATEGORIES, **year).outcomes
    shown = [n for n in (outcomes.decisions, outcomes.grants, outcomes.refusals) if n is not None]
    shown += [r.count for r in outcomes.reasons if r.count is not None]
    assert all(n == 0 or n >= MIN_CELL for n in shown)
    # Refusals are published by reason and in total; grants in total. What the three
    # totals give away by subtraction must not be small either.
    if outcomes.decisions is not None:
        assert outcomes.grants is not None and outcomes.refusals is not None
    if outcomes.refusals is not None:
        assert outcomes.refusals == len(refusals)
        assert sum(r.count for r in outcomes.reasons if r.count is not None) in (
            0,
            len(refusals),
        )
    if outcomes.grants is not None:
        assert outcomes.grants == len(grants)


@settings(max_examples=300, deadline=None)
@given(years())
def test_every_published_donation_figure_adds_up_groups_of_five_or_more(year):
    gifts = year["gifts"]
    result = transparency(year=YEAR, categories=CATEGORIES, **year).donations
    published = [
        {g.key for g in gifts if g.month == month}
        for month, cell in result.months.items()
        if cell.state == SHOWN
    ]
    if result.pooled.shown and result.pooled.count:
        shown_months = {m for m, c in result.months.items() if c.state == SHOWN}
        published.append({g.key for g in gifts if g.month not in shown_months})
    if result.total.shown:
        published.append({g.key for g in gifts})
    for pattern, size in _atoms((g.key for g in gifts), published).items():
        if any(pattern):
            assert size >= MIN_CELL


def _amounts(value: str) -> list[int]:
    """Euro amounts in a CSV cell ("12.50", or "5 / 12.50" in the grid) as cents."""
    found = []
    for part in value.split("/"):
        part = part.strip()
        if "." in part:
            whole, cents = part.split(".")
            if whole.isdigit() and cents.isdigit():
                found.append(int(whole) * 100 + int(cents))
    return found


GRANT_AMOUNT_TABLES = {
    # caption start: the columns that hold sums of grant amounts
    "Toegekend per soort hulp": (2,),
    "Per maand in": (2,),
    "Toekenningen en bedrag per soort hulp en maand": tuple(range(1, 13)),
}
GIFT_AMOUNT_TABLES = {"Per maand in": (5,)}


def _csv_sums(text: str, columns_by_caption: dict) -> list[int]:
    sums, columns = [], ()
    for row in csv.reader(io.StringIO(text)):
        if len(row) == 1:
            columns = next(
                (c for start, c in columns_by_caption.items() if row[0].startswith(start)), ()
            )
            continue
        for index in columns:
            if index < len(row):
                sums += _amounts(row[index])
    return sums


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(years())
def test_read_back_from_the_csv_no_amount_is_about_fewer_than_five(year):
    result = transparency(year=YEAR, categories=CATEGORIES, **year)
    text = tables_csv(public_figures(result).tables)
    grant_sums = _csv_sums(text, GRANT_AMOUNT_TABLES)
    gift_sums = _csv_sums(text, GIFT_AMOUNT_TABLES)
    # A sum of distinct powers of two names its grants: its bits.
    assert all(s == 0 or bin(s).count("1") >= MIN_CELL for s in grant_sums), grant_sums
    assert all(s == 0 or bin(s).count("1") >= MIN_CELL for s in gift_sums), gift_sums
    # And the figures are there when they may be: the CSV is not empty by accident.
    if result.grid.total.shown:
        assert sum(g.amount_cents for g in year["grants"]) in grant_sums


MONEY = re.compile(r"€\s?(\d[\d.\u00a0\u202f ]*),(\d{2})")


def _money_in(text: str) -> list[int]:
    return [
        int(re.sub(r"\D", "", whole)) * 100 + int(cents) for whole, cents in MONEY.findall(text)
    ]


@st.composite
def grant_years(draw) -> list[Grant]:
    """Grants only, none paid yet: every euro amount on the page is then a sum of grants."""
    cells = st.tuples(st.sampled_from(CATEGORIES), st.sampled_from((1, 2, 3, 7, 8)))
    return [
        Grant(key=i + 1, category=c, month=m, amount_cents=2**i, paid_cents=0)
        for i, (c, m) in enumerate(draw(st.lists(cells, max_size=28)))
    ]


def _report_context(result: Transparency) -> dict:
    return {
        "fund": SimpleNamespace(name="Solidariteitsfonds"),
        "fund_place": SimpleNamespace(name="Rabot"),
        "criteria": SimpleNamespace(current=[], earlier=[]),
        "figures": public_figures(result),
        "year": YEAR,
        "now": datetime(YEAR, 12, 31, 12, 0, tzinfo=UTC),
    }


def _no_small_sums(text: str, grants: list[Grant]) -> None:
    found = _money_in(text)
    assert all(s == 0 or bin(s).count("1") >= MIN_CELL for s in found), found
    if len(grants) >= MIN_CELL:
        # The grand total is always shown once five grants are in.
        assert sum(g.amount_cents for g in grants) in found


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(grant_years())
def test_on_the_page_no_amount_is_about_fewer_than_five(grants):
    result = transparency(year=YEAR, grants=grants, refusals=[], gifts=[], categories=CATEGORIES)
    html = render_to_string("fund/public_figures.html", _report_context(result))
    _no_small_sums(html, grants)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(grant_years())
def test_in_the_printed_report_no_amount_is_about_fewer_than_five(grants):
    result = transparency(year=YEAR, grants=grants, refusals=[], gifts=[], categories=CATEGORIES)
    pdf = render_pdf("fund/report.html", _report_context(result))
    text = subprocess.run(
        ["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()
    _no_small_sums(text, grants)
