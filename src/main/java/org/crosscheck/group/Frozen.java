package org.crosscheck.group;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

/**
 * Compact immutable copies of the small sorted sets and counts an article event is made of, for the events grouping
 * holds across the whole corpus between reading them and clustering them. They iterate in natural order, as the
 * {@code TreeSet}s and {@code TreeMap}s they replace, so every decision that reads them is unchanged; a set or a map
 * is one sorted array (two for counts) instead of a tree node per entry, empty ones are shared, and strings are
 * interned (the same names, types and places recur in thousands of articles).
 */
final class Frozen {
    /** Values other than strings (days, times) that recur across articles: one copy each, per audit. */
    private final Map<Object, Object> shared = new ConcurrentHashMap<>();

    /** One shared copy of {@code value} (null stays null). */
    @SuppressWarnings("unchecked")
    <T> T share(T value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String s) {
            return (T) s.intern();
        }
        return (T) shared.computeIfAbsent(value, v -> v);
    }

    /** An immutable copy of a sorted set of comparable values, iterating in their natural order. */
    <T extends Comparable<? super T>> Set<T> set(Collection<T> values) {
        if (values.isEmpty()) {
            return Collections.emptySet();
        }
        Object[] sorted = values.stream().map(this::share).sorted().distinct().toArray();
        return sorted.length == 1 ? Collections.singleton(cast(sorted[0])) : new ArraySet<>(sorted);
    }

    /** An immutable copy of counts keyed by comparable values, iterating in key order. */
    <K extends Comparable<? super K>> Map<K, Integer> counts(Map<K, Integer> counts) {
        if (counts.isEmpty()) {
            return Collections.emptyMap();
        }
        Object[] keys = counts.keySet().stream().map(this::share).sorted().toArray();
        if (keys.length == 1) {
            return Collections.singletonMap(cast(keys[0]), counts.get(cast(keys[0])));
        }
        int[] values = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            values[i] = counts.get(cast(keys[i]));
        }
        return new ArrayCounts<>(keys, values);
    }

    /** An immutable copy of a list, its values shared. */
    <T> List<T> list(List<T> values) {
        return values.isEmpty() ? List.of() : values.stream().map(this::share).toList();
    }

    /** The elements {@code at(0)} to {@code at(length - 1)}, in order. */
    private static <T> Iterator<T> over(int length, IntFunction<T> at) {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < length;
            }

            @Override
            public T next() {
                if (next >= length) {
                    throw new NoSuchElementException();
                }
                return at.apply(next++);
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object o) {
        return (T) o;
    }

    /** A set over a sorted array of distinct values. */
    private static final class ArraySet<T> extends AbstractSet<T> {
        private final Object[] values;

        ArraySet(Object[] values) {
            this.values = values;
        }

        @Override
        public boolean contains(Object o) {
            return o instanceof Comparable<?> && Arrays.binarySearch(values, o) >= 0;
        }

        @Override
        public Iterator<T> iterator() {
            return over(values.length, i -> cast(values[i]));
        }

        @Override
        public int size() {
            return values.length;
        }
    }

    /** Counts over a sorted array of distinct keys and an array of their values. */
    private static final class ArrayCounts<K> extends AbstractMap<K, Integer> {
        private final Object[] keys;
        private final int[] values;

        ArrayCounts(Object[] keys, int[] values) {
            this.keys = keys;
            this.values = values;
        }

        private int index(Object key) {
            return key instanceof Comparable<?> ? Arrays.binarySearch(keys, key) : -1;
        }

        @Override
        public boolean containsKey(Object key) {
            return index(key) >= 0;
        }

        @Override
        public Integer get(Object key) {
            int i = index(key);
            return i >= 0 ? values[i] : null;
        }

        @Override
        public int size() {
            return keys.length;
        }

        @Override
        public Set<K> keySet() {
            return new ArraySet<>(keys);
        }

        @Override
        public Set<Map.Entry<K, Integer>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<K, Integer>> iterator() {
                    return over(keys.length, i -> new AbstractMap.SimpleImmutableEntry<>(cast(keys[i]), values[i]));
                }

                @Override
                public int size() {
                    return keys.length;
                }
            };
        }
    }
}
