"""`nabij bench signals --answers N [--seed S] [--database-url URL] [--json]`: survey results.

Creates, in a throwaway database (a SQLite file, or a new PostgreSQL database beside the
one named by --database-url, dropped after), one survey of twelve questions of every kind
in Dutch, Arabic and Turkish with N answers (written in bulk, not timed). Then times:

- analyse_seconds: reading the answers and working out every published table (answers,
  languages, channels, each question), one crosstab and the open answers by theme;
- render_seconds: rendering the full results report as PDF (WeasyPrint, charts included).

Prints one JSON object on stdout (`seconds` = analyse + render); progress goes to stderr.
"""

import argparse
import json
import os
import platform
import random
import sys
import time
import uuid
from datetime import date, timedelta
from decimal import Decimal

from bench._scratch import run_child

LANGUAGES = ("nl", "ar", "tr")
LANGUAGE_SHARE = (0.55, 0.3, 0.15)

# Open answers: a few themes per language, said in different ways, and some stray words.
PHRASES = {
    "nl": [
        "De huur is te hoog",
        "huur betalen lukt niet meer",
        "energie is veel te duur",
        "de energierekening stijgt",
        "te weinig plaats in de crèche",
        "geen opvang voor de kinderen",
        "eenzaam sinds de winter",
        "meer groen op het plein",
        "veiliger fietspad",
        "een buurthuis dat vaker open is",
    ],
    "ar": [
        "الإيجار مرتفع جدا",
        "لا أستطيع دفع الإيجار",
        "الكهرباء غالية",
        "فاتورة الكهرباء كبيرة",
        "لا يوجد مكان للأطفال",
        "أشعر بالوحدة",
        "نحتاج دروس اللغة",
    ],
    "tr": [
        "kira çok yüksek",
        "kira ödeyemiyorum",
        "elektrik faturası pahalı",
        "çocuklar için yer yok",
        "yalnız hissediyorum",
        "daha fazla park",
    ],
}


TENURE = ["huur sociaal", "huur privé", "eigenaar", "anders"]
WORRIES = ["huur", "energie", "werk", "gezondheid", "eenzaamheid", "papieren"]
HELPERS = ["familie", "buren", "OCMW", "vereniging", "niemand"]


def _log(message: str) -> None:
    print(f"signals: {message}", file=sys.stderr, flush=True)


def _arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="nabij bench signals", description=__doc__.split("\n")[0])
    parser.add_argument("--answers", type=int, default=2500)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--database-url",
        help="a PostgreSQL URL; a temporary database is created beside it and dropped after",
    )
    parser.add_argument("--json", action="store_true", help="JSON on stdout (always so)")
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    args = _arguments(argv)
    child = run_child(
        "bench.signals", [str(args.answers), str(args.seed)], database_url=args.database_url
    )
    if child.returncode != 0:
        return child.returncode
    sys.stdout.write(child.stdout)
    return 0


def _survey(place, worker, now):
    """Twelve questions: four single choice, two multiple, two scales, two numbers, two
    open; every text in the three languages."""
    from nabij.signals.choices import QuestionKind, SurveyStatus
    from nabij.signals.models import Choice, Question, Survey

    def said(text: str) -> dict:
        return {"nl": text, "ar": f"{text} (ar)", "tr": f"{text} (tr)"}

    survey = Survey.objects.create(
        place=place,
        title=said("Leven in de buurt"),
        languages=list(LANGUAGES),
        status=SurveyStatus.OPEN,
        public_key="benchsignals0000key",
        created_by=worker,
        created_at=now,
        opened_at=now - timedelta(days=30),
    )
    plan = [
        (QuestionKind.SINGLE, "Hoe lang woon je hier?", ["< 1 jaar", "1-5 jaar", "> 5 jaar"]),
        (QuestionKind.SINGLE, "Huur je of ben je eigenaar?", TENURE),
        (QuestionKind.MULTIPLE, "Waar maak je je zorgen over?", WORRIES),
        (QuestionKind.SCALE, "Hoe graag woon je hier?", None),
        (QuestionKind.NUMBER, "Hoe oud ben je?", (16, 90)),
        (QuestionKind.TEXT, "Wat moet de stad als eerste doen?", None),
        (QuestionKind.SINGLE, "Ken je je buren?", ["ja", "een paar", "nee"]),
        (QuestionKind.MULTIPLE, "Waar vraag je hulp?", HELPERS),
        (QuestionKind.SCALE, "Hoe veilig voel je je? (0-10)", None),
        (QuestionKind.NUMBER, "Met hoeveel mensen woon je?", (1, 12)),
        (QuestionKind.SINGLE, "Heb je werk?", ["ja", "nee", "student", "gepensioneerd", "anders"]),
        (QuestionKind.TEXT, "Wat wil je nog kwijt?", None),
    ]  # fmt: skip
    questions = []
    for position, (kind, text, extra) in enumerate(plan, start=1):
        fields = {}
        if kind == QuestionKind.SCALE:
            fields = (
                {"scale_min": 1, "scale_max": 5}
                if position == 4
                else {"scale_min": 0, "scale_max": 10}
            )
        if kind == QuestionKind.NUMBER:
            fields = {"number_min": Decimal(extra[0]), "number_max": Decimal(extra[1])}
        question = Question.objects.create(
            place=place, survey=survey, position=position, kind=kind, text=said(text), **fields
        )
        choices = []
        if kind in (QuestionKind.SINGLE, QuestionKind.MULTIPLE):
            choices = [
                Choice.objects.create(place=place, question=question, position=i, label=said(label))
                for i, label in enumerate(extra, start=1)
            ]
        questions.append((question, choices, fields))
    return survey, questions


