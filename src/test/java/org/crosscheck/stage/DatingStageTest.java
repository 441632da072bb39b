package org.crosscheck.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.crosscheck.AuditContext;
import org.crosscheck.engine.RuleBase;
import org.crosscheck.engine.RuleEngine;
import org.crosscheck.ingest.ArticleInput;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatingStageTest {
    private static final long MAX_BYTES = 10L << 20;
    private static AuditContext context;

    @BeforeAll
    static void context() {
        Path rules = Path.of("rules");
        context = AuditContext.build(RuleBase.build(rules), rules, RuleEngine.DEFAULT_MAX_FIRINGS,
                RuleEngine.DEFAULT_MAX_SESSION_SECONDS, null, null, MAX_BYTES);
    }

    @Test
    void anUndatedArticleWaitsAsItsInputAndIsReadAgainForItsClaims(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("dated.txt"), "March 3, 2018\n\nThe ferry Sewol sank off Jindo on Monday, "
                + "killing 304 people.\n");
        Files.writeString(dir.resolve("undated.txt"), "Divers searched the sunken ferry off Jindo on Tuesday, a day "
                + "after it sank.\nThe ferry had left Incheon in 2014 with 476 people on board.\n");
        IngestStage.Ingested in = IngestStage.run(dir, MAX_BYTES);
        List<ArticleInput> inputs;
        try (var all = in.inputs()) {
            inputs = all.sorted(java.util.Comparator.comparing(ArticleInput::source)).toList();
        }
        List<Extracted> passed = inputs.stream().map(i -> ArticlePass.extract(context, i)).toList();
        Extracted undated = passed.get(1);
        assertThat(undated.summary().source()).isEqualTo("undated.txt");
        // the pass holds the input, not the article's text and sentences
        assertThat(undated.deferred()).isSameAs(inputs.get(1));
        assertThat(undated.claims()).isNull();
        assertThat(passed.get(0).deferred()).isNull();

        List<Extracted> dated = DatingStage.run(passed, Map.of(), in, context, 2);
        assertThat(dated.get(0).deferred()).isNull();
        // still undated: its input stays for DatingStage.redate, which dates it from shared events if they decide
        assertThat(dated.get(1).summary().publication().date()).isNull();
        assertThat(dated.get(1).deferred()).isSameAs(inputs.get(1));
        // read again, the article gives the claims a single read gives
        assertThat(dated.get(1).claims()).isNotEmpty()
                .isEqualTo(context.pipeline().extract(inputs.get(1).read(context.parser(), MAX_BYTES)));
    }
}
