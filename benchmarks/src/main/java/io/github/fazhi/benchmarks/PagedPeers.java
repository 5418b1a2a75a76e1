package io.github.fazhi.benchmarks;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.paged.FontFace;
import io.github.fazhi.paged.FontLibrary;
import io.github.fazhi.render.layout.LayoutProfile;
import java.util.ArrayList;
import java.util.List;

/** What the bare PDFBox and ofdrw peers write: the report's text in lines of at most 28 characters. */
final class PagedPeers {

    private PagedPeers() {}

    /** The report's text lines (blank ones left out), each cut into pieces of 28 characters. */
    static List<String> lines(AnnualReport report) {
        List<String> out = new ArrayList<>();
        for (String l : Corpus.text(report).lines().filter(l -> !l.isBlank()).toList()) {
            for (int i = 0; i < l.length(); i += 28) {
                out.add(l.substring(i, Math.min(l.length(), i + 28)));
            }
        }
        return out;
    }

    /** The face fazhi would use for body text (the first embeddable face among the body font's candidates). */
    static FontFace bodyFace(FontLibrary fonts, LayoutProfile layout) {
        for (String name : layout.faces().candidates(layout.body().eastAsia())) {
            var f = fonts.find(name).filter(FontFace::embeddable);
            if (f.isPresent()) {
                return f.get();
            }
        }
        throw new IllegalStateException("no embeddable body face installed (see .ci/run for the fonts)");
    }
}
