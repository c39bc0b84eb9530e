from polemos.evaluation.matching import match_spans, overlap


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
