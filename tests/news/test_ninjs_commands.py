"""The `masthead import` and `masthead export` commands."""

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from masthead.news.models import ArticlePage
from masthead.news.ninjs.schema import validate
from tests.migrated import copy_migrated_database

from .ninjs_fixtures import (
    EXAMPLES,
    REPO_ROOT,
    import_doc,
    minimal,
    write_json,
    write_rich_story,
)

MASTHEAD = Path(sys.executable).with_name("masthead")
UNKNOWN_LANGUAGE = (
    "language: unknown language 'xx'; "
    "known editions: en, ko, zh-hans, zh-hant, bo, ug, my, km, lo, vi"
)


def run_import(*files, options=()):
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import", *map(str, files), *options, stdout=out, stderr=err)
    except SystemExit as exit:
        return exit.code, out.getvalue(), err.getvalue()
    return 0, out.getvalue(), err.getvalue()


def run_export(reference):
    out = io.StringIO()
    call_command("export", str(reference), stdout=out)
    return json.loads(out.getvalue())


@pytest.fixture
def bad_story(tmp_path):
    return write_json(tmp_path / "bad.json", {"uri": "urn:bad", "language": "xx"})


def test_import_prints_the_article_url_and_page_id(tmp_path, db):
    status, out, _err = run_import(write_rich_story(tmp_path))
    article = ArticlePage.objects.get()
    assert status == 0
    assert out == (
        f"created {tmp_path / 'story.json'}: {article.get_full_url()} "
        f"(page {article.pk})\n"
    )


def test_import_of_a_known_uri_says_updated(tmp_path, db):
    story = write_rich_story(tmp_path)
    run_import(story)
    _status, out, _err = run_import(story, options=["--update"])
    assert out.startswith("updated ")


def test_import_of_a_known_uri_without_update_fails_naming_the_article(tmp_path, db):
    story = write_rich_story(tmp_path)
    run_import(story)
    status, _out, err = run_import(story)
    article = ArticlePage.objects.get()
    assert status == 1
    assert f"page {article.pk}" in err and "--update" in err


def test_import_of_a_bad_file_prints_one_error_line_and_exits_1(bad_story, db):
    status, out, err = run_import(bad_story)
    assert status == 1
    assert out == ""
    assert err == f"error: {bad_story}: {UNKNOWN_LANGUAGE}\n"


def test_import_of_several_files_imports_the_good_ones(tmp_path, bad_story, db):
    status, out, err = run_import(
        bad_story, EXAMPLES / "ninjsExSimpleText_3.json", write_rich_story(tmp_path)
    )
    assert status == 1
    assert ArticlePage.objects.count() == 2
    assert out.count("created ") == 2
    assert err.splitlines()[-1] == f"error: 1 of 3 files failed: {bad_story}"


def test_export_by_page_id_prints_valid_ninjs(tmp_path, db):
    run_import(write_rich_story(tmp_path))
    document = run_export(ArticlePage.objects.get().pk)
    assert document["headlines"][0]["value"].startswith("Fishing fleet")
    validate(document)  # raises ImportFailure naming the first schema error


def test_export_accepts_the_url_path(tmp_path, db):
    run_import(write_rich_story(tmp_path))
    article = ArticlePage.objects.get()
    assert article.url.startswith("/en/world/")
    assert run_export(article.url)["uri"] == article.external_uri


def test_export_accepts_the_full_url(tmp_path, db):
    run_import(write_rich_story(tmp_path))
    article = ArticlePage.objects.get()
    assert run_export(article.get_full_url())["uri"] == article.external_uri


def test_export_accepts_a_url_path_in_another_script(tmp_path, db):
    document = minimal(language="ko", headlines=[{"value": "항구로 돌아온 어선"}])
    article = import_doc(tmp_path, document)
    assert "%ED%95%AD" in article.url
    assert run_export(article.url)["headlines"][0]["value"] == "항구로 돌아온 어선"


def test_export_of_an_unknown_article_is_an_error(db):
    with pytest.raises(CommandError, match="no article '/en/world/nothing/'"):
        run_export("/en/world/nothing/")


def cli(*args, cwd, data):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "masthead.settings.demo",
        "MASTHEAD_DATA": str(data),
        "PYTHONPATH": str(REPO_ROOT),
    }
    env.pop("DATABASE_URL", None)
    return subprocess.run(
        [str(MASTHEAD), *args], cwd=cwd, env=env, capture_output=True, text=True
    )


def test_masthead_import_help_describes_the_command(tmp_path):
    result = cli("import", "--help", cwd=tmp_path, data=tmp_path / "data")
    assert result.returncode == 0
    assert "Import IPTC ninjs 3.1 files as published articles" in result.stdout


# The commands' site is always SQLite of its own: CI's PostgreSQL pass leaves it out.
@pytest.mark.database_independent
def test_masthead_cli_imports_exports_and_fails_with_status_1(
    tmp_path, tmp_path_factory, bad_story
):
    data = tmp_path / "data"
    copy_migrated_database(tmp_path_factory, data)  # the run's, made by `migrate`
    write_rich_story(tmp_path)
    result = cli("import", "story.json", "bad.json", cwd=tmp_path, data=data)
    assert result.returncode == 1
    assert result.stdout.startswith("created story.json: http://localhost/en/world/")
    page_id = result.stdout.rsplit("(page ", 1)[1].rstrip(")\n")
    assert result.stderr.splitlines() == [
        f"error: bad.json: {UNKNOWN_LANGUAGE}",
        "error: 1 of 2 files failed: bad.json",
    ]
    exported = cli("export", page_id, cwd=tmp_path, data=data)
    assert json.loads(exported.stdout)["uri"] == "urn:masthead-test:story:fleet-returns"
