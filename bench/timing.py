"""Timing helpers: run a callable N times, summarise, count queries, print a table."""

import cProfile
import io
import os
import platform
import pstats
import statistics
import subprocess
import time
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field


@dataclass
class Result:
    """One measure: its samples in milliseconds and the target it is held to."""

    name: str
    target_ms: float | None
    samples: list = field(default_factory=list)
    # CPU time of this thread per run: what contention for the cores does not add to
    # (on SQLite it includes the database's work; PostgreSQL's runs elsewhere).
    cpu_samples: list = field(default_factory=list)
    queries: int | None = None  # per run, counted on a separate untimed run

    @property
    def median_ms(self):
        return statistics.median(self.samples)

    @property
    def p95_ms(self):
        return percentile(self.samples, 95)

    @property
    def cpu_median_ms(self):
        return statistics.median(self.cpu_samples)

    @property
    def passed(self):
        return None if self.target_ms is None else self.median_ms <= self.target_ms

    def as_dict(self):
        data = asdict(self)
        del data["samples"], data["cpu_samples"]
        data.update(
            cpu_median_ms=round(self.cpu_median_ms, 3),
            n=len(self.samples),
            median_ms=round(self.median_ms, 3),
            p95_ms=round(self.p95_ms, 3),
            min_ms=round(min(self.samples), 3),
            passed=self.passed,
        )
        return data


def percentile(samples, q):
    """Return the q-th percentile by the nearest-rank method."""
    ordered = sorted(samples)
    rank = max(1, -(-len(ordered) * q // 100))  # ceiling without floats
    return ordered[int(rank) - 1]


def measure(name, run, repeat, *, prepare=None, target_ms=None, warmup=10):
    """Time `run(prepare(i))` for i in range(repeat) after `warmup` untimed calls.

    `prepare` (untimed) gives each call fresh input: a new form, the next comment.
    """
    prepare = prepare or (lambda i: i)
    for i in range(warmup):
        run(prepare(-1 - i))
    result = Result(name, target_ms)
    for i in range(repeat):
        argument = prepare(i)
        cpu, started = time.thread_time(), time.perf_counter()
        run(argument)
        result.samples.append((time.perf_counter() - started) * 1000)
        result.cpu_samples.append((time.thread_time() - cpu) * 1000)
    return result


@contextmanager
def counting_queries(connection):
    """Count the SQL statements run inside the block: `with ... as count: count[0]`."""
    count = [0]

    def wrapper(execute, sql, params, many, context):
        count[0] += 1
        return execute(sql, params, many, context)

    with connection.execute_wrapper(wrapper):
        yield count


def count_queries(connection, run, prepare=None):
    argument = prepare(-1000) if prepare else -1000
    with counting_queries(connection) as count:
        run(argument)
    return count[0]


def profile(run, prepare=None, repeat=10, limit=30):
    """Return the cProfile report (cumulative time) of `repeat` calls of `run`."""
    arguments = [prepare(-2000 - i) if prepare else i for i in range(repeat)]
    profiler = cProfile.Profile()
    profiler.enable()
    for argument in arguments:
        run(argument)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(limit)
    return out.getvalue()


def slowest_queries(connection, run, prepare=None, top=5):
    """Return the `top` slowest statements of one run, with their milliseconds."""
    timed = []

    def wrapper(execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            timed.append(((time.perf_counter() - started) * 1000, sql))

    argument = prepare(-3000) if prepare else -3000
    with connection.execute_wrapper(wrapper):
        run(argument)
    lines = [f"{len(timed)} queries, {sum(ms for ms, _ in timed):.1f} ms in SQL"]
    for ms, sql in sorted(timed, reverse=True)[:top]:
        lines.append(f"  {ms:8.2f} ms  {sql[:400]}")
    return "\n".join(lines)


@contextmanager
def stopwatch(label, timings):
    """Record the seconds the block took under `label`, and say so."""
    started = time.perf_counter()
    yield
    timings[label] = round(time.perf_counter() - started, 2)
    print(f"  {label}: {timings[label]:.1f} s", flush=True)


def load_average():
    return [round(value, 2) for value in os.getloadavg()]


def machine(connection):
    """Return what a reader of the figures needs to know about where they came from."""
    import django
    import wagtail

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT sqlite_version()"
            if connection.vendor == "sqlite"
            else "SHOW server_version"
        )
        db_version = cursor.fetchone()[0]
    return {
        "cpus": os.cpu_count(),
        "processor": platform.processor() or platform.machine(),
        "python": platform.python_version(),
        "django": django.get_version(),
        "wagtail": wagtail.__version__,
        "database": f"{connection.vendor} {db_version}",
    }


def code_version():
    """Return the commit measured, and the project files changed since it, if any."""

    def git(*args):
        done = subprocess.run(["git", *args], capture_output=True, text=True)
        return done.stdout.strip() if done.returncode == 0 else ""

    changed = git("status", "--porcelain", "--", "masthead").splitlines()
    return {"commit": git("rev-parse", "--short", "HEAD"), "uncommitted": changed}


def table(results):
    """Return the results as a fixed-width text table."""
    lines = [
        f"{'measure':<44} {'median ms':>10} {'p95 ms':>9} {'CPU ms':>8}"
        f" {'target':>8}  result",
        "-" * 93,
    ]
    for result in results:
        target = f"≤ {result.target_ms:g}" if result.target_ms is not None else "—"
        verdict = {True: "pass", False: "FAIL", None: ""}[result.passed]
        queries = f" ({result.queries} q)" if result.queries is not None else ""
        lines.append(
            f"{result.name:<44} {result.median_ms:>10.2f} {result.p95_ms:>9.2f}"
            f" {result.cpu_median_ms:>8.2f} {target:>8}  {verdict}{queries}"
        )
    return "\n".join(lines)
