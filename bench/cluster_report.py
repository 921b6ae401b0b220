"""The cluster soak's figures and its table: each line PASS or MISS against issue
12's targets. Standard library only; tests/reliability/test_cluster_report.py
checks it without starting anything."""

from collections import Counter

from soak_harness import percentile

VISIBLE_TARGET_SECONDS = 1.0


def stored_counts(acknowledged, markers):
    """Return (stored, lost, duplicated) of the acknowledged markers, given how
    many times the database holds each marker."""
    stored = sum(1 for marker in acknowledged if markers.get(marker, 0) >= 1)
    duplicated = sum(1 for count in markers.values() if count > 1)
    return stored, len(acknowledged) - stored, duplicated


def audit_counts(decisions, unanswered, audit):
    """Return (answered decisions, audit entries, whether they agree): every
    answered decision has its entry, and only unanswered ones may add more."""
    decisions, unanswered, audit = Counter(decisions), Counter(unanswered), audit
    agree = all(
        decisions[action]
        <= audit.get(action, 0)
        <= decisions[action] + unanswered[action]
        for action in set(decisions) | set(audit)
    )
    return sum(decisions.values()), sum(audit.values()), agree


def visibility(done, late, servers):
    """Return the approval-to-visible figures of the samples.

    `done` appeared on every server; `late` did not within the watch's patience
    (some may have appeared by the last look, then they are in `done`). Samples
    waited for while a server was down are counted apart: they wait for its
    restart, not for a purge.
    """
    timed = [max(sample.seen.values()) for sample in done if not sample.outage]
    # The first server to show it: the deciding one, as a rule (its own files go
    # as the decision commits); the gap to `timed` is the other server's.
    first = [min(sample.seen.values()) for sample in done if not sample.outage]
    return {
        "samples": len(done) + len(late),
        "timed": len(timed),
        "during_outage": sum(1 for sample in done if sample.outage),
        "never": len(late),
        "within_target": sum(seconds <= VISIBLE_TARGET_SECONDS for seconds in timed),
        "p50_s": round(percentile(timed, 0.5), 3),
        "p99_s": round(percentile(timed, 0.99), 3),
        "max_s": round(max(timed, default=0.0), 3),
        "first_server_p50_s": round(percentile(first, 0.5), 3),
        "servers": servers,
    }


def lines(figures):
    """Return the table's lines: (what, measured, target, ok, hard).

    A hard line that misses fails the run (exit 1): lost, duplicated, audit."""
    return [*stored_lines(figures), *visible_lines(figures["visible"])] + [
        *flood_and_backlog_lines(figures)
    ]


def stored_lines(figures):
    comments, audit = figures["comments"], figures["audit"]
    acknowledged, stored = comments["acknowledged"], comments["stored"]
    lost, duplicated = comments["lost"], comments["duplicated"]
    entries = f"{audit['entries']} / {audit['decisions']}"
    return [
        ("acknowledged / stored", f"{acknowledged} / {stored}", "all", lost == 0, True),
        ("lost", lost, 0, lost == 0, True),
        ("duplicated", duplicated, 0, duplicated == 0, True),
        ("audit entries / decisions", entries, "match", audit["agree"], True),
    ]


def visible_lines(seen):
    target, fits = f"<= {VISIBLE_TARGET_SECONDS:g} s", VISIBLE_TARGET_SECONDS
    shown = f"{seen['samples']} / {seen['samples'] - seen['never']}"
    within = f"{seen['within_target']} / {seen['timed']}"
    all_within = seen["within_target"] == seen["timed"]
    return [
        (
            "approvals sampled / on both servers",
            shown,
            "all",
            seen["never"] == 0,
            False,
        ),
        ("timed (no server down) / within 1 s", within, "all", all_within, False),
        (
            "approval to both, p50",
            f"{seen['p50_s']} s",
            target,
            seen["p50_s"] <= fits,
            0,
        ),
        (
            "approval to both, p99",
            f"{seen['p99_s']} s",
            target,
            seen["p99_s"] <= fits,
            0,
        ),
        ("approval to both, max", f"{seen['max_s']} s", "-", True, False),
    ]


def flood_and_backlog_lines(figures):
    flood, backlog = figures["flood"], figures["backlog"]
    allowed, expected = flood["allowed"], flood["expected"]
    drained = backlog["drained_after_s"].get("triage_jobs")
    drain = "never" if drained is None else f"{drained:.0f} s"
    errors = figures["server_errors"]
    return [
        ("flood posts allowed / limit", f"{allowed} / {expected}", "equal",
         allowed == expected, False),
        ("triage backlog peak (jobs)", backlog["peaks"]["triage_jobs"], "-",
         True, False),
        ("triage backlog drained after the load", drain, "drains",
         drained is not None, False),
        ("server errors (5xx but 503)", errors, 0, errors == 0, False),
    ]  # fmt: skip


def table(rows):
    """Return the lines as an aligned text table."""
    cells = [("", "measured", "target", "")] + [
        (what, str(measured), str(target), "PASS" if ok else "MISS")
        for what, measured, target, ok, _hard in rows
    ]
    widths = [max(len(row[i]) for row in cells) for i in range(4)]
    return "\n".join(
        "  ".join(
            cell.ljust(width) for cell, width in zip(row, widths, strict=True)
        ).rstrip()
        for row in cells
    )


def hard_misses(rows):
    """Return the names of the lines that fail the run."""
    return [what for what, _m, _t, ok, hard in rows if hard and not ok]
