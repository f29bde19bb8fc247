"""`nabij bench code_eval [--set eval_nl] [--json]`: how well the coder codes a labelled set.

Codes every passage of coding/data/<set>.jsonl with `Coder(language)` (the lexicon and
the model learned from the built-in training set) and compares the codes with the labels
people gave. Prints one JSON object: per dimension (source, tension field), per label
(with "none" for no source or no field) precision, recall, F1 and support; macro-F1 over
those labels; accuracy; and Cohen's kappa between machine and labels. The same figures
for the lexicon alone (a label needs the lexicon's minimum score, as when no model can be
trained) show what the learned model adds.

Figures on train_<language> are flattering (the model learned from it): use them only to
see that something is learned; the eval sets are the measure.
"""

import argparse
import json
import sys
from pathlib import Path

from sklearn.metrics import precision_recall_fscore_support

from nabij.practices.coding.coder import Coder
from nabij.practices.coding.kappa import cohen_kappa
from nabij.practices.coding.labels import LANGUAGES, SOURCES, TENSION_FIELDS
from nabij.practices.coding.training import DATA, read_examples

NONE = "none"
DIMENSIONS: dict[str, tuple[str, ...]] = {"source": SOURCES, "tension_field": TENSION_FIELDS}


def _arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="nabij bench code_eval", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--set", default="eval_nl", help="a file coding/data/<set>.jsonl")
    parser.add_argument("--language", help="nl, fr or en (default: the set's suffix)")
    parser.add_argument("--json", action="store_true", help="JSON on stdout (always)")
    return parser.parse_args(argv)


def scores(truth: list[str | None], guess: list[str | None], labels: tuple[str, ...]) -> dict:
    """Per-label precision, recall, F1 and support, macro-F1, accuracy and kappa."""
    names = [*labels, NONE]
    as_name = [value or NONE for value in truth], [value or NONE for value in guess]
    precision, recall, f1, support = precision_recall_fscore_support(
        as_name[0], as_name[1], labels=names, zero_division=0
    )
    per_label = {
        name: {
            "precision": round(float(precision[i]), 3),
            "recall": round(float(recall[i]), 3),
            "f1": round(float(f1[i]), 3),
            "support": int(support[i]),
        }
        for i, name in enumerate(names)
    }
    present = [name for name in names if per_label[name]["support"] > 0]
    macro = sum(per_label[name]["f1"] for name in present) / len(present) if present else 0.0
    correct = sum(1 for a, b in zip(truth, guess, strict=True) if a == b)
    kappa = cohen_kappa(truth, guess)
    return {
        "labels": per_label,
        "macro_f1": round(macro, 3),
        "accuracy": round(correct / len(truth), 3) if truth else 0.0,
        "kappa": None if kappa is None else round(kappa, 3),
    }


def lexicon_only(texts: list[str], language: str) -> dict[str, list[str | None]] | None:
    """The codes the lexicon alone gives (the rule the coder uses without a model), or
    None when the engine does not expose its lexicon scores."""
    try:
        from nabij.practices.coding.coder import LEXICON_MINIMUM
        from nabij.practices.coding.lexicon_scores import LABELS
        from nabij.practices.coding.model import analyse
    except ImportError:
        return None
    raw = analyse(texts, language).raw
    codes: dict[str, list[str | None]] = {}
    for dimension, labels in DIMENSIONS.items():
        columns = [LABELS.index(label) for label in labels]
        chosen: list[str | None] = []
        for row in raw[:, columns]:
            best = int(row.argmax())
            chosen.append(labels[best] if row[best] >= LEXICON_MINIMUM else None)
        codes[dimension] = chosen
    return codes


def main(argv: list[str]) -> int:
    args = _arguments(argv)
    path = DATA / f"{args.set}.jsonl"
    if not path.exists():
        available = sorted(p.stem for p in Path(DATA).glob("*.jsonl"))
        print(f"no set {args.set!r}; available: {', '.join(available)}", file=sys.stderr)
        return 2
    language = args.language or args.set.rsplit("_", 1)[-1]
    if language not in LANGUAGES:
        print(f"unknown language {language!r}; use --language", file=sys.stderr)
        return 2
    examples = read_examples(path, language)
    texts = [example.text for example in examples]
    truth = {dimension: [getattr(e, dimension) for e in examples] for dimension in DIMENSIONS}
    print(f"code_eval: coding {len(texts)} passages of {args.set}...", file=sys.stderr)
    coder = Coder(language)
    codings = coder.code(texts)
    result: dict = {
        "benchmark": "code_eval",
        "set": args.set,
        "language": language,
        "passages": len(texts),
        "coder": coder.version,
    }
    for dimension, labels in DIMENSIONS.items():
        guess = [getattr(coding, dimension) for coding in codings]
        result[dimension] = scores(truth[dimension], guess, labels)
    lexical = lexicon_only(texts, language)
    if lexical is not None:
        result["lexicon_only"] = {
            dimension: scores(truth[dimension], lexical[dimension], labels)
            for dimension, labels in DIMENSIONS.items()
        }
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0
