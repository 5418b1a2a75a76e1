package io.github.fazhi.paged;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.fazhi.render.layout.FontRole;
import io.github.fazhi.render.layout.LayoutProfile;
import java.util.ArrayList;
import java.util.List;

/** Skips a test, with the reason, when the machine lacks a face for one of the profile's fonts. */
public final class Fonts {

    private Fonts() {}

    /** Assumes every role of {@code layout} (both scripts) has an embeddable face on this machine. */
    public static void assumeInstalled(LayoutProfile layout) {
        List<String> missing = new ArrayList<>();
        for (FontRole role : FontRole.values()) {
            LayoutProfile.Font f = layout.font(role);
            for (String name : List.of(f.eastAsia(), f.latin())) {
                boolean found = layout.faces().candidates(name).stream()
                        .anyMatch(c -> FontLibrary.system()
                                .find(c)
                                .filter(FontFace::embeddable)
                                .isPresent());
                if (!found) {
                    missing.add(name);
                }
            }
        }
        assumeTrue(
                missing.isEmpty(),
                "no embeddable face for " + missing + " on this machine: install fonts-arphic-uming, "
                        + "fonts-arphic-ukai, fonts-wqy-zenhei and fonts-liberation (see .ci/run)");
    }
}
