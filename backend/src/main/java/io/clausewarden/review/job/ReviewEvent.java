package io.clausewarden.review.job;

/**
 * One server-sent event of a review: {@code progress} ({@code done} of {@code total} clauses classified, stage
 * {@code classify}; then model questions answered, stage {@code model}),
 * {@code finding} (a finding as it completes), {@code complete} or {@code failed}.
 */
public record ReviewEvent(String name, Object data) {
    public static final String PROGRESS = "progress";
    public static final String FINDING = "finding";
    public static final String COMPLETE = "complete";
    public static final String FAILED = "failed";

    public record Progress(int done, int total, String stage) {
        public static final String CLASSIFY = "classify";
        public static final String MODEL = "model";
    }

    public record Outcome(String id, String status, int findings) {
    }

    public boolean isLast() {
        return COMPLETE.equals(name) || FAILED.equals(name);
    }
}
