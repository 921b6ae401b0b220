"""A classifier learned from the desk's own decisions, one per edition.

`data` reads the decisions, `features` turns text into character n-grams, `training`
fits and cross-validates a model, `storage` keeps it in the data folder, `scoring`
scores and explains a comment, `synthetic` generates labelled comments for tests and
benchmarks. The triage rule `triage/rules/learned.py` is the only caller at run time.
"""
