package org.crosscheck.nlp;

/**
 * One word, number or symbol of a sentence.
 *
 * @param index position in the sentence's token list, from 0
 * @param start offset of the first character in the sentence text
 * @param end   offset just past the last character
 * @param text  the verbatim text
 * @param lower the text lower-cased (locale independent)
 * @param tag   the part of speech guessed in context
 * @param lemma the dictionary form for that part of speech ({@code killed} -> {@code kill}), else {@code lower}
 */
public record Token(int index, int start, int end, String text, String lower, Tag tag, String lemma) {

    /** Whether the token starts with an upper-case letter. */
    public boolean capitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    /** Whether the token is a noun or proper noun. */
    public boolean nominal() {
        return tag == Tag.NOUN || tag == Tag.PROPN;
    }

    Token withTag(Tag newTag, String newLemma) {
        return new Token(index, start, end, text, lower, newTag, newLemma);
    }
}
