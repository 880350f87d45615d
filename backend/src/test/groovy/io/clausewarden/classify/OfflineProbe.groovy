package io.clausewarden.classify

import io.clausewarden.document.Clause

/**
 * Loads the embedding classifier in a fresh JVM while refusing, and counting, every HTTP(S) connection and every
 * proxy lookup, then prints the count and the types found. Started by {@code EmbeddingScorerSpec}.
 */
class OfflineProbe {
    static final List<String> attempts = Collections.synchronizedList([])

    static void main(String[] args) {
        URL.setURLStreamHandlerFactory { String protocol ->
            protocol in ['http', 'https'] ? new RefusingHandler() : null
        }
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            List<Proxy> select(URI uri) {
                attempts << uri.toString()
                throw new IllegalStateException('no network for the classifier')
            }

            @Override
            void connectFailed(URI uri, SocketAddress address, IOException e) {
            }
        })
        def types = ClauseClassifier.withEmbeddings().classify(new Clause(0, null, null, 'Either party may end this agreement on notice.', null))
        println "types: ${types*.type()}"
        println "connections: ${attempts.size()}"
    }

    static class RefusingHandler extends URLStreamHandler {
        @Override
        protected URLConnection openConnection(URL url) {
            attempts << url.toString()
            throw new IOException('no network for the classifier')
        }

        @Override
        protected URLConnection openConnection(URL url, Proxy proxy) {
            openConnection(url)
        }
    }
}
