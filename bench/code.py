"""`nabij bench code [--passages N] [--language nl] [--seed S] [--json]`: coding speed.

Builds N passages of 40 to 120 words from the sentences of the built-in training set,
recombined at random (a few sentences of its own when a language has no set), so the
coder meets real-looking policy text and words it has not seen in that order. Then times,
on one core (BLAS and OpenMP threads set to 1 before numpy loads):

- the whole `nabij code-passages` path: JSON lines in, coded JSON lines out
  (`passages_per_s` and `seconds` on the clock, `passages_per_cpu_s` on processor time);
- the coder alone on the texts (`coder_passages_per_s`);
- training the model from scratch, which happens once per set of examples (`train_seconds`).

Prints one JSON object on stdout; progress goes to stderr.
"""

import os

for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_name] = "1"

import argparse  # noqa: E402
import io  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402

# Sentences for a language without a training set: policy prose of every kind.
FALLBACK = [
    "Het buurthuis is een ontmoetingsplaats waar bewoners van verschillende afkomst elkaar "
    "leren kennen.",
    "We bestrijden discriminatie op de woningmarkt en komen op voor de rechten van huurders.",
    "Inburgering betekent ook de normen en waarden van onze samenleving leren kennen.",
    "Buren die elkaar helpen met boodschappen rekenen op elkaar wanneer het nodig is.",
    "Het budget voor 2025 bedraagt 1,2 miljoen euro, verdeeld over vier werkingsjaren.",
    "De stad zet in op een laagdrempelig aanbod in de wijk, dicht bij de mensen.",
    "Deelname aan het project is vrijwillig; bewoners beslissen zelf mee over de aanpak.",
    "Kwetsbare doelgroepen krijgen voorrang, maar het aanbod blijft open voor iedereen.",
    "Conflicten tussen buren worden via bemiddeling besproken tot er een akkoord is.",
    "De stuurgroep komt vier keer per jaar samen en rapporteert aan het college.",
    "Armoede is geen individueel falen maar een schending van sociale grondrechten.",
    "Een gedeelde moestuin werkt alleen als iedereen zijn deel van het werk doet.",
]


def _log(message: str) -> None:
    print(f"code: {message}", file=sys.stderr, flush=True)


def _arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="nabij bench code", description=__doc__.split("\n")[0])
    parser.add_argument("--passages", type=int, default=20_000)
    parser.add_argument("--language", default="nl", choices=("nl", "fr", "en"))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true", help="JSON on stdout (the only output)")
    return parser.parse_args(argv)


def passages(sentences: list[str], count: int, seed: int) -> list[str]:
    """`count` passages of 40 to 120 words made of random sentences."""
    rng = random.Random(seed)
    made = []
    for _ in range(count):
        goal = rng.randint(40, 120)
        words: list[str] = []
        while len(words) < goal:
            words.extend(rng.choice(sentences).split())
        made.append(" ".join(words[: max(goal, 20)]))
    return made


def _sentences(language: str) -> list[str]:
    from nabij.practices.coding.training import builtin_examples

    found = [
        sentence
        for example in builtin_examples(language)
        for sentence in re.split(r"(?<=[.!?])\s+", example.text)
        if len(sentence.split()) >= 4
    ]
    return found or FALLBACK


def main(argv: list[str]) -> int:
    args = _arguments(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, truly
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nabij.settings")
    import django

    django.setup()
    from nabij.practices.coding import model
    from nabij.practices.coding.coder import Coder
    from nabij.practices.management.commands.code_passages import coded_lines

    sentences = _sentences(args.language)
    texts = passages(sentences, args.passages, args.seed)
    words = sum(len(text.split()) for text in texts)
    _log(f"{len(texts)} passages, {words / len(texts):.0f} words on average")

    _log("training the model")
    started = time.perf_counter()
    coder = Coder(args.language)
    version = coder.version  # trains the model
    train_seconds = time.perf_counter() - started

    _log("code-passages: JSON lines in, coded JSON lines out")
    lines = [json.dumps({"id": index, "text": text}) for index, text in enumerate(texts)]
    out = io.StringIO()
    started, cpu_started = time.perf_counter(), time.process_time()
    for line in coded_lines(lines, coder):
        out.write(line + "\n")
    seconds = time.perf_counter() - started
    cpu_seconds = time.process_time() - cpu_started

    _log("the coder alone")
    started = time.perf_counter()
    codings = coder.code(texts)
    coder_seconds = time.perf_counter() - started

    coded_sources = sum(1 for coding in codings if coding.source is not None)
    result = {
        "passages": len(texts),
        "words_per_passage": round(words / len(texts), 1),
        "language": args.language,
        "cores": 1,
        "seconds": round(seconds, 3),
        "cpu_seconds": round(cpu_seconds, 3),
        "passages_per_s": round(len(texts) / seconds, 1),
        # The same on the processor time the run got: what one core does when it is not
        # shared with other work.
        "passages_per_cpu_s": round(len(texts) / cpu_seconds, 1),
        "coder_passages_per_s": round(len(texts) / coder_seconds, 1),
        "train_seconds": round(train_seconds, 3),
        "trained_on": coder.model.trained_on,
        "coded_with": version,
        "share_with_source": round(coded_sources / len(texts), 3),
        "neighbour_similarity": model.NEIGHBOUR_SIMILARITY,
        "python": platform.python_version(),
    }
    print(json.dumps(result, indent=None if args.json else 2))
    return 0
