package io.clausewarden.llm.provider;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** When a rate-limited provider says it may be asked again. */
final class RetryAfter {
    private RetryAfter() {
    }

    /**
     * @param retryAfterMs the {@code retry-after-ms} header (OpenAI's more precise variant), preferred when valid
     * @param retryAfter   the standard {@code Retry-After} header: delta-seconds or an HTTP-date
     */
    static Optional<Duration> parse(String retryAfterMs, String retryAfter, Clock clock) {
        Optional<Duration> millis = number(retryAfterMs).map(ms -> Duration.ofNanos(Math.round(ms * 1_000_000)));
        if (millis.isPresent()) {
            return millis;
        }
        Optional<Duration> seconds = number(retryAfter).map(s -> Duration.ofNanos(Math.round(s * 1_000_000_000)));
        return seconds.isPresent() ? seconds : httpDate(retryAfter, clock);
    }

    private static Optional<Double> number(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            double number = Double.parseDouble(value.strip());
            return Double.isFinite(number) && number >= 0 ? Optional.of(number) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Duration> httpDate(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            ZonedDateTime at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration wait = Duration.between(clock.instant(), at.toInstant());
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
