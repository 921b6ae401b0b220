"""The edge counts baked hits, misses and its own refusals cheaply, and adds them
to the shared counters once a second."""

from prometheus_client import REGISTRY

from masthead.core.rsgi import Edge

from .test_rsgi import BakedFront, Recorder, limits, serve


def counted(name, **labels):
    return REGISTRY.get_sample_value(name, labels) or 0


def test_baked_hits_and_misses_are_counted_once_flushed():
    edge = Edge(Recorder(), limits(), front=BakedFront())
    hits = counted("masthead_baked_lookups_total", outcome="hit")
    misses = counted("masthead_baked_lookups_total", outcome="miss")
    baked_200 = counted(
        "masthead_http_requests_total", status="200", answered_by="baked"
    )
    serve(edge, "GET", "/en/")
    serve(edge, "GET", "/en/")
    serve(edge, "GET", "/en/not-baked/")
    edge.tally.flush()
    assert counted("masthead_baked_lookups_total", outcome="hit") == hits + 2
    assert counted("masthead_baked_lookups_total", outcome="miss") == misses + 1
    assert (
        counted("masthead_http_requests_total", status="200", answered_by="baked")
        == baked_200 + 2
    )


def test_a_post_is_neither_hit_nor_miss():
    edge = Edge(Recorder(), limits(), front=BakedFront())
    serve(edge, "POST", "/en/", {"content-length": "0"})
    assert edge.tally.hits.total() == 0 and edge.tally.misses == 0


def test_refusal_by_the_edge_is_counted():
    edge = Edge(Recorder(), limits())
    before = counted("masthead_http_requests_total", status="413", answered_by="edge")
    serve(edge, "POST", "/", {"content-length": "2000"})
    edge.tally.flush()
    after = counted("masthead_http_requests_total", status="413", answered_by="edge")
    assert after == before + 1
