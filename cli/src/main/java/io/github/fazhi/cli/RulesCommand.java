package io.github.fazhi.cli;

import io.github.fazhi.validation.Profile;
import io.github.fazhi.validation.Rule;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code fazhi rules}: every rule with id, default severity and description. */
@Command(
        name = "rules",
        mixinStandardHelpOptions = true,
        description = {"List every rule with its id, default severity and description.", "列出全部规则。"})
final class RulesCommand implements Callable<Integer> {

    @ParentCommand
    FazhiCommand root;

    @Option(names = "--locale", defaultValue = "zh", description = "zh or en (default: zh).")
    LocaleOption locale;

    @Option(
            names = "--profile",
            description = "Show the rules of this profile: ${COMPLETION-CANDIDATES}.",
            defaultValue = "national")
    ProfileOption profile;

    @Override
    public Integer call() {
        Profile p = profile.profile();
        // every library rule (those the profile leaves off as "off"), then the profile's own
        java.util.List<Rule> all = new java.util.ArrayList<>(io.github.fazhi.validation.Rules.all());
        p.rules().stream().filter(r -> !r.isBuiltIn()).forEach(all::add);
        int width = all.stream().mapToInt(r -> r.id().length()).max().orElse(10);
        for (Rule r : all) {
            String severity = p.severity(r.id()).map(s -> s.jsonName()).orElse("off");
            root.out().printf("%-" + width + "s  %-7s  %s%n", r.id(), severity, r.description(locale.locale));
        }
        return ExitCodes.OK;
    }
}
