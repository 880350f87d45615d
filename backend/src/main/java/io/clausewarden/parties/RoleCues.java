package io.clausewarden.parties;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which side a party defined by its own name takes, from what the contract has it do: a party that provides,
 * delivers, licenses or grants is the provider; one that pays or receives the services is the customer; one that
 * must keep information confidential is the recipient.
 */
final class RoleCues {
    private static final String MODAL = "(?:'s\\s+\\w+\\s+)?\\s*(?:(?:will|shall|must|may|agrees\\s+to|hereby)\\s+)?(?:\\w+\\s+)?";
    private static final String PROVIDES = "(?:provide|provides|perform|performs|deliver|delivers|supply|supplies|furnish"
            + "|furnishes|grant|grants|license|licenses|licence|licences|host|hosts|make\\s+available|makes\\s+available"
            + "|develop|develops|manufacture|manufactures|sell|sells)\\b";
    private static final String PAYS = "(?:pay|pays|purchase|purchases|buy|buys|order|orders|retain|retains|engage|engages)\\b";
    private static final String KEEPS = "(?:hold|holds|keep|keeps|treat|treats|protect|protects)\\b[^.;]{0,60}\\bconfidential";
    private static final int MIN_MARGIN = 2;

    private RoleCues() {
    }

    /** The side the named party takes (provider, customer or recipient), or null when the cues do not tell. */
    static String sideOf(String term, String text) {
        String who = "\\b" + Pattern.quote(term) + "\\b";
        int provides = count(Pattern.compile(who + MODAL + PROVIDES, Pattern.CASE_INSENSITIVE), text)
                + count(Pattern.compile("\\b(?:fees?|amounts?|royalt(?:y|ies))\\b[^.;]{0,40}\\b(?:to|of)\\s+" + Pattern.quote(term) + "\\b"), text)
                + count(Pattern.compile("\\b(?:provided|licensed|delivered|supplied|sold)\\s+by\\s+" + Pattern.quote(term) + "\\b"), text);
        int pays = count(Pattern.compile(who + MODAL + PAYS, Pattern.CASE_INSENSITIVE), text)
                + count(Pattern.compile("\\b(?:provided|licensed|delivered|supplied|sold|furnished)\\s+to\\s+" + Pattern.quote(term) + "\\b"), text)
                + count(Pattern.compile("\\b(?:services|products|software)\\s+for\\s+" + Pattern.quote(term) + "\\b"), text);
        int keeps = count(Pattern.compile(who + MODAL + KEEPS, Pattern.CASE_INSENSITIVE), text);
        if (keeps >= MIN_MARGIN && keeps > provides + pays) {
            return Roles.RECIPIENT;
        }
        if (provides - pays >= MIN_MARGIN) {
            return Roles.PROVIDER;
        }
        if (pays - provides >= MIN_MARGIN) {
            return Roles.CUSTOMER;
        }
        return null;
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
