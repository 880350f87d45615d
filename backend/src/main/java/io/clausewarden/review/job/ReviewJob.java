package io.clausewarden.review.job;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The events of one running review. A subscriber first receives everything published so far, then
 * each new event, so a task pane that connects late still sees every finding.
 */
final class ReviewJob {
    private final UUID id;
    private final List<ReviewEvent> events = new ArrayList<>();
    private final List<Consumer<ReviewEvent>> subscribers = new ArrayList<>();

    ReviewJob(UUID id) {
        this.id = id;
    }

    UUID id() {
        return id;
    }

    synchronized void publish(ReviewEvent event) {
        events.add(event);
        for (Consumer<ReviewEvent> subscriber : List.copyOf(subscribers)) {
            subscriber.accept(event);
        }
        if (event.isLast()) {
            subscribers.clear();
        }
    }

    /** Replays past events, then delivers new ones until the last; returns a handle to stop listening. */
    synchronized Runnable subscribe(Consumer<ReviewEvent> subscriber) {
        List<ReviewEvent> past = new ArrayList<>(events);
        past.forEach(subscriber);
        boolean finished = !past.isEmpty() && past.get(past.size() - 1).isLast();
        if (!finished) {
            subscribers.add(subscriber);
        }
        return () -> unsubscribe(subscriber);
    }

    private synchronized void unsubscribe(Consumer<ReviewEvent> subscriber) {
        subscribers.remove(subscriber);
    }
}
