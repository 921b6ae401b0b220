"""A wheel carries every file the package needs besides its Python modules.

`pip install masthead` (not `-e`) installs only what pyproject.toml's package-data
names; a file missing there is found in a checkout and missing on a server (the
site's favicon was).
"""

import glob
import tomllib
from pathlib import Path

import pytest

pytestmark = pytest.mark.database_independent

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "masthead"
LEFT_OUT = {".py", ".pyc"}


def package_data_patterns():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return config["tool"]["setuptools"]["package-data"]["masthead"]


def packaged_files():
    matched = set()
    for pattern in package_data_patterns():
        for name in glob.glob(pattern, root_dir=PACKAGE, recursive=True):
            matched.add(Path(name))
    return matched


def data_files():
    return {
        path.relative_to(PACKAGE)
        for path in PACKAGE.rglob("*")
        if path.is_file()
        and path.suffix not in LEFT_OUT
        and "__pycache__" not in path.parts
    }


def test_every_data_file_of_the_package_is_in_its_package_data():
    assert sorted(map(str, data_files() - packaged_files())) == []


def test_the_site_root_files_are_packaged():
    assert Path("core/root/favicon.ico") in packaged_files()
