"""The pure parts of bench/serving.py: reading wrk's report, the targets table, and
the configuration files it writes for Isso, nginx and wrk."""

import configparser
import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from serving_targets import Figures, target_table, targets  # noqa: E402
from serving_tools import (  # noqa: E402
    Run,
    Scenario,
    isso_config,
    nginx_config,
    parse_wrk,
    scenario_table,
    wrk_post_script,
)

WRK_REPORT = """\
Running 10s test @ http://127.0.0.1:40123/en/world/harbour/
  2 threads and 32 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     2.31ms    1.05ms  31.20ms   88.10%
    Req/Sec     7.01k   512.33     8.02k    71.00%
  Latency Distribution
     50%  850.00us
     75%    2.50ms
     90%    3.10ms
     99%    1.20s
  139512 requests in 10.01s, 2.05GB read
  Socket errors: connect 0, read 3, write 0, timeout 4
  Non-2xx or 3xx responses: 12
Requests/sec:  13937.26
Transfer/sec:    209.71MB
"""


def test_wrk_report_gives_the_rate_and_the_request_count():
    run = parse_wrk(WRK_REPORT)
    assert (run.requests_per_sec, run.requests, run.seconds) == (
        13937.26,
        139512,
        10.01,
    )


def test_wrk_latencies_are_converted_to_milliseconds_from_any_unit():
    run = parse_wrk(WRK_REPORT)
    assert (run.latency_p50_ms, run.latency_p99_ms) == (0.85, 1200.0)


def test_wrk_bad_answers_and_socket_errors_are_counted():
    run = parse_wrk(WRK_REPORT)
    assert (run.bad_status, run.socket_errors) == (12, 7)


def test_a_clean_wrk_report_has_no_errors():
    clean = "\n".join(
        line for line in WRK_REPORT.splitlines() if "errors" not in line.lower()
        and "Non-2xx" not in line
    )  # fmt: skip
    run = parse_wrk(clean)
    assert (run.bad_status, run.socket_errors) == (0, 0)


def test_output_without_a_rate_is_refused():
    with pytest.raises(ValueError, match="not a wrk report"):
        parse_wrk("unable to connect to 127.0.0.1:1 Connection refused")


def test_scenario_rate_is_the_median_of_its_runs():
    scenario = Scenario("b", "baked", runs=[Run(900.0), Run(1200.0), Run(1000.0)])
    assert scenario.rate == 1000.0
    assert scenario.median.requests_per_sec == 1000.0


def test_scenario_cpu_cost_is_the_median_of_the_runs_that_have_one():
    runs = [Run(1.0, cpu_ms=30.0), Run(2.0, cpu_ms=10.0), Run(3.0, cpu_ms=20.0)]
    assert Scenario("c", "rendered", runs=runs).cpu_ms == 20.0
    assert Scenario("c", "rendered", runs=[Run(1.0)]).cpu_ms is None


def test_cpu_seconds_counts_this_process_own_time():
    from serving_processes import cpu_seconds

    sum(range(3_000_000))  # spend a little CPU
    main, aside = cpu_seconds(os.getpid(), aside="no-such-program")
    assert main > 0 and aside == 0


def by_name(figures):
    return {check.name: check for check in targets(figures)}


def test_write_targets_compare_rate_and_cpu_with_isso_in_the_same_run():
    checks = by_name(
        Figures(
            rates={"d": 120, "e_post": 100},
            cpu_ms={"d": 2.0, "e_post": 3.0, "triage": 3.5, "decision": 2.9},
        )
    )
    rate = checks["(d) comment POST / Isso POST, rate"]
    assert rate.measured == pytest.approx(1.2) and rate.passed is False
    cpu = checks["(d) comment POST / Isso POST, CPU"]
    assert cpu.measured == pytest.approx(1.5) and cpu.passed is True
    assert checks["triage, CPU per comment"].passed is False
    decision = checks["desk decision CPU / Isso POST CPU"]
    assert decision.measured == pytest.approx(2.9 / 3.0) and decision.passed is True


