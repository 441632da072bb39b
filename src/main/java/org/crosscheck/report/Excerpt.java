package org.crosscheck.report;

/**
 * The words around one claim, taken from its article for the reports.
 *
 * @param before     the sentence before the claim's; when the claim's sentence does not name the claim's event,
 *                   the nearest earlier sentence that does ({@code beforeAdjacent} false when it is not the one
 *                   just before); empty when there is none
 * @param sentence   the claim's sentence, verbatim
 * @param after      the sentence after the claim's, or empty
 * @param quoteFrom  where the quote starts in {@code sentence} (chars), or -1 when it cannot be placed
 * @param quoteTo    where it ends in {@code sentence}
 * @param prefix     up to {@value Excerpts#AFFIX} code points of the text just before the quote
 * @param suffix     up to {@value Excerpts#AFFIX} code points of the text just after it
 * @param codeStart  offset of the quote in the decoded text in Unicode code points, or -1 when the text is unknown
 * @param codeEnd    offset just past it, in code points
 * @param namesEvent whether the claim's own sentence mentions its event (or the claim is about no event)
 */
public record Excerpt(String before, boolean beforeAdjacent, String sentence, String after, int quoteFrom,
                      int quoteTo, String prefix, String suffix, int codeStart, int codeEnd, boolean namesEvent) {
}
