"""The task worker `masthead serve` runs: django-tasks-db's, made to keep its queue.

On top of the library's worker it
- runs queued jobs of a task that allows it many at a time (`batches`);
- tries a failed job again later, waiting twice as long each time, until
  MASTHEAD_TASK_ATTEMPTS; a job that still fails stays FAILED, the dead letter the
  desk dashboard shows (`queue.dead_letters`);
- beats a heartbeat, and gives back the jobs of workers not seen for the lease
  (`queue.release_expired_leases`), so a job whose worker died is run again, whatever
  address the next worker has;
- prunes finished jobs every hour (`queue.prune_finished`);
- waits cheaply when idle: on PostgreSQL it sleeps on LISTEN until an enqueue's
  NOTIFY (a trigger on the jobs table sends it as the enqueuing transaction
  commits: core migration 0003) wakes it; elsewhere it polls less often
  the longer it stays idle;
- outlives a database restart: whatever it was doing (claiming, waiting, writing a
  job's outcome) it waits for the database, and a job whose outcome it could not
  write is given back to the queue when the database returns, to run again.
"""

import logging
import threading
import time

from django.db import close_old_connections, connections
from django.db.utils import DatabaseError, InterfaceError, OperationalError
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult
from django_tasks_db.utils import exclusive_transaction, is_locked_database_exception

from . import batches, queue

logger = logging.getLogger(__name__)

HOUSEKEEPING_SECONDS = 3600
# An idle worker on a database without LISTEN polls at the given interval, then
# twice as long after each empty poll, up to this cap.
IDLE_POLL_CAP_SECONDS = 5.0
# What a database restarting or out of reach raises.
DATABASE_AWAY = (OperationalError, InterfaceError)


