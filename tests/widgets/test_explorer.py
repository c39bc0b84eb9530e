"""The Explorer without a browser: loading results, toggles, clicks, row selection, running."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polemos
import pytest
from polemos import (
    Document,
    DocumentError,
    ExtractContext,
    Extractor,
    LayerContract,
    PluginManager,
    Run,
    dumps,
    hookimpl,
    write_jsonl,
)
from polemos_actors.contract import ACTORS
from polemos_events.contract import EVENTS
from polemos_widgets.explorer import Explorer

from tests.widgets.builders import analysed

CALLS: list[str] = []


@dataclass
class CitiesConfig:
    """The cities extractor's settings: none (any key is unknown)."""


class Cities(Extractor):
    """Marks a few city names (a notebook-style plugin)."""

    name = "cities"
    writes = ("cities",)
    config_type = CitiesConfig

    def extract(self, ctx: ExtractContext) -> None:
        CALLS.append(ctx.document.id)
        for token in ctx.doc:
            if token.text in {"Palmyre", "Homs", "Deraa"}:
                ctx.annotate("cities", "city", token.idx, token.idx + len(token))


class CitiesPlugin:
    @hookimpl
    def polemos_extractors(self) -> list[Extractor]:
        return [Cities()]

    @hookimpl
    def polemos_layer_contracts(self) -> list[LayerContract]:
        return [ACTORS]  # the actors layer of the results read back: its colours and columns


@pytest.fixture
def manager() -> PluginManager:
    CALLS.clear()
    pm = PluginManager(entry_points=False)
    pm.register(CitiesPlugin(), name="cities-plugin")
    return pm


