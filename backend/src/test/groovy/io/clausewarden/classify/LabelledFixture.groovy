package io.clausewarden.classify

import groovy.json.JsonOutput
import java.nio.charset.StandardCharsets
import java.nio.file.Files
import java.nio.file.Path

/**
 * Small contracts in the CUAD file format (NAME.txt and NAME.labels.json), written by us for the specs: every
 * contract has a governing-law clause, an anti-assignment clause and filler, in wording that varies by contract.
 */
class LabelledFixture {
    static final List<String> PLACES = ['New York', 'Delaware', 'Ontario', 'England and Wales', 'California', 'Texas',
                                        'Illinois', 'Bavaria', 'Victoria', 'Quebec']
    static final List<String> PARTIES = ['Supplier', 'Customer', 'Licensee', 'Distributor', 'Agent', 'Vendor',
                                         'Reseller', 'Contractor', 'Company', 'Partner']

    /** Writes {@code count} contracts to {@code dir} and returns it. */
    static Path write(Path dir, int count = 8) {
        Files.createDirectories(dir)
        (0..<count).each { int i -> contract(dir, i) }
        dir
    }

    private static void contract(Path dir, int i) {
        String party = PARTIES[i % PARTIES.size()]
        String other = PARTIES[(i + 3) % PARTIES.size()]
        String place = PLACES[i % PLACES.size()]
        List<List<String>> clauses = [
                [null, "SERVICES AGREEMENT NUMBER ${i + 1}"],
                [null, "${party} will deliver the services described in the order form at the agreed dates."],
                ['Governing Law', "This Agreement is governed by the laws of ${place}, without regard to its conflict of laws rules."],
                [null, "${other} will give ${party} reasonable access to its premises during business hours."],
                ['Anti-Assignment', "${party} may not assign this Agreement or any of its rights without the prior written consent of ${other}."],
                [null, "Each party will appoint a contact person and meet once a quarter to review progress."],
                [null, "Invoices are issued monthly and list the hours worked by each person."],
        ]
        StringBuilder text = new StringBuilder()
        Map<String, List> categories = [:]
        clauses.each { List<String> c ->
            if (text.length() > 0) {
                text << '\n\n'
            }
            int start = text.length()
            text << c[1]
            if (c[0]) {
                categories.computeIfAbsent(c[0]) { [] } << [segments: [[text: c[1], start: start, end: text.length(), match: 'exact']]]
            }
        }
        categories['Parties'] = [[segments: [[text: party, start: text.indexOf(party), end: text.indexOf(party) + party.length(), match: 'exact']]]]
        String name = "fixture-${i}"
        Files.writeString(dir.resolve("${name}.txt"), text.toString(), StandardCharsets.UTF_8)
        Map labels = [txt_file: "${name}.txt".toString(),
                      categories: categories.collectEntries { k, v -> [k, [clauses: v]] }]
        Files.writeString(dir.resolve("${name}.labels.json"), JsonOutput.toJson(labels), StandardCharsets.UTF_8)
    }
}