class KeepingWorker(Worker):
    def __init__(self, **options):
        super().__init__(**options)
        self.idle_wait = self.interval
        self.next_housekeeping = 0.0
        self.listener = None
        self.heart = Heartbeat(self.worker_id)
        # Jobs run whose outcome the database did not take: still marked running.
        self.unrecorded = set()

    def run(self):
        self.heart.start()
        try:
            self.work()
        finally:
            self.heart.stop()

    def work(self):
        while self.running:
            close_old_connections()
            try:
                self.keep_house()
                self.give_back_unrecorded()
                claimed = self.claim_next()
                claimed += self.gather(claimed)
            except DATABASE_AWAY as error:
                # The database restarts or is out of reach: wait for it, as the
                # server's requests do, rather than end the worker.
                self.database_away(error)
                claimed = []
            if claimed:
                self.run_claimed(claimed)
                self.idle_wait = self.interval
            elif self.batch:
                return
            if self.max_tasks is not None and self._run_tasks >= self.max_tasks:
                return
            if self.running and not claimed:
                self.wait_for_work()

    def ready_jobs(self):
        jobs = DBTaskResult.objects.ready().filter(backend_name=self.backend_name)
        if not self.process_all_queues:
            jobs = jobs.filter(queue_name__in=self.queue_names)
        if self.excluded_queue_names:
            jobs = jobs.exclude(queue_name__in=self.excluded_queue_names)
        return jobs

    def claim_next(self):
        """Take the next ready job of this worker's queues, with more of the same
        task when it runs in batches; return them, or [] when none is ready."""
        jobs = self.ready_jobs()
        try:
            with exclusive_transaction(jobs.db):
                job = jobs.get_locked()
                if job is None:
                    return []
                return batches.claim_alike(jobs, job, self.worker_id, self.room())
        except OperationalError as error:
            if is_locked_database_exception(error):
                return []  # another worker holds SQLite's lock; try again soon
            raise

    def gather(self, claimed):
        """Wait a moment for more jobs of a batched task when the batch has room,
        then claim them too; return them (batches.py says why)."""
        room = self.room()
        if (
            not claimed
            or batches.room_left(claimed, room) <= 0
            or not batches.gather_seconds()
            or not batches.gathers(claimed[0].task_path)
        ):
            return []
        time.sleep(batches.gather_seconds())
        jobs = self.ready_jobs()
        try:
            with exclusive_transaction(jobs.db):
                return batches.claim_more(jobs, claimed, self.worker_id, room)
        except DATABASE_AWAY as error:
            # Locked by another worker, or the database went away: run what is
            # claimed; its outcome is written, or given back, as ever.
            if not is_locked_database_exception(error):
                logger.warning("Task worker could not gather more jobs: %s", error)
            return []

    def room(self):
        """How many jobs this worker may still take (`--max-tasks`), or None."""
        if self.max_tasks is None:
            return None
        return max(1, self.max_tasks - self._run_tasks)

    def run_claimed(self, jobs):
        if len(jobs) == 1:
            self.run_task(jobs[0])
            return
        try:
            batches.run_together(jobs)
            self._run_tasks += len(jobs)
        except DATABASE_AWAY as error:
            # As for one job (run_task): give them back once the database answers.
            self.unrecorded.update(job.pk for job in jobs)
            self.database_away(error)
        except Exception:
            logger.exception(
                "A batch of %d %s jobs failed; running each on its own",
                len(jobs),
                jobs[0].task_path,
            )
            for job in jobs:
                self.run_task(job)

    def run_task(self, db_task_result):
        try:
            super().run_task(db_task_result)
            if db_task_result.status == TaskResultStatus.FAILED:
                queue.retry_later(db_task_result)
        except DATABASE_AWAY as error:
            # The job ran, but the database went away before it took the outcome
            # (the library's worker would end here). It stays marked running under
            # a worker that is alive, so no lease frees it: give it back ourselves
            # once the database answers. Every task is safe to run again.
            self.unrecorded.add(db_task_result.pk)
            self.database_away(error)

    def give_back_unrecorded(self):
        if self.unrecorded:
            given = queue.give_back(self.unrecorded)
            logger.warning("Gave back %d job(s) whose outcome was not written", given)
            self.unrecorded.clear()

    def database_away(self, error):
        logger.warning("Task worker cannot reach the database: %s", error)
        connections[DBTaskResult.objects.db].close()

    def keep_house(self):
        if time.monotonic() < self.next_housekeeping:
            return
        self.next_housekeeping = time.monotonic() + min(
            HOUSEKEEPING_SECONDS, queue.lease_seconds()
        )
        released = queue.release_expired_leases(self.backend_name)
        if released:
            logger.warning("Gave back %d job(s) of workers that died", released)
        queue.prune_finished(self.backend_name)

    def wait_for_work(self):
        """Sleep until work may be there: a NOTIFY, a retry falling due, or a
        poll interval that grows while the queue stays empty."""
        try:
            timeout = min(self.longest_wait(), self.seconds_to_next_due())
        except DATABASE_AWAY as error:
            self.database_away(error)
            time.sleep(self.interval)
            return
        if connections[DBTaskResult.objects.db].vendor == "postgresql":
            self.listen(timeout)
            return
        time.sleep(min(self.idle_wait, timeout))
        self.idle_wait = min(self.idle_wait * 2 or self.interval, IDLE_POLL_CAP_SECONDS)

    def longest_wait(self):
        until_housekeeping = self.next_housekeeping - time.monotonic()
        return max(0.0, min(until_housekeeping, queue.lease_seconds()))

    def seconds_to_next_due(self):
        due = queue.next_run_after(self.backend_name)
        if due is None:
            return float("inf")
        return max(0.0, (due - timezone.now()).total_seconds())

    def listen(self, timeout):
        """Block on a connection of its own (Django closes its own between jobs)
        until a NOTIFY arrives or `timeout` seconds pass."""
        driver_error = connections[DBTaskResult.objects.db].Database.Error
        try:
            if self.listener is None:
                self.listener = queue.open_listener()
                return  # look at the queue once: a job may have come before LISTEN
            for _notice in self.listener.notifies(timeout=timeout, stop_after=1):
                pass
        except driver_error:
            # The server went away; listen again on a new connection once it is back.
            self.listener = None
            time.sleep(self.interval)


class Heartbeat:
    """Mark the worker alive every third of the lease, from a thread of its own, so
    a long job does not look like a dead worker."""

    def __init__(self, worker_id):
        self.worker_id = worker_id
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self.beat, daemon=True)

    def start(self):
        queue.mark_seen(self.worker_id)
        self.thread.start()

    def stop(self):
        self.stopping.set()
        queue.forget_worker(self.worker_id)

    def beat(self):
        try:
            while not self.stopping.wait(queue.lease_seconds() / 3):
                self.beat_once()
        finally:
            connections.close_all()

    def beat_once(self):
        try:
            queue.mark_seen(self.worker_id)
        except DatabaseError:
            # A busy or restarting database; the next beat comes well within the lease.
            logger.warning("Task worker %s could not mark itself alive", self.worker_id)
        close_old_connections()  # this thread's own connection
