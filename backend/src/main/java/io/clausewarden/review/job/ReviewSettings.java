package io.clausewarden.review.job;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.exceptions.ConfigurationException;

import java.time.Duration;
import java.util.Locale;

/**
 * {@code clausewarden.reviews.*}: how many reviews run at once, how many may wait (per firm and in all), how long
 * one may take and how long a stopping server waits for running ones. The defaults are here and only here; a value
 * that is not positive stops the server at start-up, naming the property and its environment variable.
 */
@ConfigurationProperties(ReviewSettings.PREFIX)
public class ReviewSettings {
    static final String PREFIX = "clausewarden.reviews";

    private int workers = Math.max(2, Runtime.getRuntime().availableProcessors());
    private int perFirm = 8;
    private int queue = 100;
    private Duration timeBudget = Duration.ofSeconds(120);
    private Duration shutdownGrace = Duration.ofSeconds(10);
    private Duration sweepEvery = Duration.ofMinutes(1);

    /** Checks every value; called once when the review pool is built. */
    ReviewSettings validated() {
        positive("workers", workers);
        positive("per-firm", perFirm);
        positive("queue", queue);
        positive("time-budget", timeBudget);
        positive("shutdown-grace", shutdownGrace);
        positive("sweep-every", sweepEvery);
        return this;
    }

    private static void positive(String key, long value) {
        if (value <= 0) {
            throw invalid(key, "must be a positive number");
        }
    }

    private static void positive(String key, Duration value) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw invalid(key, "must be a positive duration such as 30s");
        }
    }

    private static ConfigurationException invalid(String key, String what) {
        String property = PREFIX + "." + key;
        String variable = property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
        return new ConfigurationException(property + " (environment variable " + variable + ") " + what);
    }

    /** Reviews that run at the same time on this node. */
    public int getWorkers() {
        return workers;
    }

    public void setWorkers(int workers) {
        this.workers = workers;
    }

    /** Reviews of one firm waiting or running on this node; more are refused with 429. */
    public int getPerFirm() {
        return perFirm;
    }

    public void setPerFirm(int perFirm) {
        this.perFirm = perFirm;
    }

    /** Reviews waiting for a worker on this node, all firms together; more are refused with 503. */
    public int getQueue() {
        return queue;
    }

    public void setQueue(int queue) {
        this.queue = queue;
    }

    /** Wall-clock time from submission to result; a review still running then is stopped and failed. */
    public Duration getTimeBudget() {
        return timeBudget;
    }

    public void setTimeBudget(Duration timeBudget) {
        this.timeBudget = timeBudget;
    }

    /** How long a stopping server lets running reviews finish before it stops and fails them. */
    public Duration getShutdownGrace() {
        return shutdownGrace;
    }

    public void setShutdownGrace(Duration shutdownGrace) {
        this.shutdownGrace = shutdownGrace;
    }

    /** How often reviews abandoned by a stopped node (past their deadline) are looked for and failed. */
    public Duration getSweepEvery() {
        return sweepEvery;
    }

    public void setSweepEvery(Duration sweepEvery) {
        this.sweepEvery = sweepEvery;
    }
}
