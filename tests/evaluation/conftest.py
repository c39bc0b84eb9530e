"""Fixtures: a small hand-made gold document and an empty prediction on its text."""

import pytest
from polemos_evaluation import GoldDocument, parse_gold

from .builders import PredictionBuilder, small_gold_dict


@pytest.fixture
def gold() -> GoldDocument:
    return parse_gold(small_gold_dict())


@pytest.fixture
def predicted() -> PredictionBuilder:
    return PredictionBuilder()
