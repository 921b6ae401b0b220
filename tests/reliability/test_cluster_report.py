"""The cluster soak's arithmetic and parsing (bench/cluster_report.py and its
watch and traffic modules), checked without starting anything."""

import pytest

from .harness import cluster_report, cluster_traffic, cluster_watch

Sample = cluster_watch.Sample

pytestmark = pytest.mark.database_independent


def sample(seconds_a, seconds_b, outage=False):
    return Sample("soak-1-f0-1", "/en/a/", 0.0, {0: seconds_a, 1: seconds_b}, outage)


def figures(**changes):
    base = {
        "comments": {"acknowledged": 10, "stored": 10, "lost": 0, "duplicated": 0},
        "audit": {"decisions": 4, "entries": 4, "agree": True},
        "visible": cluster_report.visibility([sample(0.2, 0.4)], [], 2),
        "flood": {"allowed": 5, "expected": 5, "refused": 7, "other": 0},
        "backlog": {
            "peaks": {"triage_jobs": 30},
            "drained_after_s": {"triage_jobs": 4},
        },
        "server_errors": 0,
    }
    return {**base, **changes}


def test_lost_and_duplicated_comments_are_counted_from_the_stored_markers():
    acknowledged = {"m1": None, "m2": 7, "m3": None}
    stored = {"m1": 1, "m3": 2, "m9": 1}
    assert cluster_report.stored_counts(acknowledged, stored) == (2, 1, 1)


def test_an_unanswered_decision_may_have_its_audit_entry_and_an_answered_one_must():
    decisions, unanswered = {"approve": 3}, {"approve": 1}
    assert cluster_report.audit_counts(decisions, unanswered, {"approve": 4})[2]
    assert cluster_report.audit_counts(decisions, unanswered, {"approve": 3})[2]
    assert not cluster_report.audit_counts(decisions, unanswered, {"approve": 2})[2]
    assert not cluster_report.audit_counts(decisions, {}, {"approve": 3, "edit": 1})[2]


def test_an_approval_is_visible_when_the_slower_server_shows_it():
    seen = cluster_report.visibility(
        [sample(0.1, 0.3), sample(0.2, 2.5), sample(9.0, 40.0, outage=True)],
        [Sample("soak-1-a0-2", "/en/b/", 0.0, {0: 0.1})],
        2,
    )
    assert (seen["samples"], seen["timed"], seen["never"]) == (4, 2, 1)
    assert (seen["during_outage"], seen["within_target"]) == (1, 1)
    assert (seen["p50_s"], seen["max_s"]) == (2.5, 2.5)


def test_percentiles_of_many_samples_pick_the_ranked_value():
    done = [sample(0.0, seconds / 100) for seconds in range(1, 101)]
    seen = cluster_report.visibility(done, [], 2)
    assert (seen["p50_s"], seen["p99_s"], seen["max_s"]) == (0.51, 1.0, 1.0)


def test_a_lost_comment_fails_the_run_and_a_slow_approval_only_misses():
    slow = cluster_report.visibility([sample(0.2, 3.0)], [], 2)
    rows = cluster_report.lines(figures(visible=slow))
    assert cluster_report.hard_misses(rows) == []
    assert "MISS" in cluster_report.table(rows)
    lost = {"acknowledged": 10, "stored": 9, "lost": 1, "duplicated": 0}
    rows = cluster_report.lines(figures(comments=lost))
    assert cluster_report.hard_misses(rows) == ["acknowledged / stored", "lost"]


def test_a_run_that_meets_every_target_prints_only_pass():
    table = cluster_report.table(cluster_report.lines(figures()))
    assert "MISS" not in table and table.count("PASS") == 13


def test_backlog_figures_sum_the_triage_jobs_and_pending_comments_of_metrics():
    jobs = "masthead_task_queue_due_jobs"
    text = "\n".join(
        [
            f"# HELP {jobs} Jobs due",
            jobs + '{task="masthead.triage.tasks.triage_comment"} 42.0',
            jobs + '{task="masthead.mirror.purging.refresh_change"} 3.0',
            'masthead_pending_comments{edition="en"} 17.0',
            'masthead_pending_comments{edition="ko"} 1.0',
        ]
    )
    assert cluster_watch.backlog_figures(text) == {
        "triage_jobs": 42,
        "pending_comments": 18,
    }


def test_desk_rows_give_each_rows_id_revision_and_marker():
    page = (
        '<li class="row" id="comment-12" data-comment-id="12"><p>Comment '
        'soak-ab12-f3-7: the ferry</p><input type="hidden" name="revision" value="2">'
        '</li><li class="row" id="comment-13"><p>no marker</p>'
        '<input type="hidden" name="revision" value="1"></li>'
    )
    assert cluster_traffic.desk_rows(page) == [
        ("12", "2", "soak-ab12-f3-7"),
        ("13", "1", None),
    ]


def test_every_post_of_every_reader_comes_from_a_network_of_its_own():
    numbers = range(1, 70000, 997)
    address = cluster_traffic.reader_address
    addresses = {address(client, n) for client in range(64) for n in numbers}
    networks = {address.rsplit("::", 1)[0] for address in addresses}
    assert len(networks) == len(addresses) == 64 * len(numbers)
