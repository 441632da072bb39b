package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.fact.Claim;

/**
 * Reads counts: a number (digits or number words) followed, within a few modifier words, by a noun of
 * {@code count_units.csv} ("six Mi-17 'Hip H' transport helicopters", "up to 12 jets", "around 300
 * military personnel of both countries", "70 troops from each side"). A number without such a noun is not a count,
 * so years, page numbers and names like G-20 give none. Emits {@code count} claims (kind COUNT): value the number
 * as text, number, unit, qualifier ({@code EXACT} or a {@code qualifiers.csv} "before" phrase), detail {@code EACH}
 * or {@code TOTAL} from an "after" phrase, or the side's country when a demonym follows the number ("40 Uzbek
 * troops"); when a sentence gives two or more sides' counts of one unit and no total, a derived {@code TOTAL}
 * claim sums them. Subject and time are those of the governing event.
 */
public final class CountExtractor implements Extractor {
    private static final Pattern ONE = Pattern.compile("(?i)one");
    private static final Pattern NEXT_TOKEN = Pattern.compile("^\\s+([^\\s,;:()]+)");
    private static final Pattern QUOTES_AROUND = Pattern.compile("^[\u2018\u201C'\"]|[\u2019\u201D'\"]$");
    private static final Pattern CONJUNCTION = Pattern.compile("and|or");
    private static final Pattern WORD_FOLLOWS = Pattern.compile("(?s)\\s*\\p{L}{2,}.*");
    private static final Pattern NOT_MODIFIER = Pattern.compile("(?:and|or|of|to|in|on|at|from|the|a|an|by|with|for|per"
            + "|was|were|is|are|years?|months?|weeks?|days?|percent|per cent)");
    private static final Pattern NOT_NOUN_FOLLOWS = Pattern.compile("(?s)\\s+(?:and|or|on|in|at|by|from|after|as|with"
            + "|since|last|this|officials|people said).*");
    public static final String NAME = "count";
    private static final int MAX_MODIFIERS = 4;

    private final Lexicon lexicon;
    private final EventFinder events;
    private final ModalityDetector modality;
    private final Pattern number;
    /** Each "after" qualifier phrase followed by a non-word character. */
    private final Map<Lexicon.Qualifier, Pattern> qualifierThenOther = new HashMap<>();

    public CountExtractor(Lexicon lexicon, EventFinder events, ModalityDetector modality) {
        this.lexicon = lexicon;
        this.events = events;
        this.modality = modality;
        for (Lexicon.Qualifier q : lexicon.qualifiers()) {
            qualifierThenOther.put(q, Pattern.compile(Pattern.quote(q.phrase()) + "\\W.*"));
        }
        number = Pattern.compile("(?<![\\p{L}\\d.,$\u20AC\u00A3-])(\\d{1,3}(?:,\\d{3})+|\\d+|(?i:"
                + Numbers.CARDINAL_WORD + "))(?:\\s+(?i:(hundred|thousand|million)))?(?![\\p{L}\\d%]|[.,]\\d|-\\p{L})");
    }

    private record Count(int start, int end, double value, String unit, String qualifier, String detail) {
    }

    @Override
    public List<Claim> extract(SentenceContext context) {
        String text = context.sentence().text();
        List<EventFinder.Mention> mentions = events.find(context);
        List<Count> counts = new ArrayList<>();
        Matcher m = number.matcher(text);
        while (m.find()) {
            double value = Numbers.cardinal(m.group(1)) * Numbers.scale(m.group(2));
            if (Double.isNaN(value) || ONE.matcher(m.group(1)).matches() && !text.startsWith(" ", m.end())) {
                continue;
            }
            Count c = count(text, m.start(), m.end(), value);
            if (c != null) {
                counts.add(c);
            }
        }
        counts = parts(counts);
        List<Claim> out = new ArrayList<>();
        for (Count c : counts) {
            out.add(claim(context, mentions, c));
        }
        out.addAll(derivedTotals(context, mentions, counts, text));
        return out;
    }

    private Count count(String text, int start, int end, double value) {
        String rest = text.substring(end);
        Matcher word = NEXT_TOKEN.matcher(rest);
        int offset = end;
        String side = "";
        for (int i = 0; i <= MAX_MODIFIERS; i++) {
            Matcher unit = lexicon.unitPattern().matcher(text);
            unit.region(offset, text.length());
            if (unit.lookingAt() || lookingAtAfterSpace(unit, text, offset)) {
                String u = lexicon.unit(unit.group());
                if (lexicon.isRefinable(u)) {
                    String state = lexicon.stateUnit(text, start, unit.end());
                    u = state.isEmpty() ? u : state;
                }
                String qualifier = lexicon.qualifierBefore(text, start);
                String detail = detailAfter(text, unit.end());
                if (detail.isEmpty()) {
                    detail = side;
                }
                return new Count(start, unit.end(), value, u, qualifier, detail);
            }
            if (!word.find()) {
                return elided(text, start, end, value);
            }
            String token = QUOTES_AROUND.matcher(word.group(1)).replaceAll("");
            String lower = token.toLowerCase(Locale.ROOT);
            // "six Su-30SM strike and escort fighters": a conjunction may join modifiers, never start them.
            boolean joinsModifiers = i > 0 && CONJUNCTION.matcher(lower).matches();
            if (!joinsModifiers && NOT_MODIFIER.matcher(lower).matches() || !Double.isNaN(Numbers.cardinal(lower))) {
                return i == 0 ? elided(text, start, end, value) : null;
            }
            Lexicon.Place p = lexicon.place(token);
            if (i == 0 && p != null && lexicon.isDemonym(token)) {
                side = p.countryKey();
            }
            offset = offset + word.end();
            rest = text.substring(offset);
            word = NEXT_TOKEN.matcher(rest);
        }
        return null;
    }

