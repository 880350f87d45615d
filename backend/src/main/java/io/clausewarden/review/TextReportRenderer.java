package io.clausewarden.review;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders a report as plain text for terminals: findings grouped by risk, highest first, with quotes. */
public final class TextReportRenderer {
    private static final List<String> RISK_ORDER = List.of("high", "medium", "low", "ok");

    public String render(ReviewReport report) {
        StringBuilder out = new StringBuilder();
        out.append("Review ").append(report.id()).append('\n')
                .append("Playbook: ").append(report.playbook().id()).append(" v").append(report.playbook().version())
                .append('\n')
                .append("Clauses: ").append(report.clauses().size())
                .append("  Findings: ").append(report.findings().size()).append('\n');
        Map<String, List<Finding>> byRisk = report.findings().stream()
                .collect(Collectors.groupingBy(Finding::risk));
        for (String risk : RISK_ORDER) {
            List<Finding> findings = byRisk.getOrDefault(risk, List.of());
            if (findings.isEmpty()) {
                continue;
            }
            out.append('\n').append(risk.toUpperCase()).append(" RISK (").append(findings.size()).append(")\n");
            for (Finding finding : findings) {
                appendFinding(out, finding, report);
            }
        }
        if (report.findings().isEmpty()) {
            out.append("\nNo findings.\n");
        }
        return out.toString();
    }

    private static void appendFinding(StringBuilder out, Finding finding, ReviewReport report) {
        out.append("- [").append(finding.position());
        if (finding.fallbackIndex() != null) {
            out.append(' ').append(finding.fallbackIndex() + 1);
        }
        out.append("] ").append(finding.clauseType());
        if (finding.clauseIndex() != null) {
            String heading = report.clauses().stream().filter(c -> c.index() == finding.clauseIndex())
                    .map(ReviewReport.ReviewedClause::heading).findFirst().orElse(null);
            out.append(" (clause ").append(finding.clauseIndex());
            if (heading != null && !heading.isBlank()) {
                out.append(": ").append(heading);
            }
            out.append(')');
        }
        out.append('\n');
        if (finding.quote() != null) {
            out.append("    Quote: \"").append(finding.quote()).append("\"\n");
        }
        out.append("    Why: ").append(finding.rationale()).append('\n');
        if (finding.suggestedText() != null) {
            out.append("    Suggest: ").append(finding.suggestedText().strip()).append('\n');
        }
    }
}
