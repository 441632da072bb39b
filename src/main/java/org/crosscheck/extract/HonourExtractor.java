package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.fact.Claim;
import org.crosscheck.nlp.Tag;
import org.crosscheck.nlp.Token;
import org.crosscheck.time.TimeExpression;
import org.crosscheck.vocab.DataTable;
import org.crosscheck.vocab.Vocabulary;

/**
 * Reads when an organisation gave a person a title: "Forbes named Holmes the youngest self-made woman billionaire in
 * 2014", "In 2015, Forbes named Holmes as the 'youngest and wealthiest self-made female billionaire'". A verb of
 * {@code honour_verbs.csv} with a capitalised name before it (who gives the title) and after it (who receives it), the
 * title's head noun after that, and a year after "in" right after the title or opening the clause before the verb
 * (see {@link FoundingExtractor}). Emits an {@code honour} claim (kind PERSON): subject the person's key, value and
 * time the date, detail {@code <giver>:<title head>} ({@code forbes:billionaire}), so that two sources dating one
 * organisation's one title for one person meet.
 */
public final class HonourExtractor implements Extractor {
    public static final String NAME = "honour";
    public static final String HONOUR = "honour";
    /** Tokens a title may run to before its head noun ("the youngest and wealthiest self-made female billionaire"). */
    private static final int TITLE_REACH = 10;
    private static final Set<String> QUOTES = Set.of("'", "\"", "\u2018", "\u2019", "\u201c", "\u201d");

    private final Lexicon lexicon;
    private final ModalityDetector modality;
    private final Set<String> verbs = new HashSet<>();

    public HonourExtractor(Vocabulary vocabulary, Lexicon lexicon, ModalityDetector modality) {
        this.lexicon = lexicon;
        this.modality = modality;
        if (vocabulary.has("honour_verbs.csv")) {
            for (DataTable.Row row : vocabulary.table("honour_verbs.csv", "verb").rows()) {
                verbs.add(row.require("verb").toLowerCase(Locale.ROOT));
            }
        }
    }

    @Override
    public List<Claim> extract(SentenceContext context) {
        List<Claim> out = new ArrayList<>();
        if (context.times().isEmpty()) {
            return out;
        }
        List<Token> tokens = context.tokens();
        for (int v = 1; v + 2 < tokens.size(); v++) {
            Token verb = tokens.get(v);
            if (verb.tag() != Tag.VERB || !verbs.contains(verb.lemma()) || tokens.get(v - 1).tag() != Tag.PROPN) {
                continue;
            }
            int giver = v - 1;
            while (giver > 0 && tokens.get(giver - 1).tag() == Tag.PROPN) {
                giver--;
            }
            int person = v + 1;
            int personEnd = person;
            while (personEnd < tokens.size() && tokens.get(personEnd).tag() == Tag.PROPN) {
                personEnd++;
            }
            if (personEnd == person) {
                continue;
            }
            String text = context.sentence().text();
            String name = text.substring(tokens.get(person).start(), tokens.get(personEnd - 1).end());
            String by = text.substring(tokens.get(giver).start(), tokens.get(v - 1).end());
            if (lexicon.place(name) != null || lexicon.place(by) != null) {
                continue;
            }
            int head = titleHead(tokens, personEnd);
            if (head < 0) {
                continue;
            }
            int last = head;
            while (last + 1 < tokens.size() && QUOTES.contains(tokens.get(last + 1).text())) {
                last++;
            }
            TimeExpression date = FoundingExtractor.dateAfter(context, tokens, last);
            if (date == null) {
                date = FoundingExtractor.openingYear(context, tokens, giver);
            }
            if (date == null) {
                continue;
            }
            ModalityDetector.Modality mod = modality.at(context, verb.start(), verb.end());
            int from = Math.min(context.fileOffset(tokens.get(giver).start()), date.start());
            int to = Math.max(context.fileOffset(tokens.get(head).end()), date.end());
            out.add(context.claim(NAME, from, to)
                    .kind(ClaimConventions.KIND_PERSON)
                    .subject(PersonExtractor.subject(lexicon, name))
                    .attribute(HONOUR)
                    .value(date.span().value())
                    .detail(Lexicon.key(by) + ":" + tokens.get(head).lemma())
                    .modality(mod.modality())
                    .negated(mod.negated())
                    .time(date.span())
                    .build());
        }
        return out;
    }

    /**
     * The head noun of the title after the person ("as the 'youngest ... billionaire'"): the last noun of a run of
     * adjectives, nouns, "and" and quotation marks after an optional "as" and determiner; -1 when none.
     */
    private static int titleHead(List<Token> tokens, int k) {
        if (k < tokens.size() && tokens.get(k).lower().equals("as")) {
            k++;
        }
        if (k < tokens.size() && tokens.get(k).tag() == Tag.DET) {
            k++;
        }
        int head = -1;
        for (int j = k; j < tokens.size() && j - k <= TITLE_REACH; j++) {
            Token t = tokens.get(j);
            if (t.tag() == Tag.NOUN) {
                head = j;
            } else if (!(t.tag() == Tag.ADJ || t.tag() == Tag.CCONJ || QUOTES.contains(t.text()))) {
                break;
            }
        }
        return head;
    }
}
