package io.clausewarden.playbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An obligation (indemnify, keep information confidential, not solicit) or a right (terminate for convenience,
 * suspend, assign, cap one's liability) should bind or benefit both parties. Looks across all clauses of the type:
 * "Customer will indemnify Provider" is fine when another clause has Provider indemnify Customer.
 * With {@code expect: in_our_favour} our side should bear no such burden and the other side hold no such right.
 */
final class MutualityCheck implements Check {
    static final String KIND = "mutuality";
    static final List<String> EXPECTATIONS = List.of("mutual", "in_our_favour");

    private enum Side { OURS, THEIRS, BOTH }

    private record Obligation(boolean burden, String label, Pattern action, boolean negationAllowed) {
    }

    private record Action(Side side, int actorStart, int actorEnd, int end) {
    }

    private record WithheldKey(MutualityCheck check) {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String MODAL = "(?:will|shall|must|agrees?\\s+to|undertakes?\\s+to)";
    static final Map<String, Obligation> OBLIGATIONS = Map.of(
            "indemnify", new Obligation(true, "an indemnity", Pattern.compile("\\b" + MODAL
                    + "\\s+(?:(?:\\w+,?|at\\s+its\\s+(?:own\\s+)?(?:cost|expense),?)\\s+){0,4}?(?:indemnif(?:y|ies)|defend|hold\\s+harmless)\\b", FLAGS), false),
            "confidentiality", new Obligation(true, "a confidentiality obligation", Pattern.compile("\\b" + MODAL
                    + "\\s+(?:(?:\\w+\\s+){0,3}?(?:keep|hold|treat|maintain|protect)\\b[^.;]{0,80}?\\bconfidential|not\\s+(?:use\\s+or\\s+)?disclose\\b)", FLAGS), true),
            "limitation_of_liability", new Obligation(false, "a cap on its liability", Pattern.compile(
                    "\\bliability\\b[^.;]{0,120}?\\b(?:will|shall|does|do|may)\\s+not\\s+(?:in\\s+(?:the\\s+)?aggregate\\s+)?(?:exceed|be\\s+more\\s+than)"
                            + "|\\bliability\\b[^.;]{0,80}?\\b(?:is|be|are)\\s+limited\\s+to", FLAGS), true),
            "terminate_for_convenience", new Obligation(false, "a right to terminate for convenience", Pattern.compile(
                    "\\bmay\\s+terminate\\b[^.;]{0,120}?(?:\\bfor\\s+(?:its\\s+)?convenience|\\bfor\\s+any\\s+(?:or\\s+no\\s+)?reason|\\bwithout\\s+cause|\\bat\\s+any\\s+time)", FLAGS), false),
            "suspend", new Obligation(false, "a right to suspend", Pattern.compile("\\bmay\\s+(?:\\w+\\s+)?suspend\\b", FLAGS), false),
            "assign", new Obligation(false, "a right to assign without consent", Pattern.compile(
                    "\\bmay\\s+(?:freely\\s+)?assign\\b[^.;]{0,120}?\\bwithout\\b[^.;]{0,40}?\\bconsent\\b", FLAGS), false),
            "non_solicit", new Obligation(true, "a non-solicitation obligation", Pattern.compile("\\b" + MODAL
                    + "\\s+not\\s+(?:\\w+\\s+){0,4}?(?:solicit|hire|employ|recruit)\\b", FLAGS), true),
            "publicity", new Obligation(false, "a right to publicise the relationship", Pattern.compile(
                    "\\bmay\\s+(?:\\w+\\s+){0,2}?(?:(?:use|identify|display|publici[sz]e|announce)\\b[^.;]{0,80}?\\b(?:name|logo|trademarks?)\\b"
                            + "|(?:announce|publici[sz]e|advertise)\\b[^.;]{0,40}?\\b(?:this\\s+Agreement|the\\s+relationship|its\\s+existence))", FLAGS), false),
            "audit", new Obligation(false, "an audit right", Pattern.compile("\\bmay\\s+(?:\\w+\\s+){0,2}?(?:audit|inspect)\\b", FLAGS), false));
    private static final String BOTH_WORDS = "\\b(?:[Ee]ach|[Ee]ither|[Nn]either|[Bb]oth)\\s+(?:[Pp]art(?:y|ies))\\b|\\b[Tt]he\\s+[Pp]arties\\b"
            + "|\\b(?:[Tt]he\\s+)?(?:[Ii]ndemnifying\\s+[Pp]arty)\\b";
    private static final String NEUTRAL_ROLES = "|\\bRecipient\\b|\\bReceiving\\s+Party\\b|\\b[Rr]ecipient\\b";
    private static final int ACTOR_WINDOW = 120;

    private final String obligation;
    private final String expect;
    private final List<String> ourParty;
    private final List<String> otherParty;
    private final String ourRole;
    private final boolean redLine;
    private final Obligation preset;
    private final Pattern actors;
    private final boolean mutualRole;

    MutualityCheck(String obligation, String expect, List<String> ourParty, List<String> otherParty, String ourRole,
                   boolean redLine) {
        this(obligation, expect, ourParty, otherParty, ourRole, redLine, null);
    }

    /**
     * With the document's names for each side, unless the playbook names the parties itself. A mutual playbook on a
     * one-way contract reads the two parties as two sides, so a duty only one of them bears is one-sided.
     */
    @Override
    public Check boundTo(PartyNames names) {
        if (!ourParty.isEmpty() || !names.named() || Parties.isMutual(ourRole) && !names.oneWay()) {
            return this;
        }
        return new MutualityCheck(obligation, expect, ourParty, otherParty, ourRole, redLine, names);
    }

    private MutualityCheck(String obligation, String expect, List<String> ourParty, List<String> otherParty,
                           String ourRole, boolean redLine, PartyNames bound) {
        this.obligation = obligation;
        this.expect = expect == null ? "mutual" : expect;
        this.ourParty = ourParty == null ? List.of() : List.copyOf(ourParty);
        this.otherParty = otherParty == null ? List.of() : List.copyOf(otherParty);
        this.ourRole = ourRole;
        this.redLine = redLine;
        this.preset = OBLIGATIONS.get(obligation);
        if (preset == null) {
            throw new IllegalArgumentException("obligation: must be one of "
                    + OBLIGATIONS.keySet().stream().sorted().collect(Collectors.joining(", ")));
        }
        if (!EXPECTATIONS.contains(this.expect)) {
            throw new IllegalArgumentException("expect: must be mutual or in_our_favour");
        }
        this.mutualRole = this.ourParty.isEmpty() && Parties.isMutual(ourRole);
        List<String> ours = this.ourParty.isEmpty() ? Parties.names(ourRole) : this.ourParty;
        List<String> theirs = this.otherParty.isEmpty() ? Parties.otherNames(ourRole) : this.otherParty;
        if (bound != null) {
            ours = bound.ours();
            theirs = bound.theirs();
            this.actors = actorPattern(ours, theirs, false);
            return;
        }
        if (mutualRole) {
            ours = List.of("Customer", "Client", "Licensee", "Recipient", "Receiving Party");
            theirs = List.of("Provider", "Vendor", "Supplier", "Licensor", "Company", "Discloser", "Disclosing Party");
        } else if (ours.isEmpty() || theirs.isEmpty()) {
            throw new IllegalArgumentException("ourParty: name our party and the other party, or set a known ourRole");
        }
        boolean rolesAreParties = ours.contains("Recipient") || theirs.contains("Recipient");
        this.actors = actorPattern(ours, theirs, !rolesAreParties || mutualRole);
    }

    /** Longer names first, so "Northwind Traders" is read whole rather than as "Northwind". */
    private static Pattern actorPattern(List<String> ours, List<String> theirs, boolean neutralRoles) {
        return Pattern.compile("(?<both>" + BOTH_WORDS + (neutralRoles ? NEUTRAL_ROLES : "") + ")"
                + "|(?<ours>" + alternatives(longestFirst(ours)) + ")|(?<theirs>" + alternatives(longestFirst(theirs)) + ")");
    }

    private static List<String> longestFirst(List<String> names) {
        return names.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    }

    private static String alternatives(List<String> names) {
        return names.stream().map(n -> "\\b" + Pattern.quote(n) + "\\b").collect(Collectors.joining("|"));
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public boolean redLine() {
        return redLine;
    }

    String obligation() {
        return obligation;
    }

    @Override
    public CheckResult evaluate(String text) {
        return evaluate(text, SameType.of(text));
    }

    @Override
    public CheckResult evaluate(String text, SameType sameType) {
        List<Action> here = actions(text, false);
        if (here.isEmpty()) {
            return preset.burden() ? CheckResult.notApplicable("No clause gives " + preset.label() + ".")
                    : withheldRight(text, sameType);
        }
        List<Action> all = sameType.memo(this, this::actions);
        boolean theirsAnywhere = all.stream().anyMatch(a -> a.side() != Side.OURS);
        boolean oursAnywhere = all.stream().anyMatch(a -> a.side() != Side.THEIRS);
        for (Action a : here) {
            String actor = text.substring(a.actorStart(), a.actorEnd());
            if (expect.equals("in_our_favour") && a.side() != (preset.burden() ? Side.THEIRS : Side.OURS)) {
                return CheckResult.deviation(actor + " " + (preset.burden() ? "takes on " : "receives ") + preset.label()
                        + (a.side() == Side.BOTH || (preset.burden() ? theirsAnywhere : oursAnywhere) ? " (both parties do)" : "")
                        + "; the playbook wants " + (preset.burden() ? "only the other party to bear it." : "only us to hold it."),
                        a.actorStart(), a.end(), null);
            }
            if (expect.equals("mutual") && isOneSidedAgainstUs(a, theirsAnywhere, oursAnywhere)) {
                return CheckResult.deviation("Only " + actor + " " + (preset.burden() ? "takes on " : "receives ")
                        + preset.label() + "; it should be mutual.", a.actorStart(), a.actorEnd(),
                        preset.burden() ? null : "Either party");
            }
        }
        Action first = here.get(0);
        return CheckResult.compliant("The clause gives " + preset.label() + " that is "
                + (expect.equals("mutual") ? "mutual or in our favour." : "in our favour."), first.actorStart(), first.end());
    }

    private boolean isOneSidedAgainstUs(Action a, boolean theirsAnywhere, boolean oursAnywhere) {
        if (a.side() == Side.BOTH) {
            return false;
        }
        if (mutualRole) {
            return a.side() == Side.OURS ? !theirsAnywhere : !oursAnywhere;
        }
        Side against = preset.burden() ? Side.OURS : Side.THEIRS;
        return a.side() == against && !(against == Side.OURS ? theirsAnywhere : oursAnywhere);
    }

    /**
     * A right that the clause withholds ("Neither party may assign … without consent") is held by nobody: that is
     * mutual. Withheld from us alone, while the other side is not bound, it is one-sided.
     */
    private CheckResult withheldRight(String text, SameType sameType) {
        List<Action> withheld = actions(text, true);
        if (withheld.isEmpty()) {
            return CheckResult.notApplicable("No clause gives " + preset.label() + ".");
        }
        Action both = withheld.stream().filter(a -> a.side() == Side.BOTH).findFirst().orElse(null);
        if (both != null) {
            return CheckResult.compliant("Neither party has " + preset.label() + ".", both.actorStart(), both.end());
        }
        Action ours = withheld.stream().filter(a -> a.side() == Side.OURS).findFirst().orElse(null);
        boolean theirsToo = sameType.memo(new WithheldKey(this), t -> actions(t, true)).stream()
                .anyMatch(a -> a.side() != Side.OURS);
        if (ours != null && !theirsToo && !mutualRole) {
            return CheckResult.deviation("Only " + text.substring(ours.actorStart(), ours.actorEnd()) + " is denied "
                    + preset.label() + "; the restriction should bind both parties.", ours.actorStart(), ours.actorEnd(), null);
        }
        Action first = withheld.get(0);
        return CheckResult.compliant(text.substring(first.actorStart(), first.actorEnd()) + " has no " + preset.label()
                .replaceFirst("^an? ", "") + ".", first.actorStart(), first.end());
    }

    private List<Action> actions(String text) {
        return actions(text, false);
    }

    private static final Pattern MAY_NOT = Pattern.compile("\\bmay\\s+(not)\\b", FLAGS);

    /** "may not assign" read as "may assign" at the same offsets, so the withheld right is found and seen negated. */
    private static String withoutNotAfterMay(String text) {
        Matcher m = MAY_NOT.matcher(text);
        StringBuilder out = new StringBuilder(text);
        while (m.find()) {
            for (int i = m.start(1); i < m.end(1); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }

    /** The actions the clause states, or with {@code negated} those it states as withheld ("may not assign"). */
    private List<Action> actions(String text, boolean negated) {
        List<Action> found = new ArrayList<>();
        Sentence sentences = Sentence.index(text);
        String searched = negated ? withoutNotAfterMay(text) : text;
        Matcher m = preset.action().matcher(searched);
        while (m.find()) {
            boolean mayNot = negated && !searched.substring(m.start(), m.end()).equals(text.substring(m.start(), m.end()));
            boolean isNegated = !preset.negationAllowed()
                    && (mayNot || Negation.isNegated(text, m.start(), m.end(), preset.action().pattern()));
            if (isNegated != negated) {
                continue;
            }
            Action action = actor(text, sentences, m);
            if (action != null) {
                found.add(action);
            }
        }
        return found;
    }

    /** The party named last before the action, within its sentence; for a liability cap also "liability of X". */
    private Action actor(String text, Sentence sentences, Matcher action) {
        int from = Math.max(sentences.around(action.start())[0], action.start() - ACTOR_WINDOW);
        Matcher m = actors.matcher(text).region(from, action.start());
        Action last = null;
        while (m.find()) {
            last = new Action(side(m), m.start(), m.end(), action.end());
        }
        if (last == null && obligation.equals("limitation_of_liability")) {
            Matcher of = actors.matcher(text).region(action.start(), action.end());
            if (of.find()) {
                last = new Action(side(of), of.start(), of.end(), action.end());
            }
        }
        return last;
    }

    private static Side side(Matcher m) {
        return m.group("both") != null ? Side.BOTH : m.group("ours") != null ? Side.OURS : Side.THEIRS;
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("obligation", obligation);
        if (!expect.equals("mutual")) {
            p.put("expect", expect);
        }
        Parameters.putList(p, "ourParty", ourParty);
        Parameters.putList(p, "otherParty", otherParty);
        return p;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MutualityCheck that && obligation.equals(that.obligation) && expect.equals(that.expect)
                && ourParty.equals(that.ourParty) && otherParty.equals(that.otherParty)
                && Objects.equals(ourRole, that.ourRole) && redLine == that.redLine;
    }

    @Override
    public int hashCode() {
        return Objects.hash(obligation, expect, ourParty, otherParty, ourRole, redLine);
    }

    @Override
    public String toString() {
        return "MutualityCheck" + parameters() + (redLine ? " red line" : "");
    }
}
