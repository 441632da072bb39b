package org.crosscheck.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.fact.Claim;
import org.crosscheck.fact.TimeSpan;
import org.crosscheck.time.TimeExpression;

/**
 * Reads titled people ({@link PersonFinder}). Emits one {@code title} claim (kind PERSON) per titled mention:
 * subject {@code person:<key>} (the canonical name of {@code people.csv} for known people, else the name as
 * written, in key form; grouping merges spelling variants), value the normalised title, detail the affiliation
 * country key, unit the office group of the title ({@code titles.csv}: two titles conflict only within one group),
 * time the first time expression of the title's clause that is not a SINCE one and not after the publication day
 * (the drill "in September" that a president speaks of in February is no time of her office; a list item after a
 * bullet is another statement), else the publication day. A former title
 * ("former Foreign Minister X") says nothing of the person's office at that time: qualifier {@code FORMER}, no
 * time. A corporate or board title names its organisation in the detail when the text does ("LinkedIn CEO X").
 * Also emits one {@code age} claim (kind PERSON) per person named with an age ("Saman Kunan, 37,"): value and
 * number the age, unit {@code years}, time the publication day (none for an article of unknown date).
 */
public final class PersonExtractor implements Extractor {
    public static final String NAME = "person";
    /** Attribute of a person's age in years, stated beside the name; its time is the publication day. */
    public static final String AGE = "age";
    /** Qualifier of a title the person no longer holds; such a claim has no time, so no rule compares it. */
    public static final String FORMER = "FORMER";
    /** A list item's mark: what follows it is another statement. */
    private static final char BULLET = '\u2022';

    private final PersonFinder persons;
    private final Lexicon lexicon;
    private final ModalityDetector modality;

    public PersonExtractor(PersonFinder persons, Lexicon lexicon, ModalityDetector modality) {
        this.persons = persons;
        this.lexicon = lexicon;
        this.modality = modality;
    }

    @Override
    public List<Claim> extract(SentenceContext context) {
        List<Claim> out = new ArrayList<>();
        for (PersonFinder.Aged a : persons.ages(context)) {
            LocalDate day = context.published();
            ModalityDetector.Modality mod = modality.at(context, a.nameStart(), a.end());
            out.add(context.claim(NAME, context.fileOffset(a.nameStart()), context.fileOffset(a.end()))
                    .kind(ClaimConventions.KIND_PERSON)
                    .subject(subject(lexicon, a.name()))
                    .attribute(AGE)
                    .value(Integer.toString(a.age()))
                    .number(a.age())
                    .unit("years")
                    .modality(mod.modality())
                    .negated(mod.negated())
                    .time(day == null ? null : new TimeSpan(day.toString(), day, day, "DAY"))
                    .build());
        }
        for (PersonFinder.Mention p : persons.find(context)) {
            ModalityDetector.Modality mod = modality.at(context, p.start(), p.end());
            out.add(context.claim(NAME, context.fileOffset(p.start()), context.fileOffset(p.end()))
                    .kind(ClaimConventions.KIND_PERSON)
                    .subject(subject(lexicon, p.name()))
                    .attribute(ClaimConventions.TITLE)
                    .value(p.title())
                    .detail(p.affiliation())
                    .unit(office(p.title()))
                    .qualifier(p.former() ? FORMER : "")
                    .modality(mod.modality())
                    .negated(mod.negated())
                    .time(p.former() ? null : time(context, p.start()))
                    .build());
        }
        return out;
    }

    /** The time of a title at {@code at} (sentence offset): see the class comment. */
    private static TimeSpan time(SentenceContext context, int at) {
        String text = context.sentence().text();
        int base = context.sentence().start();
        List<int[]> clauses = Clauses.of(context);
        LocalDate published = context.published();
        for (TimeExpression t : context.times()) {
            int ts = t.start() - base;
            if ("SINCE".equals(t.relation()) || t.span() == null || ts < 0 || ts > text.length()
                    || !Clauses.same(clauses, at, ts)
                    || text.substring(Math.min(at, ts), Math.max(at, ts)).indexOf(BULLET) >= 0
                    || published != null && t.span().start() != null && t.span().start().isAfter(published)) {
                continue;
            }
            return t.span();
        }
        return published == null ? null : new TimeSpan(published.toString(), published, published, "DAY");
    }

    private String office(String title) {
        Lexicon.Title t = lexicon.title(title);
        return t == null ? "" : t.office();
    }

    /** The person key of a name: the canonical name of a known person, else the name itself, in key form. */
    public static String subject(Lexicon lexicon, String name) {
        String known = lexicon.person(name);
        return ClaimConventions.PERSON_PREFIX + Lexicon.key(known == null ? name : known);
    }
}
