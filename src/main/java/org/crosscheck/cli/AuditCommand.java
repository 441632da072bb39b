package org.crosscheck.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crosscheck audit ...}: the same as the bare form, spelled out. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Audits a folder of articles and writes the reports (the default command).")
public class AuditCommand implements Callable<Integer> {
    @Mixin
    AuditOptions audit;

    @Mixin
    AuthoringOptions authoring;

    @Mixin
    ReportFlags reports;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports",
            description = "Folder for the reports (default: ${DEFAULT-VALUE}).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return CrosscheckCommand.runAudit(audit, authoring, reports, out, spec);
    }
}
