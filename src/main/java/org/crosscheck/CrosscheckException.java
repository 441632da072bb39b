package org.crosscheck;

/**
 * A failure the user can act on, with the place it happened ({@code rules/dates.drl:12},
 * {@code seeds/metadata.csv:3}) and the exit code the command line returns for it.
 */
public class CrosscheckException extends RuntimeException {
    /** Exit code for failures other than usage and rule errors. */
    public static final int FAILURE = 1;
    /** Exit code for usage errors and rules that do not compile. */
    public static final int USAGE = 2;

    private final String location;
    private final int exitCode;

    public CrosscheckException(String location, String message, int exitCode) {
        this(location, message, exitCode, null);
    }

    public CrosscheckException(String location, String message, int exitCode, Throwable cause) {
        super(location == null || location.isEmpty() ? message : location + ": " + message, cause);
        this.location = location == null ? "" : location;
        this.exitCode = exitCode;
    }

    /** Where the problem is: a file, optionally with {@code :line}; empty when it has no place. */
    public String location() {
        return location;
    }

    public int exitCode() {
        return exitCode;
    }

    /**
     * A throwable in words, for messages: its simple class name, its message or "(no message)", and the first
     * frame outside the JDK it was thrown from ({@code AssertionError (no message) at rules.Rule_X.defaultConsequence(...)}), not
     * a bare class name.
     */
    public static String describe(Throwable t) {
        String message = t.getMessage() == null || t.getMessage().isBlank() ? " (no message)" : ": " + t.getMessage();
        String where = "";
        for (StackTraceElement frame : t.getStackTrace()) {
            String cls = frame.getClassName();
            if (!cls.startsWith("java.") && !cls.startsWith("jdk.") && !cls.startsWith("sun.")) {
                where = " at " + frame;
                break;
            }
        }
        return t.getClass().getSimpleName() + message + where;
    }

    /** The lines to print on stderr, one per problem. */
    public java.util.List<String> lines() {
        return java.util.List.of(getMessage());
    }

    /** One line for an exhausted heap: what ran out, while doing what, and what to change. */
    public static CrosscheckException outOfMemory(String doing, OutOfMemoryError e) {
        return new CrosscheckException("", "ran out of memory (" + e.getMessage() + ", maximum heap "
                + (Runtime.getRuntime().maxMemory() >> 20) + " MB) while " + doing
                + "; give Java more with -Xmx or audit fewer articles at once", FAILURE, e);
    }
}
