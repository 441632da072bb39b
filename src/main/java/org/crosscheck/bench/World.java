package org.crosscheck.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The events a synthetic corpus reports: a fixed list drawn from the seed, with a Zipf-like popularity so that a
 * few events are reported by thousands of articles and most by a handful. Small enough to hold in memory (one
 * event per twenty articles); the articles themselves are never held.
 */
final class World {
    enum Type { MEETING, VISIT, EXERCISE, AGREEMENT, DEAL, FORUM }

    /**
     * One event.
     *
     * @param series  the series name of a numbered event (meeting, exercise, forum), else empty
     * @param edition the edition within the series (1 = first), 0 when not numbered
     * @param count   people taking part, or units delivered for a deal
     * @param planned units a deal plans to buy eventually (0 when not a deal)
     * @param next    where the next edition of a series will be held (empty when not a series)
     */
    record Event(int id, Type type, String a, String b, LocalDate date, String city, String series, int edition,
                 int count, String unit, String person, String title, int family, int planned, String field,
                 String topic, String next) {
        String key() {
            return "E" + id;
        }
    }

    final List<Event> events = new ArrayList<>();
    private final double[] cumulative;
    private final int[] byRank;

    World(long seed, int articles) {
        SplittableRandom rnd = new SplittableRandom(seed * 31 + 7);
        int size = Math.max(12, Math.min(20_000, articles / 20));
        // What tells two events apart to a reader; a second series or deal with the same name and parties would
        // be the same one to any reader, so such a draw is discarded. Visits are told apart by their dates.
        Set<String> names = new HashSet<>();
        while (events.size() < size) {
            Type type = pick(rnd, Type.values());
            String a = pick(rnd, Vocab.COUNTRIES);
            String b = other(rnd, Vocab.COUNTRIES, a);
            String parties = a.compareTo(b) < 0 ? a + "+" + b : b + "+" + a;
            String topic = pick(rnd, Vocab.TOPICS);
            String field = pick(rnd, Vocab.FIELDS);
            int family = rnd.nextInt(Vocab.FAMILIES.size());
            String codename = pick(rnd, Vocab.CODENAMES);
            // A forum is named after its host town, in the first party's country, and held there every year.
            String host = pick(rnd, Vocab.towns(a));
            String name = switch (type) {
                case MEETING -> "meeting/" + parties + "/" + topic;
                case EXERCISE -> "exercise/" + parties + "/" + codename;
                case FORUM -> "forum/" + host;
                case AGREEMENT -> "agreement/" + parties + "/" + field;
                case DEAL -> "deal/" + parties + "/" + family;
                case VISIT -> "";
            };
            if (!name.isEmpty() && !names.add(name)) {
                continue;
            }
            if (type == Type.MEETING || type == Type.EXERCISE || type == Type.FORUM) {
                String series = switch (type) {
                    case MEETING -> a + "-" + b + " Joint Working Group on " + topic;
                    case EXERCISE -> codename;
                    default -> host + " Forum on " + topic;
                };
                int editions = 1 + rnd.nextInt(4);
                int first = 1 + rnd.nextInt(9);
                int year = 2014 + rnd.nextInt(7);
                // One venue per edition and one more for the edition after the last, which articles announce.
                List<String> cities = new ArrayList<>();
                for (int k = 0; k <= editions; k++) {
                    cities.add(type == Type.FORUM ? host : venue(rnd, a, b));
                }
                for (int k = 0; k < editions && events.size() < size; k++) {
                    LocalDate date = LocalDate.of(year + k, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
                    events.add(event(rnd, type, a, b, date, cities.get(k), series, first + k, topic, field, family,
                            cities.get(k + 1)));
                }
            } else {
                LocalDate date = LocalDate.of(2014 + rnd.nextInt(10), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
                // A visitor from a lands in b.
                String city = type == Type.VISIT ? pick(rnd, Vocab.towns(b)) : venue(rnd, a, b);
                events.add(event(rnd, type, a, b, date, city, "", 0, topic, field, family, ""));
            }
        }
        byRank = new int[size];
        for (int i = 0; i < size; i++) {
            byRank[i] = i;
        }
        for (int i = size - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = byRank[i];
            byRank[i] = byRank[j];
            byRank[j] = t;
        }
        cumulative = new double[size];
        double sum = 0;
        for (int r = 0; r < size; r++) {
            sum += 1.0 / (r + 1);
            cumulative[r] = sum;
        }
        for (int r = 0; r < size; r++) {
            cumulative[r] /= sum;
        }
    }

    private Event event(SplittableRandom rnd, Type type, String a, String b, LocalDate date, String city,
                        String series, int edition, String topic, String field, int family, String next) {
        String unit = switch (type) {
            case EXERCISE -> "troops";
            case FORUM -> "participants";
            case DEAL -> "";
            default -> "delegates";
        };
        int count = switch (type) {
            case EXERCISE -> 10 * (8 + rnd.nextInt(60));
            case FORUM -> 50 * (4 + rnd.nextInt(30));
            case DEAL -> 2 + rnd.nextInt(11);
            default -> 2 * (6 + rnd.nextInt(30));
        };
        int planned = type == Type.DEAL ? count + 4 + 2 * rnd.nextInt(12) : 0;
        return new Event(events.size(), type, a, b, date, city, series, edition, count, unit, person(rnd),
                pick(rnd, Vocab.TITLES), family, planned, field, topic, next);
    }

    /** The event an article reports, drawn by popularity. */
    Event draw(SplittableRandom rnd) {
        double u = rnd.nextDouble();
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return events.get(byRank[lo]);
    }

    /** Any town of the invented world. */
    static String city(SplittableRandom rnd) {
        return pick(rnd, Vocab.towns(pick(rnd, Vocab.COUNTRIES)));
    }

    /** A town of either party: where their event is held, or where a report on it is filed from. */
    static String venue(SplittableRandom rnd, String a, String b) {
        return pick(rnd, Vocab.towns(rnd.nextBoolean() ? a : b));
    }

    /** Another town of the country of {@code town}: the venue a report gets wrong. */
    static String otherTown(SplittableRandom rnd, String town) {
        return other(rnd, Vocab.towns(Vocab.countryOf(town)), town);
    }

    static String person(SplittableRandom rnd) {
        return pick(rnd, Vocab.FIRST_NAMES) + " " + pick(rnd, Vocab.SURNAME_HEADS) + pick(rnd, Vocab.SURNAME_TAILS);
    }

    static <T> T pick(SplittableRandom rnd, List<T> list) {
        return list.get(rnd.nextInt(list.size()));
    }

    static <T> T pick(SplittableRandom rnd, T[] array) {
        return array[rnd.nextInt(array.length)];
    }

    static String other(SplittableRandom rnd, List<String> list, String not) {
        String s;
        do {
            s = pick(rnd, list);
        } while (s.equals(not));
        return s;
    }
}
