"""What a Masthead process costs besides its answers: the time `django.setup()`
takes, a server worker's memory after the load, and an idle task worker's CPU."""

import statistics
import subprocess
import sys
import time

from serving_processes import cpu_seconds, log, rss_processes

# Timed inside the child, so the interpreter's own start is not counted.
SETUP = (
    "import time; started = time.perf_counter(); import django; django.setup(); "
    "print(time.perf_counter() - started)"
)

# CPU time comes in clock ticks of 10 ms: over a quick run's 3 s one tick is 0.33 %
# of a core, coarser than the 0.5 % target, so the idle worker is watched longer.
IDLE_SECONDS_AT_LEAST = 15


def setup_seconds(env, runs=3):
    """Return the median seconds of `django.setup()` in a new process, `runs` times."""
    times = []
    for _ in range(runs):
        finished = subprocess.run(  # noqa: S603
            [sys.executable, "-c", SETUP],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        times.append(float(finished.stdout.strip().splitlines()[-1]))
    log(f"django.setup(): {', '.join(f'{t:.2f}' for t in times)} s")
    return round(statistics.median(times), 2)


def server_worker_rss_mb(pid):
    """Return the resident memory of the largest server worker under `pid`, in MB.

    granian's main process only supervises (about 30 MB); the worker holds Django.
    The task worker is a process of its own, measured apart.
    """
    workers = [mb for _pid, name, mb in rss_processes(pid) if "granian" in name]
    return max(workers, default=None)


def idle_worker_percent(pid, seconds):
    """Return the CPU the task workers under `pid` use, idle, in % of one core,
    over `seconds` or IDLE_SECONDS_AT_LEAST, whichever is longer."""
    seconds = max(seconds, IDLE_SECONDS_AT_LEAST)
    before = cpu_seconds(pid)[1]
    time.sleep(seconds)
    used = cpu_seconds(pid)[1] - before
    return round(used * 100 / seconds, 2)
