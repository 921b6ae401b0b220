"""A small load generator for when wrk cannot be installed: keep-alive connections
in threads, each sending requests back to back for a fixed time.

Python's own cost per request (and its global lock) caps what it can measure at a
few thousand requests a second: the fast servers are then limited by this, not by
themselves. wrk is the tool the benchmark means; this only keeps it running.
"""

import http.client
import itertools
import threading
import time

from serving_tools import Run


def run(port, method, path, *, headers, body=None, connections=16, seconds=10):
    """Load 127.0.0.1:`port` and return a Run; `body(n)` gives each POST's body."""
    deadline = time.monotonic() + seconds
    numbers = itertools.count(1)
    latencies, outcome = [], {"bad": 0, "errors": 0}
    lock = threading.Lock()

    def worker():
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        mine, bad, errors = [], 0, 0
        while time.monotonic() < deadline:
            data = body(str(next(numbers))) if body else None
            started = time.perf_counter()
            try:
                connection.request(method, path, body=data, headers=headers)
                response = connection.getresponse()
                response.read()
            except (OSError, http.client.HTTPException):
                errors += 1
                connection.close()
                continue
            mine.append((time.perf_counter() - started) * 1000)
            bad += not 200 <= response.status < 400
        connection.close()
        with lock:
            latencies.extend(mine)
            outcome["bad"] += bad
            outcome["errors"] += errors

    started = time.monotonic()
    threads = [threading.Thread(target=worker) for _ in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    latencies.sort()

    def at(share):
        return round(latencies[int(share * (len(latencies) - 1))], 3)

    return Run(
        requests_per_sec=round(len(latencies) / elapsed, 2),
        requests=len(latencies),
        seconds=round(elapsed, 2),
        latency_p50_ms=at(0.5) if latencies else None,
        latency_p99_ms=at(0.99) if latencies else None,
        bad_status=outcome["bad"],
        socket_errors=outcome["errors"],
    )
