"""The demo neighbourhood opens with its insight already computed."""

from datetime import UTC, datetime

from nabij.community.models import Place
from nabij.demo.generator import generate
from nabij.insight.models import Exchange
from nabij.insight.selectors import insight_freshness, period_recent, reciprocity_shares

NOW = datetime(2026, 3, 14, 11, 0, tzinfo=UTC)


def test_every_demo_place_has_its_metrics(db):
    result = generate(members=200, seed=7, now=NOW)
    assert result.rows["exchange"] == Exchange.objects.count() > 0
    for place in Place.objects.all():
        fresh = insight_freshness(place=place)
        assert fresh.computed_at == NOW
        assert fresh.months > 0
    rabot = Place.objects.get(slug="rabot")
    shares = reciprocity_shares(place=rabot, period=period_recent(today=NOW.date()))
    assert shares.residents is not None and shares.residents > 0
