"""A document's text becomes paragraph-sized passages: lines broken by the page layout
are joined, words hyphenated at line ends made whole, page numbers and running headers
dropped, long paragraphs cut at sentence ends, headings kept with their paragraph."""

import re

from nabij.practices.coding.passages import MAX_WORDS, split_passages


def sentence(number: int) -> str:
    return f"Zin {number} vertelt hoe bewoners van de wijk samen iets opzetten voor elkaar."


def test_paragraphs_at_blank_lines_keep_their_page():
    pages = [
        "Het buurthuis is open voor iedereen uit de wijk en de buurt errond.\n\n"
        "Bewoners organiseren er zelf een ontbijt voor wie alleen woont.",
        "Op het plein komen ouders elkaar elke ochtend tegen aan de schoolpoort.",
    ]

    pieces = split_passages(pages)

    assert [(piece.page, piece.text[:20]) for piece in pieces] == [
        (1, "Het buurthuis is ope"),
        (1, "Bewoners organiseren"),
        (2, "Op het plein komen o"),
    ]


def test_lines_broken_by_the_layout_are_joined_and_hyphenated_words_made_whole():
    page = (
        "De stad investeert in ont-\n"
        "moetingsplaatsen in elke wijk, zodat buurt- en\n"
        "wijkwerkers samen met de Vlaams-\n"
        "Brusselse partners bewoners bereiken.\n"
    )

    (piece,) = split_passages([page])

    assert piece.text == (
        "De stad investeert in ontmoetingsplaatsen in elke wijk, zodat buurt- en "
        "wijkwerkers samen met de Vlaams-Brusselse partners bewoners bereiken."
    )


def test_page_numbers_and_running_headers_are_dropped():
    pages = [
        f"Meerjarenplan Samenleven 2026-2031\n\n{sentence(n)} {sentence(n + 10)}\n\n{n}\n"
        for n in range(1, 5)
    ]
    pages[2] += "Pagina 3 van 4\n"

    pieces = split_passages(pages)

    assert len(pieces) == 4
    assert all("Meerjarenplan" not in piece.text for piece in pieces)
    assert all(not re.search(r"\bPagina\b", piece.text) for piece in pieces)
    assert [piece.page for piece in pieces] == [1, 2, 3, 4]
    assert pieces[0].text == f"{sentence(1)} {sentence(11)}"


def test_a_long_paragraph_is_cut_at_sentence_ends_into_parts_of_about_120_words():
    paragraph = " ".join(sentence(number) for number in range(30))  # 390 words

    pieces = split_passages([paragraph])

    assert len(pieces) == 4
    assert all(len(piece.text.split()) <= MAX_WORDS for piece in pieces)
    assert all(piece.text.endswith("elkaar.") for piece in pieces)
    assert " ".join(piece.text for piece in pieces) == paragraph


def test_a_heading_goes_with_the_paragraph_after_it():
    page = (
        "3.2 Ontmoeting in de wijk\n\n"
        "De stad wil dat bewoners elkaar vaker tegenkomen op pleinen en in parken.\n\n"
        "Bijlage"
    )

    pieces = split_passages([page])

    assert [piece.text for piece in pieces] == [
        "3.2 Ontmoeting in de wijk. De stad wil dat bewoners elkaar vaker tegenkomen op "
        "pleinen en in parken. Bijlage"
    ]


def test_without_blank_lines_a_short_line_ending_a_sentence_ends_the_paragraph():
    page = (
        "Het lokaal bestuur kiest voor een wijkgerichte aanpak waarin de\n"
        "buurtwerkers dicht bij de bewoners staan en huisbezoeken doen.\n"
        "Dat werkt.\n"
        "Daarnaast zet de stad in op een centraal loket voor alle vragen\n"
        "over wonen, werk en welzijn, ook digitaal en telefonisch bereikbaar.\n"
    )

    pieces = split_passages([page])

    assert [piece.text.split()[0] for piece in pieces] == ["Het", "Daarnaast"]


def test_a_paragraph_cut_by_the_page_break_goes_on_on_the_next_page():
    pages = [
        "De buurtwerkers bellen wie geen hulp vraagt, omdat kwetsbare mensen",
        "dat zelf zelden doen en anders uit het zicht blijven van de diensten.",
    ]

    (piece,) = split_passages(pages)

    assert piece.page == 1
    assert "kwetsbare mensen dat zelf zelden doen" in piece.text


def test_a_document_without_pages_has_pieces_without_a_page_number():
    pieces = split_passages(
        [
            "Buren helpen elkaar met boodschappen en klusjes in de straat.\n\nTweede alinea "
            "over de moestuin die iedereen samen onderhoudt."
        ],
        paged=False,
    )

    assert [piece.page for piece in pieces] == [None, None]


def test_an_empty_document_has_no_passages():
    assert split_passages([]) == []
    assert split_passages(["", "  \n 3 \n"]) == []
