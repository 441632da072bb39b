package org.crosscheck.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
     */
    record Event(int id, Type type, String a, String b, LocalDate date, String city, String series, int edition,
                 int count, String unit, String person, String title, int family, int planned, String field,
                 String topic) {
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
        // Numbered series first: each runs for a few consecutive years, one edition a year.
        while (events.size() < size) {
            Type type = pick(rnd, Type.values());
            String a = pick(rnd, Vocab.COUNTRIES);
            String b = other(rnd, Vocab.COUNTRIES, a);
            if (type == Type.MEETING || type == Type.EXERCISE || type == Type.FORUM) {
                String series = switch (type) {
                    case MEETING -> a + "-" + b + " Joint Working Group on " + pick(rnd, Vocab.TOPICS);
                    case EXERCISE -> pick(rnd, Vocab.CODENAMES);
                    default -> city(rnd) + " Forum on " + pick(rnd, Vocab.TOPICS);
                };
                int editions = 1 + rnd.nextInt(4);
                int first = 1 + rnd.nextInt(9);
                int year = 2014 + rnd.nextInt(7);
                for (int k = 0; k < editions && events.size() < size; k++) {
                    events.add(event(rnd, type, a, b, LocalDate.of(year + k, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)),
                            series, first + k));
                }
            } else {
                events.add(event(rnd, type, a, b,
                        LocalDate.of(2014 + rnd.nextInt(10), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)), "", 0));
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

    private Event event(SplittableRandom rnd, Type type, String a, String b, LocalDate date, String series,
                        int edition) {
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
        int family = rnd.nextInt(Vocab.FAMILIES.size());
        int planned = type == Type.DEAL ? count + 4 + 2 * rnd.nextInt(12) : 0;
        String city = city(rnd);
        return new Event(events.size(), type, a, b, date, city, series, edition, count, unit, person(rnd),
                pick(rnd, Vocab.TITLES), family, planned, pick(rnd, Vocab.FIELDS), pick(rnd, Vocab.TOPICS));
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

    static String city(SplittableRandom rnd) {
        return pick(rnd, Vocab.CITY_HEADS) + pick(rnd, Vocab.CITY_TAILS);
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
