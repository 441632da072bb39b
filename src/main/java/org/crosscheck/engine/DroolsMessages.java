package org.crosscheck.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.builder.Message;

/**
 * Drools' build messages for what the rule checker does not catch, placed in the user's file: MVEL's decorations
 * are dropped, and a Java error in a consequence, which Drools reports at the rule's first line, is moved to the
 * line that holds the name the compiler complains about.
 */
final class DroolsMessages {
    private static final Pattern NAME_CLASH = Pattern.compile("Duplicate rule name: ?([^\\n]+)");
    /** The name a Java compiler message is about: {@code EROR cannot be resolved}, {@code The method valu() ...}. */
    private static final Pattern JAVA_SUBJECT = Pattern.compile(
            "(?:^|\\s)(?:The method |The field |The constructor )?([A-Za-z_$][\\w$.]*)(?:\\(.*?\\))?"
                    + " (?:cannot be resolved|is undefined|is not visible|is not applicable)");

    private DroolsMessages() {
    }

    static RuleProblem problem(Message message, RuleSource source, String fallbackLabel) {
        String text = clean(message.getText());
        int line = Math.max(0, message.getLine());
        if (source == null) {
            return new RuleProblem(fallbackLabel, line, text);
        }
        if (text.startsWith("Rule Compilation error")) {
            text = "the then part does not compile: " + text.substring("Rule Compilation error".length()).strip();
            line = lineOfSubject(source.drl(), line, text);
        }
        return source.problem(line, text);
    }

    static String clean(String raw) {
        String text = raw == null ? "" : raw.strip().replaceAll("\\s*\\n\\s*", " ");
        // MVEL wraps its diagnosis in [Error: ...], [Near : ...] and [Line: n, Column: m]; keep the diagnosis.
        text = text.replaceAll("\\[Near : \\{.*?\\}\\]\\s*\\^?", "")
                .replaceAll("\\[Line: \\d+, Column: \\d+\\]", "")
                .replaceAll("\\[Error: (.*?)\\]", "$1")
                .replaceAll("\\s+", " ").strip();
        Matcher clash = NAME_CLASH.matcher(text);
        if (clash.find()) {
            text = "duplicate rule name: " + clash.group(1).strip();
        }
        return text;
    }

    /** The first line from the rule's line on that names what the message is about, else the rule's line. */
    private static int lineOfSubject(String drl, int ruleLine, String text) {
        Matcher m = JAVA_SUBJECT.matcher(text);
        if (!m.find() || ruleLine <= 0) {
            return ruleLine;
        }
        String name = m.group(1);
        String simple = name.substring(name.lastIndexOf('.') + 1);
        Pattern word = Pattern.compile("(?<![\\w$])" + Pattern.quote(simple) + "(?![\\w$])");
        String[] lines = drl.split("\n", -1);
        for (int i = ruleLine - 1; i < lines.length; i++) {
            if (i > ruleLine - 1 && lines[i].strip().startsWith("rule ")) {
                break;
            }
            if (word.matcher(lines[i]).find()) {
                return i + 1;
            }
        }
        return ruleLine;
    }
}
