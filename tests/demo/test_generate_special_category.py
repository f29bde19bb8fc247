"""Special-category data in the demo is consented, encrypted, and groups into cells of five."""

from collections import Counter

from nabij.community import crypto
from nabij.community.choices import SensitiveKind
from nabij.community.models import Consent, SensitiveAttribute
from nabij.demo.vocabulary import ORIGINS


def test_every_value_rests_on_an_active_consent_of_that_person(demo):
    attributes = SensitiveAttribute.objects.select_related("consent")
    assert attributes.exists()
    for attribute in attributes:
        assert attribute.consent.withdrawn_at is None
        assert attribute.consent.member_id == attribute.member_id
        assert attribute.consent.purpose == attribute.kind


def test_no_plaintext_in_the_ciphertext_column(demo):
    countries = [origin.country for origin in ORIGINS]
    for ciphertext in SensitiveAttribute.objects.values_list("ciphertext", flat=True):
        value = crypto.decrypt(ciphertext)
        assert value not in ciphertext
        assert not any(country in ciphertext for country in countries)


def test_origins_come_from_a_small_vocabulary_with_cells_of_five(demo):
    origins = Counter(
        crypto.decrypt(c)
        for c in SensitiveAttribute.objects.filter(kind=SensitiveKind.ORIGIN).values_list(
            "ciphertext", flat=True
        )
    )
    assert set(origins) <= {origin.country for origin in ORIGINS}
    assert max(origins.values()) >= 5


def test_nothing_is_stored_under_a_withdrawn_consent(demo):
    for consent in Consent.objects.exclude(withdrawn_at=None):
        assert not SensitiveAttribute.objects.filter(consent=consent).exists()
