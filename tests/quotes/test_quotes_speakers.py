"""Speaker helpers (dateline.quotes.speakers) that need no parse."""

from __future__ import annotations

from dateline.quotes.speakers import ActorIndex


def test_actor_index_takes_the_mention_overlapping_most_when_none_opens_the_phrase():
    actors = [
        {"id": "a1", "mentions": [[0, 5], [40, 45]]},
        {"id": "a2", "mentions": [[3, 20]]},
    ]
    index = ActorIndex(actors)
    assert index.actor(0, 5) == "a1"
    assert index.actor(6, 12) == "a2"
    assert index.actor(41, 43) == "a1"
    assert index.actor(25, 30) is None


def test_actor_index_prefers_the_earlier_actor_on_a_tie():
    index = ActorIndex([{"id": "a1", "mentions": [[10, 14]]}, {"id": "a2", "mentions": [[10, 14]]}])
    assert index.actor(10, 14) == "a1"


def test_actor_index_without_actors():
    assert ActorIndex(None).actor(0, 10) is None
    assert ActorIndex([]).actor(0, 10) is None


def test_actor_index_takes_the_actor_a_phrase_opens_with():
    # "Rep. Ana Ortiz, the top Democrat on the House Intelligence Committee": the committee's
    # mention is longer, but the phrase names Ortiz.
    index = ActorIndex([{"id": "a1", "mentions": [[0, 13]]}, {"id": "a2", "mentions": [[38, 70]]}])
    assert index.actor(0, 70) == "a1"
    assert index.actor(15, 70) == "a2"  # a phrase opening with neither: the larger overlap
