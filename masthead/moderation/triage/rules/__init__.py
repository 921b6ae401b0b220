"""The triage rules, one module each; importing this package registers them all.

Rules run, and show in the desk, in the order they are imported here.
"""
# isort: skip_file

