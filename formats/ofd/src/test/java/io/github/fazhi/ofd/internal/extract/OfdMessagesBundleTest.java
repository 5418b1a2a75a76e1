package io.github.fazhi.ofd.internal.extract;

import io.github.fazhi.core.testing.MessageBundles;
import org.junit.jupiter.api.Test;

/** Every key of {@link OfdMessages.Key} is in both bundles, and the two bundles have the same keys and placeholders. */
class OfdMessagesBundleTest {

    @Test
    void bothBundlesHoldExactlyTheKeysUsed() {
        MessageBundles.holdExactlyTheKeys(OfdMessages.class, "OfdMessages", OfdMessages.Key.class);
    }
}
