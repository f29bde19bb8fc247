"""What could tell who someone is, found in a quote and taken out (no database)."""

import pytest

from nabij.signals.redaction import (
    ADDRESS,
    DATE,
    EMAIL,
    IBAN,
    NAME,
    NATIONAL_NUMBER,
    PHONE,
    find_identifying,
    name_index,
    redact,
)

RABOT = ["Amina", "Fatima El Amrani", "Sara Bos", "Jean-Pierre Dupont", "Youssef", "أمينة"]


def found(text: str, names=RABOT) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.kind) for s in find_identifying(text, names)]


def stripped(text: str, names=RABOT) -> str:
    return redact(text, find_identifying(text, names))


def test_names_whole_or_first_name_alone_in_any_case():
    text = "Fatima El Amrani kwam langs. Later zei fatima dat AMINA ook hulp nodig had."

    assert found(text) == [("Fatima El Amrani", NAME), ("fatima", NAME), ("AMINA", NAME)]


def test_a_name_inside_another_word_is_left_alone():
    assert found("Aminatou en Saraswati kwamen samen.") == []


def test_a_surname_alone_only_when_written_with_a_capital():
    assert stripped("We wandelden in het bos met mevrouw Bos.") == (
        "We wandelden in het bos met mevrouw [naam]."
    )


def test_hyphenated_first_names():
    assert stripped("jean-pierre hielp mij.") == "[naam] hielp mij."


@pytest.mark.parametrize(
    "phone",
    [
        "0470 12 34 56",
        "0470/12.34.56",
        "0470123456",
        "09 223 45 67",
        "09/223.45.67",
        "+32 470 12 34 56",
        "+32 (0)9 223 45 67",
        "0032 470 12 34 56",
        "+33 6 12 34 56 78",
        "+212 612 345 678",
    ],
)
def test_phone_numbers_belgian_and_international(phone):
    assert found(f"Bel me op {phone}, 's avonds.") == [(phone, PHONE)]


def test_two_phone_numbers_side_by_side_are_both_found():
    assert stripped("tel 0470 12 34 56 - 09 223 45 67") == "tel [telefoon] - [telefoon]"


def test_email_iban_and_national_register_number():
    text = (
        "Mail naar f.elamrani@voorbeeld.be, stort op BE68 5390 0754 7034, "
        "rijksregisternummer 85.07.30-033.28 of 85073003328."
    )

    assert found(text) == [
        ("f.elamrani@voorbeeld.be", EMAIL),
        ("BE68 5390 0754 7034", IBAN),
        ("85.07.30-033.28", NATIONAL_NUMBER),
        ("85073003328", NATIONAL_NUMBER),
    ]


@pytest.mark.parametrize(
    "address",
    [
        "Rabotstraat 12",
        "Wondelgemstraat 3 bus 2",
        "Sint-Pietersplein 3, 9000 Gent",
        "Frans Van Ryhovelaan 5",
        "Kasteellaan 12A",
        "rue de la Loi 16",
    ],
)
def test_a_street_with_a_house_number(address):
    assert found(f"Ik woon op {address}.") == [(address, ADDRESS)]


def test_a_street_without_a_number_is_only_a_neighbourhood():
    assert found("In de Rabotstraat is het 's avonds donker.") == []


@pytest.mark.parametrize("day", ["12/03/1985", "1985-03-12", "12 maart 1985", "3 mei", "12.03.85"])
def test_dates_that_could_be_a_birthday(day):
    assert found(f"Geboren op {day} in Tanger.") == [(day, DATE)]


def test_an_arabic_sentence_with_a_latin_name_and_an_address():
    text = "قالت Amina إنها تعيش في Rabotstraat 12 ورقمها 0470123456 وأمينة تساعدها"

    assert found(text) == [
        ("Amina", NAME),
        ("Rabotstraat 12", ADDRESS),
        ("0470123456", PHONE),
        ("أمينة", NAME),  # "and Amina": the "و" stays
    ]
    assert stripped(text) == "قالت [naam] إنها تعيش في [adres] ورقمها [telefoon] و[naam] تساعدها"


def test_plain_figures_stay():
    text = "In 2019 hielpen 12 buren met boodschappen voor 3 gezinnen, soms 2 keer per week."

    assert find_identifying(text, RABOT) == []


def test_redacting_twice_changes_nothing_more():
    once = stripped("Youssef (youssef@example.org) woont Rabotstraat 3.")

    assert once == "[naam] ([e-mail]) woont [adres]."
    assert stripped(once) == once


def test_a_name_index_can_be_built_once_for_many_quotes():
    index = name_index(RABOT)

    assert found("Sara zei het.", index) == [("Sara", NAME)]
