package io.clausewarden.testing

import ch.qos.logback.classic.Logger
import ch.qos.logback.classic.LoggerContext
import ch.qos.logback.classic.spi.ILoggingEvent
import ch.qos.logback.core.AppenderBase
import net.logstash.logback.encoder.LogstashEncoder
import org.slf4j.LoggerFactory

import java.nio.charset.StandardCharsets
import java.util.concurrent.CopyOnWriteArrayList

/** Every log line as the production encoder writes it, captured from the root logger. */
class CapturedLogs extends AppenderBase<ILoggingEvent> implements AutoCloseable {
    final List<String> lines = new CopyOnWriteArrayList<>()
    private final LogstashEncoder encoder = new LogstashEncoder()
    private final Logger root

    CapturedLogs() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory()
        setContext(context)
        encoder.context = context
        encoder.includeMdcKeyNames = ['requestId', 'tenantId', 'userId']
        encoder.start()
        root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
        start()
        root.addAppender(this)
    }

    @Override
    protected void append(ILoggingEvent event) {
        lines << new String(encoder.encode(event), StandardCharsets.UTF_8)
    }

    String all() {
        lines.join('')
    }

    @Override
    void close() {
        root.detachAppender(this)
        stop()
    }
}
