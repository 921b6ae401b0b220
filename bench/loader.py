"""Load a million comments fast: generated rows, inserted in batches (executemany
on SQLite, COPY on PostgreSQL), one transaction per batch. The ORM's way, a model
instance and a save() each, would take an hour.

Import only after django.setup().
"""

import hashlib
import html
import random
from datetime import UTC, timedelta

from django.core.management.color import no_style
from django.db import connection, transaction
from django.utils import timezone

from masthead.comments.models import Comment, CommentRevision, CommentStatus, Report

EDITIONS = {"en": 0.5, "ko": 0.3, "ug": 0.2}  # share of the comments
WORDS = {
    "en": "the harbour council vote rail link fair report thanks but why not more "
    "people should know this is wrong right price water school road minister "
    "promised again week city north south I we they".split(),
    "ko": "정부 발표 기사 감사합니다 그러나 왜 시민 도로 학교 물가 장관 약속 "
    "다시 이번 주 도시 북쪽 남쪽 우리는 그들은 생각 사실 문제".split(),
    "ug": "ھۆكۈمەت خەۋەر رەھمەت لېكىن نېمىشقا خەلق يول مەكتەپ باھا مىنىستىر "
    "ۋەدە يەنە بۇ ھەپتە شەھەر شىمال جەنۇب بىز ئۇلار پىكىر ھەقىقەت".split(),
}
IDENTITIES = 100_000  # distinct commenters
REGULARS = 200  # who write a tenth of everything


class Loader:
    """Insert `total` comments spread over a year, oldest first.

    The newest 1% are mostly still pending (the backlog); older ones are approved
    (85%), rejected, or rarely forgotten in the queue: about 2% pending in all,
    across the three editions and all their articles. 40% of commenters give an
    email. Every comment has its first revision, edited ones (1% of approved) a
    second; 0.5% of approved ones are reported, a fifth of those still open.
    """

    batch = 10_000

    def __init__(self, total, articles, moderators, seed=2):
        self.total, self.random = total, random.Random(seed)
        self.articles = {
            code: [(a.pk, a.get_parent().pk) for a in pages]
            for code, pages in articles.items()
        }
        self.moderators = [user.pk for user in moderators]
        self.bodies = {code: self._bodies(code) for code in EDITIONS}
        self.hashes = [
            hashlib.sha256(b"ip%d" % i).hexdigest() for i in range(IDENTITIES)
        ]
        self.end = timezone.now() - timedelta(minutes=5)
        self.counts = {status: 0 for status in CommentStatus.values}
        self.adapt = _datetime_adapter()

    def _bodies(self, code, variety=3000):
        pick = self.random.choices
        return [
            " ".join(pick(WORDS[code], k=self.random.randint(6, 90)))
            for _ in range(variety)
        ]

    def run(self, progress=print):
        """Insert everything; return the number of comments by status."""
        last = Comment.objects.order_by("-pk").values_list("pk", flat=True).first()
        first_id = (last or 0) + 1
        if connection.vendor == "sqlite":
            with connection.cursor() as cursor:
                cursor.execute("PRAGMA cache_size=-262144")  # 256 MB, this load only
        for start in range(0, self.total, self.batch):
            end = min(start + self.batch, self.total)
            rows = [self._row(first_id + i, i) for i in range(start, end)]
            with transaction.atomic():
                self._insert(rows)
            if end % 100_000 == 0 or end == self.total:
                progress(f"  {end:>9,} comments")
        models = [Comment, CommentRevision, Report]
        with connection.cursor() as cursor:
            for sql in connection.ops.sequence_reset_sql(no_style(), models):
                cursor.execute(sql)
        connection.close()  # the measures start on a connection with default pragmas
        return self.counts

    def _status(self, age):
        roll = self.random.random()
        if roll < (0.9 if age < 0.01 else 0.011):
            return CommentStatus.PENDING
        return CommentStatus.APPROVED if roll < 0.87 else CommentStatus.REJECTED

    def _row(self, pk, i):
        r = self.random
        age = 1 - i / self.total  # 1 for the oldest, 0 for the newest
        created = self.end - timedelta(days=365 * age, seconds=r.random() * 60)
        status = self._status(age)
        code = r.choices(tuple(EDITIONS), weights=tuple(EDITIONS.values()))[0]
        article_id, section_id = r.choice(self.articles[code])
        who = r.randrange(REGULARS) if r.random() < 0.1 else r.randrange(IDENTITIES)
        body = r.choice(self.bodies[code])
        approved = status == CommentStatus.APPROVED
        decided = status != CommentStatus.PENDING
        edited = approved and r.random() < 0.01
        self.counts[status] += 1
        return {
            "id": pk,
            "article_id": article_id,
            "section_id": section_id,
            "edition": code,
            "display_name": f"Reader {who}",
            "email": f"reader{who}@example.org" if who % 5 < 2 else "",
            "body": body,
            "revision": 2 if edited else 1,
            "status": status,
            "edited_by_moderators": edited,
            "ip_hash": self.hashes[who],
            "network": f"198.{who >> 16}.{(who >> 8) & 255}.0/24",
            "created_at": self.adapt(created),
            "decided_at": self.adapt(
                created + timedelta(minutes=r.randint(5, 720)) if decided else None
            ),
            "decided_by_id": r.choice(self.moderators) if decided else None,
            "rendered_html": _html(pk, who, body) if approved else "",
            "reported": approved and r.random() < 0.005,
        }

    def _insert(self, rows):
        _executemany(Comment, rows)
        revisions = [
            {"comment_id": row["id"], "number": 1, "body": row["body"]}
            | {"created_at": row["created_at"]}
            for row in rows
        ]
        revisions += [
            {"comment_id": row["id"], "number": 2, "body": row["body"] + " [edited]"}
            | {"editor_id": row["decided_by_id"], "reason": "off_topic"}
            | {"created_at": row["decided_at"]}
            for row in rows
            if row["revision"] == 2
        ]
        _executemany(CommentRevision, revisions)
        reports = [
            {"comment_id": row["id"], "reason": "abusive", "ip_hash": self.hashes[-1]}
            | {"created_at": row["decided_at"]}
            | {"resolved_at": None if row["id"] % 5 == 0 else row["decided_at"]}
            for row in rows
            if row["reported"]
        ]
        _executemany(Report, reports)


