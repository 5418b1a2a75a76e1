package com.example.review;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.read.DocumentFormat;
import java.time.Instant;
import java.util.Objects;

/**
 * One uploaded report, as read: what the review page and the downloads are made from. The findings are
 * not kept but made again on each request, so that they are in that request's language.
 *
 * @param id the review's id in URLs
 * @param fileName the name of the uploaded file, as the browser sent it
 * @param format the format fazhi told from the file's content
 * @param report the report read from it
 * @param uploaded when it was uploaded
 */
public record Review(String id, String fileName, DocumentFormat format, AnnualReport report, Instant uploaded) {

    public Review {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(uploaded, "uploaded");
    }

    /** The file name without its extension, for the names of the downloads. */
    public String baseName() {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
