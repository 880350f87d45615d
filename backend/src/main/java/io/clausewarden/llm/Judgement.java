package io.clausewarden.llm;

/** What came of one question: a schema-valid answer (names restored), or why the model did not assess it. */
public sealed interface Judgement {
    record Answered(ModelAnswer answer, boolean fromCache) implements Judgement {
    }

    record NotAssessed(Reason reason) implements Judgement {
    }

    enum Reason {
        /** No model is configured for the tenant. */
        MODEL_OFF("no model is configured"),
        /** The tenant's region has no endpoint: nothing is sent abroad. */
        NO_ENDPOINT_IN_REGION("no model endpoint serves the tenant's region"),
        /** The tenant spent its tokens for today. */
        BUDGET_EXHAUSTED("the daily model budget is spent"),
        /** The provider failed, timed out or its circuit is open. */
        PROVIDER_UNAVAILABLE("the model provider did not answer"),
        /** The answer did not fit the schema or was too large, and was discarded. */
        INVALID_ANSWER("the model's answer was not valid and was discarded"),
        /** The clause is longer than a model question may carry. */
        CLAUSE_TOO_LONG("the clause is too long to send");

        private final String description;

        Reason(String description) {
            this.description = description;
        }

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public String description() {
            return description;
        }
    }
}
