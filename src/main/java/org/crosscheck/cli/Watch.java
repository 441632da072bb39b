package org.crosscheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.crosscheck.AuditResult;
import org.crosscheck.CrosscheckException;
import org.crosscheck.Escapes;
import org.crosscheck.report.AuditRow;

/**
 * {@code audit --watch}: audits, then waits for a change below the rules or input folder, rebuilds the rules and
 * audits again, printing which findings appeared, disappeared or changed. A rule that does not compile is reported
 * and the watch goes on with the last good findings as the reference. Changes come from a {@link Changes} source,
 * so tests drive the loop without waiting on the clock.
 */
final class Watch {
    /** Where changes come from. */
    interface Changes extends AutoCloseable {
        /** Blocks until something changed and returns the changed files; empty when the watch is over. */
        Optional<Set<Path>> next() throws InterruptedException;

        @Override
        void close();
    }

    private final Supplier<AuditResult> audit;
    private final Changes changes;
    private final PrintWriter out;
    private final PrintWriter err;

    Watch(Supplier<AuditResult> audit, Changes changes, PrintWriter out, PrintWriter err) {
        this.audit = audit;
        this.changes = changes;
        this.out = out;
        this.err = err;
    }

    /** Runs until the change source ends (or the thread is interrupted); returns 0. */
    int run(java.util.function.Consumer<AuditResult> summary) {
        Map<String, AuditRow> previous = null;
        Set<Path> changed = Set.of();
        try (changes) {
            while (true) {
                AuditResult result = attempt();
                if (result != null) {
                    if (previous != null) {
                        out.println("Changed: " + changed.stream().map(p -> Escapes.controls(p.toString())).reduce((a, b) -> a + ", " + b)
                                .orElse("(nothing)"));
                    }
                    summary.accept(result);
                    Map<String, AuditRow> now = byId(result.rows());
                    if (previous != null) {
                        printDifference(previous, now);
                    }
                    previous = now;
                }
                out.println("Watching for changes (Ctrl-C to stop).");
                out.flush();
                Optional<Set<Path>> next = changes.next();
                if (next.isEmpty()) {
                    return 0;
                }
                changed = next.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private AuditResult attempt() {
        try {
            return audit.get();
        } catch (CrosscheckException e) {
            for (String line : e.lines()) {
                err.println("error: " + Escapes.controls(line));
            }
            err.println("(the last good run's findings stay the reference; fix the rule and save)");
            err.flush();
            return null;
        }
    }

    private static Map<String, AuditRow> byId(List<AuditRow> rows) {
        Map<String, AuditRow> out = new LinkedHashMap<>();
        rows.forEach(r -> out.put(r.id(), r));
        return out;
    }

    /** One line per finding that appeared (+), disappeared (-) or changed (~). */
    void printDifference(Map<String, AuditRow> before, Map<String, AuditRow> after) {
        int lines = 0;
        for (AuditRow r : after.values()) {
            AuditRow old = before.get(r.id());
            if (old == null) {
                out.println("+ " + line(r));
                lines++;
            } else if (!same(old, r)) {
                out.println("~ " + line(r) + " (was " + old.severity() + " " + old.verdict() + ", support "
                        + old.supportA() + "/" + old.supportB() + ")");
                lines++;
            }
        }
        for (AuditRow r : before.values()) {
            if (!after.containsKey(r.id())) {
                out.println("- " + line(r));
                lines++;
            }
        }
        if (lines == 0) {
            out.println("The findings did not change.");
        }
    }

    private static boolean same(AuditRow a, AuditRow b) {
        return a.severity() == b.severity() && a.verdict() == b.verdict() && a.supportA() == b.supportA()
                && a.supportB() == b.supportB() && Objects.equals(a.explanation(), b.explanation());
    }

    private static String line(AuditRow r) {
        return Escapes.controls(r.id() + " " + r.severity() + " " + r.verdict() + " \"" + r.rule() + "\" " + r.subject() + ": "
                + r.valueA() + (r.b() == null ? "" : " vs " + r.valueB()));
    }

    /**
     * Changes of files below some folders, from the platform's watch service. Events that arrive within
     * {@code quietMillis} of each other are one change: an editor's save writes several times.
     */
    static final class Folders implements Changes {
        private final WatchService service;
        private final Map<WatchKey, Path> keys = new LinkedHashMap<>();
        private final long quietMillis;
        private final Path ignored;

        /** Watches {@code roots}; changes below {@code ignored} (the reports folder), if not null, do not count. */
        Folders(List<Path> roots, Path ignored, long quietMillis) {
            this.quietMillis = quietMillis;
            this.ignored = ignored == null ? null : ignored.toAbsolutePath().normalize();
            try {
                service = FileSystems.getDefault().newWatchService();
                for (Path root : roots) {
                    if (Files.isDirectory(root)) {
                        registerTree(root);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void registerTree(Path root) throws IOException {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path dir : walk.filter(Files::isDirectory).toList()) {
                    keys.put(dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                            StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE), dir);
                }
            }
        }

        @Override
        public Optional<Set<Path>> next() throws InterruptedException {
            Set<Path> changed = new TreeSet<>();
            while (changed.isEmpty()) {
                Optional<Set<Path>> batch = batch();
                if (batch.isEmpty()) {
                    return batch;
                }
                batch.get().stream().filter(p -> ignored == null || !p.toAbsolutePath().normalize().startsWith(ignored))
                        .forEach(changed::add);
            }
            return Optional.of(changed);
        }

        private Optional<Set<Path>> batch() throws InterruptedException {
            Set<Path> changed = new TreeSet<>();
            try {
                WatchKey key = service.take();
                while (key != null) {
                    Path dir = keys.get(key);
                    for (WatchEvent<?> event : key.pollEvents()) {
                        if (event.context() instanceof Path name && dir != null) {
                            Path file = dir.resolve(name);
                            changed.add(file);
                            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(file)) {
                                registerTree(file);
                            }
                        }
                    }
                    key.reset();
                    key = service.poll(quietMillis, TimeUnit.MILLISECONDS);
                }
            } catch (ClosedWatchServiceException e) {
                return Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Optional.of(changed);
        }

        @Override
        public void close() {
            try {
                service.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