def _datetime_adapter():
    if connection.vendor == "sqlite":
        # What Django stores, naive UTC text, ten times faster than its adapter.
        return lambda value: value and str(value.astimezone(UTC).replace(tzinfo=None))
    return connection.ops.adapt_datetimefield_value


def _html(pk, who, body):
    # The shape and size of comments/comment.html; the big load renders no template.
    return (
        f'<article class="comment" id="comment-{pk}"><header><strong class="comment-'
        f'author">Reader {who}</strong> <time>1 March 2026</time></header><div class='
        f'"comment-body">{html.escape(body)}</div><footer class="comment-actions"><a '
        f'class="comment-reply" rel="nofollow" href="?reply_to={pk}#comment-form">'
        f'Reply</a> <a class="comment-report" rel="nofollow" href="/comments/{pk}/'
        f'report/">Report</a></footer></article>'
    )


def _executemany(model, rows):
    """Insert dict rows; a column a row does not name gets the field's default."""
    if not rows:
        return
    fields = [
        field
        for field in model._meta.local_concrete_fields
        if not field.primary_key or "id" in rows[0]
    ]
    defaults = {
        field.attname: field.get_db_prep_save(field.get_default(), connection)
        for field in fields
    }
    names = [field.attname for field in fields]
    quote = connection.ops.quote_name
    columns = ", ".join(quote(field.column) for field in fields)
    table = quote(model._meta.db_table)
    params = [[row.get(name, defaults[name]) for name in names] for row in rows]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":  # COPY: several times executemany's pace
            with cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for values in params:
                    copy.write_row(values)
        else:
            values = ", ".join(["%s"] * len(names))
            cursor.executemany(
                f"INSERT INTO {table} ({columns}) VALUES ({values})", params
            )
