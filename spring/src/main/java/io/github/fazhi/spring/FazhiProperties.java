package io.github.fazhi.spring;

import io.github.fazhi.core.read.ReadOptions;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The {@code fazhi.*} properties of the starter.
 *
 * <pre>
 * fazhi.profile=national
 * fazhi.locale=zh-CN
 * fazhi.follow-request-locale=true
 * fazhi.read.max-input-size=16MB
 * fazhi.validation.fail-fast-by-category=false
 * </pre>
 */
@ConfigurationProperties("fazhi")
public class FazhiProperties {

    /** The profile reports are checked against: "national", the only one built in; a Profile bean of the app's wins. */
    private String profile = "national";

    /** The locale of messages where no request's locale applies: zh-CN (the default) or en. */
    private Locale locale = Locale.SIMPLIFIED_CHINESE;

    /** Whether validation and reader messages follow the locale of the current request (Accept-Language). */
    private boolean followRequestLocale = true;

    private final Read read = new Read();

    private final Validation validation = new Validation();

    /** Properties with the defaults. */
    public FazhiProperties() {}

    /** The profile's name. */
    public String getProfile() {
        return profile;
    }

    /** Sets the profile's name. */
    public void setProfile(String profile) {
        this.profile = profile;
    }

    /** The locale of messages where no request's locale applies. */
    public Locale getLocale() {
        return locale;
    }

    /** Sets the locale of messages where no request's locale applies. */
    public void setLocale(Locale locale) {
        this.locale = locale;
    }

    /** Whether messages follow the request's locale. */
    public boolean isFollowRequestLocale() {
        return followRequestLocale;
    }

    /** Sets whether messages follow the request's locale. */
    public void setFollowRequestLocale(boolean followRequestLocale) {
        this.followRequestLocale = followRequestLocale;
    }

    /** How reports are read. */
    public Read getRead() {
        return read;
    }

    /** How reports are validated. */
    public Validation getValidation() {
        return validation;
    }

    /** The {@code fazhi.read.*} properties. */
    public static class Read {

        /** The largest input read; larger ones are refused with a message naming the size. */
        private DataSize maxInputSize = DataSize.ofBytes(ReadOptions.DEFAULT_MAX_INPUT_BYTES);

        /** Properties with the defaults. */
        public Read() {}

        /** The largest input read. */
        public DataSize getMaxInputSize() {
            return maxInputSize;
        }

        /** Sets the largest input read. */
        public void setMaxInputSize(DataSize maxInputSize) {
            this.maxInputSize = maxInputSize;
        }
    }

    /** The {@code fazhi.validation.*} properties. */
    public static class Validation {

        /** Whether to stop after the first rule category (structure, content, style) that has a finding. */
        private boolean failFastByCategory;

        /** Properties with the defaults. */
        public Validation() {}

        /** Whether to stop after the first category with a finding. */
        public boolean isFailFastByCategory() {
            return failFastByCategory;
        }

        /** Sets whether to stop after the first category with a finding. */
        public void setFailFastByCategory(boolean failFastByCategory) {
            this.failFastByCategory = failFastByCategory;
        }
    }
}
