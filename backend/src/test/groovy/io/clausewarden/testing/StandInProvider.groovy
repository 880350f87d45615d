package io.clausewarden.testing

import com.sun.net.httpserver.HttpExchange
import com.sun.net.httpserver.HttpServer
import groovy.json.JsonOutput
import groovy.json.JsonSlurper
import groovy.transform.Immutable

import java.nio.charset.StandardCharsets
import java.time.Duration
import java.util.concurrent.CopyOnWriteArrayList
import java.util.concurrent.CountDownLatch
import java.util.concurrent.ExecutorService
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit
import java.util.concurrent.atomic.AtomicInteger
import java.util.concurrent.atomic.AtomicLong
import java.util.regex.Pattern

/**
 * A model provider on 127.0.0.1 that speaks both wire formats the backend calls:
 * <ul>
 *   <li>{@code POST /v1/chat/completions} and {@code POST /openai/deployments/{deployment}/chat/completions}:
 *       OpenAI Chat Completions, the answer as {@code choices[0].message.content};</li>
 *   <li>{@code POST /v1/messages}: Anthropic Messages, the answer as a {@code tool_use} item's input.</li>
 * </ul>
 * Each spec scripts it: what to answer ({@link #answerWith}), raw reply bodies ({@link #rawReply}), failures
 * ({@link #failNext}), slowness ({@link #latency}, {@link #hang}) and outages ({@link #stop}, {@link #restart} on
 * the same port). Every request is captured.
 */
class StandInProvider implements AutoCloseable {
    public static final Map DEFAULT_ANSWER = [verdict: 'meets', confidence: 0.9, explanation: 'Stand-in answer.', quote: null, suggested_text: null].asImmutable()
    public static final int COMPLETION_TOKENS = 20
    private static final Pattern CLAUSE = Pattern.compile('<clause-([0-9a-f]+)>\\n?(.*?)\\n?</clause-\\1>', Pattern.DOTALL)
    private static final Pattern AZURE_PATH = Pattern.compile('/openai/deployments/[^/]+/chat/completions')
    private static final int THREADS = 32

    static {
        // the JDK server otherwise waits on Nagle's algorithm between small writes on kept-alive connections
        System.setProperty('sun.net.httpserver.nodelay', 'true')
    }

    /** One request as it arrived; header names are lower-cased, each with its first value. */
    @Immutable
    static class Captured {
        String method
        String path
        String query
        Map<String, String> headers
        String body
        Map json

        String header(String name) {
            headers[name.toLowerCase(Locale.ROOT)]
        }
    }

    private static class Failure {
        int status
        Map<String, String> headers
    }

    final List<Captured> requests = new CopyOnWriteArrayList<>()
    private final AtomicInteger inFlight = new AtomicInteger()
    private final AtomicInteger mostInFlight = new AtomicInteger()
    private final AtomicLong ids = new AtomicLong()
    private final Deque<Failure> failures = new ArrayDeque<>()
    private volatile Closure answerer
    private volatile Closure rawReplier
    private volatile Duration delay = Duration.ZERO
    private volatile CountDownLatch hanging
    private HttpServer server
    private ExecutorService executor
    private int boundPort

    StandInProvider() {
        reset()
        start(0)
    }

    int getPort() {
        boundPort
    }

    /** {@code http://127.0.0.1:PORT}: what an operator lists to let firms use this stand-in. */
    String origin() {
        "http://127.0.0.1:${boundPort}"
    }

    /** {@code http://127.0.0.1:PORT/v1} for 'openai', {@code http://127.0.0.1:PORT} for 'anthropic'. */
    String baseUrl(String provider) {
        switch (provider?.toLowerCase(Locale.ROOT)) {
            case 'openai': return "http://127.0.0.1:${boundPort}/v1"
            case 'anthropic': return "http://127.0.0.1:${boundPort}"
            default: throw new IllegalArgumentException("No stand-in wire format for '${provider}'")
        }
    }

    /** An Azure OpenAI style deployment URL: {@code http://127.0.0.1:PORT/openai/deployments/DEPLOYMENT}. */
    String azureBaseUrl(String deployment) {
        "http://127.0.0.1:${boundPort}/openai/deployments/${deployment}"
    }

    /**
     * What to answer. The closure gets the request's JSON and the text between the clause markers of the user
     * message (null without markers); a one-parameter closure gets only the clause text. It returns the answer
     * object (a Map; null for the default answer) or a String: as the OpenAI message content verbatim, or parsed
     * as the Anthropic tool input.
     */
    StandInProvider answerWith(Closure answerer) {
        this.answerer = answerer
        this
    }

