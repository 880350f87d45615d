package io.clausewarden.llm.provider;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.clausewarden.llm.ProviderException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientException;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;

/**
 * One provider endpoint's HTTP connection: posts a JSON body and returns the parsed JSON reply, or throws a
 * {@link ProviderException}. Calls block, so they must run on worker threads.
 */
final class ProviderHttp implements AutoCloseable {
    static final int MAX_REPLY_BYTES = 1024 * 1024;
    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final HttpClient client;
    private final BlockingHttpClient blocking;
    private final Duration callTimeout;
    private final ProviderErrors errors;

    ProviderHttp(HttpClient client, Duration callTimeout, ProviderErrors errors) {
        this.client = client;
        this.blocking = client.toBlocking();
        this.callTimeout = callTimeout;
        this.errors = errors;
    }

    ProviderErrors errors() {
        return errors;
    }

    /** @param pathAndQuery relative to the endpoint's origin, already encoded */
    JsonNode post(String pathAndQuery, Map<String, String> headers, ObjectNode body) {
        MutableHttpRequest<byte[]> request = HttpRequest.POST(pathAndQuery, serialise(body))
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .accept(MediaType.APPLICATION_JSON_TYPE);
        headers.forEach(request::header);
        HttpResponse<byte[]> response;
        try {
            response = blocking.exchange(request, byte[].class);
        } catch (HttpClientException e) {
            throw errors.forTransport(e, callTimeout);
        }
        if (response.code() < 200 || response.code() > 299) {
            throw errors.forStatus(response.code(), response.getHeaders());
        }
        return parse(response.getBody().orElse(new byte[0]));
    }

    private JsonNode parse(byte[] reply) {
        if (reply.length > MAX_REPLY_BYTES) {
            throw errors.tooLarge();
        }
        try {
            JsonNode node = JSON.readTree(reply);
            if (node == null || !node.isObject()) {
                throw errors.malformed("a reply that is not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw errors.malformed("a reply that is not JSON");
        }
    }

    private static byte[] serialise(ObjectNode body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            // without the cause: its message may quote the request
            throw new IllegalStateException("A request body could not be written as JSON");
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
