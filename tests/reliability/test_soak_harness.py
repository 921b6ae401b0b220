"""The soak reads the database back in as few Django processes as it can."""

import pytest

from .harness import soak_harness, soak_processes

pytestmark = pytest.mark.database_independent  # it never opens the database


def test_soak_reads_the_database_once_triage_is_done_in_the_look_that_saw_it(
    monkeypatch,
):
    looks = iter([{"waiting_jobs": 3}, {"waiting_jobs": 0, "markers": {"m": 1}}])
    processes = []

    def site_command(env, *arguments, **options):
        processes.append(arguments)
        return next(looks)

    monkeypatch.setattr(soak_processes, "site_command", site_command)
    monkeypatch.setattr(soak_processes.time, "sleep", lambda seconds: None)
    database = soak_harness.verify_when_idle({})
    assert database["markers"] == {"m": 1}
    assert processes == [("verify",), ("verify",)]
