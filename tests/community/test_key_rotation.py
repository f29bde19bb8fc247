"""Rotating the encryption key: old values still read, and re-encryption retires the old key."""

import pytest
from cryptography.fernet import Fernet, InvalidToken
from django.core.management import call_command

from nabij.community import crypto
from nabij.community.models import SensitiveAttribute
from nabij.community.services import PrivacyChoice, member_privacy_update


def test_rotate_keys_re_encrypts_with_the_newest_key(cast, settings):
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    settings.ENCRYPTION_KEYS = [old]
    member_privacy_update(
        actor=cast.worker,
        place=cast.rabot,
        member=cast.resident,
        choices={"origin": PrivacyChoice(consent=True, value="Marokko")},
    )

    settings.ENCRYPTION_KEYS = [new, old]
    call_command("rotate_keys")

    settings.ENCRYPTION_KEYS = [new]
    stored = SensitiveAttribute.objects.get(member=cast.resident, kind="origin")
    assert crypto.decrypt(stored.ciphertext) == "Marokko"
    settings.ENCRYPTION_KEYS = [old]
    with pytest.raises(InvalidToken):
        crypto.decrypt(stored.ciphertext)
