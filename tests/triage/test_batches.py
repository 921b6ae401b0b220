"""Triage in batches: each comment gets what it would get alone, in few statements."""

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_tasks_db.models import DBTaskResult

from masthead.comments import submission
from masthead.comments.models import Comment, CommentStatus
from masthead.triage import memory, similarity
from masthead.triage.base import Finding, Outcome, Rule
from masthead.triage.models import TriageVerdict, WordListEntry
from masthead.triage.pipeline import triage, triage_many
from masthead.triage.rules.campaign import CampaignRule
from masthead.triage.rules.duplicates import DuplicateRule
from masthead.triage.rules.language import LanguageRule
from masthead.triage.rules.learned import LearnedScoreRule
from masthead.triage.rules.links import LinksRule
from masthead.triage.rules.words import WordListRule
from tests.queues import DATABASE_QUEUE
from tests.real_redis import forget_keys, redis_cache_settings

pytestmark = pytest.mark.django_db

CAMPAIGN = (
    "The government must release every detained journalist immediately. "
    "Press freedom is a basic right of the people!"
)
CAMPAIGN_COPY = (
    "The government must immediately release every detained journalist!! "
    "Press freedom is a basic right of all people"
)
# (body, address): a repeat, near-copies from others, a banned word, a link, another
# language, abuse for the model, and ordinary comments.
CONVERSATION = [
    ("Thank you for the clear report on the harbour.", "192.0.2.1"),
    (CAMPAIGN, "192.0.2.2"),
    ("You are a stupid fool and an idiot.", "192.0.2.3"),
    (CAMPAIGN_COPY, "192.0.2.4"),
    ("thank you for the CLEAR report on the harbour.", "192.0.2.1"),
    ("The mayor is a scoundrel.", "192.0.2.5"),
    ("Cheap deals at http://spam.example and http://more.example", "192.0.2.6"),
    ("정부는 구금된 모든 기자들을 즉시 석방해야 합니다.", "192.0.2.7"),
    (CAMPAIGN, "192.0.2.8"),
    ("Will the ferry run on Sundays as well?", "192.0.2.9"),
]


@pytest.fixture
def every_rule(only_rules, en_model):
    only_rules(
        WordListRule,
        LinksRule,
        LanguageRule,
        LearnedScoreRule,
        DuplicateRule,
        CampaignRule,
    )
    WordListEntry.objects.create(edition="en", term="scoundrel", kind="banned")
    caches["triage"].clear()
    yield
    caches["triage"].clear()


def store(article, body, address, shift=0):
    """Store a comment as a reader's post does; its triage is left to the test (a
    test's transaction never commits, and the queue runs nothing until it does).
    `shift` gives its commenter another address."""
    if shift:
        address = address.replace("192.0.2.", f"198.51.{shift}.")
    prepared = submission.prepare(
        article, display_name="Reader", body=body, address=address
    )
    return submission.store(prepared)


def outcomes(comment, by_pk):
    """The comment's verdicts as rule -> (outcome, score, comparable details)."""
    found = {}
    for verdict in TriageVerdict.objects.filter(comment=comment):
        details = dict(verdict.details)
        details.pop("minhash", None)
        for key in ("duplicate_of", "cluster"):
            if key in details:
                details[key] = by_pk[details[key]]
        if "similar" in details:
            details["similar"] = [by_pk[pk] for pk in details["similar"]]
        found[verdict.rule] = (verdict.outcome, verdict.score, details)
    return found


def test_a_batch_gives_each_comment_the_verdicts_it_gets_alone(every_rule, article):
    alone = [store(article, body, address) for body, address in CONVERSATION]
    for comment in alone:
        triage(comment)
    caches["triage"].clear()  # the second conversation must not meet the first
    together = [store(article, body, address, 1) for body, address in CONVERSATION]
    triage_many(together)
    # Ids differ between the two conversations: compare places in the conversation.
    place = {c.pk: at for at, c in enumerate(alone)}
    place |= {c.pk: at for at, c in enumerate(together)}
    for one, other in zip(alone, together, strict=True):
        assert outcomes(other, place) == outcomes(one, place), one.body
    statuses = [Comment.objects.get(pk=c.pk).status for c in together]
    assert statuses[4] == statuses[5] == CommentStatus.REJECTED  # repeat, banned
    assert outcomes(together[3], place)["campaign"][0] == Outcome.HOLD
    assert outcomes(together[8], place)["campaign"][2]["similar"][:2] == [1, 3]


def test_near_copies_in_one_batch_from_other_commenters_are_held(only_rules, article):
    only_rules(CampaignRule)
    caches["triage"].clear()
    first = store(article, CAMPAIGN, "192.0.2.1")
    copy = store(article, CAMPAIGN_COPY, "192.0.2.2")
    triage_many([first, copy])
    verdict = TriageVerdict.objects.get(comment=copy, rule="campaign")
    assert verdict.outcome == Outcome.HOLD
    assert verdict.details["similar"] == [first.pk]
    assert verdict.details["cluster"] == first.pk


class FailsOnBoom(Rule):
    code = "fails_on_boom"

    def check(self, comment, options):
        if "boom" in comment.body:
            raise RuntimeError("boom")
        return Finding(Outcome.HOLD, "Held.", {"priority": 3})


