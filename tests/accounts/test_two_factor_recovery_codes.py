"""Recovery codes are kept only as keyed, salted digests (issue 19, item 3): someone who reads
the database — a backup, SQL in the admin — cannot pass a staff member's second step."""

from importlib import import_module
from io import StringIO

from django.apps import apps
from django.core.management import call_command

import pytest
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken

from accounts import roles, two_factor
from accounts.models import RecoveryCode, RecoveryCodeDevice

from ..factories import UserFactory

hashing = import_module("accounts.migrations.0010_recovery_codes_hashed")


@pytest.fixture
def trainer(db):
    return UserFactory(role=roles.TRAINERS)


def test_no_recovery_code_is_anywhere_in_the_database(trainer):
    codes = two_factor.recovery_codes_renew(trainer)
    everything = StringIO()
    call_command("dumpdata", stdout=everything)
    dump = everything.getvalue()
    assert RecoveryCode.objects.filter(device__user=trainer).count() == 10
    assert not StaticToken.objects.exists()
    for code in codes:
        assert code not in dump
        assert code.upper() not in dump


def test_each_code_is_salted_on_its_own(trainer):
    two_factor.recovery_codes_renew(trainer)
    kept = RecoveryCode.objects.filter(device__user=trainer)
    assert len({code.salt for code in kept}) == 10
    assert all(len(code.digest) == 64 for code in kept)


def test_a_code_works_once_and_the_others_stay(trainer):
    two_factor.authenticator_add(trainer, "00" * 20)
    codes = two_factor.recovery_codes_renew(trainer)
    assert two_factor.recovery_code_use(trainer, codes[3]) is not None
    assert two_factor.recovery_code_use(trainer, codes[3]) is None
    assert two_factor.recovery_codes_left(trainer) == 9
    assert two_factor.recovery_code_use(trainer, "not-a-code") is None
    assert two_factor.recovery_codes_left(trainer) == 9


def test_codes_still_work_after_the_secret_key_is_rotated(trainer, settings):
    """A new SECRET_KEY with the old one among SECRET_KEY_FALLBACKS, as Django rotates it for
    sessions and password-reset links, keeps the codes people printed."""
    two_factor.authenticator_add(trainer, "00" * 20)
    codes = two_factor.recovery_codes_renew(trainer)
    settings.SECRET_KEY_FALLBACKS = [settings.SECRET_KEY]
    settings.SECRET_KEY = "a-new-secret-key-for-the-rotation-test-" + "x" * 20
    assert two_factor.recovery_code_use(trainer, codes[0]) is not None
    settings.SECRET_KEY_FALLBACKS = []
    assert two_factor.recovery_code_use(trainer, codes[1]) is None


def test_the_migration_hashes_the_plain_codes_people_already_hold(trainer):
    """Codes made before (django-otp static tokens, in plain text) keep working once each
    after the migration, and their plain text is gone."""
    two_factor.authenticator_add(trainer, "00" * 20)
    static = StaticDevice.objects.create(user=trainer, name="Recovery codes")
    held = ["abcd2345", "efgh6723"]
    for token in held:
        StaticToken.objects.create(device=static, token=token)

    hashing.hash_static_tokens(apps, None)

    assert not StaticDevice.objects.exists() and not StaticToken.objects.exists()
    device = RecoveryCodeDevice.objects.get(user=trainer)
    assert device.codes.count() == 2
    assert not RecoveryCode.objects.filter(digest__in=held).exists()
    assert two_factor.recovery_code_use(trainer, "ABCD 2345") == device
    assert two_factor.recovery_code_use(trainer, "abcd2345") is None
    assert two_factor.recovery_codes_left(trainer) == 1
