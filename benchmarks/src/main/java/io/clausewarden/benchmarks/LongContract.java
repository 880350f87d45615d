package io.clausewarden.benchmarks;

import java.util.List;

/**
 * A synthetic contract of about 40,000 words (about 100 pages): our own clause wording, numbered
 * sections with headings, repeated with varied numbers and jurisdictions so that every check runs.
 * Every sentence opens with a generated qualifier that names an edition- and section-specific schedule,
 * site or order, so that no sentence repeats within a contract or across editions: the embedding
 * scorer embeds sentences one by one, and repeated sentences would be free cache hits.
 */
final class LongContract {
    private static final List<String[]> SECTIONS = List.of(
            new String[] {"Definitions", "\"Affiliate\" means any entity that directly or indirectly controls, is controlled by, or is under common control with a party, where control means ownership of more than fifty percent of the voting interests. \"Customer Data\" means all data that Customer or its users submit to the Service, including personal data, documents and metadata."},
            new String[] {"Services", "Provider will make the Service available to Customer and its users during the Subscription Term in accordance with the Documentation and the service levels in Schedule %d. Provider may update the Service from time to time, provided that no update materially reduces its functionality or security."},
            new String[] {"Fees and Payment", "Customer will pay the fees set out in the Order Form within %s (%d) days after receipt of a correct invoice. Late amounts bear interest at one percent per month or the highest rate permitted by law, whichever is lower. Customer may withhold amounts disputed in good faith."},
            new String[] {"Term and Renewal", "This Agreement starts on the Effective Date and continues for %s (%d) months. It renews automatically for successive periods of twelve months unless either party gives notice of non-renewal at least %d days before the end of the current term."},
            new String[] {"Termination", "Either party may terminate this Agreement on written notice if the other party materially breaches it and does not cure the breach within %d days after receiving notice describing the breach in reasonable detail. Provider may terminate for convenience on %d days' notice."},
            new String[] {"Confidentiality", "Each party will keep the other party's Confidential Information confidential, use it only to perform this Agreement, and disclose it only to its employees, contractors and advisers who need to know it and are bound by written duties at least as protective. These obligations last for %d years after termination."},
            new String[] {"Data Protection", "Provider will process personal data only on Customer's documented instructions, implement appropriate technical and organisational measures, and notify Customer of a personal data breach without undue delay and in any event within %d hours after becoming aware of it."},
            new String[] {"Warranties", "Provider warrants that the Service will perform materially in accordance with the Documentation and that it will not introduce malicious code. Except as expressly stated in this Agreement, neither party makes any other warranty, express or implied."},
            new String[] {"Indemnification", "Provider will defend Customer against any claim by a third party alleging that the Service infringes that party's intellectual property rights, and will pay the damages and costs finally awarded or agreed in settlement. Customer will indemnify Provider against claims arising from Customer Data."},
            new String[] {"Limitation of Liability", "Except for breaches of confidentiality and the indemnities above, each party's total liability arising out of or relating to this Agreement will not exceed the fees paid or payable in the %s (%d) months before the event giving rise to the claim. Neither party is liable for indirect or consequential damages."},
            new String[] {"Insurance", "Provider will maintain, at its own cost, commercial general liability insurance and cyber liability insurance with limits of not less than USD %d,000,000 per claim with reputable insurers."},
            new String[] {"Assignment", "Neither party may assign this Agreement without the prior written consent of the other party, except to an Affiliate or a successor in a merger or sale of substantially all of its assets, on written notice."},
            new String[] {"Governing Law", "This Agreement is governed by the laws of the State of %s, and the courts located in that state have exclusive jurisdiction over any dispute arising out of it."},
            new String[] {"Notices", "Notices must be in writing and delivered by hand, by courier or by email to the addresses in the Order Form, and are effective on receipt."},
            new String[] {"Force Majeure", "Neither party is liable for a delay or failure caused by events beyond its reasonable control, including natural disasters, war, terrorism, epidemics and failures of public networks, provided it uses reasonable efforts to resume performance."});

    private static final String[] WORDS = {"ten", "fifteen", "thirty", "forty-five", "sixty", "ninety", "six", "twelve", "twenty-four"};
    private static final int[] NUMBERS = {10, 15, 30, 45, 60, 90, 6, 12, 24};
    private static final String[] STATES = {"New York", "Texas", "Delaware", "Florida", "California", "Nevada"};
    private static final String[] QUALIFIERS = {
        "Subject to Schedule %d, ", "Save as set out in paragraph %d of the Order Form, ",
        "For each site listed in Annex %d, ", "Unless the parties agree otherwise for Order %d, ",
        "During the phase described in Statement of Work %d, ", "As regards the services of Lot %d, ",
        "Without limiting clause %d, ", "For the region covered by Appendix %d, ",
        "In respect of the products in price list %d, ", "Once milestone %d has been accepted, "};

    private LongContract() {
    }

    /**
     * @param edition varies a reference in every clause, so that no clause text repeats within a
     *                contract or across editions: a classifier cache gets no free hits.
     */
    static String text(int targetWords, int edition) {
        StringBuilder out = new StringBuilder("MASTER SUBSCRIPTION AGREEMENT\n\n");
        int words = 3;
        int section = 0;
        while (words < targetWords) {
            String[] template = SECTIONS.get(section % SECTIONS.size());
            int variant = section / SECTIONS.size();
            int n = variant % NUMBERS.length;
            String body = template[1].contains("%s (%d)")
                    ? String.format(template[1], WORDS[n], NUMBERS[n], NUMBERS[(n + 1) % NUMBERS.length], NUMBERS[(n + 2) % NUMBERS.length])
                    : template[1].contains("State of %s")
                    ? String.format(template[1], STATES[variant % STATES.length])
                    : String.format(template[1], NUMBERS[n], NUMBERS[(n + 3) % NUMBERS.length]);
            String reference = " This section applies to Order Form " + edition + "-" + (section + 1) + ".";
            String first = varied(body, edition, section, 0);
            String second = varied(body, edition, section, 1);
            out.append(section + 1).append(". ").append(template[0]).append('\n')
                    .append(first).append(' ').append(second).append(reference).append("\n\n");
            words += 2 + first.split("\\s+").length + second.split("\\s+").length + 7;
            section++;
        }
        return out.toString();
    }

    /** Each sentence of {@code body} behind a qualifier whose number is unique to edition, section, copy and sentence. */
    private static String varied(String body, int edition, int section, int copy) {
        String[] sentences = body.split("(?<=\\.)\\s+(?=[A-Z\"])");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < sentences.length; i++) {
            int pick = Math.floorMod(edition * 7919 + section * 104_729 + copy * 31 + i * 17, QUALIFIERS.length);
            int number = ((edition * 1_000 + section) * 2 + copy) * 8 + i + 1;
            String sentence = sentences[i];
            if (out.length() > 0) {
                out.append(' ');
            }
            boolean definedTerm = sentence.startsWith("Provider") || sentence.startsWith("Customer")
                    || sentence.startsWith("\"");
            out.append(String.format(QUALIFIERS[pick], number))
                    .append(definedTerm ? sentence.charAt(0) : Character.toLowerCase(sentence.charAt(0)))
                    .append(sentence.substring(1));
        }
        return out.toString();
    }
}
