package io.clausewarden.review.job;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.clausewarden.document.Clause;
import io.clausewarden.http.SafeThrowables;
import io.clausewarden.llm.JudgementSession;
import io.clausewarden.llm.runtime.ModelSessions;
import io.clausewarden.playbook.Playbook;
import io.clausewarden.review.Finding;
import io.clausewarden.review.ReviewEngine;
import io.clausewarden.review.ReviewListener;
import io.clausewarden.review.ReviewReport;
import io.clausewarden.review.store.ReviewArchive;
import io.clausewarden.tenant.TenantContext;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Runs reviews: in the caller's thread when it waits for the answer, or on a bounded pool when it
 * asked for an asynchronous review and follows progress by server-sent events. Running jobs are kept
 * in memory for their events; the archive holds their status for every node.
 */
@Singleton
public class ReviewJobs {
    private static final Logger LOG = LoggerFactory.getLogger(ReviewJobs.class);

    private final ReviewEngine engine;
    private final ReviewArchive archive;
    private final ModelSessions models;
    private final ThreadPoolExecutor pool;
    private final Cache<UUID, ReviewJob> jobs = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(30)).build();

    public ReviewJobs(ReviewEngine engine, ReviewArchive archive, ModelSessions models,
                      @Value("${clausewarden.reviews.workers:2}") int workers,
                      @Value("${clausewarden.reviews.queue:100}") int queue) {
        this.engine = engine;
        this.archive = archive;
        this.models = models;
        this.pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queue),
                runnable -> {
                    Thread thread = new Thread(runnable, "review-worker");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** What to review, with which playbook version, for whom. */
    public record Request(TenantContext caller, Playbook playbook, List<Clause> clauses,
                          ReviewArchive.StoredDocument document) {
    }

    /** Reviews now and returns the report. */
    public ReviewReport runNow(Request request) {
        UUID id = UUID.randomUUID();
        archive.start(request.caller(), id, request.playbook().id(), request.playbook().version(), request.clauses().size(),
                request.document());
        return execute(request, new ReviewJob(id));
    }

    /**
     * Starts a review in the background and returns its id at once.
     *
     * @throws RejectedExecutionException when the queue is full
     */
    public UUID submit(Request request) {
        UUID id = UUID.randomUUID();
        ReviewJob job = new ReviewJob(id);
        archive.start(request.caller(), id, request.playbook().id(), request.playbook().version(), request.clauses().size(),
                request.document());
        jobs.put(id, job);
        Map<String, String> context = MDC.getCopyOfContextMap();
        try {
            pool.execute(() -> {
                if (context != null) {
                    MDC.setContextMap(context);
                }
                try {
                    execute(request, job);
                } catch (RuntimeException alreadyLoggedAndRecorded) {
                    // the job's status and its failed event carry it
                } finally {
                    MDC.clear();
                }
            });
        } catch (RejectedExecutionException e) {
            jobs.invalidate(id);
            archive.fail(request.caller().tenantId(), id);
            throw e;
        }
        return id;
    }

    /** The live events of a review running on this node, if any. */
    public Optional<Runnable> follow(UUID id, java.util.function.Consumer<ReviewEvent> subscriber) {
        return Optional.ofNullable(jobs.getIfPresent(id)).map(job -> job.subscribe(subscriber));
    }

    private ReviewReport execute(Request request, ReviewJob job) {
        try {
            int total = request.clauses().size();
            job.publish(new ReviewEvent(ReviewEvent.PROGRESS,
                    new ReviewEvent.Progress(0, total, ReviewEvent.Progress.CLASSIFY)));
            JudgementSession session = models.open(request.caller().tenantId(),
                    request.clauses().stream().map(Clause::text).toList());
            ReviewReport report = engine.review(job.id().toString(), request.playbook(), request.clauses(),
                    new JobListener(job), session);
            archive.complete(request.caller().tenantId(), report);
            job.publish(new ReviewEvent(ReviewEvent.COMPLETE,
                    new ReviewEvent.Outcome(report.id(), ReviewArchive.DONE, report.findings().size())));
            return report;
        } catch (RuntimeException e) {
            LOG.error("Review {} failed: {}", job.id(), SafeThrowables.describe(e));
            archive.fail(request.caller().tenantId(), job.id());
            job.publish(new ReviewEvent(ReviewEvent.FAILED, new ReviewEvent.Outcome(job.id().toString(),
                    ReviewArchive.FAILED, 0)));
            throw e;
        }
    }

    /** Publishes progress about every 5 % of the clauses or questions (and the last), and every finding at once. */
    private static final class JobListener implements ReviewListener {
        private final ReviewJob job;
        private int lastPublished;
        private int lastAnswered;

        JobListener(ReviewJob job) {
            this.job = job;
        }

        @Override
        public synchronized void clausesClassified(int done, int total) {
            if (done == total || done - lastPublished >= Math.max(1, total / 20)) {
                lastPublished = done;
                job.publish(new ReviewEvent(ReviewEvent.PROGRESS,
                        new ReviewEvent.Progress(done, total, ReviewEvent.Progress.CLASSIFY)));
            }
        }

        @Override
        public synchronized void questionsAnswered(int done, int total) {
            if (done == total || done - lastAnswered >= Math.max(1, total / 20)) {
                lastAnswered = done;
                job.publish(new ReviewEvent(ReviewEvent.PROGRESS,
                        new ReviewEvent.Progress(done, total, ReviewEvent.Progress.MODEL)));
            }
        }

        @Override
        public void finding(Finding finding) {
            job.publish(new ReviewEvent(ReviewEvent.FINDING, finding));
        }
    }

    @PreDestroy
    void stop() {
        pool.shutdown();
    }
}