def test_a_rule_failing_on_one_comment_leaves_the_batch_its_findings(
    only_rules, article
):
    only_rules(FailsOnBoom)
    comments = [
        store(article, body, "192.0.2.1") for body in ("One.", "It went boom.", "Two.")
    ]
    triage_many(comments)
    found = {
        v.comment_id: v.outcome
        for v in TriageVerdict.objects.filter(rule="fails_on_boom")
    }
    assert [found[c.pk] for c in comments] == ["hold", "unknown", "hold"]
    priorities = [Comment.objects.get(pk=c.pk).priority for c in comments]
    assert priorities == [13, 0, 13]


@pytest.mark.django_db(transaction=True)
def test_the_worker_triages_a_queue_in_batches_with_few_statements(
    every_rule, article, settings
):
    settings.TASKS = DATABASE_QUEUE
    settings.MASTHEAD_TASK_BATCH = 100
    comments = [
        store(article, f"{body} ({n})", address)
        for n in range(3)
        for body, address in CONVERSATION
    ]
    with CaptureQueriesContext(connection) as queries:
        call_command(
            "db_worker", "--batch", "--backend", "comments", "--no-startup-delay"
        )
    jobs = DBTaskResult.objects.filter(task_path__endswith="triage_comment")
    assert set(jobs.values_list("status", flat=True)) == {"SUCCESSFUL"}
    assert TriageVerdict.objects.count() == 6 * len(comments)
    # 30 comments: the worker's start and housekeeping (about 20 statements), the
    # claim, one read of the comments, one per rule that reads, the verdicts, one
    # UPDATE per priority and the successes: under 50 statements, where one at a
    # time took a dozen per comment. A rejection is a moderation decision of its
    # own, in 6 or 7 statements.
    rejected = Comment.objects.filter(status=CommentStatus.REJECTED).count()
    assert rejected == 6  # a repeat and a banned word in each of the 3 rounds
    assert len(queries) <= 50 + 7 * rejected, [q["sql"][:90] for q in queries]


# The band index in Redis, shared by the task workers of every server.


@pytest.fixture
def redis_index(settings):
    settings.CACHES = {**settings.CACHES, "triage": redis_cache_settings()}
    index = caches["triage"]
    yield index
    forget_keys(index, settings.CACHES["triage"]["KEY_PREFIX"])


def test_workers_of_two_servers_adding_at_once_both_stay_in_redis(redis_index):
    """One server's worker reads a band, the other's adds to it, then the first
    adds: in Redis additions are appends, so neither overwrites the other."""
    keys = ["0:aa", "1:bb"]
    one, other = (similarity.BandIndex("en", 60) for _server in range(2))
    assert isinstance(one.store, similarity.RedisBands)
    names = [one._name(key) for key in keys]
    other.store.read(names)
    assert one.look_up_and_add([(1, keys)]) == [[]]
    other.store.add({name: [2] for name in names}, keep=20, seconds=60)
    assert one.look_up_and_add([(3, keys[:1]), (4, keys)]) == [[2, 1], [3, 2, 1]]
    client = redis_index._cache.get_client()
    assert 0 < client.ttl(redis_index.make_and_validate_key(names[0])) <= 60


def test_a_band_keeps_its_newest_ids_in_redis(redis_index):
    index = similarity.BandIndex("en", 60, per_band=3)
    index.look_up_and_add([(pk, ["0:aa"]) for pk in range(1, 6)])
    assert index.look_up_and_add([(9, ["0:aa"])]) == [[5, 4, 3]]


def test_near_copies_are_held_with_the_index_in_redis(only_rules, article, redis_index):
    only_rules(CampaignRule)
    first = store(article, CAMPAIGN, "192.0.2.1")
    triage(first)
    copy = store(article, CAMPAIGN_COPY, "192.0.2.2")
    triage(copy)
    verdict = TriageVerdict.objects.get(comment=copy, rule="campaign")
    assert verdict.outcome == Outcome.HOLD and verdict.details["similar"] == [first.pk]


def test_the_index_in_memory_forgets_a_band_after_its_window(monkeypatch):
    clock = [1000.0]
    monkeypatch.setattr("masthead.triage.memory.time.monotonic", lambda: clock[0])
    bands = memory.BandLists(limit=10)
    bands.add({"a": [1, 2]}, keep=20, seconds=60)
    clock[0] += 59
    assert bands.read(["a", "b"]) == {"a": [1, 2]}
    clock[0] += 2
    assert bands.read(["a"]) == {}
    bands.add({"a": [3]}, keep=20, seconds=60)
    assert bands.read(["a"]) == {"a": [3]}


def test_the_index_in_memory_keeps_its_newest_bands_up_to_its_limit():
    bands = memory.BandLists(limit=2)
    bands.add({"a": [1]}, keep=2, seconds=60)
    bands.add({"b": [2], "c": [3]}, keep=2, seconds=60)
    bands.add({"b": [4, 5]}, keep=2, seconds=60)
    assert bands.read(["a", "b", "c"]) == {"b": [4, 5], "c": [3]}


def test_near_copies_are_held_with_the_index_in_another_cache(
    only_rules, article, settings
):
    """A site may give triage another Django cache: the lists are its values."""
    settings.CACHES = {
        **settings.CACHES,
        "triage": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "another-triage-cache",
        },
    }
    only_rules(CampaignRule)
    assert isinstance(similarity.band_store(caches["triage"]), similarity.CacheBands)
    first, copy = (
        store(article, text, address)
        for text, address in ((CAMPAIGN, "192.0.2.1"), (CAMPAIGN_COPY, "192.0.2.2"))
    )
    triage(first)
    triage(copy)
    verdict = TriageVerdict.objects.get(comment=copy, rule="campaign")
    assert verdict.outcome == Outcome.HOLD and verdict.details["similar"] == [first.pk]
    caches["triage"].clear()
