package org.crosscheck.stage;

import java.lang.ref.Cleaner;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
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
        Writer w = new Writer(threads);
        claims.forEach(w::add);
        return w.finish();
    }

    /**
     * Writes claims to a new spill file as they come, in order: each full block is encoded on one of
     * {@code threads} workers while the caller goes on, and at most two blocks per worker wait, so the claims
     * in the heap stay a few blocks whatever the corpus.
     */
    public static final class Writer {
        private final Spill spill = Spill.create("facts");
        private final java.util.concurrent.ExecutorService workers;
        private final java.util.concurrent.Semaphore waiting;
        private final List<java.util.concurrent.Future<Long>> blocks = new ArrayList<>();
        private List<Claim> block = new ArrayList<>(BLOCK);
        private int size;

        public Writer(int threads) {
            int n = Math.max(1, threads);
            workers = java.util.concurrent.Executors.newFixedThreadPool(n, r -> {
                Thread t = new Thread(r, "crosscheck-facts-spill");
                t.setDaemon(true);
                return t;
            });
            waiting = new java.util.concurrent.Semaphore(2 * n);
        }

        public void add(Claim c) {
            block.add(c);
            size++;
            if (block.size() == BLOCK) {
                flush();
            }
        }

        private void flush() {
            List<Claim> full = block;
            block = new ArrayList<>(BLOCK);
            waiting.acquireUninterruptibly();
            blocks.add(workers.submit(() -> {
                try {
                    return spill.append(new ArrayList<>(full));
                } finally {
                    waiting.release();
                }
            }));
        }

        /** The claims written, as a list read back from disk. */
        public SpilledClaims finish() {
            if (!block.isEmpty()) {
                flush();
            }
            try {
                long[] offsets = new long[blocks.size()];
                for (int b = 0; b < offsets.length; b++) {
                    offsets[b] = blocks.get(b).get();
                }
                return new SpilledClaims(spill, offsets, size);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while writing claims to disk", e);
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                workers.shutdownNow();
            }
        }

        /** Drops what was written (a failed audit). */
        public void discard() {
            workers.shutdownNow();
            spill.close();
        }
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
