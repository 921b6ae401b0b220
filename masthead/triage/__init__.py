"""Automatic triage: rules that read each new comment and tell the desk what they saw.

`base` declares a rule, `registry` knows which rules run for an edition with which
options, `pipeline` runs them, records every verdict and applies the outcome. Rules
live one per module in `rules/`.
"""
