"""Starting Django costs no scikit-learn, numpy or joblib: only triage, training and
scoring import them."""

import os
import subprocess
import sys

STARTS_DJANGO = """
import sys
import django
django.setup()
heavy = {"sklearn", "scipy", "numpy", "joblib"}
print(sorted(n for n in sys.modules if n.split(".")[0] in heavy))
"""


def test_django_setup_imports_no_scikit_learn_or_numpy():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "masthead.settings.test"}
    started = subprocess.run(
        [sys.executable, "-c", STARTS_DJANGO],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert started.returncode == 0, started.stderr
    assert started.stdout.strip() == "[]"


def test_the_vectorizer_still_comes_from_scikit_learn():
    from masthead.triage.learning.features import make_vectorizer

    vectorizer = make_vectorizer()
    assert type(vectorizer).__module__.startswith("sklearn.")