def test_read_targets_are_ratios_against_isso_and_nginx():
    checks = by_name(
        Figures(
            rates={"c": 95, "e_get": 10},
            cpu_ms={"a": 0.015, "b": 0.03, "c": 10.0, "e_get": 102.0},
        )
    )
    assert checks["(c) rendered page / Isso GET, rate"].measured == 9.5
    assert checks["(c) rendered page / Isso GET, rate"].passed is False
    assert checks["(c) rendered page / Isso GET, CPU"].measured == pytest.approx(10.2)
    baked = checks["(b) baked page / nginx, CPU"]
    assert baked.measured == pytest.approx(0.5) and baked.passed is False


def test_process_targets_are_limits_on_the_process():
    checks = by_name(
        Figures(
            process={"setup_s": 3.0, "worker_rss_mb": 228.0, "idle_worker_percent": 0.1}
        )
    )
    assert checks["django.setup()"].passed is True  # exactly at the limit
    assert checks["server worker RSS after load"].passed is False
    assert checks["idle task worker, CPU"].passed is True


def test_a_missing_measure_is_neither_pass_nor_miss():
    checks = targets(Figures(rates={"a": 1000}))
    assert {check.passed for check in checks} == {None}
    assert "n/a" in target_table(checks)


def test_target_table_says_pass_and_miss_with_units():
    figures = Figures(
        rates={"c": 300, "e_get": 10}, process={"setup_s": 6.7, "worker_rss_mb": 120}
    )
    table = target_table(targets(figures))
    rows = {line[:40].strip(): line for line in table.splitlines()}
    assert "30.00×" in rows["(c) rendered page / Isso GET, rate"]
    assert rows["(c) rendered page / Isso GET, rate"].endswith("PASS")
    assert "6.70 s" in rows["django.setup()"] and rows["django.setup()"].endswith(
        "MISS"
    )
    assert "120.0 MB" in rows["server worker RSS after load"]


def test_scenario_table_shows_rate_latency_errors_and_memory():
    runs = [
        Run(9000.0, latency_p50_ms=3.5, latency_p99_ms=20.0, bad_status=2, cpu_ms=0.1)
    ]
    scenario = Scenario("a", "nginx", runs=runs, rss_mb=11.2, note="drained")
    table = scenario_table([scenario])
    row = next(line for line in table.splitlines() if line.startswith("(a)"))
    assert row.split()[-6:] == ["9,000.0", "3.50", "20.00", "2", "11.2", "0.10"]
    assert "drained" in table


def test_isso_config_turns_the_rate_limit_off_and_moderation_on():
    text = isso_config(
        db_path="/s/isso.db", listen_port=4321, origin="http://127.0.0.1:8000",
        log_path="/s/isso.log",
    )  # fmt: skip
    config = configparser.ConfigParser()
    config.read_string(text)
    assert config.getboolean("guard", "enabled") is False
    assert config.getboolean("moderation", "enabled") is True
    assert config["general"]["dbpath"] == "/s/isso.db"
    assert config["general"]["host"] == "http://127.0.0.1:8000"
    assert config["server"]["listen"] == "http://127.0.0.1:4321"


def test_nginx_config_has_one_worker_on_localhost_with_gzip_copies():
    text = nginx_config(root="/s/root", port=4322, prefix="/s/nginx")
    assert "worker_processes 1;" in text
    assert "listen 127.0.0.1:4322;" in text
    assert "gzip_static on;" in text
    assert "try_files ${uri}index.html =404;" in text


def test_wrk_script_makes_each_post_body_unique():
    script = wrk_post_script(
        path="/comments/post/7/",
        headers=[("Origin", "http://127.0.0.1:1")],
        body_template='name=Reader&body=Said "so" {n}&security=a%3Ab',
    )
    assert 'wrk.format("POST", "/comments/post/7/"' in script
    assert '["Origin"] = "http://127.0.0.1:1"' in script
    assert '"name=Reader&body=Said \\"so\\" " .. n .. "&security=a%3Ab"' in script
    assert 'thread:set("id", threads)' in script
