package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.crosscheck.fact.Claim;
import org.crosscheck.nlp.Tag;
import org.crosscheck.nlp.Token;

/**
 * Reads sums of money: a currency sign or code before the amount ({@code $1.8bn}, {@code US$26.2 billion},
 * {@code HK$120bn}, {@code Rs 5,000 crore}, {@code ₹600 crore}, {@code USD 120 million}) or a currency word or code
 * after it ({@code 12.2 billion Swiss francs}, {@code 20 million US dollars}); forms come from
 * {@code currencies.csv}, and a form several currencies share ("Rs", "¥") is read as the currency of the country
 * the article names most. Emits {@code money} claims (kind MONEY) about the governing event: number the amount in
 * units (46e9) with the resolution it was written to, unit the ISO code with its rate and scope, value
 * {@code <amount> <unit>} ({@code 46000000000 USD}), qualifier as for counts. A rate ("$54.20 per share", "$2bn a
 * year", "$54.20 in cash for each share") has the unit {@code USD/share}; a scope of {@code money_scopes.csv}
 * ("$46.5 billion in financing", "a $21 billion equity commitment") the unit {@code USD:financing}; the value of
 * several things together ("deals worth $8 billion") the unit {@code USD:several}; so a price per share, a loan, a
 * bid or a sum of deals is never compared with the value of a whole deal.
 */
public final class MoneyExtractor implements Extractor {
    public static final String NAME = "money";
    private static final Set<String> RATE_WORDS = Set.of("per", "a", "an", "each", "every");
    private static final Set<String> SCOPE_LINKS = Set.of("of", "is", "was", "at", "to", "be", "been", "are",
            "were", ":", "for", "about", "estimated", "total", "put", "stood");
    /** Words that make a sum the value of the noun before them ("deals worth $8 billion", "contracts valued at"). */
    private static final Set<String> VALUE_LINKS = Set.of("worth", "valued", "totalling", "totaling", "amounting",
            "combined", "together");
    /** Scope of a sum that is the value of several things together ("defence deals worth more than $8 billion"). */
    static final String SEVERAL = "several";
    /** How far back the noun of "the total cost of the mission is Rs 615 crore" may be. */
    private static final int SCOPE_REACH = 6;

    private final Lexicon lexicon;
    private final QuantityLexicon quantities;
    private final EventFinder events;
    private final ModalityDetector modality;
    private final Attribution attribution;
    private final ThingFinder things;

    public MoneyExtractor(Lexicon lexicon, QuantityLexicon quantities, EventFinder events, ModalityDetector modality,
                           Attribution attribution, ThingFinder things) {
        this.lexicon = lexicon;
        this.quantities = quantities;
        this.events = events;
        this.modality = modality;
        this.attribution = attribution;
        this.things = things;
    }