    /** Replies with this body text (HTTP 200, application/json) instead of an answer in its envelope. */
    StandInProvider rawReply(Closure<String> replier) {
        this.rawReplier = replier
        this
    }

    /** Waits this long before every reply. */
    StandInProvider latency(Duration delay) {
        this.delay = delay
        this
    }

    /** The next {@code n} requests get {@code status} with these headers (a Location here scripts a redirect). */
    StandInProvider failNext(int n, int status, Map<String, String> headers = [:]) {
        synchronized (failures) {
            n.times { failures.add(new Failure(status: status, headers: headers)) }
        }
        this
    }

    /** From now on requests get no reply, and their connections stay open, until {@link #stopHanging} or {@link #stop}. */
    StandInProvider hang() {
        if (hanging == null) {
            hanging = new CountDownLatch(1)
        }
        this
    }

    /** Lets held requests (and all later ones) be answered. */
    StandInProvider stopHanging() {
        CountDownLatch latch = hanging
        hanging = null
        latch?.countDown()
        this
    }

    /** Closes the listening socket and every open connection; requests held by {@link #hang} get no reply. */
    synchronized void stop() {
        server?.stop(0)
        executor?.shutdownNow()
        stopHanging()
        executor?.awaitTermination(5, TimeUnit.SECONDS)
        server = null
        executor = null
    }

    /** Listens again on the same port. */
    synchronized void restart() {
        stop()
        start(boundPort)
    }

    int callCount() {
        requests.size()
    }

    /** The most requests that were in flight at the same time. */
    int maxConcurrent() {
        mostInFlight.get()
    }

    /** Forgets captured requests and every scripted behaviour. */
    StandInProvider reset() {
        stopHanging()
        requests.clear()
        mostInFlight.set(inFlight.get())
        synchronized (failures) {
            failures.clear()
        }
        answerer = null
        rawReplier = null
        delay = Duration.ZERO
        this
    }

    @Override
    void close() {
        stop()
    }

