package io.clausewarden.review.job;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Work of many owners (firms), taken round-robin: each owner's items keep their order, and an owner with many
 * waiting items gets one turn like any other. Admission is bounded twice: an owner holds at most
 * {@code perOwner} items waiting or running, and at most {@code waiting} items wait in all.
 *
 * <p>An item is first {@linkplain #admit admitted} (which reserves its place, or says why not), then
 * {@linkplain #enqueue enqueued}; when it has run, {@link #finished} frees its owner's place.
 */
final class FairQueue<K, T> {
    enum Admission { ADMITTED, OWNER_FULL, QUEUE_FULL, CLOSED }

    private final int perOwner;
    private final int waiting;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition available = lock.newCondition();
    private final Condition idle = lock.newCondition();
    /** Owners with waiting items, in turn order; the first is served next. */
    private final LinkedHashMap<K, ArrayDeque<T>> turns = new LinkedHashMap<>();
    private final Map<K, Integer> held = new HashMap<>();
    private int reservedOrWaiting;
    private int running;
    private boolean closed;

    FairQueue(int perOwner, int waiting) {
        this.perOwner = perOwner;
        this.waiting = waiting;
    }

    Admission admit(K owner) {
        lock.lock();
        try {
            if (closed) {
                return Admission.CLOSED;
            }
            if (held.getOrDefault(owner, 0) >= perOwner) {
                return Admission.OWNER_FULL;
            }
            if (reservedOrWaiting >= waiting) {
                return Admission.QUEUE_FULL;
            }
            held.merge(owner, 1, Integer::sum);
            reservedOrWaiting++;
            return Admission.ADMITTED;
        } finally {
            lock.unlock();
        }
    }

    /** Gives back a place that {@link #admit} reserved for an item that will not be enqueued. */
    void withdraw(K owner) {
        lock.lock();
        try {
            reservedOrWaiting--;
            release(owner);
        } finally {
            lock.unlock();
        }
    }

    /** Queues an admitted item behind its owner's earlier ones; false when the queue was closed meanwhile. */
    boolean enqueue(K owner, T item) {
        lock.lock();
        try {
            if (closed) {
                reservedOrWaiting--;
                release(owner);
                return false;
            }
            turns.computeIfAbsent(owner, k -> new ArrayDeque<>()).addLast(item);
            available.signal();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** The next owner's oldest item, waiting until there is one; null once the queue is closed and empty. */
    Taken<K, T> take() throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (turns.isEmpty()) {
                if (closed) {
                    return null;
                }
                available.await();
            }
            Iterator<Map.Entry<K, ArrayDeque<T>>> first = turns.entrySet().iterator();
            Map.Entry<K, ArrayDeque<T>> next = first.next();
            K owner = next.getKey();
            T item = next.getValue().removeFirst();
            first.remove();
            if (!next.getValue().isEmpty()) {
                turns.put(owner, next.getValue()); // to the back of the line
            }
            reservedOrWaiting--;
            running++;
            return new Taken<>(owner, item);
        } finally {
            lock.unlock();
        }
    }

    record Taken<K, T>(K owner, T item) {
    }

    /** A taken item has run: its owner's place is free again. */
    void finished(K owner) {
        lock.lock();
        try {
            running--;
            release(owner);
            if (running == 0 && turns.isEmpty()) {
                idle.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Admits nothing more and returns every waiting item (whose places are freed); workers then stop. */
    List<T> close() {
        lock.lock();
        try {
            closed = true;
            List<T> left = new ArrayList<>();
            turns.forEach((owner, items) -> {
                for (T item : items) {
                    left.add(item);
                    reservedOrWaiting--;
                    release(owner);
                }
            });
            turns.clear();
            available.signalAll();
            if (running == 0) {
                idle.signalAll();
            }
            return left;
        } finally {
            lock.unlock();
        }
    }

    /** Waits up to {@code patience} until nothing runs; true when nothing does. */
    boolean awaitIdle(Duration patience) throws InterruptedException {
        long left = patience.toNanos();
        lock.lock();
        try {
            while (running > 0 || !turns.isEmpty()) {
                if (left <= 0) {
                    return false;
                }
                left = idle.awaitNanos(left);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Items waiting or running for {@code owner}. */
    int held(K owner) {
        lock.lock();
        try {
            return held.getOrDefault(owner, 0);
        } finally {
            lock.unlock();
        }
    }

    int running() {
        lock.lock();
        try {
            return running;
        } finally {
            lock.unlock();
        }
    }

    private void release(K owner) {
        held.computeIfPresent(owner, (k, n) -> n <= 1 ? null : n - 1);
    }
}
