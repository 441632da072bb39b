package org.crosscheck.nlp;

/** Universal Dependencies part-of-speech tags (the subset a news sentence needs). */
public enum Tag {
    NOUN, PROPN, VERB, AUX, ADJ, ADV, NUM, DET, ADP, PRON, CCONJ, SCONJ, PART, PUNCT, SYM, X;

    /** Whether the tag is an open-class content word a lexical resource can know. */
    public boolean isContent() {
        return this == NOUN || this == VERB || this == ADJ || this == ADV;
    }
}
