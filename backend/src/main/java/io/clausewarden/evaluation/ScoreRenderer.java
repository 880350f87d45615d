package io.clausewarden.evaluation;

import java.util.Locale;

/** The scores as a reviewer reads them: totals, then per contract each miss and each protected passage touched. */
public final class ScoreRenderer {
    private ScoreRenderer() {
    }

    public static String render(SetScore score) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Outcomes accepted: %d/%d (%.2f)%n", score.outcomesAccepted(),
                score.expectations(), score.outcomeAccuracy()));
        out.append(String.format(Locale.ROOT, "Anchors quoted: %d/%d (%.2f)%n", score.anchorsHit(),
                score.anchorsExpected(), score.anchorRate()));
        out.append(String.format(Locale.ROOT, "Protected passages touched: %d%n", score.touches()));
        for (KeyScore key : score.keys()) {
            out.append(String.format(Locale.ROOT, "%n%s: outcomes %d/%d, anchors %d/%d, touched %d%n", key.document(),
                    key.outcomesAccepted(), key.expectations().size(), key.anchorsHit(), key.anchorsExpected(),
                    key.touches().size()));
            for (KeyScore.ExpectationScore e : key.expectations()) {
                if (!e.outcomeAccepted()) {
                    out.append("  outcome  ").append(e.clauseType()).append(": reported ").append(e.reported())
                            .append(", accepted ").append(e.accept()).append('\n');
                }
                if (e.anchorExpected() && !e.anchorHit()) {
                    out.append("  anchor   ").append(e.clauseType()).append(": no finding of the type with an accepted outcome quotes it")
                            .append(e.anchorFound() ? "" : " (the anchor is not in the document as read)")
                            .append('\n');
                }
            }
            for (KeyScore.Touch touch : key.touches()) {
                out.append("  TOUCHED  ").append(touch.clauseType()).append(" (finding ").append(touch.findingId())
                        .append(") removes: \"").append(touch.overlapped()).append("\"\n");
            }
        }
        return out.toString();
    }
}
