package io.github.fazhi.assertj.internal;

import io.github.fazhi.validation.Profile;
import io.github.fazhi.validation.ReportValidator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The validators the assertions use, built once per profile and locale: a {@link ReportValidator} holds a
 * Hibernate Validator factory, too costly to build for every assertion. Profiles are matched by identity; the
 * cache keeps the most recently used few, so a test suite that builds profiles on the fly does not grow it
 * without end. Thread-safe.
 */
public final class Validators {

    private static final int MAX_CACHED = 16;

    private record Key(Profile profile, Locale locale) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.profile == profile && k.locale.equals(locale);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(profile) * 31 + locale.hashCode();
        }
    }

    private static final Map<Key, ReportValidator> CACHE = new LinkedHashMap<>(32, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, ReportValidator> eldest) {
            return size() > MAX_CACHED;
        }
    };

    private Validators() {}

    /** The validator for {@code profile} writing in {@code locale}. */
    public static ReportValidator of(Profile profile, Locale locale) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(locale, "locale");
        Key key = new Key(profile, locale);
        synchronized (CACHE) {
            ReportValidator cached = CACHE.get(key);
            if (cached != null) {
                return cached;
            }
        }
        ReportValidator built =
                ReportValidator.builder().profile(profile).locale(locale).build();
        synchronized (CACHE) {
            ReportValidator raced = CACHE.putIfAbsent(key, built);
            return raced != null ? raced : built;
        }
    }

    /** The validator with the national profile, writing in {@code locale}. */
    public static ReportValidator national(Locale locale) {
        return of(Profile.national(), locale);
    }
}
