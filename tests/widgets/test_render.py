"""The HTML renderer: escaping, overlapping and nested spans, offsets, selection, details."""

from __future__ import annotations

import re
from html import unescape

from hypothesis import given, settings
from hypothesis import strategies as st
from polemos import Document, Run
from polemos_widgets.palette import Palette
from polemos_widgets.render import (
    covering_segments,
    layer_counts,
    render_details,
    render_legend,
    render_text,
    visible_annotations,
)

from tests.widgets.builders import Builder, analysed, span

HOSTILE = (
    "Titre <script>window.pwned = 1</script>\n"
    'Voir <img src=x onerror="window.pwned=2"> et <a href="javascript:alert(1)">ici</a>.'
)


def _strip_tags(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", "", html))


def _run() -> Run:
    return Run("evil", "6.6.6", {"note": "<b>cfg</b>"}, "<i>dist</i>")


def _hostile_document() -> Document:
    document = Document("<script>id</script>", HOSTILE, {"title": "<img src=x onerror=alert(1)>"})
    start, end = span(HOSTILE, "<script>window.pwned = 1</script>")
    annotation = document.make_annotation(
        layer="weird<layer>",
        label='"><img src=x onerror=alert(3)>',
        start=start,
        end=end,
        attributes={"url": "javascript:alert(4)", "<k>": ["<v>"]},
        run=_run(),
    )
    document.add_run_output(_run(), [annotation], [])
    return document


def test_text_tags_and_attributes_are_escaped() -> None:
    document = _hostile_document()
    html = render_text(document) + render_details(document, [document.annotations[0].id])
    assert "<script" not in html and "<img" not in html and "<a " not in html
    assert "&lt;script&gt;window.pwned = 1&lt;/script&gt;" in html
    assert "onerror=&quot;window.pwned=2&quot;" in html
    # the hostile label cannot close the title attribute or open a tag
    assert 'data-label="&quot;&gt;&lt;img src=x onerror=alert(3)&gt;"' in html
    assert 'href="' not in html and "javascript:alert(4)" in html  # shown as text, not a link
    assert "&lt;b&gt;cfg&lt;/b&gt;" in html and "&lt;i&gt;dist&lt;/i&gt;" in html


def test_rendered_text_reads_back_as_the_document_text() -> None:
    document = analysed()
    assert _strip_tags(render_text(document)) == document.text
    hostile = _hostile_document()
    assert _strip_tags(render_text(hostile)) == hostile.text


def test_nested_and_overlapping_spans_are_cut_into_segments() -> None:
    text = "Le Front al-Nosra attaque."
    document = Document("d", text)
    run = Run("t", "1", {})
    outer = document.make_annotation(
        layer="actors", label="armed_group", start=3, end=17, attributes={}, run=run
    )
    inner = document.make_annotation(
        layer="places", label="x", start=9, end=17, attributes={}, run=run
    )
    crossing = document.make_annotation(
        layer="events", label="attack", start=12, end=25, attributes={}, run=run
    )
    document.add_run_output(run, [outer, inner, crossing], [])
    segments = covering_segments(text, visible_annotations(document))
    cuts = [(s, e, [a.id for a in cov]) for s, e, cov in segments]
    assert cuts == [
        (0, 3, []),
        (3, 9, [outer.id]),
        (9, 12, [inner.id, outer.id]),
        (12, 17, [inner.id, crossing.id, outer.id]),
        (17, 25, [crossing.id]),
        (25, 26, []),
    ]
    html = render_text(document)
    # the innermost gives the background, the others stacked underlines
    nested = re.search(r'<span[^>]*data-ann="([^"]*)"[^>]*>al-</span>', html)
    assert nested is not None and nested.group(1) == f"{inner.id} {outer.id}"
    assert "box-shadow:inset 0 -2px 0" in html and "inset 0 -4px 0" in html
    assert _strip_tags(html) == text


def test_offsets_are_code_points_with_astral_characters() -> None:
    text = "🇸🇾 L'armée 💥 syrienne"
    document = Document("d", text)
    run = Run("t", "1", {})
    start, end = span(text, "syrienne")
    annotation = document.make_annotation(
        layer="actors", label="state_force", start=start, end=end, attributes={}, run=run
    )
    document.add_run_output(run, [annotation], [])
    html = render_text(document)
    assert re.search(r">syrienne</span>$", html.removesuffix("</div>"))
    assert _strip_tags(html) == text


def test_zero_width_annotation_is_a_marker() -> None:
    document = Document("d", "ab")
    run = Run("t", "1", {})
    point = document.make_annotation(
        layer="cuts", label="here", start=1, end=1, attributes={}, run=run
    )
    document.add_run_output(run, [point], [])
    html = render_text(document)
    assert f'data-ann="{point.id}"' in html and "pl-zero" in html
    assert _strip_tags(html) == "ab"


def test_layers_filter_what_is_highlighted() -> None:
    document = analysed()
    only_quantities = render_text(document, layers=["quantities"])
    assert 'data-layer="actors"' not in only_quantities
    assert only_quantities.count('data-layer="quantities"') == 2
    everything = render_text(document)
    assert 'data-layer="actors"' in everything
    # "Daesh" inside the casualty quantity is nested: both layers on one segment, innermost first
    assert 'data-layer="actors quantities"' in everything


def test_selected_annotation_is_marked_and_title_has_provenance() -> None:
    document = analysed()
    army = document.layer("actors")[0]
    html = render_text(document, selected=[army.id])
    marked = re.findall(r'class="([^"]*pl-selected[^"]*)"[^>]*data-ann="([^"]*)"', html)
    assert [ids for _, ids in marked] == [army.id]
    assert "actor_id: syrian_army" in html and "made by: actors 0.1.0  [2, 16)" in html


def test_details_show_attributes_provenance_and_relations() -> None:
    document = analysed()
    army = document.layer("actors")[0]
    details = render_details(document, [army.id])
    assert "syrian_army" in details and "[2, 16)" in details
    assert "made by <b>actors</b> 0.1.0 from polemos" in details
    assert "russian air force (state_force) <b>supports</b> syrian army (state_force)" in details
    assert "Click a highlighted span" in render_details(document, [])


def test_legend_counts_and_hidden_layers() -> None:
    document = analysed()
    counts = layer_counts([document])
    assert counts["actors"] == {"state_force": 3, "armed_group": 4, "government": 1}
    legend = render_legend(counts, Palette(), hidden=["quantities"])
    assert "armed_group (4)" in legend
    assert 'class="pl-legend-row pl-hidden" data-layer="quantities"' in legend


def test_builder_layers_match_the_contract() -> None:
    document = Builder(analysed()).done()
    assert set(document.layers) == {"actors", "quantities", "alliances"}


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(alphabet="ab<>&\"' \n🇸é", min_size=1, max_size=40),
    spans=st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=8),
)
def test_any_spans_render_back_to_the_text_and_cover_their_offsets(
    text: str, spans: list[tuple[int, int]]
) -> None:
    document = Document("d", text)
    run = Run("t", "1", {})
    made = {}
    for index, (a, b) in enumerate(spans):
        start, end = sorted((min(a, len(text)), min(b, len(text))))
        annotation = document.make_annotation(
            layer="l", label=f"x{index}", start=start, end=end, attributes={}, run=run
        )
        made[annotation.id] = annotation
    document.add_run_output(run, list(made.values()), [])
    assert _strip_tags(render_text(document)) == text
    covered: dict[str, set[int]] = {key: set() for key in made}
    for start, end, covering in covering_segments(text, visible_annotations(document)):
        assert [a.end - a.start for a in covering] == sorted(a.end - a.start for a in covering)
        for annotation in covering:
            covered[annotation.id].update(range(start, end))
    for key, annotation in made.items():
        assert covered[key] == set(range(annotation.start, annotation.end))
