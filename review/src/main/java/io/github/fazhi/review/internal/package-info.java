/**
 * The insides of fazhi-review: name normalisation ({@code IssuerNames}, the one place to move onto core's
 * lexicon), matching ({@code UnitMatcher}), the report pages ({@code ReportPage}) and the message bundle.
 * Not public API: anything here may change without notice.
 */
package io.github.fazhi.review.internal;
