"""The serving benchmark's targets (issue 13): each a ratio against a peer measured
in the same run where one exists, since absolute times move from machine to machine.

Pure: the figures come in as a `Figures`, so tests can check every target.
"""

from dataclasses import asdict, dataclass, field

UNIT_SUFFIX = {"×": "×", "ms": " ms", "s": " s", "MB": " MB", "%": " %"}


@dataclass
class Target:
    """`measured` compared with `limit` ("≥" or "≤")."""

    name: str
    measured: float | None
    sign: str
    limit: float
    unit: str = "×"

    @property
    def passed(self):
        if self.measured is None:
            return None
        if self.sign == "≥":
            return self.measured >= self.limit
        return self.measured <= self.limit

    def as_dict(self):
        return asdict(self) | {"passed": self.passed}


@dataclass
class Figures:
    """What one run measured, by scenario key ("a" nginx, "b" baked, "c" rendered,
    "d" Masthead's POST, "e_get" / "e_post" Isso's).

    `rates` are answers per second; `cpu_ms` the server's CPU per answer, plus
    "triage" (the task worker's CPU per comment) and "decision" (one approval);
    `process` has "setup_s" (django.setup()), "worker_rss_mb" (a server worker
    after the load) and "idle_worker_percent" (of a core); `desk` the desk's
    pending-queue median in ms as "queue".
    """

    rates: dict = field(default_factory=dict)
    cpu_ms: dict = field(default_factory=dict)
    process: dict = field(default_factory=dict)
    desk: dict = field(default_factory=dict)


def ratio(numerator, denominator):
    """Return numerator / denominator, or None when either is missing or zero."""
    if not numerator or not denominator:
        return None
    return numerator / denominator


def cheaper(peer_cpu_ms, own_cpu_ms):
    """Return how many of our answers cost what one of the peer's does."""
    return ratio(peer_cpu_ms, own_cpu_ms)


def targets(figures):
    """Return issue 13's targets, writes first, then reads, process and desk."""
    rates, cpu, process = figures.rates, figures.cpu_ms, figures.process
    return [
        Target("(d) comment POST / Isso POST, rate",
               ratio(rates.get("d"), rates.get("e_post")), "≥", 1.5),
        Target("(d) comment POST / Isso POST, CPU",
               cheaper(cpu.get("e_post"), cpu.get("d")), "≥", 1.5),
        Target("triage, CPU per comment", cpu.get("triage"), "≤", 3, "ms"),
        Target("desk decision CPU / Isso POST CPU",
               ratio(cpu.get("decision"), cpu.get("e_post")), "≤", 1),
        Target("(c) rendered page / Isso GET, rate",
               ratio(rates.get("c"), rates.get("e_get")), "≥", 10),
        Target("(c) rendered page / Isso GET, CPU",
               cheaper(cpu.get("e_get"), cpu.get("c")), "≥", 10),
        Target("(b) baked page / nginx, CPU",
               cheaper(cpu.get("a"), cpu.get("b")), "≥", 0.8),
        Target("django.setup()", process.get("setup_s"), "≤", 3, "s"),
        Target("server worker RSS after load", process.get("worker_rss_mb"),
               "≤", 150, "MB"),
        Target("idle task worker, CPU", process.get("idle_worker_percent"),
               "≤", 0.5, "%"),
        Target("(f) desk pending queue", figures.desk.get("queue"), "≤", 100, "ms"),
    ]  # fmt: skip


def number(value, digits=1):
    return "—" if value is None else f"{value:,.{digits}f}"


def target_table(checks):
    """Return the targets with the measured values and PASS or MISS."""
    lines = [f"{'target':<40}{'measured':>12}{'wanted':>12}  result", "-" * 72]
    for check in checks:
        unit = UNIT_SUFFIX[check.unit]
        digits = 1 if check.unit in ("ms", "MB") else 2
        measured = number(check.measured, digits)
        wanted = f"{check.sign} {check.limit:g}{unit}"
        verdict = {True: "PASS", False: "MISS", None: "n/a"}[check.passed]
        shown = measured + (unit if check.measured is not None else "")
        lines.append(f"{check.name:<40}{shown:>12}{wanted:>12}  {verdict}")
    return "\n".join(lines)
