"""Serve the news at the speed of a static file? Issue 5's benchmark, in one run.

    python bench/serving.py [--quick] [--seconds 10] [--runs 3] [--loader wrk|python]

On this machine, one worker process per server, load from wrk on 127.0.0.1:
(a) nginx serving a saved copy of the demo article with 200 approved comments;
(b) Masthead serving it baked, through `masthead serve --workers 1`;
(c) Masthead rendering it (the same server, a query string: never baked);
(d) Masthead taking comment posts (triage in the server's task worker);
(e) Isso 0.14 serving the same 200 comments as JSON, and taking posts;
(f) the desk's pending queue and a decision with 1,000,000 comments loaded.
Prints the table and the targets, writes bench/results/serving[-quick].json.
See bench/README.md.
"""

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from serving_footprint import setup_seconds  # noqa: E402
from serving_isso import isso_scenarios  # noqa: E402
from serving_masthead import GZIP, build_site, masthead_scenarios  # noqa: E402
from serving_processes import (  # noqa: E402
    Load,
    Servers,
    cpu_seconds,
    ensure_tools,
    free_port,
    http_get,
    log,
    rss_mb,
    wait_for_http,
)
from serving_targets import Figures, target_table, targets  # noqa: E402
from serving_tools import Scenario, nginx_config, scenario_table  # noqa: E402


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a short smoke run")
    parser.add_argument("--seconds", type=int, help="length of a run (10; quick 2)")
    parser.add_argument("--runs", type=int, help="runs per measure (3; quick 1)")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument(
        "--connections", type=int, default=32, help="open connections, static pages"
    )
    parser.add_argument(
        "--dynamic-connections",
        type=int,
        default=4,
        help="open connections for what Python answers (c, d, e)",
    )
    parser.add_argument("--loader", choices=("wrk", "python"), default="wrk")
    parser.add_argument("--comments", type=int, help="for (f): 1,000,000; quick 20,000")
    parser.add_argument("--desk-repeat", type=int, help="(f) runs per measure")
    parser.add_argument("--skip-desk", action="store_true", help="leave (f) out")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder")
    parser.add_argument(
        "--data", type=Path, help="build (or reuse) the site in this data folder"
    )
    parser.add_argument(
        "--isso-venv", type=Path, help="Isso's virtualenv (default: made in scratch)"
    )
    args = parser.parse_args(argv)
    quick = args.quick
    args.seconds = args.seconds or (3 if quick else 10)
    args.runs = args.runs or (1 if quick else 3)
    args.comments = args.comments or (20_000 if quick else 1_000_000)
    args.desk_repeat = args.desk_repeat or (10 if quick else 30)
    return args


