"""Open answers grouped by theme, in Dutch and in Arabic, with no outside service: a theme
is a word (stem) shared by at least five answers; the rest is pooled."""

from nabij.signals.open_answers import OpenAnswer, group_answers, words


def _nl(*texts):
    return [OpenAnswer("nl", t) for t in texts]


def _ar(*texts):
    return [OpenAnswer("ar", t) for t in texts]


def test_dutch_answers_about_rent_form_one_theme_whatever_the_word_form():
    answers = _nl(
        "De huur is te hoog",
        "Huren zijn onbetaalbaar",
        "mijn huur stijgt",
        "HUUR!",
        "lagere huur aub",
        "Meer groen",
        "een speelplein",
    )
    groups = group_answers(answers)
    assert [g.label for g in groups] == ["huur", "Andere antwoorden"]
    assert len(groups[0].texts) == 5
    assert "Huren zijn onbetaalbaar" in groups[0].texts
    assert groups[1].texts == ("een speelplein", "Meer groen")


def test_common_words_never_make_a_theme():
    answers = _nl("ik wil dat het beter", "ik wil het", "het is zo", "ik en het", "het het")
    groups = group_answers(answers)
    assert [g.is_rest for g in groups] == [True]


def test_arabic_answers_are_stemmed_in_arabic():
    answers = _ar(
        "الإيجار مرتفع جدا",
        "لا أستطيع دفع الإيجار",
        "الإيجار غالي",
        "مشكلة الإيجار",
        "الإيجار كثير",
        "حديقة للأطفال",
    )
    groups = group_answers(answers)
    assert groups[0].theme == "الإيجار"
    assert len(groups[0].texts) == 5
    assert groups[-1].texts == ("حديقة للأطفال",)
    assert "ar:" in next(iter(words(answers[0])))


def test_a_theme_needs_five_answers_else_everything_is_pooled():
    groups = group_answers(_nl("huur", "huur", "huur", "huur", "energie"))
    assert len(groups) == 1 and groups[0].is_rest and len(groups[0].texts) == 5


def test_themes_take_the_largest_first_and_each_answer_once():
    answers = _nl(*(["huur en energie"] * 6 + ["energie te duur"] * 3 + ["huur"] * 2))
    groups = group_answers(answers)
    # "energie" (9 answers) goes before "huur" (8) and takes the 6 that name both; the 2
    # left about rent are too few for a theme of their own.
    assert [(g.label, len(g.texts)) for g in groups] == [
        ("energie", 9),
        ("Andere antwoorden", 2),
    ]
    assert sum(len(g.texts) for g in groups) == len(answers)


def test_no_answers_no_groups():
    assert group_answers([]) == []
