package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.crosscheck.fact.Claim;
import org.crosscheck.vocab.DataTable;
import org.crosscheck.vocab.LiteralGate;
import org.crosscheck.vocab.Vocabulary;

/**
 * Reads who attended an event: a titled person, a participation verb from {@code rules/data/participation.csv}
 * ({@code pattern,attended}: "attended", "took part in" yes; "did not attend", "boycotted" no) and an event
 * mention after it in the same clause ("President Ana Lopez did not attend the summit"). Emits one
 * {@code attendance} claim (kind EVENT): subject the event key, value the person key, negated when the verb says
 * the person stayed away. The event itself took place either way: the modality cues mark such sentences ABSENT,
 * not negated.
 */
public final class AttendanceExtractor implements Extractor {
    public static final String NAME = "attendance";

    private record Verb(LiteralGate gate, boolean attended) {
    }

    private final List<Verb> verbs = new ArrayList<>();
    private final PersonFinder persons;
    private final EventFinder events;
    private final Lexicon lexicon;

    public AttendanceExtractor(Vocabulary vocabulary, Lexicon lexicon, PersonFinder persons, EventFinder events) {
        for (DataTable.Row row : vocabulary.table("participation.csv", "pattern", "attended").rows()) {
            String attended = row.require("attended");
            if (!attended.equals("yes") && !attended.equals("no")) {
                throw row.error("attended must be yes or no");
            }
            verbs.add(new Verb(LiteralGate.of(row.pattern("pattern")), attended.equals("yes")));
        }
        this.lexicon = lexicon;
        this.persons = persons;
        this.events = events;
    }

    @Override
    public List<Claim> extract(SentenceContext context) {
        String text = context.sentence().text();
        List<Claim> out = new ArrayList<>();
        List<PersonFinder.Mention> people = null;
        List<EventFinder.Mention> mentions = null;
        List<int[]> clauses = null;
        for (Verb verb : verbs) {
            Matcher m = verb.gate().matcher(text, context.folded());
            while (m != null && m.find()) {
                if (people == null) {
                    people = persons.find(context);
                    mentions = events.find(context);
                    clauses = Clauses.of(context);
                }
                PersonFinder.Mention who = null;
                for (PersonFinder.Mention p : people) {
                    if (p.end() <= m.start() && Clauses.same(clauses, p.start(), m.start())) {
                        who = p;
                    }
                }
                EventFinder.Mention what = null;
                for (EventFinder.Mention e : mentions) {
                    if (e.start() >= m.end() && Clauses.same(clauses, e.start(), m.start())) {
                        what = e;
                        break;
                    }
                }
                if (who == null || what == null) {
                    continue;
                }
                out.add(context.claim(NAME, context.fileOffset(who.start()), context.fileOffset(what.end()))
                        .kind(ClaimConventions.KIND_EVENT)
                        .subject(what.key().format())
                        .attribute(ClaimConventions.ATTENDANCE)
                        .value(PersonExtractor.subject(lexicon, who.name()))
                        .negated(!verb.attended())
                        .time(what.timeSpan())
                        .build());
            }
        }
        return out;
    }
}
