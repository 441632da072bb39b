package org.crosscheck.extract;

/**
 * The claim conventions the rules are written against: kinds, attribute names and value formats.
 *
 * <table>
 * <caption>Claims by attribute</caption>
 * <tr><th>attribute</th><th>kind</th><th>subject</th><th>value</th><th>detail</th><th>number / unit /
 * qualifier</th><th>time</th></tr>
 * <tr><td>{@code event}</td><td>EVENT</td><td>event key</td><td>event type from {@code event_words.csv}
 * ({@code meeting}, {@code visit}, {@code exercise}, {@code agreement}, {@code arms-transfer}, ...)</td>
 * <td>the event name as keyed (may be empty)</td><td>-</td><td>attached time, not a SINCE one</td></tr>
 * <tr><td>{@code date}</td><td>TIME</td><td>event key</td><td>TimeML value ({@code 2014-11})</td><td>-</td>
 * <td>-</td><td>the span</td></tr>
 * <tr><td>{@code since}</td><td>TIME</td><td>series key (no edition or year)</td><td>TimeML value</td><td>-</td>
 * <td>-</td><td>the span</td></tr>
 * <tr><td>{@code founded}</td><td>TIME</td><td>{@code thing:<name>} ({@code thing:theranos})</td><td>TimeML value
 * ({@code 2003})</td><td>-</td><td>-</td><td>the span ({@link FoundingExtractor})</td></tr>
 * <tr><td>{@code place}</td><td>PLACE</td><td>event key</td><td>canonical place ({@code Moscow})</td><td>role:
 * {@code venue}, {@code destination}, {@code origin}</td><td>unit = place type</td><td>event time</td></tr>
 * <tr><td>{@code count}</td><td>COUNT, or TALLY for running totals (deaths, arrests)</td><td>event key</td><td>number
 * as text ({@code 20}), a range as {@code 10-12}</td><td>{@code EACH}, {@code TOTAL}, {@code PART}, a side's country key, {@code in:<place>} for a toll of one place, or empty</td><td>number; resolution; unit = what is counted with its role ({@code helicopters}, {@code dead}, {@code aboard/passengers});
 * qualifier = {@code EXACT}, {@code ABOUT}, {@code ALMOST}, {@code UP_TO}, {@code UNDER}, {@code AT_LEAST}, {@code OVER}</td><td>event
 * time</td></tr>
 * <tr><td>{@code measure}</td><td>COUNT</td><td>event key</td><td>number in the unit ({@code 57.1})</td>
 * <td>as for count</td><td>number converted to the unit; unit = measure and what it measures ({@code km:tunnel},
 * {@code %:turnout}, {@code magnitude}); resolution; qualifier as for count</td><td>event time</td></tr>
 * <tr><td>{@code duration}</td><td>COUNT</td><td>event key</td><td>TimeML duration ({@code P17Y})</td><td>-</td>
 * <td>number in days; unit {@code day} or {@code day:<thing>} ({@code day:debate})</td><td>event time</td></tr>
 * <tr><td>{@code clock}</td><td>TIME</td><td>event key</td><td>{@code HH:MM}, with a reference zone
 * ({@code 19:00 GMT})</td><td>-</td><td>number = minutes since midnight; resolution = minutes its last digit
 * stands for; unit {@code clock} or {@code clock:gmt}</td><td>event time</td></tr>
 * <tr><td>{@code money}</td><td>MONEY</td><td>event key</td><td>{@code <amount> <unit>}
 * ({@code 46000000000 USD})</td><td>-</td><td>number = amount; unit = ISO code with rate and scope
 * ({@code USD/share}, {@code USD:financing}); qualifier as for count</td>
 * <td>event time</td></tr>
 * <tr><td>{@code ordinal}</td><td>ORDINAL</td><td>event key</td><td>edition number as text ({@code 12})</td>
 * <td>{@code headline} when read from the headline, else empty</td><td>number = edition</td><td>event time</td></tr>
 * <tr><td>{@code first}</td><td>ORDINAL</td><td>event key</td><td>{@code FIRST_EVER} ("first-ever", "maiden"),
 * {@code FIRST_IN_N_YEARS}, {@code FIRST}</td><td>N for {@code FIRST_IN_N_YEARS}, else which first it is
 * ({@code hosting}, {@code taking part}) or empty</td><td>number = N or NaN</td><td>event time</td></tr>
 * <tr><td>{@code rank}</td><td>ORDINAL</td><td>event key</td><td>where one who did a feat stands among all who
 * did it, as text ({@code 2}: "the second man to score a World Cup final hat-trick")</td><td>the feat's head noun
 * without spelling marks ({@code hattrick})</td><td>number = rank</td><td>event time</td></tr>
 * <tr><td>{@code previous}</td><td>ORDINAL</td><td>event key</td><td>year of the previous instance
 * ({@code 1975}; "the first time since 2009" says 2009)</td><td>empty</td><td>number = year</td><td>that year</td></tr>
 * <tr><td>{@code designation}</td><td>EQUIPMENT</td><td>arms-transfer event key, else
 * {@code equipment:<family>}</td><td>family ({@code Su-30})</td><td>variant ({@code SM}, {@code Flanker-C})</td>
 * <td>unit = category</td><td>event time</td></tr>
 * <tr><td>{@code title}</td><td>PERSON</td><td>{@code person:<key>} ({@code person:ana-lopez})</td>
 * <td>normalised title ({@code defence minister})</td><td>affiliation country key ({@code peru}) or empty</td>
 * <td>unit = office group</td><td>sentence time, else the publication day</td></tr>
 * <tr><td>{@code honour}</td><td>PERSON</td><td>{@code person:<key>}</td><td>TimeML value of when an organisation
 * gave the title ({@code 2014})</td><td>{@code <giver>:<title head>} ({@code forbes:billionaire})</td><td>-</td>
 * <td>the span ({@link HonourExtractor})</td></tr>
 * <tr><td>{@code attendance}</td><td>EVENT</td><td>event key</td><td>person key ({@code person:ana-lopez})</td>
 * <td>empty</td><td>negated = did not attend</td><td>event time</td></tr>
 * </table>
 *
 * <p>A {@code count}, {@code measure} or {@code money} claim whose figure the syntax makes an attribute of a named
 * thing ("the 6,825-ton ferry Sewol", "the bridge cost $20 billion") has the subject {@code thing:<name>}
 * ({@link ThingFinder}), a measure's unit without what it measures ({@code km}, {@code tonne}; {@code km:height}
 * for a height), and its basis says how the thing was found ({@code named 'Sewol'}, {@code described: 'the tunnel'
 * after ...}).
 *
 * <p>Claims of quantities and times of day carry the party the sentence attributes them to ({@code attribution}:
 * "police", "local media"), empty for the article's own voice.
 *
 * <p>Every claim has a modality ({@code HAPPENED} by default; {@code SIGNED}, {@code AGREED}, {@code DELIVERED},
 * {@code EXPECTED}, {@code PLANNED}, {@code INTENDED}, {@code PROPOSED}, {@code DRAFT}, {@code REPORTED},
 * {@code DENIED}, {@code CANCELLED}, {@code ABSENT} from {@code modality.csv}) and a negation flag. ABSENT marks
 * claims governed by "did not attend" or "boycotted": the event took place, without someone. Event keys are described in
 * {@link EventKey}; after grouping, {@code Claim.event} holds the resolved event key of event claims and of claims
 * about an event, and the subject is the same key.
 */
