package io.clausewarden.parties;

import io.clausewarden.document.Clause;
import io.clausewarden.playbook.PartyNames;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who the parties of a contract are and which of them we are: read from the document, mapped onto the playbook's
 * {@code ourRole}, or set by the reviewer ("we are Acme").
 */
public final class DocumentParties {
    /** The parties with their roles, and the names party-aware checks use for each side. */
    public record Reading(PartyRoles roles, PartyNames names) {
    }

    private static final Pattern MUTUAL = Pattern.compile("(?i)\\b(?:each|either)\\s+party\\b[^.;]{0,80}?\\b(?:as\\s+(?:a|the)\\s+)?"
            + "(?:disclos(?:e|es|ing)|receiv(?:e|es|ing))\\b|\\b(?:disclosing|receiving)\\s+party\\b[^.;]{0,20}?\\b(?:means|is)\\s+"
            + "(?:a|either|each|the)\\s+party\\b|\\bmutual\\s+(?:non-?disclosure|confidentiality)\\b");
    private static final int CUE_WINDOW_CHARS = 200_000;

    private DocumentParties() {
    }

    /**
     * As {@link #read(List, String, String)} over a document's clauses, their headings read in place: a segmenter may
     * take a preamble line such as {@code ACME LIMITED ("ACME")} for a heading.
     */
    public static Reading readClauses(List<Clause> clauses, String ourRole, String weAre) {
        List<String> texts = new ArrayList<>();
        String lastHeading = null;
        for (Clause clause : clauses) {
            String heading = clause.heading() == null ? null : clause.heading().substring(clause.heading().lastIndexOf(" > ") + 1).strip();
            if (heading != null && !heading.equals(lastHeading)) {
                texts.add(heading.startsWith(">") ? heading.substring(1).strip() : heading);
                lastHeading = heading;
            }
            texts.add(clause.text());
        }
        return read(texts, ourRole, weAre);
    }

    /**
     * @param ourRole the playbook's role (customer, provider, recipient, discloser, or either)
     * @param weAre   who the reviewer says we are (a name or defined term, or a role word); null to read it from the
     *                document
     */
    public static Reading read(List<String> clauses, String ourRole, String weAre) {
        List<Party> parties = PartyReader.read(clauses);
        String text = joined(clauses);
        String structure = structure(parties, text);
        String side = Roles.side(ourRole);
        boolean request = weAre != null && !weAre.isBlank();
        List<Party> assigned;
        if (request) {
            assigned = byRequest(parties, weAre.strip(), side, text);
        } else if (side == null) {
            assigned = parties.stream().map(p -> p.withRole(Party.EITHER)).toList();
        } else {
            assigned = bySide(parties, side, text);
        }
        String source = request ? "request" : assigned.isEmpty() ? "playbook" : "document";
        PartyRoles roles = new PartyRoles(assigned, structure, source);
        return new Reading(roles, names(roles, ourRole, side));
    }

    private static List<Party> byRequest(List<Party> parties, String weAre, String side, String text) {
        String lower = weAre.toLowerCase(Locale.ROOT);
        boolean named = parties.stream().anyMatch(p -> matches(p, lower));
        if (!named) {
            String wordSide = Roles.sideOfWord(weAre);
            if (wordSide != null) {
                return bySide(parties, wordSide, text);
            }
            List<Party> withUs = new ArrayList<>();
            withUs.add(new Party(weAre, null, Party.US));
            parties.forEach(p -> withUs.add(p.withRole(Party.COUNTERPARTY)));
            return withUs;
        }
        return parties.stream().map(p -> p.withRole(matches(p, lower) ? Party.US : Party.COUNTERPARTY)).toList();
    }

    private static boolean matches(Party party, String lower) {
        return party.definedAs() != null && party.definedAs().equalsIgnoreCase(lower)
                || party.name() != null && party.name().toLowerCase(Locale.ROOT).contains(lower);
    }

