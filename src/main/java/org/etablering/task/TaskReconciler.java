package org.etablering.task;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.etablering.task.persistence.TaskRepository;
import org.etablering.workflow.CaseClosed;
import org.etablering.workflow.EngineState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the inbox true to the engine, and the engine's jobs locked to the inbox. Every open task is checked at
 * least once per {@code etablering.tasks.recheck-after}, which also renews its job's lock (well within
 * {@code etablering.tasks.job-lock}). A task whose job the engine cancelled (a boundary event fired, a
 * sub-process ended, the case closed) is closed instead of left dangling — unless the engine lost its state, in
 * which case the task is kept open and flagged until its process is restarted.
 */
@Component
class TaskReconciler {

    private static final Logger log = LoggerFactory.getLogger(TaskReconciler.class);
    private static final int BATCH = 100;
    /** At most this many batches per run, so that a huge inbox does not hold the scheduler. */
    private static final int BATCHES_PER_RUN = 50;

    private final TaskRepository tasks;
    private final TaskEngine engine;
    private final EngineState engineState;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration recheckAfter;

    TaskReconciler(TaskRepository tasks, TaskEngine engine, EngineState engineState, TransactionTemplate transaction,
                   Clock clock, @Value("${etablering.tasks.recheck-after:PT3M}") Duration recheckAfter,
                   @Value("${etablering.tasks.job-lock:PT10M}") Duration jobLock) {
        if (recheckAfter.multipliedBy(2).compareTo(jobLock) > 0) {
            throw new IllegalStateException("etablering.tasks.recheck-after (" + recheckAfter + ") must be at most half "
                    + "of etablering.tasks.job-lock (" + jobLock + "), so that job locks are renewed before they run out");
        }
        this.tasks = tasks;
        this.engine = engine;
        this.engineState = engineState;
        this.transaction = transaction;
        this.clock = clock;
        this.recheckAfter = recheckAfter;
    }

    @Scheduled(fixedDelayString = "${etablering.tasks.reconcile-every:PT5S}")
    void reconcile() {
        try {
            for (int batch = 0; batch < BATCHES_PER_RUN; batch++) {
                List<Task> due = transaction.execute(status -> tasks.findOpenUncheckedSince(
                        clock.instant().minus(recheckAfter), PageRequest.of(0, BATCH)));
                if (due.isEmpty() || !check(due) || due.size() < BATCH) {
                    return;
                }
            }
        } catch (RuntimeException databaseUnavailable) {
            log.debug("Could not reconcile tasks: {}", databaseUnavailable.getMessage());
        }
    }

    /** Checks the tasks in turn; false if the engine could not be asked, to try again on the next run. */
    private boolean check(List<Task> due) {
        for (Task task : due) {
            boolean waiting;
            try {
                waiting = engine.stillWaiting(task.getJobKey());
            } catch (RuntimeException engineUnavailable) {
                log.debug("Could not check task {} against the engine: {}", task.getId(), engineUnavailable.getMessage());
                return false;
            }
            boolean processLost = !waiting && !engineState.intact();
            transaction.executeWithoutResult(status -> {
                if (waiting) {
                    tasks.markChecked(task.getId(), clock.instant());
                } else if (processLost) {
                    tasks.findById(task.getId()).ifPresent(current -> current.processLost(clock.instant()));
                } else {
                    tasks.findById(task.getId()).ifPresent(current -> current.cancelled(clock.instant()));
                }
            });
        }
        return true;
    }

    /** When a case closes, its process no longer waits for anyone. */
    @EventListener
    void onCaseClosed(CaseClosed closed) {
        UUID caseId = closed.caseId();
        tasks.findByCaseIdAndState(caseId, TaskState.OPEN).forEach(task -> task.cancelled(clock.instant()));
    }
}
