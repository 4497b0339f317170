"""Long Python on a worker gives way to the window's turns: the Qt-free hook."""

from remonitor.core import turns


def test_giving_way_with_no_gate_returns_at_once():
    before = turns.install_gate(None)
    try:
        turns.give_way()  # nothing to wait for
        assert list(turns.taking_turns(range(5))) == [0, 1, 2, 3, 4]
    finally:
        turns.install_gate(before)


def test_a_walk_gives_way_before_its_first_item_and_then_every_so_many():
    calls = []
    seen = []
    before = turns.install_gate(lambda: calls.append(len(seen)))
    try:
        for item in turns.taking_turns(range(10), every=4):
            seen.append(item)
    finally:
        assert turns.install_gate(before) is not None
    assert seen == list(range(10))
    assert calls == [0, 4, 8]  # before items 0, 4 and 8
