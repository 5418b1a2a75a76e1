package io.github.fazhi.cli;

import io.github.fazhi.validation.Profile;

/** The profiles the command line knows by name. */
enum ProfileOption {
    national;

    Profile profile() {
        return Profile.national();
    }
}
