package io.github.fazhi.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a report says about itself beyond its text: who issued it, for which year, who it goes to.
 *
 * <pre>{@code
 * ReportMetadata m = ReportMetadata.builder()
 *         .issuers(List.of("清河市清河区司法局"))
 *         .reportingYear(2024)
 *         .subjectType(SubjectType.GOVERNMENT_DEPARTMENT)
 *         .level(AdministrativeLevel.COUNTY)
 *         .build();
 * }</pre>
 *
 * @param issuers the issuing organ, or the joint issuers with the lead organ first
 * @param reportingYear the year the report covers
 * @param subjectType the kind of reporting subject
 * @param level the administrative level of the subject
 * @param mainRecipients 主送机关
 * @param ccRecipients 抄送机关
 * @param documentNumber the 文号, e.g. {@code 清司呈〔2025〕3号}
 * @param signatory the 签发人, for upward documents
 * @param disclosure the publication record
 */
public record ReportMetadata(
        List<String> issuers,
        OptionalInt reportingYear,
        Optional<SubjectType> subjectType,
        Optional<AdministrativeLevel> level,
        List<String> mainRecipients,
        List<String> ccRecipients,
        Optional<String> documentNumber,
        Optional<String> signatory,
        Optional<Disclosure> disclosure) {

    /** Metadata with nothing known. */
    public static final ReportMetadata EMPTY = builder().build();

    /** Checks for nulls and copies the lists. */
    public ReportMetadata {
        issuers = List.copyOf(issuers);
        Objects.requireNonNull(reportingYear, "reportingYear");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(level, "level");
        mainRecipients = List.copyOf(mainRecipients);
        ccRecipients = List.copyOf(ccRecipients);
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(signatory, "signatory");
        Objects.requireNonNull(disclosure, "disclosure");
        if (reportingYear.isPresent() && (reportingYear.getAsInt() < 1949 || reportingYear.getAsInt() > 2999)) {
            throw new IllegalArgumentException("reporting year out of range: " + reportingYear.getAsInt());
        }
    }

    /** The lead (first) issuer, if any. */
    public Optional<String> issuer() {
        return issuers.isEmpty() ? Optional.empty() : Optional.of(issuers.get(0));
    }

    /** A builder for metadata. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder prefilled with this metadata. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.issuers = issuers;
        b.reportingYear = reportingYear;
        b.subjectType = subjectType;
        b.level = level;
        b.mainRecipients = mainRecipients;
        b.ccRecipients = ccRecipients;
        b.documentNumber = documentNumber;
        b.signatory = signatory;
        b.disclosure = disclosure;
        return b;
    }

    /** Builds {@link ReportMetadata}; not thread-safe. */
    public static final class Builder {
        private List<String> issuers = List.of();
        private OptionalInt reportingYear = OptionalInt.empty();
        private Optional<SubjectType> subjectType = Optional.empty();
        private Optional<AdministrativeLevel> level = Optional.empty();
        private List<String> mainRecipients = List.of();
        private List<String> ccRecipients = List.of();
        private Optional<String> documentNumber = Optional.empty();
        private Optional<String> signatory = Optional.empty();
        private Optional<Disclosure> disclosure = Optional.empty();

        private Builder() {}

        /** Sets the issuers, the lead organ first (default none). */
        public Builder issuers(List<String> value) {
            issuers = List.copyOf(value);
            return this;
        }

        /** Sets the reporting year. */
        public Builder reportingYear(int value) {
            reportingYear = OptionalInt.of(value);
            return this;
        }

        /** Sets the reporting year, or that it is not known. */
        public Builder reportingYear(OptionalInt value) {
            reportingYear = Objects.requireNonNull(value);
            return this;
        }

        /** Sets the kind of organ that reports. */
        public Builder subjectType(SubjectType value) {
            subjectType = Optional.of(value);
            return this;
        }

        /** Sets the administrative level of the organ. */
        public Builder level(AdministrativeLevel value) {
            level = Optional.of(value);
            return this;
        }

        /** Sets the 主送机关 (default none). */
        public Builder mainRecipients(List<String> value) {
            mainRecipients = List.copyOf(value);
            return this;
        }

        /** Sets the 抄送机关 (default none). */
        public Builder ccRecipients(List<String> value) {
            ccRecipients = List.copyOf(value);
            return this;
        }

        /** Sets the 发文字号, such as {@code 清区司发〔2026〕3号}. */
        public Builder documentNumber(String value) {
            documentNumber = Optional.of(value);
            return this;
        }

        /** Sets the 签发人. */
        public Builder signatory(String value) {
            signatory = Optional.of(value);
            return this;
        }

        /** Sets how and when the report was published. */
        public Builder disclosure(Disclosure value) {
            disclosure = Optional.of(value);
            return this;
        }

        /** The metadata. */
        public ReportMetadata build() {
            return new ReportMetadata(
                    issuers,
                    reportingYear,
                    subjectType,
                    level,
                    mainRecipients,
                    ccRecipients,
                    documentNumber,
                    signatory,
                    disclosure);
        }
    }
}
