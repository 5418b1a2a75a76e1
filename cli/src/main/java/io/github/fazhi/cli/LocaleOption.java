package io.github.fazhi.cli;

import java.util.Locale;

/** The {@code --locale} values. */
enum LocaleOption {
    zh(Locale.SIMPLIFIED_CHINESE),
    en(Locale.ENGLISH);

    final Locale locale;

    LocaleOption(Locale locale) {
        this.locale = locale;
    }
}