class Bench:
    """The run's options, scratch folder, servers, load tool and scenarios."""

    def __init__(self, args, scratch, servers):
        self.args, self.scratch, self.servers = args, scratch, servers
        tool = ensure_tools(args.loader)
        self.load = Load(
            tool,
            threads=args.threads,
            connections=args.connections,
            seconds=args.seconds,
            scratch=scratch,
        )
        self.scenarios, self.rates, self.desk, self.extra = [], {}, {}, {}

    def measure(
        self, key, name, port, path, *, pid, rate_key=None, dynamic=False, **load
    ):
        """Warm up, then run the load `runs` times; keep the scenario.

        Pages Python renders get fewer connections (`dynamic`): a few keep one
        worker busy, and 32 would only queue behind it past the end of a run.
        """
        scenario = Scenario(key, name)
        load["connections"] = self.args.dynamic_connections if dynamic else None
        log(f"({key}) {name}")
        self.load.run(port, path, seconds=max(1, self.args.seconds // 3), **load)
        for _ in range(self.args.runs):
            before = cpu_seconds(pid)[0]
            run = self.load.run(port, path, **load)
            if run.requests:
                used = cpu_seconds(pid)[0] - before
                run.cpu_ms = round(used * 1000 / run.requests, 3)
            log(
                f"    {run.requests_per_sec:,.0f} req/s, {run.bad_status} bad, "
                f"server CPU {run.cpu_ms} ms per answer"
            )
            scenario.runs.append(run)
        self.scenarios.append(scenario)
        self.rates[rate_key or key] = scenario.rate
        return scenario


def nginx_scenario(bench, page):
    """Serve the saved page (and its gzip copy) at the same path with nginx."""
    folder = bench.scratch / "nginx"
    target = folder / "root" / page["path"].strip("/") / "index.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    # nginx's worker runs as an unprivileged user: let it through the scratch folder.
    bench.scratch.chmod(0o711)
    target.write_bytes(page["html"])
    if page["gzip"]:
        target.with_name("index.html.gz").write_bytes(page["gzip"])
    port = free_port()
    config = folder / "nginx.conf"
    config.write_text(nginx_config(root=folder / "root", port=port, prefix=folder))
    command = ["nginx", "-p", str(folder), "-c", str(config)]
    process = bench.servers.start("nginx", command, log_path=folder / "nginx.log")
    wait_for_http(port, page["path"], process=process)
    status, headers, _ = http_get(port, page["path"], dict([GZIP]))
    if status != 200 or headers.get("content-encoding") != "gzip":
        raise SystemExit(f"nginx answered {status} {headers}")
    name = "nginx, saved copy of the page (gzip_static)"
    bench.measure("a", name, port, page["path"], pid=process.pid, headers=[GZIP])
    bench.scenarios[-1].rss_mb = rss_mb(process.pid)
    bench.servers.stop("nginx")


def desk_scale(bench):
    """Run part (f) in its own process and data folder."""
    out = bench.scratch / "desk.json"
    log(f"(f) desk with {bench.args.comments:,} comments loaded")
    command = [sys.executable, str(HERE / "desk_scale.py"), "--out", str(out)]
    command += ["--comments", str(bench.args.comments)]
    command += ["--repeat", str(bench.args.desk_repeat)]
    subprocess.run(command, check=True, cwd=HERE.parent)  # noqa: S603
    data = json.loads(out.read_text())
    bench.desk = {"queue": data["queue_ms"], "decision": data["decision_ms"]}
    bench.extra["desk"] = data


def figures(bench):
    """Gather what the run measured into the targets' Figures."""
    cpu = {}
    for scenario in bench.scenarios:
        key = {"e": "e_get" if "GET" in scenario.name else "e_post"}.get(
            scenario.key, scenario.key
        )
        cpu[key] = scenario.cpu_ms
    cpu["triage"] = bench.extra.get("triage", {}).get("cpu_ms_per_comment")
    cpu["decision"] = bench.extra.get("desk", {}).get("decision_cpu_ms")
    return Figures(
        rates=bench.rates,
        cpu_ms=cpu,
        process=bench.extra.get("process", {}),
        desk=bench.desk,
    )


def report(bench):
    import timing

    checks = targets(figures(bench))
    print()
    print(scenario_table(bench.scenarios))
    if bench.desk:
        desk = bench.extra["desk"]
        print(
            f"(f) desk with {bench.args.comments:,} comments: pending queue "
            f"{desk['queue_ms']:.1f} ms (CPU {desk['queue_cpu_ms']:.1f} ms), approve "
            f"{desk['decision_ms']:.1f} ms (CPU {desk['decision_cpu_ms']:.1f} ms), "
            "medians"
        )
    print()
    print(target_table(checks))
    data = {
        "quick": bench.args.quick,
        "options": {k: v for k, v in vars(bench.args).items() if k != "quick"},
        "load_tool": bench.load.tool,
        "code": timing.code_version(),
        "load_average_after": timing.load_average(),
        "scenarios": [scenario.as_dict() for scenario in bench.scenarios],
        "targets": [check.as_dict() for check in checks],
        **bench.extra,
    }
    results = HERE / "results"
    results.mkdir(exist_ok=True)
    path = results / ("serving-quick.json" if bench.args.quick else "serving.json")
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")
    print(f"\nLoad average {data['load_average_after']}; wrote {path}")
    return all(check.passed for check in checks if check.passed is not None)


def run(bench):
    import timing

    bench.extra["load_average_before"] = timing.load_average()
    site = build_site(bench)
    bench.extra.setdefault("process", {})["setup_s"] = setup_seconds(site["env"])
    page = masthead_scenarios(bench, site)
    nginx_scenario(bench, page)
    isso_scenarios(bench, site)
    if not bench.args.skip_desk:
        desk_scale(bench)
    return report(bench)


def interrupted(signum, frame):
    raise KeyboardInterrupt


def main(argv=None):
    args = parse_args(argv)
    os.chdir(HERE.parent)
    scratch = Path(tempfile.mkdtemp(prefix="masthead-serving-"))
    servers = Servers()
    # Also when started in the background, where the shell ignores SIGINT for us.
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, interrupted)
    try:
        return 0 if run(Bench(args, scratch, servers)) else 1
    except KeyboardInterrupt:
        print("Interrupted: every server started is being stopped.", flush=True)
        return 130
    finally:
        servers.stop_all()
        if args.keep:
            print(f"Scratch folder kept: {scratch}")
        else:
            subprocess.run(["rm", "-rf", str(scratch)], check=False)  # noqa: S607


if __name__ == "__main__":
    sys.exit(main())