    @Override
    public List<Claim> extract(SentenceContext context) {
        List<Token> tokens = context.tokens();
        boolean any = false;
        for (int i = 0; i < tokens.size() && !any; i++) {
            any = quantities.isCurrencySign(tokens.get(i)) || quantities.currencyWordAt(tokens, i) != null;
        }
        if (!any) {
            return List.of();
        }
        List<EventFinder.Mention> mentions = events.find(context);
        List<int[]> clauses = Clauses.of(context);
        List<Claim> out = new ArrayList<>();
        int previousLast = -2;
        String previousIso = "";
        for (WrittenNumber n : WrittenNumber.find(context)) {
            if (n.words() || !n.suffix().isEmpty()) {
                continue;
            }
            int first = n.first();
            QuantityLexicon.Currency currency = null;
            int signStart = signBefore(tokens, n.first());
            if (signStart >= 0) {
                currency = quantities.currencySign(signText(tokens, signStart, n.first()));
                first = signStart;
            }
            int last = n.last();
            if (currency == null) {
                PhraseTable.Match<QuantityLexicon.Currency> word = quantities.currencyWordAt(tokens, n.last() + 1);
                if (word == null) {
                    continue;
                }
                currency = word.value();
                last = word.last();
            }
            String iso = currency.ambiguous() ? currency.iso(dominantCountry(context, currency)) : currency.iso("");
            boolean conversion = first >= 1 && tokens.get(first - 1).text().equals("(") && previousLast == first - 2;
            boolean sameCurrency = iso.equals(previousIso);
            previousLast = last;
            previousIso = iso;
            if (conversion && sameCurrency) {
                // "$US26 billion ($34 billion)": a bracketed sum right after another is the same sum converted into
                // a local currency; read with the same code it would be a second, false value of one thing.
                continue;
            }
            String rate = rate(tokens, last + 1);
            String scope = rate.isEmpty() ? scope(tokens, first, last, Clauses.around(clauses, n.start())) : "";
            if (scope.isEmpty() && rate.isEmpty() && ofSeveral(tokens, first)) {
                scope = SEVERAL;
            }
            String unit = iso + rate + (scope.isEmpty() ? "" : ":" + scope);
            PhraseTable.Match<QuantityLexicon.Qualifier> q = quantities.qualifierBefore(tokens, first - 1);
            String qualifier = q == null || !q.value().before() || CountExtractor.NOT_BOUNDS.contains(q.value().qualifier())
                    ? ClaimConventions.EXACT : q.value().qualifier();
            String value = n.range() ? Numbers.text(n.value()) + "-" + Numbers.text(n.high()) : Numbers.text(n.value());
            Claim.Builder claim = events.claimAbout(NAME, context, mentions, modality, tokens.get(first).start(),
                            tokens.get(last).end())
                    .kind(ClaimConventions.KIND_MONEY)
                    .attribute(ClaimConventions.MONEY)
                    .value(value + " " + unit)
                    .number(n.value())
                    .resolution(n.resolution())
                    .unit(unit)
                    .qualifier(qualifier)
                    .attribution(attribution.at(context, n.start()));
            // The cost of a named thing ("The $12.5 billion tunnel") is its attribute; a rate never is.
            ThingFinder.Thing thing = rate.isEmpty() ? things.of(context, first, last, ThingFinder.Figure.MONEY) : null;
            if (thing == null) {
                // "acquire LinkedIn for $26.2 billion": the price of what was bought, whatever event the sentence
                // is grouped under.
                thing = things.bought(context, first, last);
            }
            out.add(thing == null ? claim.build() : claim.subject(thing.key()).build().withBasis(thing.basis()));
        }
        return out;
    }

    /** The first token of a currency sign ending right before token {@code i} ("$", "HK" "$", "Rs" "."), or -1. */
    private int signBefore(List<Token> tokens, int i) {
        int k = i - 1;
        if (k < 0) {
            return -1;
        }
        if (tokens.get(k).text().equals(".") && k > 0 && quantities.currencySign(tokens.get(k - 1).text() + ".")
                != null) {
            return k - 1;
        }
        if (k > 0 && tokens.get(k - 1).end() == tokens.get(k).start()
                && quantities.currencySign(tokens.get(k - 1).text() + tokens.get(k).text()) != null) {
            return k - 1;
        }
        return quantities.currencySign(tokens.get(k).text()) != null ? k : -1;
    }

