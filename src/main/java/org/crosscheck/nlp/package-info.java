/** Annotation of a sentence: tokens with offsets, part of speech, lemma and WordNet word senses, shared by the extractors. */
package org.crosscheck.nlp;
