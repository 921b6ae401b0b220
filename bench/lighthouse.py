"""Lighthouse (mobile) on the demo's article, lite article and edition home pages.

    python bench/lighthouse.py [--editions en ug] [--runs 3] [--data DIR]

Installs Lighthouse from npm into a cache folder the first time, builds the demo
(`masthead demo --no-serve`), starts the real server (`masthead serve`) on a free
127.0.0.1 port, runs Lighthouse on each page with Debian's Chromium, prints the median
of the runs against the targets, stops the server, and exits 1 on any miss.

Lighthouse's CPU throttling is relative to the host: its 4x slowdown takes a high-end
desktop (benchmark index 1,500-2,000) down to a mid-tier phone, and on a slower host it
warns that the score is not comparable and asks for a calibrated multiplier (its
docs/throttling.md). So by default the multiplier is calibrated: the host's benchmark
index (median of three runs) over a mid-tier phone's, about 440 (1,750 / 4).
`--cpu-multiplier 4` runs Lighthouse's own default instead.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from demo_site import lead_story_path, served_demo, warm
from serving_processes import log

# Lighthouse 13 needs Node 22; Debian's Node is 20.
LIGHTHOUSE = "lighthouse@12.8.2"
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "masthead"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
ATTEMPTS = 3
TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
# The benchmark index of the mid-tier phone Lighthouse's default 4x slowdown emulates
# from a high-end desktop (1,500-2,000).
MID_TIER_PHONE_INDEX = 440


def lighthouse_command(cache):
    """Return the Lighthouse executable, installing the pinned version if missing."""
    executable = cache / "node_modules" / ".bin" / "lighthouse"
    if not executable.exists():
        log(f"Installing {LIGHTHOUSE} into {cache}")
        cache.mkdir(parents=True, exist_ok=True)
        npm = ["npm", "install", "--prefix", str(cache), LIGHTHOUSE]
        subprocess.run([*npm, "--no-audit", "--no-fund"], check=True)  # noqa: S603
    return executable


def pages_of(base_url, edition):
    """Return {page name: URL} for an edition: its home, lead story and lite story."""
    story = lead_story_path(base_url, edition)
    return {
        f"{edition} home": f"{base_url}/{edition}/",
        f"{edition} article": base_url + story,
        f"{edition} lite article": f"{base_url}/lite{story}",
    }


def audit(lighthouse, url, report, multiplier=None, categories=CATEGORIES):
    """Run Lighthouse mobile once; return its category scores and console errors."""
    flags = "--headless=new --no-sandbox"
    command = [str(lighthouse), url, f"--chrome-flags={flags}", "--quiet"]
    command += ["--output=json", f"--output-path={report}"]
    command += [f"--only-categories={','.join(categories)}"]
    if multiplier:
        command += [f"--throttling.cpuSlowdownMultiplier={multiplier}"]
    env = os.environ | {"CHROME_PATH": shutil.which("chromium") or ""}
    # On a busy host Lighthouse now and then loses its trace (NO_NAVSTART) and asks
    # to be run again.
    for attempt in range(1, ATTEMPTS + 1):
        finished = subprocess.run(command, env=env, timeout=300)  # noqa: S603
        if finished.returncode == 0:
            break
        log(f"Lighthouse failed on {url} (attempt {attempt} of {ATTEMPTS})")
    finished.check_returncode()
    result = json.loads(Path(report).read_text())
    scores = {
        name: round(100 * result["categories"][name]["score"]) for name in categories
    }
    if "errors-in-console" in result["audits"]:
        errors = result["audits"]["errors-in-console"]["details"].get("items", [])
        scores["console errors"] = len(errors)
    # Lighthouse's own measure of the host's speed: the throttled performance score
    # is only comparable between runs on hosts of about the same index.
    scores["cpu index"] = round(result["environment"]["benchmarkIndex"])
    return scores


def calibrated_multiplier(lighthouse, url, scratch, runs=3):
    """Return the CPU slowdown that takes this host to a mid-tier phone."""
    indexes = [
        audit(lighthouse, url, scratch / f"calibration-{run}.json", None, ["seo"])[
            "cpu index"
        ]
        for run in range(runs)
    ]
    index = statistics.median(indexes)
    multiplier = round(min(max(index / MID_TIER_PHONE_INDEX, 1), 10), 1)
    log(f"Host benchmark index {indexes} (median {index}): CPU slowdown {multiplier}x")
    return multiplier


def median_scores(runs):
    return {name: statistics.median(run[name] for run in runs) for name in runs[0]}


def verdict(scores):
    met = all(scores[name] >= target for name, target in TARGETS.items())
    return "PASS" if met and scores["console errors"] == 0 else "MISS"


def print_table(rows):
    header = ("page", *CATEGORIES, "console errors", "cpu index", "slowdown", "")
    widths = [
        max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))
    ]
    for row in [header, *rows]:
        print(
            "  ".join(
                str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)
            )
        )


def measure(lighthouse, base_url, args, scratch):
    multiplier = args.cpu_multiplier
    if multiplier is None:
        home = f"{base_url}/{args.editions[0]}/"
        warm(home)
        multiplier = calibrated_multiplier(lighthouse, home, scratch)
    rows = []
    for edition in args.editions:
        for name, url in pages_of(base_url, edition).items():
            warm(url)
            stem = name.replace(" ", "-")
            runs = [
                audit(lighthouse, url, scratch / f"{stem}-{run}.json", multiplier)
                for run in range(1, args.runs + 1)
            ]
            log(f"{name}: {runs}")
            scores = median_scores(runs)
            rows.append((name, *scores.values(), f"{multiplier}x", verdict(scores)))
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--editions", nargs="+", default=["en", "ug"])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--data", type=Path, help="demo data folder (kept)")
    parser.add_argument("--cache", type=Path, default=CACHE / "lighthouse")
    parser.add_argument(
        "--cpu-multiplier",
        type=float,
        help="Lighthouse's CPU slowdown (default: calibrated to this host; 4 is "
        "Lighthouse's own default)",
    )
    args = parser.parse_args()
    lighthouse = lighthouse_command(args.cache)
    scratch = Path(tempfile.mkdtemp(prefix="masthead-lighthouse-"))
    data_dir = (args.data or scratch / "masthead-data").resolve()
    with served_demo(data_dir, scratch / "server.log") as base_url:
        rows = measure(lighthouse, base_url, args, scratch)
    print_table(rows)
    log(f"Lighthouse's reports: {scratch}")
    return 1 if any(row[-1] == "MISS" for row in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