    private static String signText(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            b.append(tokens.get(k).text());
        }
        return b.toString();
    }

    /** "per share", "/share", "a year", "for each share", "each": a rate's denominator as {@code /share}. */
    private static String rate(List<Token> tokens, int k) {
        int j = k;
        if (j + 1 < tokens.size() && tokens.get(j).lower().equals("in") && tokens.get(j + 1).lower().equals("cash")) {
            j += 2;
        }
        if (j < tokens.size() && (tokens.get(j).lower().equals("each") || tokens.get(j).lower().equals("apiece"))
                && (j + 1 >= tokens.size() || !tokens.get(j + 1).nominal())) {
            return "/each";
        }
        if (j < tokens.size() && tokens.get(j).lower().equals("for")) {
            j++;
        }
        if (j + 1 < tokens.size() && (RATE_WORDS.contains(tokens.get(j).lower()) || tokens.get(j).text().equals("/"))
                && (tokens.get(j + 1).nominal() || tokens.get(j + 1).tag() == Tag.VERB)) {
            return "/" + tokens.get(j + 1).lemma();
        }
        return "";
    }

    /**
     * What the sum is the amount of, when a {@code money_scopes.csv} noun says it: after the amount ("a $21 billion
     * equity commitment", "$46.5 billion in financing") or before it in its clause ("a loan of $3 billion").
     */
    private String scope(List<Token> tokens, int first, int last, int[] clause) {
        int k = last + 1;
        if (k < tokens.size() && tokens.get(k).lower().equals("in")) {
            k++;
        }
        for (int j = k; j < tokens.size() && j < k + 4; j++) {
            Token t = tokens.get(j);
            PhraseTable.Match<String> s = quantities.scopeAt(tokens, j);
            if (s != null) {
                return s.value();
            }
            // A participle modifies the scope noun as an adjective does ("$46.5 billion in committed financing").
            boolean participle = t.tag() == Tag.VERB && t.lower().endsWith("ed");
            if (!t.nominal() && t.tag() != Tag.ADJ && !participle && !(t.tag() == Tag.PUNCT && t.text().equals("-"))) {
                break;
            }
        }
        for (int j = first - 1; j >= 0 && j >= first - SCOPE_REACH && tokens.get(j).start() >= clause[0]; j--) {
            Token t = tokens.get(j);
            if (t.tag() == Tag.NUM || quantities.isCurrencySign(t)) {
                break;
            }
            PhraseTable.Match<String> s = quantities.scopeAt(tokens, j);
            // The scope is a noun ("a loan of"): a verb of the same stem ("paying 153 million") names no scope. A
            // word before "of" is the noun however it was tagged ("write-downs of some $7.6 billion").
            if (s != null && s.last() < first && (tokens.get(s.last()).nominal()
                    || tokens.get(s.last() + 1).lower().equals("of"))) {
                return s.value();
            }
            if (!t.nominal() && t.tag() != Tag.ADJ && t.tag() != Tag.DET && !SCOPE_LINKS.contains(t.lower())
                    && t.tag() != Tag.ADP) {
                break;
            }
        }
        return "";
    }

    /**
     * Whether the sum is the value of several things together: a plural noun right before a word that gives its
     * value ("defence deals worth more than $8 billion", "contracts valued at $2bn"), so that it is not set against
     * the value of one of them.
     */
    private boolean ofSeveral(List<Token> tokens, int first) {
        int j = first - 1;
        PhraseTable.Match<QuantityLexicon.Qualifier> q = quantities.qualifierBefore(tokens, j);
        if (q != null) {
            j = q.first() - 1;
        }
        if (j > 0 && Set.of("at", "to").contains(tokens.get(j).lower())
                && VALUE_LINKS.contains(tokens.get(j - 1).lower())) {
            j--;
        }
        boolean linked = false;
        while (j >= 0 && VALUE_LINKS.contains(tokens.get(j).lower())) {
            linked = true;
            j--;
        }
        if (!linked || j < 0) {
            return false;
        }
        Token head = tokens.get(j);
        // The tagger may read a plural noun after a modifier as a verb ("defence deals"); a verb is never given a
        // value by "worth", so an -s form there is the noun.
        boolean plural = !head.lemma().equals(head.lower()) && head.lower().endsWith("s");
        return plural && (head.tag() == Tag.NOUN || head.tag() == Tag.VERB && j > 0
                && (tokens.get(j - 1).tag() == Tag.NOUN || tokens.get(j - 1).tag() == Tag.ADJ));
    }

    /** Of the countries whose currency a shared form may be, the one the article names most; empty if none. */
    private String dominantCountry(SentenceContext context, QuantityLexicon.Currency currency) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = lexicon.placePattern().matcher(context.article().text());
        while (m.find()) {
            Lexicon.Place p = lexicon.place(m.group());
            if (p != null && currency.byCountry().containsKey(p.countryKey())) {
                counts.merge(p.countryKey(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse("");
    }
}
