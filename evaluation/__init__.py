"""The evaluation harness: measures the comparison engine against public gold-labelled corpora.

Not shipped with the app. ``python -m evaluation CORPORA_DIR --out eval.json`` runs every
corpus module listed in :data:`evaluation.__main__.CORPORA` whose folder exists and prints
one ``name: value`` line per metric. Each module reads only the layout described in the
corpora README, never particular documents, so it runs unchanged on a held-out split.
"""
