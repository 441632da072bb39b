package org.crosscheck.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * A frozen article event decides as the one it was frozen from: its sets and counts iterate in the same order and
 * answer the same lookups as the trees they replace, and the values they share are equal to the originals.
 */
class FrozenTest {
    private final Frozen frozen = new Frozen();

    @Property
    void aFrozenSetIteratesAndAnswersAsItsTreeSet(@ForAll @Size(max = 12) List<@StringLength(max = 3) String> values,
                                                 @ForAll @StringLength(max = 3) String probe) {
        Set<String> tree = new TreeSet<>(values);
        Set<String> copy = frozen.set(tree);
        assertThat(new ArrayList<>(copy)).isEqualTo(new ArrayList<>(tree));
        assertThat(copy).isEqualTo(tree);
        assertThat(copy.contains(probe)).isEqualTo(tree.contains(probe));
        assertThat(copy.isEmpty()).isEqualTo(tree.isEmpty());
        if (!tree.isEmpty()) {
            assertThat(copy.iterator().next()).isEqualTo(((TreeSet<String>) tree).first());
        }
    }

    @Property
    void frozenCountsIterateAndAnswerAsTheirTreeMap(@ForAll @Size(max = 12) List<@IntRange(max = 40) Integer> keys,
                                                    @ForAll @IntRange(max = 40) int probe) {
        Map<Integer, Integer> tree = new TreeMap<>();
        for (int k : keys) {
            tree.merge(k, 1, Integer::sum);
        }
        Map<Integer, Integer> copy = frozen.counts(tree);
        assertThat(new ArrayList<>(copy.entrySet())).isEqualTo(new ArrayList<>(tree.entrySet()));
        assertThat(new ArrayList<>(copy.keySet())).isEqualTo(new ArrayList<>(tree.keySet()));
        assertThat(copy).isEqualTo(tree);
        assertThat(copy.containsKey(probe)).isEqualTo(tree.containsKey(probe));
        assertThat(copy.get(probe)).isEqualTo(tree.get(probe));
        assertThat(copy.keySet().contains(probe)).isEqualTo(tree.containsKey(probe));
    }

    @Test
    void equalValuesAreKeptOnce() {
        LocalDate a = LocalDate.of(2017, 9, 14);
        LocalDate b = LocalDate.of(2017, 9, 14);
        assertThat(frozen.share(a)).isSameAs(frozen.share(b));
        String s = new String(new char[] {'z', 'a', 'p', 'a', 'd'});
        assertThat(frozen.share(s)).isSameAs("zapad");
        assertThat(frozen.<LocalDate>share(null)).isNull();
    }
}
