package com.example.review;

import io.github.fazhi.validation.Finding;
import java.util.Optional;

/**
 * A finding as the review page lists it (public, as the template reads it).
 *
 * @param number its number on the page, from 1, in document order
 * @param finding the finding
 * @param severity its severity's id in the page ({@code error}, {@code warning}, {@code info})
 * @param target the id of the page element it marks (the element's, or its section heading's), or empty
 *     for a finding about the report as a whole
 * @param location where it stood in the uploaded file, in words, or empty when not known
 */
public record FindingView(
        int number, Finding finding, String severity, Optional<String> target, Optional<String> location) {

    /** The id of the finding's own list item, which the mark in the text links back to. */
    public String anchor() {
        return "finding-" + number;
    }
}
