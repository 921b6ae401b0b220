"""The triage rules, one module each, registered in triage/wagtail_hooks.py."""
