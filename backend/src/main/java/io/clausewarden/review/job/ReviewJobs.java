package io.clausewarden.review.job;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.clausewarden.document.Clause;
import io.clausewarden.document.DraftingNote;
import io.clausewarden.http.SafeThrowables;
import io.clausewarden.llm.JudgementSession;
import io.clausewarden.llm.runtime.ModelSessions;
import io.clausewarden.playbook.Playbook;
import io.clausewarden.review.Finding;
import io.clausewarden.review.ReviewEngine;
import io.clausewarden.review.ReviewListener;
import io.clausewarden.review.ReviewReport;
import io.clausewarden.review.ReviewStoppedException;
import io.clausewarden.review.store.ReviewArchive;
import io.clausewarden.tenant.TenantContext;
import io.clausewarden.tenant.TenantId;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs every review, whether its caller waits for the answer or follows it by server-sent events, on a fixed
 * set of worker threads fed by a {@link FairQueue}: firms take turns, each firm's reviews keep their order, and a
 * firm holds at most {@code per-firm} reviews waiting or running. A request thread only admits a review and gets
 * a future; it never runs one. Each review has a wall-clock deadline ({@code time-budget} from submission); at
 * its deadline it is stopped at the engine's next checkpoint and failed. Running jobs are kept in memory for
 * their events; the archive holds their status for every node.
 */
@Singleton
public class ReviewJobs {
    private static final Logger LOG = LoggerFactory.getLogger(ReviewJobs.class);
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    /** How long a stopping server waits, after the grace period, for interrupted reviews to record their failure. */
    static final Duration STOP_PATIENCE = Duration.ofSeconds(2);
    static final String ERROR = "error";

