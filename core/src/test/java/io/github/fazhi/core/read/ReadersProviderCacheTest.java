package io.github.fazhi.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Readers} keeps the providers its own class loader sees instead of asking {@link java.util.ServiceLoader}
 * for every file; {@link Readers#loadProviders} (asking every time) stays the reference.
 */
class ReadersProviderCacheTest {

    @Test
    void keptProvidersAreTheOnesALookUpFinds() {
        List<ReaderProvider> kept = Readers.providers();
        assertThat(kept).isNotEmpty();
        assertThat(names(kept)).containsExactlyElementsOf(names(Readers.loadProviders(null)));
        assertThat(names(kept)).containsExactlyElementsOf(names(Readers.loadProviders(Readers.class.getClassLoader())));
        assertThat(Readers.providers()).isSameAs(kept);
    }

    @Test
    void anotherContextClassLoaderIsAskedEachTime() throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader other = new URLClassLoader(new URL[0], Readers.class.getClassLoader())) {
            thread.setContextClassLoader(other);
            List<ReaderProvider> first = Readers.providers();
            assertThat(names(first)).containsExactlyElementsOf(names(Readers.loadProviders(other)));
            assertThat(Readers.providers()).isNotSameAs(first);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private static List<String> names(List<ReaderProvider> providers) {
        return providers.stream().map(p -> p.getClass().getName()).toList();
    }
}
