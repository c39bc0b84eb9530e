import itertools

from hypothesis import given, settings
from hypothesis import strategies as st
from polemos_evaluation.matching import Span, match_spans, overlap


def test_overlap_counts_shared_characters_and_touching_spans_do_not_overlap() -> None:
    assert overlap((0, 5), (3, 10)) == 2
    assert overlap((3, 10), (0, 5)) == 2
    assert overlap((0, 3), (3, 6)) == 0
    assert overlap((2, 4), (0, 10)) == 2


def test_matching_is_one_to_one() -> None:
    # two predictions inside one gold span: only one of them matches
    assert match_spans([(0, 10)], [(0, 4), (5, 10)]) in ({0: 0}, {0: 1})
    # one prediction over two gold spans: it matches only one
    assert len(match_spans([(0, 4), (5, 10)], [(0, 10)])) == 1


def test_matching_maximizes_the_number_of_pairs_before_the_overlap() -> None:
    # greedy by overlap would give gold 0 the long prediction 1 and leave gold 1 unmatched
    gold = [(0, 10), (12, 20)]
    predicted = [(0, 2), (1, 14)]
    assert match_spans(gold, predicted) == {0: 0, 1: 1}


def test_matching_prefers_the_larger_overlap_at_equal_size() -> None:
    assert match_spans([(0, 10)], [(0, 3), (2, 10)]) == {0: 1}


def test_nothing_to_match() -> None:
    assert match_spans([], [(0, 3)]) == {}
    assert match_spans([(0, 3)], []) == {}
    assert match_spans([(0, 3)], [(5, 9)]) == {}


spans = st.lists(
    st.tuples(st.integers(0, 60), st.integers(1, 15)).map(lambda s: (s[0], s[0] + s[1])),
    max_size=8,
)


def brute_force_best(gold: list[Span], predicted: list[Span]) -> tuple[int, int]:
    """(size, overlap) of the best matching, by trying every assignment."""
    best = (0, 0)
    for chosen in itertools.product([None, *range(len(predicted))], repeat=len(gold)):
        used = [j for j in chosen if j is not None]
        if len(used) != len(set(used)):
            continue
        pairs = [(g, j) for g, j in zip(gold, chosen, strict=True) if j is not None]
        if all(overlap(g, predicted[j]) for g, j in pairs):
            best = max(best, (len(pairs), sum(overlap(g, predicted[j]) for g, j in pairs)))
    return best


@settings(max_examples=150, deadline=None)
@given(gold=spans.filter(lambda s: len(s) <= 5), predicted=spans.filter(lambda s: len(s) <= 5))
def test_matching_is_optimal_and_one_to_one(gold: list[Span], predicted: list[Span]) -> None:
    pairs = match_spans(gold, predicted)
    assert len(set(pairs.values())) == len(pairs)
    assert all(overlap(gold[g], predicted[p]) > 0 for g, p in pairs.items())
    found = (len(pairs), sum(overlap(gold[g], predicted[p]) for g, p in pairs.items()))
    assert found == brute_force_best(gold, predicted)
