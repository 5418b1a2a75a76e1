package com.example.review;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The uploaded reports, in memory: the newest {@code review.store.max-reviews} are kept, older ones are
 * forgotten (their pages then say so). A real deployment keeps them in its database, with the uploader's
 * rights; ids are random, so one official cannot guess another's review. Thread-safe.
 */
@Component
class ReviewStore {

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Review> reviews;

    ReviewStore(@Value("${review.store.max-reviews:200}") int maxReviews) {
        if (maxReviews < 1) {
            throw new IllegalArgumentException("review.store.max-reviews must be at least 1, not " + maxReviews);
        }
        this.reviews = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Review> eldest) {
                return size() > maxReviews;
            }
        };
    }

    /** A new id, 128 random bits in hex. */
    String newId() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    synchronized void put(Review review) {
        reviews.put(review.id(), review);
    }

    synchronized Optional<Review> get(String id) {
        return Optional.ofNullable(reviews.get(id));
    }

    synchronized int size() {
        return reviews.size();
    }
}
