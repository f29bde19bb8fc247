"""Text messages go through a backend chosen by a setting, like Django's e-mail backends."""

import io

import pytest

from nabij.aid import sms


@pytest.fixture(autouse=True)
def _empty_outbox():
    sms.outbox.clear()
    yield
    sms.outbox.clear()


def test_without_a_setting_messages_are_printed_on_the_console(settings):
    if hasattr(settings, "NABIJ_SMS_BACKEND"):
        del settings.NABIJ_SMS_BACKEND
    assert type(sms.get_backend()) is sms.ConsoleBackend


def test_the_console_backend_prints_the_number_and_the_text(capsys):
    sent = sms.ConsoleBackend().send_messages([sms.SmsMessage(to="+32 470 12 34 56", body="Dag")])
    printed = capsys.readouterr().out
    assert sent == 1
    assert "+32 470 12 34 56" in printed
    assert "Dag" in printed


def test_the_console_backend_writes_to_the_stream_it_is_given():
    stream = io.StringIO()
    backend = sms.ConsoleBackend(stream=stream)
    backend.send_messages(
        [sms.SmsMessage("+32 9 123 45 67", "een"), sms.SmsMessage("0470", "twee")]
    )
    assert stream.getvalue().index("een") < stream.getvalue().index("twee")


def test_the_setting_chooses_the_backend(settings):
    settings.NABIJ_SMS_BACKEND = "nabij.aid.sms.LocmemBackend"
    assert type(sms.get_backend()) is sms.LocmemBackend


def test_the_locmem_backend_keeps_messages_in_the_outbox_in_order(settings):
    settings.NABIJ_SMS_BACKEND = "nabij.aid.sms.LocmemBackend"
    assert sms.send_sms("+32 470 11 11 11", "eerste") == 1
    assert sms.send_sms("+32 470 22 22 22", "tweede") == 1
    assert sms.outbox == [
        sms.SmsMessage(to="+32 470 11 11 11", body="eerste"),
        sms.SmsMessage(to="+32 470 22 22 22", body="tweede"),
    ]


def test_a_backend_that_implements_nothing_refuses_to_pretend_it_sent():
    with pytest.raises(NotImplementedError):
        sms.BaseSmsBackend().send_messages([sms.SmsMessage("0470", "hallo")])
