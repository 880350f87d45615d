package io.clausewarden.review;

import io.clausewarden.document.ToComplete;
import io.clausewarden.llm.ModelUse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders a report as plain text for terminals: findings grouped by risk, highest first, with quotes; then what the
 * draft leaves to complete.
 */
public final class TextReportRenderer {
    private static final List<String> RISK_ORDER = List.of("high", "medium", "low", "ok");

    public String render(ReviewReport report) {
        StringBuilder out = new StringBuilder();
        out.append("Review ").append(report.id()).append('\n')
                .append("Playbook: ").append(report.playbook().id()).append(" v").append(report.playbook().version())
                .append('\n')
                .append("Clauses: ").append(report.clauses().size())
                .append("  Findings: ").append(report.findings().size())
                .append(" (rules ").append(count(report, "rule")).append(", model ").append(count(report, "model"))
                .append(")\n");
        appendContract(out, report);
        appendModel(out, report);
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
        appendNotAssessed(out, report);
        appendNotApplied(out, report);
        appendToComplete(out, report);
        return out.toString();
    }

    private static void appendNotApplied(StringBuilder out, ReviewReport report) {
        if (report.notApplied().isEmpty()) {
            return;
        }
        out.append("\nPOSITIONS NOT APPLIED (").append(report.notApplied().size()).append(")\n");
        report.notApplied().forEach(p -> out.append("- ").append(p.positionId().replace('_', ' ')).append(": ")
                .append(p.reason()).append('\n'));
    }

    private static void appendToComplete(StringBuilder out, ReviewReport report) {
        if (report.toComplete().isEmpty()) {
            return;
        }
        out.append("\nTO BE COMPLETED (").append(report.toComplete().size()).append(")\n");
        for (ToComplete item : report.toComplete()) {
            out.append("- ").append(item.kind().replace('_', ' '));
            if (item.clauseIndex() != null) {
                out.append(" (clause ").append(item.clauseIndex()).append(')');
            }
            out.append(": ").append(item.text().replaceAll("\\s+", " ")).append('\n');
        }
    }

    private static void appendContract(StringBuilder out, ReviewReport report) {
        if (report.contract() != null) {
            out.append("Contract: ").append(report.contract().type()).append(" (confidence ")
                    .append(String.format(java.util.Locale.ROOT, "%.2f", report.contract().confidence())).append(')');
            if (!report.contract().evidence().isEmpty()) {
                out.append(" from ").append(report.contract().evidence().stream().map(e -> "\"" + e + "\"")
                        .collect(Collectors.joining(", ")));
            }
            out.append('\n');
        }
        if (report.fit() != null) {
            out.append(report.fit().fits() ? "Fit: " : "WARNING, playbook does not fit: ")
                    .append(report.fit().message()).append('\n');
        }
        if (report.parties() != null) {
            out.append("Parties: ").append(report.parties().parties().isEmpty() ? "none named; the playbook's role words apply"
                    : report.parties().parties().stream().map(TextReportRenderer::party).collect(Collectors.joining("; ")));
            out.append(" (").append(report.parties().structure().replace('_', '-')).append(")\n");
        }
    }

    private static String party(io.clausewarden.parties.Party p) {
        String named = p.name() != null && p.definedAs() != null ? p.name() + " (\"" + p.definedAs() + "\")"
                : p.name() != null ? p.name() : "\"" + p.definedAs() + "\"";
        return named + " = " + p.role();
    }

    private static long count(ReviewReport report, String source) {
        return report.findings().stream().filter(f -> source.equals(f.source())).count();
    }

    private static void appendModel(StringBuilder out, ReviewReport report) {
        ModelUse model = report.model();
        if (model == null) {
            return;
        }
        out.append("Model: ");
        if (ModelUse.OFF.equals(model.status())) {
            out.append("off (rules only)");
        } else {
            out.append(model.provider()).append(' ').append(model.model() == null ? "" : model.model())
                    .append(" in ").append(model.region()).append(", ").append(model.questions()).append(" question(s), ")
                    .append(model.providerCalls()).append(" sent, ").append(model.cached()).append(" from cache");
        }
        out.append('\n');
        if (model.notice() != null) {
            out.append("Notice: ").append(model.notice()).append('\n');
        }
    }

    private static void appendNotAssessed(StringBuilder out, ReviewReport report) {
        if (report.notAssessed().isEmpty()) {
            return;
        }
        out.append("\nNOT ASSESSED BY THE MODEL (").append(report.notAssessed().size()).append(")\n");
        for (ReviewReport.NotAssessed item : report.notAssessed()) {
            out.append("- ").append(item.clauseType()).append(" (clauses ")
                    .append(item.clauseIndexes().stream().map(String::valueOf).collect(Collectors.joining(", ")))
                    .append("): ").append(String.join(", ", item.reasons())).append('\n')
                    .append("    Question: ").append(item.question().strip()).append('\n');
        }
    }

    private static void appendFinding(StringBuilder out, Finding finding, ReviewReport report) {
        out.append("- [").append(finding.position());
        if (finding.fallbackIndex() != null) {
            out.append(' ').append(finding.fallbackIndex() + 1);
        }
        out.append("] ").append(finding.clauseType());
        if (finding.positionId() != null && !finding.positionId().equals(finding.clauseType())) {
            out.append(" / ").append(finding.positionId());
        }
        out.append(" {").append(finding.source()).append('}');
        if (finding.clauseIndex() != null) {
            // Optional.map, not Stream.map: a clause without a heading has a null heading, which findFirst refuses.
            String heading = report.clauses().stream().filter(c -> c.index() == finding.clauseIndex())
                    .findFirst().map(ReviewReport.ReviewedClause::heading).orElse(null);
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
        if (finding.placement() != null) {
            out.append("    Proposed placement: ").append(finding.placement().reason()).append('\n');
            if (finding.placement().heading() != null) {
                out.append("    Proposed heading: ").append(finding.placement().heading()).append('\n');
            }
        }
    }
}