    /**
     * A number whose noun is left out after a state verb ("killing 12 people and injuring more than 100", "the
     * death toll rose to 27"): the state gives the unit. Only when the number is not followed by a word that could
     * be its noun.
     */
    private Count elided(String text, int start, int end, double value) {
        String state = lexicon.stateUnit(text, start, -1);
        if (state.isEmpty() || WORD_FOLLOWS.matcher(text.substring(end)).matches()
                && !NOT_NOUN_FOLLOWS.matcher(text.substring(end)).matches()) {
            return null;
        }
        return new Count(start, end, value, state, lexicon.qualifierBefore(text, start), "");
    }

    private static boolean lookingAtAfterSpace(Matcher unit, String text, int offset) {
        int i = offset;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (i == offset) {
            return false;
        }
        unit.region(i, text.length());
        return unit.lookingAt();
    }

    private String detailAfter(String text, int end) {
        String after = Lexicon.norm(text.substring(end, Math.min(text.length(), end + 40)));
        for (Lexicon.Qualifier q : lexicon.qualifiers()) {
            if (!q.before() && (after.startsWith(q.phrase() + " ") || after.equals(q.phrase())
                    || qualifierThenOther.get(q).matcher(after).matches())) {
                return q.qualifier();
            }
        }
        return "";
    }

    private Claim claim(SentenceContext context, List<EventFinder.Mention> mentions, Count c) {
        return events.claimAbout(NAME, context, mentions, modality, c.start(), c.end())
                .kind(lexicon.isTally(c.unit()) ? ClaimConventions.KIND_TALLY : ClaimConventions.KIND_COUNT)
                .attribute(ClaimConventions.COUNT)
                .value(Numbers.text(c.value()))
                .number(c.value())
                .unit(c.unit())
                .qualifier(c.qualifier())
                .detail(c.detail())
                .build();
    }

    /**
     * "X won 257 votes, while Y won 170 votes": a sentence that gives different numbers of one unit, none of them
     * marked as a side's, each side's or the total, breaks a count into parts whose holders are not read; each is
     * a {@code PART}, which rules compare with nothing but an equal number.
     */
    private static List<Count> parts(List<Count> counts) {
        List<Count> out = new ArrayList<>();
        for (Count c : counts) {
            boolean part = c.detail().isEmpty() && counts.stream().anyMatch(o -> o != c && o.unit().equals(c.unit())
                    && o.detail().isEmpty() && o.value() != c.value());
            out.add(part ? new Count(c.start(), c.end(), c.value(), c.unit(), c.qualifier(), ClaimConventions.PART) : c);
        }
        return out;
    }

    /** "40 Uzbek troops joining 110 Tajik troops": the sides' counts add up to a total. */
    private List<Claim> derivedTotals(SentenceContext context, List<EventFinder.Mention> mentions, List<Count> counts,
                                      String text) {
        List<Claim> out = new ArrayList<>();
        List<String> units = counts.stream().map(Count::unit).distinct().toList();
        for (String unit : units) {
            List<Count> sides = counts.stream().filter(c -> c.unit().equals(unit)).toList();
            boolean hasTotal = sides.stream().anyMatch(c -> c.detail().equals(ClaimConventions.TOTAL));
            List<Count> perSide = sides.stream().filter(c -> !c.detail().isEmpty()
                    && !c.detail().equals(ClaimConventions.EACH) && !c.detail().equals(ClaimConventions.TOTAL)).toList();
            if (hasTotal || perSide.size() < 2 || perSide.stream().map(Count::detail).distinct().count() < perSide.size()) {
                continue;
            }
            double sum = perSide.stream().mapToDouble(Count::value).sum();
            boolean exact = perSide.stream().allMatch(c -> c.qualifier().equals(ClaimConventions.EXACT));
            Count first = perSide.get(0);
            Count last = perSide.get(perSide.size() - 1);
            Count total = new Count(first.start(), last.end(), sum, unit,
                    exact ? ClaimConventions.EXACT : "ABOUT", ClaimConventions.TOTAL);
            out.add(claim(context, mentions, total));
        }
        return out;
    }
}
