package io.clausewarden.llm;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One structured question to a model.
 *
 * @param system          the system prompt
 * @param user            the user message: the question and the (masked) clause between markers
 * @param answerName      the name under which the answer schema is sent (json_schema name, tool name)
 * @param answerSchema    the JSON Schema the answer must follow
 * @param model           the provider's model (or Azure deployment) name
 * @param maxOutputTokens upper bound on the answer's length
 */
public record ModelCall(String system, String user, String answerName, JsonNode answerSchema, String model,
                        int maxOutputTokens) {
    @Override
    public String toString() {
        return "ModelCall[model=" + model + "]";
    }
}
