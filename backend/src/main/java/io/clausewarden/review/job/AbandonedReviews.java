package io.clausewarden.review.job;

import io.clausewarden.http.SafeThrowables;
import io.clausewarden.review.store.ReviewArchive;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;

/**
 * Fails reviews left running by a node that stopped without ending them (killed, crashed, lost power): at
 * start-up and then every {@code sweep-every}. A review is abandoned when its deadline (submission plus the
 * time budget, stored with it) passed more than {@code shutdown-grace} ago: every node stops its reviews at
 * their deadline, so no live node can still be running it, and the margin covers the last write of a review
 * stopped right at its deadline and modest clock differences between nodes. Several nodes may sweep at once;
 * failing a review is idempotent.
 */
@Context
class AbandonedReviews {
    private static final Logger LOG = LoggerFactory.getLogger(AbandonedReviews.class);

    private final ReviewArchive archive;
    private final ReviewSettings settings;
    private final TaskScheduler scheduler;
    private final Clock clock;

    AbandonedReviews(ReviewArchive archive, ReviewSettings settings,
                     @Named("scheduled") TaskScheduler scheduler, Clock clock) {
        this.archive = archive;
        this.settings = settings.validated(); // created with the context: invalid settings stop the start
        this.scheduler = scheduler;
        this.clock = clock;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        sweep();
        Duration every = settings.getSweepEvery();
        scheduler.scheduleWithFixedDelay(every, every, this::sweep);
    }

    /** Fails every abandoned review; returns how many. */
    int sweep() {
        try {
            int failed = archive.failAbandoned(clock.instant().minus(settings.getShutdownGrace()));
            if (failed > 0) {
                LOG.warn("Failed {} review(s) abandoned by a stopped node", failed);
            }
            return failed;
        } catch (RuntimeException e) {
            LOG.error("Could not look for abandoned reviews: {}", SafeThrowables.describe(e));
            return 0;
        }
    }
}