    private final ReviewEngine engine;
    private final ReviewArchive archive;
    private final ModelSessions models;
    private final ReviewSettings settings;
    private final Clock clock;
    private final FairQueue<TenantId, Task> queue;
    private final List<Thread> workers = new ArrayList<>();
    private final Set<Task> running = ConcurrentHashMap.newKeySet();
    private final Cache<UUID, ReviewJob> jobs = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(30)).build();

    public ReviewJobs(ReviewEngine engine, ReviewArchive archive, ModelSessions models, ReviewSettings settings,
                      Clock clock) {
        this.engine = engine;
        this.archive = archive;
        this.models = models;
        this.settings = settings.validated();
        this.clock = clock;
        this.queue = new FairQueue<>(settings.getPerFirm(), settings.getQueue());
        for (int i = 1; i <= settings.getWorkers(); i++) {
            Thread worker = new Thread(this::work, "review-worker-" + i);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
    }

    /**
     * What to review, with which playbook version, for whom.
     *
     * @param available the firm's other playbooks, to suggest one when the playbook does not fit the contract
     * @param notes     the document's drafting notes, listed in the report as what is left to complete
     * @param ourParty  who the reviewer says we are; null to read it from the document
     */
    public record Request(TenantContext caller, Playbook playbook, List<Clause> clauses,
                          ReviewArchive.StoredDocument document, List<Playbook> available, List<DraftingNote> notes,
                          String ourParty) {
        public Request {
            available = available == null ? List.of() : List.copyOf(available);
            notes = notes == null ? List.of() : List.copyOf(notes);
        }

        public Request(TenantContext caller, Playbook playbook, List<Clause> clauses,
                       ReviewArchive.StoredDocument document, List<Playbook> available) {
            this(caller, playbook, clauses, document, available, List.of(), null);
        }

        public Request(TenantContext caller, Playbook playbook, List<Clause> clauses,
                       ReviewArchive.StoredDocument document) {
            this(caller, playbook, clauses, document, List.of());
        }
    }

    /**
     * Queues a review and returns its report when done. The future fails with {@link ReviewStoppedException}
     * when the review ran out of time or the server stopped, and with the review's own error otherwise.
     *
     * @throws ReviewsBusyException when the review is not accepted
     */
    public CompletableFuture<ReviewReport> run(Request request) {
        return admit(request, false).result;
    }

    /**
     * Queues a review whose events the caller follows, and returns its id at once.
     *
     * @throws ReviewsBusyException when the review is not accepted
     */
    public UUID submit(Request request) {
        return admit(request, true).job.id();
    }

    /** The live events of a review running on this node, if any. */
    public Optional<Runnable> follow(UUID id, Consumer<ReviewEvent> subscriber) {
        return Optional.ofNullable(jobs.getIfPresent(id)).map(job -> job.subscribe(subscriber));
    }

    /** Reviews running on this node's workers now. */
    public int busyWorkers() {
        return queue.running();
    }

    /** The wall-clock budget of one review. */
    public Duration timeBudget() {
        return settings.getTimeBudget();
    }

    private Task admit(Request request, boolean followed) {
        TenantId tenant = request.caller().tenantId();
        switch (queue.admit(tenant)) {
            case OWNER_FULL -> throw new ReviewsBusyException(ReviewsBusyException.Busy.FIRM, RETRY_AFTER,
                    "Your firm already has " + settings.getPerFirm() + " reviews waiting or running on this server"
                            + " (clausewarden.reviews.per-firm); try again when one has finished.");
            case QUEUE_FULL -> throw new ReviewsBusyException(ReviewsBusyException.Busy.SERVER, RETRY_AFTER,
                    "Too many reviews are queued; try again in a minute.");
            case CLOSED -> throw stopping();
            case ADMITTED -> { }
        }
        Task task;
        try {
            UUID id = UUID.randomUUID();
            task = new Task(request, new ReviewJob(id), clock.instant().plus(settings.getTimeBudget()),
                    MDC.getCopyOfContextMap());
            archive.start(request.caller(), id, request.playbook().id(), request.playbook().version(),
                    request.clauses().size(), request.document(), task.deadline);
        } catch (RuntimeException e) {
            queue.withdraw(tenant);
            throw e;
        }
        if (followed) {
            jobs.put(task.job.id(), task.job);
        }
        CompletableFuture<Void> budget = new CompletableFuture<Void>()
                .orTimeout(settings.getTimeBudget().toMillis(), TimeUnit.MILLISECONDS);
        budget.whenComplete((ignored, timedOut) -> {
            if (timedOut != null) {
                task.stop(outOfTime());
            }
        });
        task.result.whenComplete((report, failure) -> budget.complete(null)); // frees the timer and the task
        if (!queue.enqueue(tenant, task)) {
            end(task, stoppingBeforeStart());
            throw stopping();
        }
        return task;
    }

    private static ReviewsBusyException stopping() {
        return new ReviewsBusyException(ReviewsBusyException.Busy.SERVER, RETRY_AFTER,
                "The server is restarting and takes no new reviews; try again shortly.");
    }

    private ReviewStoppedException outOfTime() {
        return new ReviewStoppedException(ReviewStoppedException.TIMEOUT, "The review took longer than its time budget of "
                + settings.getTimeBudget().toSeconds() + " s (clausewarden.reviews.time-budget) and was stopped."
                + " Review a shorter document, or ask your administrator about the budget.");
    }

    private static ReviewStoppedException stoppingBeforeStart() {
        return new ReviewStoppedException(ReviewStoppedException.SHUTDOWN, "The server stopped before this review could finish;"
                + " submit the document again.");
    }

    private void work() {
        while (true) {
            FairQueue.Taken<TenantId, Task> taken;
            try {
                taken = queue.take();
            } catch (InterruptedException e) {
                continue; // an interrupt meant for a review that has just ended
            }
            if (taken == null) {
                return;
            }
            Task task = taken.item();
            try {
                task.attach(Thread.currentThread());
                running.add(task);
                if (task.mdc != null) {
                    MDC.setContextMap(task.mdc);
                }
                execute(task);
            } catch (Error e) {
                // recorded as failed below; the worker stays, so the pool never shrinks
                LOG.error("Review {} failed: {}", task.job.id(), SafeThrowables.describe(e));
            } finally {
                if (!task.result.isDone()) {
                    fail(task, ERROR);
                    task.result.completeExceptionally(new IllegalStateException("The review ended without a result"));
                }
                running.remove(task);
                task.detach();
                Thread.interrupted();
                MDC.clear();
                queue.finished(taken.owner());
            }
        }
    }

    private void execute(Task task) {
        Request request = task.request;
        ReviewJob job = task.job;
        TaskListener listener = new TaskListener(task);
        try {
            listener.checkpoint();
            int total = request.clauses().size();
            job.publish(new ReviewEvent(ReviewEvent.PROGRESS,
                    new ReviewEvent.Progress(0, total, ReviewEvent.Progress.CLASSIFY)));
            JudgementSession session = models.open(request.caller().tenantId(),
                    request.clauses().stream().map(Clause::text).toList());
            ReviewReport report = engine.review(job.id().toString(), request.playbook(), request.clauses(),
                    request.notes(), listener, session, request.available(), request.ourParty());
            listener.checkpoint();
            archive.complete(request.caller().tenantId(), report);
            job.publish(new ReviewEvent(ReviewEvent.COMPLETE,
                    new ReviewEvent.Outcome(report.id(), ReviewArchive.DONE, report.findings().size())));
            task.result.complete(report);
        } catch (ReviewStoppedException e) {
            Thread.interrupted();
            ReviewStoppedException why = task.stopped() != null ? task.stopped() : e;
            LOG.warn("Review {} stopped ({})", job.id(), why.reason());
            end(task, why);
        } catch (RuntimeException e) {
            Thread.interrupted();
            if (task.stopped() != null) {
                LOG.warn("Review {} stopped ({})", job.id(), task.stopped().reason());
                end(task, task.stopped());
                return;
            }
            LOG.error("Review {} failed: {}", job.id(), SafeThrowables.describe(e));
            fail(task, ERROR);
            task.result.completeExceptionally(e);
        }
    }

    /** Records a stopped review as failed, tells its followers and its caller. */
    private void end(Task task, ReviewStoppedException why) {
        fail(task, why.reason());
        task.result.completeExceptionally(why);
    }

    private void fail(Task task, String reason) {
        try {
            archive.fail(task.request.caller().tenantId(), task.job.id(), reason);
        } catch (RuntimeException e) {
            LOG.error("Review {} could not be recorded as failed: {}", task.job.id(), SafeThrowables.describe(e));
        }
        task.job.publish(new ReviewEvent(ReviewEvent.FAILED,
                new ReviewEvent.Outcome(task.job.id().toString(), ReviewArchive.FAILED, 0)));
    }

    /**
     * Stops taking reviews, fails those still waiting, lets running ones finish within the grace period, then
     * stops the rest at their next checkpoint and fails them. Bounded: grace plus {@link #STOP_PATIENCE}.
     */
    @PreDestroy
    void stop() {
        List<Task> waiting = queue.close();
        for (Task task : waiting) {
            end(task, stoppingBeforeStart());
        }
        try {
            if (queue.awaitIdle(settings.getShutdownGrace())) {
                return;
            }
            LOG.warn("Stopping {} review(s) still running after the {} s grace period", running.size(),
                    settings.getShutdownGrace().toSeconds());
            ReviewStoppedException why = stoppingBeforeStart();
            running.forEach(task -> task.stop(why));
            if (!queue.awaitIdle(STOP_PATIENCE)) {
                for (Task task : List.copyOf(running)) {
                    end(task, why);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One admitted review: what to do, by when, and the caller's future. */
    private static final class Task {
        final Request request;
        final ReviewJob job;
        final Instant deadline;
        final Map<String, String> mdc;
        final CompletableFuture<ReviewReport> result = new CompletableFuture<>();
        private volatile ReviewStoppedException stopped;
        private Thread worker;

        Task(Request request, ReviewJob job, Instant deadline, Map<String, String> mdc) {
            this.request = request;
            this.job = job;
            this.deadline = deadline;
            this.mdc = mdc;
        }

        ReviewStoppedException stopped() {
            return stopped;
        }

        /** Asks the review to stop at its next checkpoint (interrupting its worker's waits); the first reason wins. */
        synchronized void stop(ReviewStoppedException why) {
            if (stopped != null || result.isDone()) {
                return;
            }
            stopped = why;
            if (worker != null) {
                worker.interrupt();
            } else {
                result.completeExceptionally(why); // still waiting: its worker records the failure when it takes it
            }
        }

        synchronized void attach(Thread thread) {
            worker = thread;
        }

        synchronized void detach() {
            worker = null;
        }
    }

    /**
     * Publishes progress about every 5 % of the clauses or questions (and the last), and every finding at once;
     * at each checkpoint stops the review once it is asked to stop or its deadline has passed.
     */
    private final class TaskListener implements ReviewListener {
        private final Task task;
        private final ReviewJob job;
        private int lastPublished;
        private int lastAnswered;

        TaskListener(Task task) {
            this.task = task;
            this.job = task.job;
        }

        @Override
        public void checkpoint() {
            ReviewStoppedException stopped = task.stopped();
            if (stopped != null) {
                throw stopped;
            }
            if (clock.instant().isAfter(task.deadline)) {
                task.stop(outOfTime());
                throw task.stopped();
            }
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
}
