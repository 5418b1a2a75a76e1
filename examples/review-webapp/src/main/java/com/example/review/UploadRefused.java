package com.example.review;

import java.util.Objects;
import org.springframework.http.HttpStatus;

/** An upload (or a review page) the app refuses, with the key of the message that tells the official why. */
final class UploadRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final HttpStatus status;
    private final String messageKey;

    UploadRefused(HttpStatus status, String messageKey) {
        super(messageKey, null, false, false);
        this.status = Objects.requireNonNull(status, "status");
        this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
    }

    HttpStatus status() {
        return status;
    }

    String messageKey() {
        return messageKey;
    }
}
