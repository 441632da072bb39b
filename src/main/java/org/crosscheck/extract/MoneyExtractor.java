package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.fact.Claim;
import org.crosscheck.vocab.LiteralGate;

/**
 * Reads sums of money: a currency symbol or code before the amount ({@code $46bn}, {@code USD 120 million},
 * {@code Rs 5 billion}) or a currency word or code after it ({@code 5 billion rupees}); currencies come from
 * {@code currencies.csv}. Emits {@code money} claims (kind MONEY): number the amount in units (46e9), unit the
 * ISO code, value {@code <amount> <ISO>} ({@code 46000000000 USD}), qualifier as for counts; subject and time
 * those of the governing event. A rate ("$56 per share", "$2bn a year") has the unit {@code USD/share}, so a price
 * per share is never compared with the value of a whole deal.
 */
public final class MoneyExtractor implements Extractor {
    public static final String NAME = "money";
    private static final String AMOUNT = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    private static final String SCALE = "(?:\\s?(hundred|thousand|lakh|million|mln|crore|billion|trillion)"
            + "|\\s?(bn|mn|tn)|(k|m|b))(?![\\p{L}])";

    /** A rate after an amount: "per share", "a year", "each". */
    private static final Pattern RATE = Pattern.compile("^\\s*(?:(?:per|a|an)\\s+(share|unit|barrel|tonne|ton|ounce|"
            + "person|head|day|week|month|year|hour|kilogram|kg|litre|liter|gallon|seat|ticket)|per\\s+(\\p{L}+)|(each|apiece))"
            + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE);

    private final Lexicon lexicon;
    private final EventFinder events;
    private final ModalityDetector modality;
    private final LiteralGate before;
    private final LiteralGate after;

    public MoneyExtractor(Lexicon lexicon, EventFinder events, ModalityDetector modality) {
        this.lexicon = lexicon;
        this.events = events;
        this.modality = modality;
        List<String> forms = new ArrayList<>(lexicon.currencyForms());
        forms.sort(Comparator.comparingInt(String::length).reversed());
        String alternation = String.join("|", forms.stream().map(Pattern::quote).toList());
        before = LiteralGate.compile("(?<![\\p{L}\\d])(" + alternation + ")\\s?" + AMOUNT + "(?:" + SCALE + ")?", 0);
        after = LiteralGate.compile("(?<![\\p{L}\\d$.,])" + AMOUNT + "(?:" + SCALE + ")?\\s+(" + alternation
                + ")(?![\\p{L}])", 0);
    }

    @Override
    public List<Claim> extract(SentenceContext context) {
        String text = context.sentence().text();
        List<EventFinder.Mention> mentions = events.find(context);
        List<Claim> out = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        Matcher m = before.matcher(text, context.folded());
        while (m != null && m.find()) {
            String iso = lexicon.currency(m.group(1));
            if (iso != null) {
                out.add(claim(context, mentions, text, m.start(), m.end(), m.group(2), scale(m, 3), iso));
                taken.add(new int[] {m.start(), m.end()});
            }
        }
        Matcher a = after.matcher(text, context.folded());
        while (a != null && a.find()) {
            String iso = lexicon.currency(a.group(5));
            boolean overlaps = taken.stream().anyMatch(t -> a.start() < t[1] && t[0] < a.end());
            if (iso != null && !overlaps) {
                out.add(claim(context, mentions, text, a.start(), a.end(), a.group(1), scale(a, 2), iso));
            }
        }
        return out;
    }

    private static String scale(Matcher m, int first) {
        for (int g = first; g < first + 3; g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return "";
    }

    private Claim claim(SentenceContext context, List<EventFinder.Mention> mentions, String text, int start, int end,
                        String amount, String scale, String iso) {
        double value = Numbers.cardinal(amount) * Numbers.scale(scale);
        // "$56 per share", "$2 billion a year": a rate, comparable only with rates of the same thing.
        Matcher rate = RATE.matcher(text.substring(end));
        String unit = iso;
        if (rate.find()) {
            String per = rate.group(1) != null ? rate.group(1) : rate.group(2) != null ? rate.group(2) : "each";
            unit = iso + "/" + Lexicon.norm(per);
        }
        return events.claimAbout(NAME, context, mentions, modality, start, end)
                .kind(ClaimConventions.KIND_MONEY)
                .attribute(ClaimConventions.MONEY)
                .value(Numbers.text(value) + " " + unit)
                .number(value)
                .unit(unit)
                .qualifier(lexicon.qualifierBefore(text, start))
                .build();
    }
}
