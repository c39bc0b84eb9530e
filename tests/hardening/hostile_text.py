"""Hypothesis strategies of hostile French-ish text for fuzzing the extractors.

A text is a sequence of pieces joined by random separators: French conflict vocabulary, figures
in digits and words, actor names and alliance cues (so the extractors' real code paths run), mixed
with the Unicode that breaks naive code: combining marks, emoji and ZWJ sequences, right-to-left
script and bidi controls, NUL and other control characters, lone surrogates, very long tokens.
The texts stay short in tokens so spaCy's cost per document stays small.
"""

from __future__ import annotations

from hypothesis import strategies as st

WORDS = (
    "Les", "combats", "ont", "fait", "morts", "blessés", "soldats", "civils", "à", "Homs", "Gao",
    "Kaboul", "Tripoli", "Marioupol", "dans", "la", "région", "de", "l'", "d'", "près", "contre",
    "selon", "un", "bilan", "provisoire", "attaque", "frappes", "aériennes", "tués", "enlevés",
    "déplacés", "réfugiés", "chars", "avions", "km²", "hectares", "dollars", "euros", "jours",
    "depuis", "lundi", "2017", "et", "ou", "dont", "au", "moins", "plus", "près de", "environ",
    "auraient", "été", "selon l'OSDH", "a-t-il", "déclaré", "»", "«", "(", ")", ";", ":", "...",
)  # fmt: skip

NUMBERS = (
    "trois", "vingt-deux", "cent", "mille", "deux cents", "quatre-vingt-dix-neuf", "un million",
    "des dizaines", "des centaines", "une vingtaine", "1 200", "12 000", "1,5", "3.000", "40 %",
    "½", "٣", "１２", "0", "-7", "10e", "XIV", "1er", "2 millions", "1 200 000", "1e9",
    "999999999999999999999", "vingt et un", "soixante-et-onze", "mille neuf cent",
)  # fmt: skip

ACTORS = (
    "l'armée syrienne", "Daech", "l'État islamique", "le Hezbollah", "les talibans", "l'OTAN",
    "l'ONU", "Bachar al-Assad", "les forces russes", "le Front al-Nosra", "l'Armée syrienne libre",
    "AQMI", "les rebelles", "la coalition", "les Casques blancs", "HTS", "le régime", "Kadhafi",
    "l'armée malienne", "Barkhane", "les jihadistes", "Wagner", "l'armée ukrainienne", "le CNT",
    "Ansar Dine", "le MNLA", "les Kurdes", "les FDS", "les YPG", "la Turquie", "l'Iran",
    "Vladimir Poutine", "Emmanuel Macron", "le Pentagone", "Al-Qaïda", "l'UE", "le CICR",
)  # fmt: skip

CUES = (
    "soutenu par", "soutient", "allié de", "alliés", "affilié à", "branche de", "ex-",
    "ancien", "combattent", "hostile à", "appuyé par", "membre de", "rallié à", "face à",
    "en guerre contre", "a rompu avec", "commandant de", "proche de", "parrainé par",
)  # fmt: skip

WEIRD = (
    "\x00", "\x01", "\x1b[31m", "\ufeff", "\u200b", "\u200d", "\u200e", "\u200f", "\u202e",
    "\u2066", "\u2069", "\ud800", "\udfff", "\udc80", "\ufffd", "\uffff", "\U0010ffff", "\r\n",
    "\r", "\x0b", "\x0c", "\u2028", "\u2029", "\x85", "\t", "💥", "🇸🇾", "👩‍👩‍👧", "🏳️‍🌈",
    "دمشق", "حلب", "ירושלים", "Кии́в", "Ἀθῆναι", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "ﬁ", "ß", "İ", "ǅ", "Å",
    "e\u0301\u0301\u0301", "\u0301", "a\u20dd", "Z̵̧̛͖̗̈́͊a̶l̷g̸o̵", "<script>", "&amp;", '"', "\\",
)  # fmt: skip

SEPARATORS = (" ", " ", " ", "  ", "\n", "\n\n", ". ", ", ", "\u00a0", "\u202f", "\t", "")


def _long_token(alphabet: str) -> st.SearchStrategy[str]:
    return st.integers(min_value=100, max_value=600).map(lambda n: alphabet * n)


PIECES: st.SearchStrategy[str] = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(NUMBERS),
    st.sampled_from(ACTORS),
    st.sampled_from(CUES),
    st.tuples(st.sampled_from(ACTORS), st.sampled_from(CUES), st.sampled_from(ACTORS)).map(
        " ".join
    ),  # a clause the alliance cues can match
    st.sampled_from(WEIRD),
    st.integers(min_value=-(10**12), max_value=10**12).map(str),
    st.text(st.characters(categories=["Mn", "Me"]), min_size=1, max_size=8),
    st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=6),
    st.characters(categories=["Cs"]),  # lone surrogates
    st.sampled_from(("a", "9", "é", "x̂", "Ab1")).flatmap(_long_token),
)


@st.composite
def hostile_texts(draw: st.DrawFn, max_pieces: int = 12) -> str:
    """One hostile text of up to ``max_pieces`` pieces joined by random separators."""
    pieces = draw(st.lists(PIECES, min_size=0, max_size=max_pieces))
    separators = draw(
        st.lists(st.sampled_from(SEPARATORS), min_size=len(pieces), max_size=len(pieces))
    )
    return "".join(piece + sep for piece, sep in zip(pieces, separators, strict=True))


def text_batches(size: int) -> st.SearchStrategy[list[str]]:
    """Lists of exactly ``size`` hostile texts: a batch analysed by one pipeline call."""
    return st.lists(hostile_texts(), min_size=size, max_size=size)
