package io.clausewarden.testing

import javax.net.ssl.SSLSocket
import java.nio.charset.StandardCharsets
import java.nio.file.Path

/**
 * Sends a request line exactly as written (no client normalises its path: {@code ..}, percent escapes and
 * all) over TLS to the server, and returns the status code and the whole answer.
 */
class RawRequestLine {
    static class Answer {
        int status
        String text

        /** The bytes after the headers (the server sends files with a Content-Length, not chunked). */
        byte[] body() {
            text.substring(text.indexOf('\r\n\r\n') + 4).getBytes(StandardCharsets.ISO_8859_1)
        }
    }

    static Answer get(int port, Path dataDir, String target) {
        SSLSocket socket = (SSLSocket) DevTrust.context(dataDir).socketFactory.createSocket('127.0.0.1', port)
        try {
            socket.soTimeout = 10000
            socket.outputStream.write("GET ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1))
            socket.outputStream.flush()
            String text = new String(socket.inputStream.readAllBytes(), StandardCharsets.ISO_8859_1)
            def status = (text =~ /^HTTP\/1\.1 (\d{3})/)
            new Answer(status: status.find() ? status.group(1) as int : -1, text: text)
        } finally {
            socket.close()
        }
    }
}
