import inspect

import polemos_evaluation


def test_all_is_complete_sorted_and_documented() -> None:
    exported = polemos_evaluation.__all__
    assert exported == sorted(exported)
    public = {
        name
        for name, value in vars(polemos_evaluation).items()
        if not name.startswith("_") and getattr(value, "__module__", "").startswith("polemos.")
    }
    assert public <= set(exported)
    for name in exported:
        value = getattr(polemos_evaluation, name)
        if inspect.isclass(value) or inspect.isfunction(value):  # type aliases carry no doc
            assert value.__doc__, name
