"""Masthead: a publishing and reader-comment system for multilingual newsrooms."""

__version__ = "0.1.0"
