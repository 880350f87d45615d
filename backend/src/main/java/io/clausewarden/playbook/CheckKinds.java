package io.clausewarden.playbook;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Builds each kind of check from its playbook fields; the playbook's {@code ourRole} is at hand for party-aware checks. */
final class CheckKinds {
    @FunctionalInterface
    private interface Factory {
        Check create(Fields fields, String ourRole, Origin origin);
    }

    private static final Map<String, Factory> KINDS = Map.ofEntries(
            kind(AllowedGoverningLawCheck.KIND, (f, role, origin) -> new AllowedGoverningLawCheck(nonEmpty(f, "allowed"), redLine(f))),
            kind(AllowedVenueCheck.KIND, (f, role, origin) -> new AllowedVenueCheck(nonEmpty(f, "allowed"), redLine(f))),
            kind(LiabilityCapCheck.KIND, (f, role, origin) -> new LiabilityCapCheck(positive(f, "minMonthsOfFees"), redLine(f))),
            kind(RequiredLanguageCheck.KIND, (f, role, origin) -> new RequiredLanguageCheck(language(f, origin),
                    "all".equals(f.optionalText("match")), redLine(f), f.optionalText("describe"), insert(f))),
            kind(ForbiddenLanguageCheck.KIND, (f, role, origin) -> new ForbiddenLanguageCheck(language(f, origin),
                    f.optionalText("replacement"), redLine(f))),
            kind(NumericThresholdCheck.KIND, (f, role, origin) -> new NumericThresholdCheck(
                    NumericThresholdCheck.subject(f.texts("subject"), f.texts("subjectPatterns"), origin),
                    f.requiredText("unit"), f.optionalNumber("min"), f.optionalNumber("max"), redLine(f),
                    insert(f))),
            kind(NoticePeriodCheck.KIND, (f, role, origin) -> new NoticePeriodCheck(orDefault(f.optionalText("about"), "any"),
                    orDefault(f.optionalText("unit"), "days"), f.optionalNumber("min"), f.optionalNumber("max"), redLine(f))),
            kind(AutoRenewalCheck.KIND, (f, role, origin) -> new AutoRenewalCheck(f.bool("allowed", true), f.optionalInt("minNoticeDays"),
                    f.optionalInt("maxNoticeDays"), redLine(f))),
            kind(MutualityCheck.KIND, (f, role, origin) -> new MutualityCheck(f.requiredText("obligation"), f.optionalText("expect"),
                    f.texts("ourParty"), f.texts("otherParty"), role, redLine(f))),
            kind(CarveOutCheck.KIND, (f, role, origin) -> new CarveOutCheck(new Phrases(f.texts("covers"), "covers"),
                    f.optionalText("describe"), insert(f), redLine(f))),
            kind(LossExclusionCheck.KIND, (f, role, origin) -> new LossExclusionCheck(f.texts("losses"),
                    insert(f), redLine(f))));

    private static Map.Entry<String, Factory> kind(String name, Factory factory) {
        return Map.entry(name, factory);
    }

    private CheckKinds() {
    }

    static List<String> names() {
        return List.copyOf(new TreeSet<>(KINDS.keySet()));
    }

    /** The check described by {@code f}; a bad parameter fails with the field's path. */
    static Check read(Fields f, String ourRole, Origin origin) {
        String kind = f.requiredText("kind");
        Factory factory = KINDS.get(kind);
        if (factory == null) {
            throw new InvalidPlaybookException(f.path("kind") + ": unknown check kind '" + kind + "' (known: "
                    + String.join(", ", names()) + ")");
        }
        Check check;
        try {
            check = factory.create(f, ourRole, origin);
            if (check instanceof RequiredLanguageCheck || check instanceof NumericThresholdCheck) {
                Insertions.mustMeet(check);
            }
        } catch (IllegalArgumentException e) {
            throw at(f, e.getMessage());
        }
        f.rejectUnknown();
        return check;
    }

    /**
     * "unit: must be ..." becomes "positions[0].checks[1].unit: must be ...", "patterns[2]: ..." likewise; other
     * messages attach to the check.
     */
    private static InvalidPlaybookException at(Fields f, String message) {
        int colon = message.indexOf(": ");
        if (colon > 0 && message.substring(0, colon).matches("[a-zA-Z]+(?:\\[\\d+])?")) {
            return new InvalidPlaybookException(f.path(message.substring(0, colon)), message.substring(colon + 2));
        }
        return new InvalidPlaybookException(f.path("kind").replaceFirst("\\.kind$", ""), message);
    }

    private static LanguageMatcher language(Fields f, Origin origin) {
        return new LanguageMatcher(f.texts("phrases"), f.texts("patterns"), "phrases", "patterns", origin);
    }

    /** A sentence to append; it may name the parties by placeholder. */
    private static String insert(Fields f) {
        String insert = f.optionalText("insert");
        if (insert != null) {
            if (insert.isBlank()) {
                throw new InvalidPlaybookException(f.path("insert") + ": must not be empty");
            }
            try {
                PartyPlaceholders.checkKnown(insert);
            } catch (PatternShape.Refused e) {
                throw new InvalidPlaybookException(f.path("insert") + ": " + e.getMessage());
            }
        }
        return insert;
    }

    private static boolean redLine(Fields f) {
        return f.bool("redLine", false);
    }

    private static String orDefault(String value, String defaultValue) {
        return value == null ? defaultValue : value;
    }

    private static List<String> nonEmpty(Fields f, String field) {
        List<String> values = f.texts(field);
        if (values.isEmpty()) {
            throw new InvalidPlaybookException(f.path(field) + ": must list at least one entry");
        }
        return values;
    }

    private static Integer positive(Fields f, String field) {
        Integer value = f.optionalInt(field);
        if (value != null && value < 1) {
            throw new InvalidPlaybookException(f.path(field) + ": must be 1 or more");
        }
        return value;
    }
}
