"""The triage rules, one module each, registered in moderation/wagtail_hooks.py."""
