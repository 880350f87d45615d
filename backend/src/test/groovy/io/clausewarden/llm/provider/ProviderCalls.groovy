package io.clausewarden.llm.provider

import io.clausewarden.llm.AnswerSchema
import io.clausewarden.llm.ApiKey
import io.clausewarden.llm.ModelCall

/** A typical call, with a canary in the clause that must never surface in an exception message. */
class ProviderCalls {
    public static final String CANARY = 'canary-3f9e1c-indemnity'
    public static final String KEY_TEXT = 'sk-test-5b2d8e0a71c4'
    public static final ApiKey KEY = ApiKey.of(KEY_TEXT)
    public static final String CLAUSE = "The Supplier shall indemnify the Customer against all losses. ${CANARY}"

    static ModelCall call(String model = 'test-model') {
        new ModelCall('You review one contract clause against one playbook question.',
                "Does the clause give the Customer an indemnity?\n<clause-a1b2c3d4>\n${CLAUSE}\n</clause-a1b2c3d4>",
                AnswerSchema.NAME, AnswerSchema.wire(), model, 600)
    }
}