def _sent(explorer: Explorer, monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    sent: list[Any] = []
    monkeypatch.setattr(
        explorer.text_pane, "send", lambda content, buffers=None: sent.append(content)
    )
    return sent


def test_results_from_jsonl_are_shown_without_running(
    tmp_path: Path, manager: PluginManager
) -> None:
    path = tmp_path / "results.jsonl"
    write_jsonl([analysed("a"), analysed("b", date="2016-04")], path)
    explorer = Explorer.from_results(path, manager=manager)
    assert [d.id for d in explorer.documents] == ["a", "b"]
    assert explorer.layers == ["actors", "quantities"]
    assert explorer.text_html.count('data-layer="actors"') == 7
    assert explorer.tables["actors"].frame.shape[0] == 16  # 8 mentions in each document
    assert explorer.tables["relations"].frame.shape[0] == 6
    assert explorer.tabs.get_title(0) == "actors (16)"
    assert CALLS == [] and explorer.runner.progress.value == 0
    assert repr(explorer) == (
        "polemos Explorer: 2 document(s); layers: actors (16), quantities (4)"
    )
    assert "2 document(s) loaded" in explorer.load_status.value


def test_single_json_result_and_load_errors(tmp_path: Path, manager: PluginManager) -> None:
    (tmp_path / "one.json").write_text(dumps(analysed("one")), encoding="utf-8")
    (tmp_path / "bad.json").write_text('{"format": "other"}', encoding="utf-8")
    explorer = Explorer(manager=manager)
    explorer.source_kind.value = "results"
    explorer.paths.value = (
        f"{tmp_path / 'one.json'}\n{tmp_path / 'bad.json'}\n{tmp_path / 'no.txt'}"
    )
    explorer.load_from_box()
    assert [d.id for d in explorer.documents] == ["one"]
    assert "1 document(s) loaded; <span class='pl-errors'>2 error(s)" in explorer.load_status.value


def test_layer_toggle_changes_highlights(manager: PluginManager) -> None:
    explorer = Explorer([analysed()], manager=manager)
    box = next(
        row.children[0]
        for row in explorer.layer_boxes.children
        if row.children[0].description == "actors"
    )
    before = explorer.text_html
    box.value = False  # as a click in the browser would
    assert explorer.hidden_layers == {"actors"}
    assert 'data-layer="actors' not in explorer.text_html
    assert explorer.text_html.count('data-layer="quantities"') == 2
    box.value = True
    assert explorer.text_html == before


def test_clicking_a_span_shows_its_details(manager: PluginManager) -> None:
    document = analysed()
    explorer = Explorer([document], manager=manager)
    nested_daesh = document.layer("actors")[3]
    quantity = document.layer("quantities")[0]
    explorer.text_pane.click(f"ann:{nested_daesh.id} {quantity.id}")
    assert explorer.selected == [nested_daesh.id, quantity.id]
    assert "islamic_state" in explorer.details_html and "casualties" in explorer.details_html
    assert "made by <b>quantities</b> 0.1.0" in explorer.details_html
    assert "pl-selected" in explorer.text_html


def test_selecting_a_row_marks_and_scrolls(
    manager: PluginManager, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = analysed("first"), analysed("second")
    explorer = Explorer([first, second], manager=manager)
    sent = _sent(explorer, monkeypatch)
    table = explorer.tables["actors"]
    table.filter_box.value = "nusra"
    table.column.value = "actor_id"
    assert list(table.view()["document"]) == ["first", "second"]
    table.pane.click(f"row:{table.view().index[1]}")
    nusra = second.layer("actors")[5]
    assert explorer.current is second and explorer.doc_picker.value == "second"
    assert explorer.selected == [nusra.id]
    assert sent == [{"scroll_to": nusra.id}]
    assert table.pane.html.count("pl-selected") == 1
    assert (
        f'class="pl-row pl-selected" data-pl-click="row:{table.view().index[1]}"' in table.pane.html
    )


def test_selecting_a_relation_marks_both_ends(
    manager: PluginManager, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = analysed()
    explorer = Explorer([document], manager=manager)
    sent = _sent(explorer, monkeypatch)
    relations = explorer.tables["relations"]
    relations.sort_by("label")
    assert list(relations.view()["label"]) == ["allied_with", "hostile_to", "supports"]
    relations.pane.click(f"row:{relations.view().index[2]}")
    supports = document.relations[0]
    assert explorer.selected == [supports.id, supports.source, supports.target]
    assert sent == [{"scroll_to": supports.source}]
    assert (
        "alliances · supports</span> russian air force (state_force) → syrian army (state_force)"
        in explorer.details_html
    )


def test_hostile_document_and_errors_are_escaped(manager: PluginManager) -> None:
    document = Document(
        "x", "<script>window.polemosPwned = true</script><img src=x onerror=alert(1)>"
    )
    document.add_error(DocumentError("<b>p</b>", "ValueError", "<img src=x onerror=alert(2)>"))
    explorer = Explorer([document], manager=manager)
    assert "<script" not in explorer.text_html and "<img" not in explorer.text_html
    assert "&lt;img src=x onerror=alert(2)&gt;" in explorer.errors.value
    assert "<img" not in explorer.errors.value and "<b>p</b>" not in explorer.errors.value


def test_run_registered_plugin_with_progress(manager: PluginManager) -> None:
    explorer = Explorer([analysed("a"), analysed("b")], manager=manager)
    assert list(explorer.runner.boxes) == ["cities"]
    assert explorer.runner.boxes["cities"].description == "cities → cities"
    explorer.runner.run_button.click()
    assert CALLS == ["a", "b"]
    assert explorer.runner.progress.value == 2 and explorer.runner.progress.max == 2
    assert explorer.runner.progress.bar_style == "success"
    # the run starts afresh: the old layers are gone, the new one is shown and tabled
    assert explorer.layers == ["cities"]
    assert explorer.text_html.count('data-layer="cities"') == 1
    assert explorer.tables["cities"].frame["text"].tolist() == ["Palmyre", "Palmyre"]


def test_a_run_uses_the_pipeline_spec_of_the_cli_and_the_api(manager: PluginManager) -> None:
    explorer = Explorer([analysed("a")], manager=manager, time_limit=5.0)
    spec = explorer.runner.spec(1)
    assert (spec.extractors, spec.time_limit, spec.config) == (("cities",), 5.0, {})
    explorer = Explorer([analysed("a")], manager=manager, config={"cities": {"radius": 3}})
    assert explorer.runner.run() == []  # a key the extractor does not declare: no run
    assert "cannot run" in explorer.runner.status.value
    assert "radius" in explorer.runner.status.value


def test_unticked_requirement_is_reported(manager: PluginManager) -> None:
    class NeedsActors(Extractor):
        name = "needs"
        writes = ("needs",)
        requires = ("actors",)

        def extract(self, ctx: ExtractContext) -> None:
            raise AssertionError("must not run")

    class Plugin:
        @hookimpl
        def polemos_extractors(self) -> list[Extractor]:
            return [NeedsActors()]

    manager.register(Plugin(), name="needs-plugin")
    explorer = Explorer([analysed()], manager=manager)
    explorer.runner.set_ticked("cities", False)
    assert explorer.runner.run() == []
    assert "cannot run" in explorer.runner.status.value and "actors" in explorer.runner.status.value
    assert explorer.layers == ["actors", "quantities"]  # nothing replaced


def test_load_the_bundled_example(manager: PluginManager) -> None:
    explorer = Explorer(manager=manager)
    assert "No document" in explorer.text_html
    explorer.source_kind.value = "example"
    explorer.load_button.click()
    assert [d.id for d in explorer.documents] == ["homs-deraa-idleb"]
    assert explorer.text_html.startswith('<div class="pl-text" data-doc="homs-deraa-idleb">Les ')
    assert explorer.layers == [] and list(explorer.tables) == ["relations"]


def test_results_store_folder_is_read_as_documents(tmp_path: Path, manager: PluginManager) -> None:
    store = tmp_path / "results"
    polemos.analyze([analysed("a"), analysed("b")], extractors=[], out=store, progress=False)
    explorer = Explorer.from_results(store, manager=manager)
    assert [d.id for d in explorer.documents] == ["a", "b"]  # not one per Parquet row
    assert explorer.tables["actors"].frame.shape[0] == 16
    assert "2 document(s) loaded" in explorer.load_status.value
    assert "error" not in explorer.load_status.value


def test_pasted_text_is_analysed_with_a_loading_state(manager: PluginManager) -> None:
    explorer = Explorer(manager=manager)
    explorer.source_kind.value = "paste"
    assert explorer.pasted.layout.display is None and explorer.load_button.description == "Analyse"
    states: list[str] = []
    explorer.runner.status.observe(lambda change: states.append(change["new"]), names="value")
    explorer.pasted.value = "  Combats à Homs\nLes rebelles tiennent Homs et Deraa.  "
    explorer.load_button.click()
    assert [d.id for d in explorer.documents] == ["pasted-1"]
    assert explorer.documents[0].meta["title"] == "Combats à Homs"
    assert "loading the language model fr_core_news_sm" in states[0]
    assert states[-1].startswith("1 document(s) analysed with cities")
    assert explorer.tables["cities"].frame["text"].tolist() == ["Homs", "Homs", "Deraa"]
    explorer.pasted.value = "   "
    explorer.load_button.click()
    assert "paste a text first" in explorer.load_status.value
    assert [d.id for d in explorer.documents] == ["pasted-1"]


def test_legend_chips_hide_and_show_one_label(manager: PluginManager) -> None:
    explorer = Explorer([analysed()], manager=manager)
    actors = next(
        row.children[1]
        for row in explorer.layer_boxes.children
        if row.children[0].description == "actors"
    )
    assert 'data-pl-click="label:actors|armed_group"' in actors.html
    actors.click("label:actors|armed_group")
    assert ("actors", "armed_group") in explorer.hidden_labels
    assert 'data-label="armed_group"' not in explorer.text_html
    assert 'data-label="state_force"' in explorer.text_html
    chips = next(
        row.children[1]
        for row in explorer.layer_boxes.children
        if row.children[0].description == "actors"
    )
    colour = explorer.palette.colour("actors", "armed_group")
    assert f'pl-chip pl-off-label" style="background:{colour}"' in chips.html
    chips.click("label:actors|armed_group")
    assert explorer.hidden_labels == set()
    assert 'data-label="armed_group"' in explorer.text_html


def test_details_show_the_text_of_referenced_ids(
    manager: PluginManager, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = analysed()
    explorer = Explorer([document], manager=manager)
    quantity = document.layer("quantities")[0]
    daesh = document.annotation(quantity.attributes["of_actor"])
    explorer.text_pane.click(f"ann:{quantity.id}")
    details = explorer.details_html
    assert f'data-pl-click="ann:{daesh.id}"' in details and "«Daesh»" in details
    assert f">{daesh.id}<" not in details  # the id is not what the reader sees
    assert "«ministère russe de la Défense»" in details  # the source
    sent = _sent(explorer, monkeypatch)
    explorer.details_pane.click(f"ann:{daesh.id}")
    assert explorer.selected == [daesh.id] and sent == [{"scroll_to": daesh.id}]
    table = explorer.tables["quantities"]
    assert table.frame["of_actor"].tolist()[0] == "islamic state"
    assert table.frame["of_actor_ref"].tolist()[0] == daesh.id
    assert "of_actor_ref" not in table.columns


def test_tables_export_the_rows_shown_as_csv(
    manager: PluginManager, monkeypatch: pytest.MonkeyPatch
) -> None:
    explorer = Explorer([analysed("a"), analysed("b")], manager=manager)
    table = explorer.tables["actors"]
    sent: list[Any] = []
    monkeypatch.setattr(
        table.export.status, "send", lambda content, buffers=None: sent.append(content)
    )
    table.filter_box.value = "nusra"
    table.export.buttons[0].click()
    download = sent[0]["download"]
    assert download["name"] == "actors.csv" and download["mime"] == "text/csv"
    lines = download["text"].splitlines()
    assert lines[0].startswith("document,label,text,name,actor_id,country")
    assert [line.split(",")[0] for line in lines[1:]] == ["a", "b"]
    assert "downloaded actors.csv (2 rows)" in table.export.status.html


def test_find_corpus_looks_up_or_says_how_to_set_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from polemos_widgets.sources import find_corpus

    monkeypatch.delenv("POLEMOS_CORPUS", raising=False)
    nested = tmp_path / "clone" / "notebooks"
    nested.mkdir(parents=True)
    with pytest.raises(FileNotFoundError, match=r"set \$POLEMOS_CORPUS"):
        find_corpus(start=nested)
    corpus = tmp_path / "shared" / "corpus" / "wikinews-fr-2012"
    corpus.mkdir(parents=True)
    assert find_corpus(start=nested) == corpus
    monkeypatch.setenv("POLEMOS_CORPUS", str(tmp_path / "nowhere"))
    with pytest.raises(FileNotFoundError, match="not a folder"):
        find_corpus(start=nested)


class SentencesPlugin:
    """A layer of whole sentences, declared not highlighted (as the events layer is)."""

    @hookimpl
    def polemos_layer_contracts(self) -> list[LayerContract]:
        return [LayerContract(layer="sentences", highlighted=False)]


def test_a_layer_declared_not_highlighted_is_off_in_the_text_until_ticked(
    manager: PluginManager,
) -> None:
    manager.register(SentencesPlugin(), name="sentences-plugin")
    document = analysed()
    run = Run("sentences", "0.1.0", {}, "tests")
    end = document.text.index(".") + 1  # the first sentence, as an events layer would mark it
    sentence = document.make_annotation(
        layer="sentences", label="sentence", start=0, end=end, attributes={}, run=run
    )
    document.add_run_output(run, [sentence], [])
    explorer = Explorer([document], manager=manager)
    assert explorer.hidden_layers == {"sentences"}
    assert 'data-layer="sentences"' not in explorer.text_html
    assert 'data-layer="actors' in explorer.text_html  # the other layers stay highlighted
    box = next(
        row.children[0]
        for row in explorer.layer_boxes.children
        if row.children[0].description == "sentences"
    )
    assert box.value is False
    box.value = True
    assert 'data-layer="sentences"' in explorer.text_html


def test_the_events_layer_is_declared_not_highlighted() -> None:
    assert EVENTS.highlighted is False
