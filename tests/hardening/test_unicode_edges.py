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
    pipeline = Pipeline([], manager=PluginManager(entry_points=False), extractors=[Soldiers()])
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
            ["analyze", str(source), "--plugins", "", "--format", "jsonl", "--out", str(out)]
        )
    assert code == 0
    documents = list(read_jsonl(out))
    assert [d.id for d in documents] == ["bad", "ok"]
    assert documents[0].text == LONE