def _answers(place, worker, survey, questions, count: int, rng: random.Random) -> int:
    """`count` responses in bulk; returns how many answer rows were written."""
    from nabij.signals.choices import QuestionKind, ResponseChannel
    from nabij.signals.models import Answer, Response

    channels = [ResponseChannel.WEB, ResponseChannel.PAPER, ResponseChannel.PHONE]
    responses = []
    for i in range(count):
        channel = rng.choices(channels, weights=(0.6, 0.3, 0.1))[0]
        web = channel == ResponseChannel.WEB
        responses.append(
            Response(
                place=place,
                survey=survey,
                language=rng.choices(LANGUAGES, weights=LANGUAGE_SHARE)[0],
                channel=channel,
                submitted_on=date(2026, 10, 1) + timedelta(days=i % 30),
                token_hash=uuid.UUID(int=rng.getrandbits(128)).hex if web else None,
                entered_by=None if web else worker,
            )
        )
    responses = Response.objects.bulk_create(responses, batch_size=1000)
    rows = []
    for response in responses:
        for question, choices, fields in questions:
            if rng.random() < 0.08:  # some skip a question
                continue
            kind = question.kind
            answer = {"place": place, "response": response, "question": question}
            if kind == QuestionKind.SINGLE:
                rows.append(Answer(**answer, choice=rng.choice(choices)))
            elif kind == QuestionKind.MULTIPLE:
                picked = rng.sample(choices, rng.randint(1, 3))
                rows += [Answer(**answer, choice=choice) for choice in picked]
            elif kind == QuestionKind.SCALE:
                value = rng.randint(fields["scale_min"], fields["scale_max"])
                rows.append(Answer(**answer, number=Decimal(value)))
            elif kind == QuestionKind.NUMBER:
                low, high = int(fields["number_min"]), int(fields["number_max"])
                rows.append(Answer(**answer, number=Decimal(rng.randint(low, high))))
            elif rng.random() < 0.6:
                phrases = PHRASES[response.language]
                rows.append(
                    Answer(**answer, text=" en ".join(rng.sample(phrases, rng.randint(1, 2))))
                )
    Answer.objects.bulk_create(rows, batch_size=2000)
    return len(rows)


def _child(answers: int, seed: int) -> None:
    """In the child process: migrate and write the survey (not timed), then analyse and
    render (timed)."""
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.utils import timezone, translation

    from nabij.community.choices import PlaceKind, RoleKind
    from nabij.community.models import Member, Place, Role
    from nabij.signals.results_loader import survey_data
    from nabij.signals.selectors.results import survey_results
    from nabij.signals.views.results import results_report_pdf

    translation.activate("nl")
    rng = random.Random(seed)
    _log("migrating")
    call_command("migrate", interactive=False, verbosity=0)
    now = timezone.now()
    place = Place.objects.create(name="Bankbuurt", slug="bankbuurt", kind=PlaceKind.NEIGHBOURHOOD)
    worker = Member.objects.create(place=place, display_name="Sara", created_at=now, updated_at=now)
    Role.objects.create(place=place, member=worker, kind=RoleKind.WORKER, since=now)
    _log(f"writing a survey with {answers} answers")
    survey, questions = _survey(place, worker, now)
    rows = _answers(place, worker, survey, questions, answers, rng)

    _log("analysing")
    started = time.perf_counter()
    data = survey_data(survey)
    by = (questions[2][0].pk, questions[0][0].pk)  # worries by how long one lives here
    results = survey_results(survey, data=data, crosstab=by)
    analysed = time.perf_counter()
    _log("rendering the report")
    pdf = results_report_pdf(survey, results, place_name=place.name)
    rendered = time.perf_counter()
    print(
        json.dumps(
            {
                "benchmark": "signals",
                "seconds": round(rendered - started, 2),
                "analyse_seconds": round(analysed - started, 2),
                "render_seconds": round(rendered - analysed, 2),
                "answers": len(data.respondents),
                "answer_rows": rows,
                "questions": len(data.questions),
                "tables": len(results.all_tables),
                "themes": sum(len(o.groups) for o in results.open_answers),
                "pdf_bytes": len(pdf),
                "database": connection.vendor,
                "seed": seed,
                "cpus": os.cpu_count(),
                "python": platform.python_version(),
            }
        )
    )


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        _child(int(sys.argv[2]), int(sys.argv[3]))
    else:
        sys.exit(main(sys.argv[1:]))
