package org.crosscheck.stage;

import java.lang.ref.Cleaner;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.IntStream;
import org.crosscheck.Workers;
import org.crosscheck.fact.Claim;

/**
 * The audit's claims after grouping, on disk: a list that reads them back in blocks, in order, each time it is
 * walked, so that the reports (facts.csv above all) stream the claims rather than hold them. The file goes when the
 * list is no longer reachable, or at exit.
 */
public final class SpilledClaims extends AbstractList<Claim> {
    /** Claims per record of the spill: large enough to share their repeated strings, small enough to hold. */
    static final int BLOCK = 1024;
    private static final Cleaner CLEANER = Cleaner.create();

    private final Spill spill;
    private final long[] blocks;
    private final int size;
    private int cachedBlock = -1;
    private List<Claim> cached;

    private SpilledClaims(Spill spill, long[] blocks, int size) {
        this.spill = spill;
        this.blocks = blocks;
        this.size = size;
        CLEANER.register(this, spill::close);
    }

    /** Writes {@code claims} to a new spill file, in order, blocks encoded on {@code threads} workers. */
    public static SpilledClaims of(List<Claim> claims, int threads) {
        Spill spill = Spill.create("facts");
        long[] blocks = new long[(claims.size() + BLOCK - 1) / BLOCK];
        Workers.inParallel(threads, () -> {
            IntStream.range(0, blocks.length).parallel().forEach(b -> blocks[b] = spill.append(
                    new ArrayList<>(claims.subList(b * BLOCK, Math.min(claims.size(), (b + 1) * BLOCK)))));
            return null;
        }, null);
        return new SpilledClaims(spill, blocks, claims.size());
    }

    /** Bytes on disk. */
    public long bytes() {
        return spill.bytes();
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public synchronized Claim get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int b = index / BLOCK;
        if (b != cachedBlock) {
            cached = spill.read(blocks[b]);
            cachedBlock = b;
        }
        return cached.get(index % BLOCK);
    }

    @Override
    public Iterator<Claim> iterator() {
        return new Iterator<>() {
            private int block = -1;
            private List<Claim> current = List.of();
            private int next;

            @Override
            public boolean hasNext() {
                return next < current.size() || block + 1 < blocks.length;
            }

            @Override
            public Claim next() {
                if (next == current.size()) {
                    if (block + 1 >= blocks.length) {
                        throw new NoSuchElementException();
                    }
                    current = spill.read(blocks[++block]);
                    next = 0;
                }
                return current.get(next++);
            }
        };
    }
}