public final class ClaimConventions {
    public static final String KIND_EVENT = "EVENT";
    public static final String KIND_TIME = "TIME";
    public static final String KIND_PLACE = "PLACE";
    /** Detail prefix of a toll counted in one place of its event ({@code in:india}): compared with that place's only. */
    public static final String IN_PLACE = "in:";
    public static final String KIND_COUNT = "COUNT";
    /** A count of a running total ({@code count_units.csv} tally=yes): a later report may raise it. */
    public static final String KIND_TALLY = "TALLY";
    public static final String KIND_MONEY = "MONEY";
    public static final String KIND_ORDINAL = "ORDINAL";
    public static final String KIND_PERSON = "PERSON";
    public static final String KIND_EQUIPMENT = "EQUIPMENT";

    public static final String EVENT = "event";
    public static final String DATE = "date";
    public static final String SINCE = "since";
    public static final String PLACE = "place";
    public static final String COUNT = "count";
    public static final String MONEY = "money";
    public static final String ORDINAL = "ordinal";
    public static final String FIRST = "first";
    public static final String PREVIOUS = "previous";
    /** Where one who did a feat stands among all who did it ("the second man to score a World Cup final hat-trick"). */
    public static final String RANK = "rank";
    public static final String DESIGNATION = "designation";
    public static final String TITLE = "title";
    public static final String ATTENDANCE = "attendance";

    public static final String FIRST_EVER = "FIRST_EVER";
    public static final String FIRST_IN_N_YEARS = "FIRST_IN_N_YEARS";
    public static final String FIRST_PLAIN = "FIRST";
    /** Detail of an ordinal claim read from an article's headline (first sentence). */
    public static final String HEADLINE = "headline";
    /** Details of a first: the first time hosting an event, or taking part in it. */
    public static final String HOSTING = "hosting";
    public static final String TAKING_PART = "taking part";

    public static final String EXACT = "EXACT";
    public static final String EACH = "EACH";
    public static final String TOTAL = "TOTAL";
    /** One of several counts of a unit in a sentence whose holders are not read ("X won 257 votes, Y 170"). */
    public static final String PART = "PART";

    public static final String VENUE = "venue";
    /** Qualifier of a venue that excludes every other. */
    public static final String ONLY = "ONLY";
    public static final String DESTINATION = "destination";
    public static final String ORIGIN = "origin";

    /** Subject prefix of people. */
    public static final String PERSON_PREFIX = "person:";
    /** Subject prefix of equipment mentioned outside an arms transfer. */
    public static final String EQUIPMENT_TOPIC = "equipment:";
    /** Event class of a provisional key that means "the event the article was last talking about". */
    public static final String ANY_EVENT = "*";

    private ClaimConventions() {
    }
}
