"""Cue words per label and language: lexicon/<language>.py holds SOURCE_CUES and FIELD_CUES.

Each is {label: {cue: weight}}. A cue is one or more words, matched case- and
accent-insensitively; a plain word also matches its inflections (both sides are stemmed
with the language's Snowball stemmer); `word*` matches any word that starts with `word`
(Dutch compounds: `ontmoet*` finds `ontmoetingsplaats`), `*word` any word that ends with
it (`*discriminatie` finds `arbeidsmarktdiscriminatie`). Weights: 1 an ordinary cue,
2 a strong one, 0.5 a weak one."""
