package io.github.fazhi.paged.internal;

import io.github.fazhi.core.testing.MessageBundles;
import org.junit.jupiter.api.Test;

/** Every key of {@link PagedMessages.Key} is in both bundles, and the two bundles have the same keys and placeholders. */
class PagedMessagesBundleTest {

    @Test
    void bothBundlesHoldExactlyTheKeysUsed() {
        MessageBundles.holdExactlyTheKeys(PagedMessages.class, "PagedMessages", PagedMessages.Key.class);
    }
}
