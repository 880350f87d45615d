package io.clausewarden.review.web;

import io.clausewarden.review.Finding;
import io.clausewarden.review.ReviewReport;
import io.clausewarden.review.job.ReviewEvent;
import io.clausewarden.review.job.ReviewJobs;
import io.clausewarden.review.store.ReviewArchive;
import io.clausewarden.tenant.TenantId;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.sse.Event;
import jakarta.inject.Singleton;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * The server-sent events of a review. A review running on this node streams live; one that is
 * finished (or running on another node, which this node polls in the archive) is replayed from its
 * stored result, so the task pane gets the same events wherever its request lands.
 */
@Singleton
public class ReviewEventStreams {
    private final ReviewJobs jobs;
    private final ReviewArchive archive;
    private final Duration pollEvery;
    private final Duration giveUpAfter;

    public ReviewEventStreams(ReviewJobs jobs, ReviewArchive archive,
                              @Value("${clausewarden.reviews.poll-interval:500ms}") Duration pollEvery,
                              @Value("${clausewarden.reviews.stream-timeout:10m}") Duration giveUpAfter) {
        this.jobs = jobs;
        this.archive = archive;
        this.pollEvery = pollEvery;
        this.giveUpAfter = giveUpAfter;
    }

    public Flux<Event<Object>> of(TenantId tenant, UUID id) {
        return Flux.<ReviewEvent>create(sink -> {
            Optional<Runnable> live = jobs.follow(id, event -> {
                sink.next(event);
                if (event.isLast()) {
                    sink.complete();
                }
            });
            if (live.isPresent()) {
                sink.onDispose(live.get()::run);
            } else {
                replayWhenDone(tenant, id, sink);
            }
        }).map(ReviewEventStreams::toSse);
    }

    private void replayWhenDone(TenantId tenant, UUID id, FluxSink<ReviewEvent> sink) {
        Flux.interval(Duration.ZERO, pollEvery)
                .take(giveUpAfter)
                .publishOn(Schedulers.boundedElastic())
                .map(tick -> archive.find(tenant, id))
                .filter(found -> found.isEmpty() || !ReviewArchive.RUNNING.equals(found.get().status()))
                .next()
                .subscribe(found -> replay(found.orElse(null), id, sink), sink::error, sink::complete);
    }

    private static void replay(ReviewArchive.StoredReview stored, UUID id, FluxSink<ReviewEvent> sink) {
        if (stored == null || stored.report() == null) {
            sink.next(new ReviewEvent(ReviewEvent.FAILED, new ReviewEvent.Outcome(id.toString(), ReviewArchive.FAILED, 0)));
            sink.complete();
            return;
        }
        ReviewReport report = stored.report();
        int total = report.clauses().size();
        sink.next(new ReviewEvent(ReviewEvent.PROGRESS, new ReviewEvent.Progress(total, total, ReviewEvent.Progress.CLASSIFY)));
        for (Finding finding : report.findings()) {
            sink.next(new ReviewEvent(ReviewEvent.FINDING, finding));
        }
        sink.next(new ReviewEvent(ReviewEvent.COMPLETE,
                new ReviewEvent.Outcome(report.id(), ReviewArchive.DONE, report.findings().size())));
        sink.complete();
    }

    private static Event<Object> toSse(ReviewEvent event) {
        return Event.of(event.data()).name(event.name());
    }
}
