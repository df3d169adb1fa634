"""The lazily loaded blank Chinese spaCy pipeline (character segmentation, no model download).

Extraction itself runs on named regex patterns over the raw normalised text (``patterns.py``);
spaCy is here for components that want tokens or an ``EntityRuler`` over them. ``get_nlp`` loads
the pipeline once per process; ``parse`` gives one shared ``Doc`` per text. With the ``char``
segmenter every token is one character, so token ``i`` is character ``i`` and spans map back.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

SENTENCE_PUNCT = ["。", "；", "！", "？", "\n"]


@cache
def get_nlp() -> Any:
    """``spacy.blank("zh")`` with character segmentation and a sentencizer, built once."""
    import spacy  # heavy: imported on first use only

    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "char"}}})
    nlp.add_pipe("sentencizer", config={"punct_chars": SENTENCE_PUNCT})
    return nlp


@lru_cache(maxsize=8)
def parse(text: str) -> Any:
    """The shared spaCy ``Doc`` of ``text`` (cached, so extractors never parse twice)."""
    return get_nlp()(text)


def char_span(text: str, start: int, end: int) -> Any:
    """The spaCy span covering characters ``[start, end)`` of ``text``."""
    return parse(text).char_span(start, end, alignment_mode="expand")
