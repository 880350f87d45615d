package io.clausewarden.testing

import groovy.json.JsonSlurper

import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.nio.charset.StandardCharsets
import java.nio.file.Path
import java.time.Duration

/**
 * A plain JDK HTTP/1.1 client for requests the Micronaut client cannot shape: bodies generated as they are
 * sent, either with a Content-Length or chunked (length unknown), so a large body is never held in memory.
 */
class RawHttps {
    static class Answer {
        int status
        String contentType
        String raw
        Map<String, List<String>> headers

        Map json() {
            raw ? new JsonSlurper().parseText(raw) as Map : [:]
        }

        String header(String name) {
            headers.find { k, v -> k.equalsIgnoreCase(name) }?.value?.first()
        }
    }

    private final HttpClient http
    private final String base

    RawHttps(URL server, Path dataDir) {
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(DevTrust.context(dataDir))
                .connectTimeout(Duration.ofSeconds(5)).build()
        base = server.toString().replaceAll('/+$', '')
    }

    /** Sends {@code prefix}, then {@code filler} bytes of {@code fill}, then {@code suffix}. */
    Answer send(String method, String path, String contentType, String prefix, long filler, String suffix,
                boolean chunked, String token = null, Map<String, String> extraHeaders = [:]) {
        byte[] head = prefix.getBytes(StandardCharsets.UTF_8)
        byte[] tail = suffix.getBytes(StandardCharsets.UTF_8)
        long length = head.length + filler + tail.length
        def stream = { new SequenceInputStream(Collections.enumeration([
                new ByteArrayInputStream(head), new Filler(filler), new ByteArrayInputStream(tail)])) }
        HttpRequest.BodyPublisher publisher = HttpRequest.BodyPublishers.ofInputStream(stream)
        if (!chunked) {
            publisher = HttpRequest.BodyPublishers.fromPublisher(publisher, length)
        }
        def builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .method(method, publisher)
        if (contentType) {
            builder.header('Content-Type', contentType)
        }
        if (token) {
            builder.header('Authorization', 'Bearer ' + token)
        }
        extraHeaders.each { k, v -> builder.header(k, v) }
        exchange(builder.build())
    }

    Answer exchange(HttpRequest request) {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString())
        new Answer(status: response.statusCode(), contentType: response.headers().firstValue('Content-Type').orElse(null),
                raw: response.body(), headers: response.headers().map())
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
    }

    /** Spaces: valid padding inside JSON and YAML alike. */
    private static class Filler extends InputStream {
        private long left

        Filler(long count) {
            left = count
        }

        @Override
        int read() {
            left-- > 0 ? (int) (' ' as char) : -1
        }

        @Override
        int read(byte[] b, int off, int len) {
            if (left <= 0) {
                return -1
            }
            int n = (int) Math.min(len, left)
            Arrays.fill(b, off, off + n, (byte) 0x20)
            left -= n
            n
        }
    }
}
