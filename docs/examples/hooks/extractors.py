"""A plugin with two extractors: one finds drones, the next links each to its operator.

``drone_operators`` requires the layer ``weapons`` (it cannot run without it) and comes
``after`` the layer ``actors`` (it uses it when an actors extractor is selected).
"""

from __future__ import annotations

from polemos import ExtractContext, Extractor, hookimpl


class Drones(Extractor):
    """Every word whose lemma is "drone" (drone, drones, Drones...)."""

    name = "drones"
    writes = ("weapons",)
    spacy_components = ("lemmatizer",)  # the host runs it (and what it needs) for us

    def extract(self, ctx: ExtractContext) -> None:
        """Annotate the drones of ``ctx.doc``, with the word as written."""
        for token in ctx.doc:
            if token.lemma_ == "drone":
                end = token.idx + len(token)
                ctx.annotate(
                    "weapons", "drone", token.idx, end, {"plural": token.lower_ == "drones"}
                )


class DroneOperators(Extractor):
    """Link each drone to the actors named before it in its sentence."""

    name = "drone_operators"
    writes = ("operates",)
    requires = ("weapons",)
    after = ("actors",)
    spacy_components = ("parser",)  # sentence boundaries come from the parser

    def extract(self, ctx: ExtractContext) -> None:
        """Relate actor -> drone within a sentence."""
        actors = ctx.layer("actors")  # empty when no actors extractor ran
        for drone in ctx.layer("weapons"):
            span = ctx.doc.char_span(drone.start, drone.end, alignment_mode="expand")
            if span is None:
                continue
            sentence = span.sent
            for actor in actors:
                if sentence.start_char <= actor.start < drone.start:
                    ctx.relate("operates", "operates", source=actor, target=drone)


@hookimpl
def polemos_extractors() -> list[Extractor]:
    """Contribute both extractors."""
    return [Drones(), DroneOperators()]
