package io.clausewarden.testing

import java.util.concurrent.atomic.AtomicInteger
import java.util.concurrent.atomic.AtomicLong

/**
 * A TCP socket on loopback that stands for an internal service (a cache, a database): it accepts connections and
 * counts them and the bytes they send, and never answers. An egress spec asserts that it heard nothing.
 */
class SilentListener implements AutoCloseable {
    private final ServerSocket socket
    private final AtomicInteger connections = new AtomicInteger()
    private final AtomicLong bytes = new AtomicLong()
    private final Thread acceptor

    /** On 127.0.0.1, a free port. */
    SilentListener() {
        this('127.0.0.1', 0)
    }

    SilentListener(String loopbackAddress, int port) {
        InetAddress address = InetAddress.getByAddress(loopbackAddress.split('\\.').collect { (byte) Integer.parseInt(it) } as byte[])
        assert address.loopbackAddress: 'a silent listener only ever binds a loopback address'
        socket = new ServerSocket()
        socket.reuseAddress = true
        socket.bind(new InetSocketAddress(address, port))
        acceptor = Thread.startDaemon('silent-listener') {
            while (!socket.closed) {
                try {
                    Socket connection = socket.accept()
                    connections.incrementAndGet()
                    Thread.startDaemon('silent-listener-read') {
                        connection.withCloseable {
                            connection.soTimeout = 10_000
                            byte[] buffer = new byte[4096]
                            int read
                            while ((read = connection.inputStream.read(buffer)) > 0) {
                                bytes.addAndGet(read)
                            }
                        }
                    }
                } catch (IOException ignored) {
                    // closed
                }
            }
        }
    }

    int getPort() {
        socket.localPort
    }

    String getHost() {
        socket.inetAddress.hostAddress
    }

    int connections() {
        connections.get()
    }

    long bytesReceived() {
        bytes.get()
    }

    @Override
    void close() {
        socket.close()
    }
}
