"""The background task worker that `masthead serve` runs beside the server."""

import socket

from django.db import transaction
from django_tasks_db.models import DBTaskResult

RUNNING = "RUNNING"
READY = "READY"


def serve_worker_id(host, port):
    """Name the worker of the server at HOST:PORT on this machine, the same each run.

    A server killed outright (kill -9, power cut) leaves the job its worker had
    taken marked running; the next server on the same address knows it by this name.
    """
    return f"serve-{socket.gethostname()}-{host}:{port}"[-64:]


@transaction.atomic
def requeue_abandoned_jobs(backend_name, worker_id):
    """Put back the jobs `worker_id` had taken but never finished; return how many.

    Called before that worker starts again, so nobody runs them now. A job run twice
    is harmless here: triage replaces its own verdicts.
    """
    abandoned = [
        job.pk
        for job in DBTaskResult.objects.select_for_update().filter(
            backend_name=backend_name, status=RUNNING
        )
        if job.worker_ids and job.worker_ids[-1] == worker_id
    ]
    DBTaskResult.objects.filter(pk__in=abandoned).update(status=READY, started_at=None)
    return len(abandoned)
