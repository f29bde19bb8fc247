"""Coding policy passages by source of solidarity and tension field.

A pure core: texts in, `Coding`s out, no ORM. A lexicon of cue words per label gives
explainable scores; a model learned from labelled examples (the built-in training set
and the reviewers' corrections) refines them."""
