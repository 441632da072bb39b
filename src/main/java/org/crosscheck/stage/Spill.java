package org.crosscheck.stage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import org.crosscheck.CrosscheckException;

/**
 * An append-only file of records, each read back by the offset {@link #append} returned: what the audit keeps on
 * disk instead of the heap (an article's claims between the pass and grouping, the grouped claims behind facts.csv,
 * the JSON lines the reports cite). A record is Java-serialised on its own (so repeated strings within it are
 * written once) and deflated at the fastest level; writers on several threads append whole records, readers on
 * several threads read by position. The file is deleted by {@link #close}, or at exit.
 */
public final class Spill implements AutoCloseable {
    /** Bytes in the spill files of this JVM not yet deleted, and the most there were at once since {@link #resetPeak}. */
    private static final java.util.concurrent.atomic.AtomicLong OPEN = new java.util.concurrent.atomic.AtomicLong();
    private static final java.util.concurrent.atomic.AtomicLong PEAK = new java.util.concurrent.atomic.AtomicLong();

    private final Path file;
    private final FileChannel channel;
    private long size;
    private boolean closed;

    private Spill(Path file) throws IOException {
        this.file = file;
        this.channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** A new spill file in the temporary folder ({@code java.io.tmpdir}). */
    public static Spill create(String name) {
        try {
            Path file = Files.createTempFile("crosscheck-" + name + "-", ".spill");
            file.toFile().deleteOnExit();
            return new Spill(file);
        } catch (IOException e) {
            throw failure("cannot create a spill file in " + System.getProperty("java.io.tmpdir"), e);
        }
    }

    /** Writes {@code record} and returns its offset. */
    long append(Serializable record) {
        byte[] bytes = encode(record);
        ByteBuffer out = ByteBuffer.allocate(4 + bytes.length);
        out.putInt(bytes.length).put(bytes).flip();
        long start;
        synchronized (this) {
            start = size;
            size += out.remaining();
        }
        PEAK.accumulateAndGet(OPEN.addAndGet(out.remaining()), Math::max);
        try {
            for (long at = start; out.hasRemaining(); ) {
                at += channel.write(out, at);
            }
        } catch (IOException e) {
            throw failure("cannot write " + file, e);
        }
        return start;
    }

    /** The record written at {@code offset}. */
    @SuppressWarnings("unchecked")
    <T> T read(long offset) {
        try {
            ByteBuffer head = ByteBuffer.allocate(4);
            readFully(head, offset);
            ByteBuffer body = ByteBuffer.allocate(head.getInt(0));
            readFully(body, offset + 4);
            // Inflated whole before it is deserialised: an ObjectInputStream reads a record's fields and strings
            // a byte at a time, which through an InflaterInputStream is one inflate call per byte.
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(inflate(body.array())))) {
                return (T) in.readObject();
            }
        } catch (IOException | ClassNotFoundException | DataFormatException e) {
            throw failure("cannot read " + file + " at " + offset, e);
        }
    }

    /** Bytes written so far. */
    public synchronized long bytes() {
        return size;
    }

    /**
     * The most bytes the spill files of this JVM held on disk at once since the last {@link #resetPeak}: the disk an
     * audit used (a benchmark resets it before each audit).
     */
    public static long peakBytes() {
        return PEAK.get();
    }

    public static void resetPeak() {
        PEAK.set(OPEN.get());
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            OPEN.addAndGet(-size);
        }
        try {
            channel.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a spill file left behind is deleted at exit
        }
    }

    private void readFully(ByteBuffer into, long offset) throws IOException {
        long at = offset;
        while (into.hasRemaining()) {
            int n = channel.read(into, at);
            if (n < 0) {
                throw new IOException("unexpected end of file");
            }
            at += n;
        }
    }

    private static byte[] inflate(byte[] deflated) throws DataFormatException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(deflated);
            byte[] out = new byte[Math.max(1 << 12, deflated.length * 4)];
            int size = 0;
            while (!inflater.finished()) {
                if (size == out.length) {
                    out = java.util.Arrays.copyOf(out, out.length * 2);
                }
                int n = inflater.inflate(out, size, out.length - size);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new DataFormatException("truncated record");
                }
                size += n;
            }
            return size == out.length ? out : java.util.Arrays.copyOf(out, size);
        } finally {
            inflater.end();
        }
    }

    private static byte[] encode(Serializable record) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 12);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (ObjectOutputStream out = new ObjectOutputStream(new DeflaterOutputStream(bytes, deflater, 1 << 14))) {
            out.writeObject(record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return bytes.toByteArray();
    }

    private static CrosscheckException failure(String message, Exception e) {
        return new CrosscheckException("", message + ": " + e.getMessage(), CrosscheckException.FAILURE, e);
    }
}
