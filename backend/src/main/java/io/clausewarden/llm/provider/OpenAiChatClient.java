package io.clausewarden.llm.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.clausewarden.llm.ApiKey;
import io.clausewarden.llm.ModelCall;
import io.clausewarden.llm.ModelClient;
import io.clausewarden.llm.ProviderReply;
import java.net.URI;
import java.util.Map;

/**
 * Chat Completions with a strict JSON-schema answer: OpenAI, Azure OpenAI deployments, and the servers that copy
 * the format (vLLM, Ollama, llama.cpp). Sends {@code store: false} so OpenAI keeps no copy of the exchange.
 */
final class OpenAiChatClient implements ModelClient {
    static final String AZURE_API_VERSION = "2024-10-21";

    private final ProviderHttp http;
    private final String pathAndQuery;
    private final Map<String, String> headers;

    OpenAiChatClient(ProviderHttp http, URI baseUrl, ApiKey apiKey) {
        this.http = http;
        boolean azure = baseUrl.getRawPath() != null && baseUrl.getRawPath().contains("/openai/deployments/");
        this.pathAndQuery = Endpoints.path(baseUrl, "/chat/completions") + query(baseUrl, azure);
        this.headers = apiKey == null ? Map.of()
                : azure ? Map.of("api-key", apiKey.reveal())
                : Map.of("Authorization", "Bearer " + apiKey.reveal());
    }

    @Override
    public ProviderReply complete(ModelCall call) {
        JsonNode reply = http.post(pathAndQuery, headers, body(call));
        JsonNode message = reply.path("choices").path(0).path("message");
        JsonNode refusal = message.path("refusal");
        if (!refusal.isMissingNode() && !refusal.isNull()) {
            throw http.errors().malformed("a refusal instead of an answer");
        }
        JsonNode content = message.path("content");
        if (!content.isTextual()) {
            throw http.errors().malformed("a reply without choices[0].message.content");
        }
        JsonNode usage = reply.path("usage");
        return new ProviderReply(content.asText(),
                Tokens.reported(usage, "prompt_tokens", call.system() + call.user()),
                Tokens.reported(usage, "completion_tokens", content.asText()));
    }

    private static ObjectNode body(ModelCall call) {
        ObjectNode body = ProviderHttp.JSON.createObjectNode();
        body.put("model", call.model());
        ArrayNode messages = body.putArray("messages");
        messages.addObject().put("role", "system").put("content", call.system());
        messages.addObject().put("role", "user").put("content", call.user());
        // max_tokens rather than max_completion_tokens: vLLM, Ollama and llama.cpp servers only accept this one
        body.put("max_tokens", call.maxOutputTokens());
        body.put("temperature", 0);
        body.put("n", 1);
        body.put("store", false);
        ObjectNode schema = body.putObject("response_format").put("type", "json_schema").putObject("json_schema");
        schema.put("name", call.answerName());
        schema.put("strict", true);
        schema.set("schema", call.answerSchema());
        return body;
    }

    private static String query(URI baseUrl, boolean azure) {
        String query = baseUrl.getRawQuery();
        boolean hasQuery = query != null && !query.isEmpty();
        if (azure && !(hasQuery && hasApiVersion(query))) {
            query = (hasQuery ? query + "&" : "") + "api-version=" + AZURE_API_VERSION;
            hasQuery = true;
        }
        return hasQuery ? "?" + query : "";
    }

    private static boolean hasApiVersion(String query) {
        for (String parameter : query.split("&")) {
            if (parameter.startsWith("api-version=")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        http.close();
    }
}
