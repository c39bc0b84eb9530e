"""Text UTF-8 cannot encode (lone surrogates) is analysed, written and read back exactly."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from polemos import (
    Document,
    Pipeline,
    PluginManager,
    dumps,
    loads,
    read_jsonl,
    validate_document_dict,
)
from polemos.cli import main

from tests.hardening.test_bad_plugins import Soldiers

LONE = "Trois soldats \udc80 tués à Gao \ud800; deux soldats blessés."


def test_lone_surrogates_are_parsed_analysed_and_escaped_in_json() -> None:
    pipeline = Pipeline(manager=PluginManager(entry_points=False), extractors=[Soldiers()])
    document = pipeline.analyze_one(Document("lone", LONE))
    assert document.errors == ()
    assert [a.text for a in document.layer("soldiers")] == ["soldats"]
    encoded = dumps(document).encode("utf-8")  # would raise if a surrogate were left raw
    assert b"\\udc80" in encoded and b"\\ud800" in encoded
    back = loads(encoded.decode("utf-8"))
    assert back == document and back.text == LONE
    validate_document_dict(json.loads(encoded))


def test_a_surrogate_pair_is_refused_with_its_offset() -> None:
    with pytest.raises(ValueError, match=r"'pair': a UTF-16 surrogate pair at offset 4"):
        Document("pair", "Boum\ud83d\udca5")


def test_the_cli_writes_jsonl_input_with_lone_surrogates(tmp_path: Path) -> None:
    source = tmp_path / "scraped.jsonl"
    lines = [json.dumps({"id": "bad", "text": LONE}), json.dumps({"id": "ok", "text": "Gao."})]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    with redirect_stdout(io.StringIO()), redirect_stderr(io.StringIO()):
        code = main(
            ["analyze", str(source), "--extractors", "", "--format", "jsonl", "--out", str(out)]
        )
    assert code == 0
    documents = list(read_jsonl(out))
    assert [d.id for d in documents] == ["bad", "ok"]
    assert documents[0].text == LONE


def test_a_store_run_keeps_going_with_lone_surrogates_and_resumes(tmp_path: Path) -> None:
    from polemos.spec import PipelineSpec
    from polemos_store import open_results, run_corpus

    documents = [Document("bad\udc80", LONE), Document("ok", "Un drone a frappé Gao.")]
    spec = PipelineSpec(extractors=("weapons", Soldiers()))
    report = run_corpus(documents, spec, out=tmp_path / "store", progress=False)
    assert (report.documents, report.errors) == (2, 0)
    again = run_corpus(documents, spec, out=tmp_path / "store", progress=False)
    assert (again.documents, again.skipped) == (0, 2)  # resumed by the exact ids
    stored = {d.text: d for d in open_results(tmp_path / "store").iter_documents()}
    kept = stored[LONE.replace("\udc80", "\ufffd").replace("\ud800", "\ufffd")]
    assert [(a.text, a.start) for a in kept.layer("soldiers")] == [("soldats", 6)]


def test_the_explorer_can_send_a_text_with_lone_surrogates_to_the_browser() -> None:
    jupyter_session = pytest.importorskip("jupyter_client.session")
    from polemos_widgets import Explorer

    pipeline = Pipeline(manager=PluginManager(entry_points=False), extractors=[Soldiers()])
    document = pipeline.analyze_one(Document("lone\ud800", LONE))
    explorer = Explorer([document], manager=PluginManager(entry_points=False))
    explorer.select([a.id for a in explorer.documents[0].annotations])
    widgets = [explorer]
    while widgets:  # every widget's state goes to the browser as a UTF-8 JSON message
        widget = widgets.pop()
        jupyter_session.json_packer(widget.get_state())
        widgets.extend(getattr(widget, "children", ()))
    assert "</span> \ufffd tués à Gao \ufffd;" in explorer.text_html
