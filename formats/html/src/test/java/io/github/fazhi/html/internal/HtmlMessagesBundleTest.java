package io.github.fazhi.html.internal;

import io.github.fazhi.core.testing.MessageBundles;
import org.junit.jupiter.api.Test;

/** Every key of {@link HtmlMessages.Key} is in both bundles, and the two bundles have the same keys and placeholders. */
class HtmlMessagesBundleTest {

    @Test
    void bothBundlesHoldExactlyTheKeysUsed() {
        MessageBundles.holdExactlyTheKeys(HtmlMessages.class, "HtmlMessages", HtmlMessages.Key.class);
    }
}
