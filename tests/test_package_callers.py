"""The package ships no helper that only the tests call: every function and class
defined at a module's top level is used somewhere in the package or the benchmarks.

Hooks, receivers and registered classes (a decorator wires them) and app configs
(Django finds them) are called from elsewhere and are left out; a definition under
a decorator that only wraps it (a cache, a dataclass) is not.
"""

import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFINITION = re.compile(r"^(?:def|class) ([A-Za-z]\w*)", re.MULTILINE)
# A name's whole-word uses (`\bname\b`) are exactly the runs of word characters equal
# to it, so one pass over every text counts them all.
WORD = re.compile(r"\w+")
USER_SUFFIXES = {".py", ".html", ".txt", ".js"}
WRAPPING_ONLY = re.compile(r"@(cache|lru_cache|dataclass|contextmanager)\b")


def package_modules():
    for path in sorted((ROOT / "masthead").rglob("*.py")):
        if "migrations" not in path.parts and path.name != "apps.py":
            yield path


def user_texts():
    folders = (ROOT / "masthead", ROOT / "bench")
    for path in (path for folder in folders for path in folder.rglob("*")):
        if path.suffix in USER_SUFFIXES and "migrations" not in path.parts:
            yield path.read_text(encoding="utf-8")
    yield (ROOT / "pyproject.toml").read_text(encoding="utf-8")


def undecorated_definitions(text):
    for match in DEFINITION.finditer(text):
        line_before = text[: match.start()].rstrip("\n").rpartition("\n")[2]
        if not line_before.startswith("@") or WRAPPING_ONLY.match(line_before):
            yield match.group(1)


def word_counts(texts):
    counts = Counter()
    for text in texts:
        counts.update(WORD.findall(text))
    return counts


def test_every_top_level_function_and_class_has_a_caller_outside_the_tests():
    uses = word_counts(user_texts())
    uncalled = []
    for path in package_modules():
        for name in undecorated_definitions(path.read_text(encoding="utf-8")):
            if uses[name] < 2:
                uncalled.append(f"{path.relative_to(ROOT)}: {name}")
    assert uncalled == []
