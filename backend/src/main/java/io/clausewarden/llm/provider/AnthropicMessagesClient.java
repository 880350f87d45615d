package io.clausewarden.llm.provider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.clausewarden.llm.ApiKey;
import io.clausewarden.llm.ModelCall;
import io.clausewarden.llm.ModelClient;
import io.clausewarden.llm.ProviderReply;
import java.net.URI;
import java.util.Map;

/**
 * Anthropic Messages, with the answer forced through a single tool whose input schema is the answer schema.
 * The API has no per-request flag that turns off retention (unlike OpenAI's {@code store}); zero retention
 * is a property of the account, not of this request.
 */
final class AnthropicMessagesClient implements ModelClient {
    static final String API_VERSION = "2023-06-01";

    private final ProviderHttp http;
    private final String path;
    private final Map<String, String> headers;

    AnthropicMessagesClient(ProviderHttp http, URI baseUrl, ApiKey apiKey) {
        this.http = http;
        this.path = Endpoints.path(baseUrl, "/v1/messages");
        this.headers = apiKey == null ? Map.of("anthropic-version", API_VERSION)
                : Map.of("anthropic-version", API_VERSION, "x-api-key", apiKey.reveal());
    }

    @Override
    public ProviderReply complete(ModelCall call) {
        JsonNode reply = http.post(path, headers, body(call));
        JsonNode input = toolInput(reply.path("content"), call.answerName());
        String answer;
        try {
            answer = ProviderHttp.JSON.writeValueAsString(input);
        } catch (JsonProcessingException e) {
            throw http.errors().malformed("a tool input that cannot be written as JSON");
        }
        JsonNode usage = reply.path("usage");
        return new ProviderReply(answer,
                Tokens.reported(usage, "input_tokens", call.system() + call.user()),
                Tokens.reported(usage, "output_tokens", answer));
    }

    private JsonNode toolInput(JsonNode content, String answerName) {
        for (JsonNode item : content) {
            if ("tool_use".equals(item.path("type").asText()) && answerName.equals(item.path("name").asText())) {
                JsonNode input = item.path("input");
                if (!input.isObject()) {
                    throw http.errors().malformed("a tool call whose input is not an object");
                }
                return input;
            }
        }
        throw http.errors().malformed("a reply without a call of the answer tool");
    }

    private static ObjectNode body(ModelCall call) {
        ObjectNode body = ProviderHttp.JSON.createObjectNode();
        body.put("model", call.model());
        body.put("max_tokens", call.maxOutputTokens());
        body.put("temperature", 0);
        body.put("system", call.system());
        body.putArray("messages").addObject().put("role", "user").put("content", call.user());
        body.putArray("tools").addObject()
                .put("name", call.answerName())
                .put("description", "Record the answer")
                .set("input_schema", call.answerSchema());
        body.putObject("tool_choice").put("type", "tool").put("name", call.answerName());
        return body;
    }

    @Override
    public void close() {
        http.close();
    }
}
