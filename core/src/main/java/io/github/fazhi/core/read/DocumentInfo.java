package io.github.fazhi.core.read;

import io.github.fazhi.core.Disclosure;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a document declares about itself outside its text, as its format records it: a DOCX's core
 * properties, a PDF's document information, a portal page's {@code ArticleTitle} / {@code PubDate}
 * meta tags and 索引号 table. The structure reader takes the text's own title and issuer first and uses
 * these where the text has none; the disclosure goes into the report's metadata.
 *
 * <pre>{@code
 * DocumentInfo info = DocumentInfo.builder()
 *         .title("清河市清河区司法局2025年法治政府建设年度报告")
 *         .disclosure(new Disclosure(Optional.of(LocalDate.of(2026, 3, 20)),
 *                 Optional.of(DisclosureChannel.PORTAL), Optional.of("https://qh.example.gov.cn/art/1.html")))
 *         .build();
 * }</pre>
 *
 * @param title the title the document declares (not necessarily the one printed)
 * @param author the author or publishing organ it declares
 * @param created the date it declares it was written or created
 * @param disclosure where and when it was published, for a published page
 */
public record DocumentInfo(
        Optional<String> title, Optional<String> author, Optional<LocalDate> created, Optional<Disclosure> disclosure) {

    /** Nothing declared. */
    public static final DocumentInfo NONE = builder().build();

    /** Checks for nulls. */
    public DocumentInfo {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(disclosure, "disclosure");
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link DocumentInfo}; not thread-safe. */
    public static final class Builder {
        private Optional<String> title = Optional.empty();
        private Optional<String> author = Optional.empty();
        private Optional<LocalDate> created = Optional.empty();
        private Optional<Disclosure> disclosure = Optional.empty();

        private Builder() {}

        /** The declared title; blank values are ignored. */
        public Builder title(String value) {
            title = value.isBlank() ? Optional.empty() : Optional.of(value.strip());
            return this;
        }

        /** The declared author or publishing organ; blank values are ignored. */
        public Builder author(String value) {
            author = value.isBlank() ? Optional.empty() : Optional.of(value.strip());
            return this;
        }

        /** The declared creation date. */
        public Builder created(LocalDate value) {
            created = Optional.of(value);
            return this;
        }

        /** The publication record. */
        public Builder disclosure(Disclosure value) {
            disclosure = Optional.of(value);
            return this;
        }

        /** Builds the info. */
        public DocumentInfo build() {
            return new DocumentInfo(title, author, created, disclosure);
        }
    }
}