    private synchronized void start(int port) {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64)
        executor = Executors.newFixedThreadPool(THREADS, { Runnable task ->
            Thread thread = new Thread(task, 'stand-in-provider')
            thread.daemon = true
            thread
        })
        server.executor = executor
        server.createContext('/') { HttpExchange exchange -> handle(exchange) }
        server.start()
        boundPort = server.address.port
    }

    private void handle(HttpExchange exchange) {
        int now = inFlight.incrementAndGet()
        mostInFlight.accumulateAndGet(now, Math::max)
        boolean counted = true
        try {
            Captured request = capture(exchange)
            requests << request
            holdWhileHanging()
            if (!delay.isZero()) {
                Thread.sleep(delay.toMillis())
            }
            // Done before the answer is written: once the client has it, it may send its next request at
            // once, and counting this one still in flight then would report one more than the client allows.
            inFlight.decrementAndGet()
            counted = false
            respond(exchange, request)
        } catch (InterruptedException ignored) {
            Thread.currentThread().interrupt()
        } catch (IOException ignored) {
            // the client went away or the stand-in was stopped
        } catch (RuntimeException scriptFailure) {
            scriptFailure.printStackTrace()
            sendQuietly(exchange, 500, errorBody('stand_in_error', scriptFailure.class.simpleName))
        } finally {
            if (counted) {
                inFlight.decrementAndGet()
            }
            exchange.close()
        }
    }

    private void holdWhileHanging() {
        CountDownLatch latch = hanging
        latch?.await()
    }

    private void respond(HttpExchange exchange, Captured request) {
        String format = wireFormat(request)
        if (request.method != 'POST' || format == null) {
            send(exchange, 404, [:], errorBody('not_found', 'No such stand-in route'))
            return
        }
        Failure failure = nextFailure()
        if (failure != null) {
            boolean redirect = failure.status in 300..399
            send(exchange, failure.status, failure.headers, redirect ? null : errorBody('stand_in_failure', failureMessage(request)))
        } else if (request.json == null) {
            send(exchange, 400, [:], errorBody('invalid_request_error', 'The body is not a JSON object'))
        } else if (rawReplier != null) {
            send(exchange, 200, [:], rawReplier.call(request.json) as String)
        } else {
            Object answer = answer(request)
            send(exchange, 200, [:], format == 'openai' ? openAiReply(request, answer) : anthropicReply(request, answer))
        }
    }

    private Failure nextFailure() {
        synchronized (failures) {
            failures.poll()
        }
    }

    /** Real providers often quote the offending input in error bodies; so does the stand-in. */
    private static String failureMessage(Captured request) {
        "Stand-in failure for: ${userText(request.json)}"
    }

    private static String wireFormat(Captured request) {
        if (request.path == '/v1/chat/completions' || AZURE_PATH.matcher(request.path).matches()) {
            return 'openai'
        }
        request.path == '/v1/messages' ? 'anthropic' : null
    }

    private Object answer(Captured request) {
        Closure script = answerer
        if (script == null) {
            return DEFAULT_ANSWER
        }
        String clause = clauseText(userText(request.json))
        Object answer = script.maximumNumberOfParameters >= 2 ? script.call(request.json, clause) : script.call(clause)
        answer == null ? DEFAULT_ANSWER : answer
    }

    private String openAiReply(Captured request, Object answer) {
        String content = answer instanceof Map ? JsonOutput.toJson(answer) : answer as String
        JsonOutput.toJson([
                id     : "chatcmpl-standin-${ids.incrementAndGet()}".toString(),
                object : 'chat.completion',
                created: System.currentTimeMillis().intdiv(1000),
                model  : request.json.model,
                choices: [[index: 0, message: [role: 'assistant', content: content, refusal: null], finish_reason: 'stop']],
                usage  : [prompt_tokens    : promptTokens(request), completion_tokens: COMPLETION_TOKENS,
                          total_tokens     : promptTokens(request) + COMPLETION_TOKENS]])
    }

    private String anthropicReply(Captured request, Object answer) {
        Object input = answer instanceof Map ? answer : parseOrKeep(answer as String)
        String tool = request.json.tool_choice?.name ?: request.json.tools?.getAt(0)?.name ?: 'clause_answer'
        JsonOutput.toJson([
                id           : "msg_standin_${ids.incrementAndGet()}".toString(),
                type         : 'message',
                role         : 'assistant',
                model        : request.json.model,
                content      : [[type: 'tool_use', id: "toolu_standin_${ids.get()}".toString(), name: tool, input: input]],
                stop_reason  : 'tool_use',
                stop_sequence: null,
                usage        : [input_tokens: promptTokens(request), output_tokens: COMPLETION_TOKENS]])
    }

    private static int promptTokens(Captured request) {
        request.body.length().intdiv(4)
    }

    private static Object parseOrKeep(String text) {
        try {
            new JsonSlurper().parseText(text)
        } catch (RuntimeException ignored) {
            text
        }
    }

    /** The text between the clause markers, or null. */
    static String clauseText(String userMessage) {
        if (userMessage == null) {
            return null
        }
        def matcher = CLAUSE.matcher(userMessage)
        matcher.find() ? matcher.group(2) : null
    }

    /** All user-message text: a string content or the text parts of a content list, in both formats. */
    static String userText(Map json) {
        if (json == null || !(json.messages instanceof List)) {
            return null
        }
        json.messages.findAll { it instanceof Map && it.role == 'user' }.collect { Map message ->
            message.content instanceof List
                    ? message.content.findAll { it instanceof Map && it.type == 'text' }*.text.join('\n')
                    : message.content as String
        }.join('\n')
    }

    /** Both the nested OpenAI/Anthropic error object and vLLM's top-level message. */
    private static String errorBody(String type, String message) {
        JsonOutput.toJson([object: 'error', type: 'error', message: message, error: [type: type, message: message]])
    }

    private static Captured capture(HttpExchange exchange) {
        String body = new String(exchange.requestBody.readAllBytes(), StandardCharsets.UTF_8)
        Map<String, String> headers = exchange.requestHeaders.collectEntries { name, values ->
            [(name.toLowerCase(Locale.ROOT)): values ? values[0] : null]
        } as Map<String, String>
        new Captured(method: exchange.requestMethod, path: exchange.requestURI.rawPath, query: exchange.requestURI.rawQuery,
                headers: headers.asImmutable(), body: body, json: parseObject(body))
    }

    private static Map parseObject(String body) {
        try {
            Object parsed = body ? new JsonSlurper().parseText(body) : null
            parsed instanceof Map ? parsed : null
        } catch (RuntimeException ignored) {
            null
        }
    }

    private static void sendQuietly(HttpExchange exchange, int status, String body) {
        try {
            send(exchange, status, [:], body)
        } catch (IOException ignored) {
            // headers were already sent or the client went away
        }
    }

    private static void send(HttpExchange exchange, int status, Map<String, String> headers, String body) {
        headers.each { name, value -> exchange.responseHeaders.add(name, value) }
        if (body == null) {
            exchange.sendResponseHeaders(status, -1)
            return
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8)
        exchange.responseHeaders.set('Content-Type', 'application/json')
        exchange.sendResponseHeaders(status, bytes.length)
        exchange.responseBody.write(bytes)
    }
}