    /** Roles from the parties' own words first, then from what each party does in the contract. */
    private static List<Party> bySide(List<Party> parties, String side, String text) {
        List<Party> out = new ArrayList<>();
        for (Party p : parties) {
            out.add(p.withRole(roleOf(Roles.sideOfWord(p.definedAs()), side)));
        }
        for (int i = 0; i < out.size(); i++) {
            Party p = out.get(i);
            if (Party.UNKNOWN.equals(p.role()) && p.definedAs() != null) {
                String guessed = RoleCues.sideOf(p.definedAs(), text);
                out.set(i, p.withRole(roleOf(guessed, side)));
            }
        }
        long known = out.stream().filter(p -> !Party.UNKNOWN.equals(p.role())).count();
        if (out.size() == 2 && known == 1) {
            String knownRole = out.stream().filter(p -> !Party.UNKNOWN.equals(p.role())).findFirst().orElseThrow().role();
            out.replaceAll(p -> Party.UNKNOWN.equals(p.role())
                    ? p.withRole(Party.US.equals(knownRole) ? Party.COUNTERPARTY : Party.US) : p);
        }
        return out;
    }

    private static String roleOf(String partySide, String ourSide) {
        return partySide == null ? Party.UNKNOWN : partySide.equals(ourSide) ? Party.US
                : partySide.equals(Roles.other(ourSide)) ? Party.COUNTERPARTY : Party.UNKNOWN;
    }

    private static String structure(List<Party> parties, String text) {
        boolean namedRecipient = parties.stream().anyMatch(p -> p.name() != null
                && (Roles.RECIPIENT.equals(Roles.sideOfWord(p.definedAs())) || Roles.DISCLOSER.equals(Roles.sideOfWord(p.definedAs()))));
        if (namedRecipient) {
            return PartyRoles.ONE_WAY;
        }
        return MUTUAL.matcher(text).find() ? PartyRoles.MUTUAL : PartyRoles.UNSTATED;
    }

    private static PartyNames names(PartyRoles roles, String ourRole, String side) {
        if (side == null && !"request".equals(roles.source())) {
            if (PartyRoles.ONE_WAY.equals(roles.structure()) && roles.parties().size() == 2) {
                return new PartyNames(namesOf(List.of(roles.parties().get(0))), namesOf(List.of(roles.parties().get(1))), true);
            }
            return PartyNames.generic(ourRole);
        }
        List<String> ours = namesOf(roles.withRole(Party.US));
        List<String> theirs = namesOf(roles.withRole(Party.COUNTERPARTY));
        PartyNames generic = PartyNames.generic(side == null ? ourRole : side);
        if (ours.isEmpty()) {
            ours = without(side == null ? generic.ours() : Roles.words(side), theirs);
        }
        if (theirs.isEmpty()) {
            theirs = without(side == null ? generic.theirs() : Roles.words(Roles.other(side)), ours);
        }
        return new PartyNames(ours, theirs, false);
    }

    /** Each party's defined term, full name and name without its corporate suffix, longest first within a party. */
    static List<String> namesOf(List<Party> parties) {
        Set<String> names = new LinkedHashSet<>();
        for (Party p : parties) {
            if (p.definedAs() != null) {
                names.add(p.definedAs());
            }
            if (p.name() != null) {
                names.add(p.name());
                String bare = p.name().replaceFirst("(?i),?\\s+(?:inc|incorporated|llc|ltd|limited|plc|lp|llp|gmbh|ag|corp|corporation|pty)\\.?$", "");
                if (bare.length() >= 2) {
                    names.add(bare);
                }
            }
        }
        return List.copyOf(names);
    }

    private static List<String> without(List<String> words, List<String> taken) {
        return words.stream().filter(w -> taken.stream().noneMatch(t -> t.equalsIgnoreCase(w))).toList();
    }

    /** The clauses' text up to {@link #CUE_WINDOW_CHARS}: what the cues and the structure are read from. */
    private static String joined(List<String> clauses) {
        StringBuilder text = new StringBuilder();
        for (String clause : clauses) {
            if (text.length() >= CUE_WINDOW_CHARS) {
                break;
            }
            text.append(clause).append("\n\n");
        }
        text.setLength(Math.min(text.length(), CUE_WINDOW_CHARS));
        return text.toString();
    }
}
