package org.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

class WorkersTest {

    @Test
    void workersSeeCrosschecksClassLoaderSoDroolsFindsItsRuntime() throws Exception {
        ForkJoinPool pool = Workers.pool(2);
        try {
            ClassLoader seen = pool.submit(() -> Thread.currentThread().getContextClassLoader()).get();
            assertThat(seen).isSameAs(Workers.class.getClassLoader());
        } finally {
            pool.shutdown();
        }
    }
}
