package org.etablering.task;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.etablering.task.persistence.TaskRepository;
import org.etablering.workflow.CaseClosed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the inbox true to the engine. A task whose job the engine cancelled (a boundary event fired, a
 * sub-process ended, the case closed) is closed instead of left dangling. Open tasks are checked in turn,
 * the longest unchecked first, each at most once per {@code etablering.tasks.recheck-after}, so that a
 * quiet inbox does not keep the engine busy; every check also renews the job's lock.
 */
@Component
class TaskReconciler {

    private static final Logger log = LoggerFactory.getLogger(TaskReconciler.class);
    private static final int BATCH = 100;

    private final TaskRepository tasks;
    private final TaskEngine engine;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration recheckAfter;

    TaskReconciler(TaskRepository tasks, TaskEngine engine, TransactionTemplate transaction, Clock clock,
                   @Value("${etablering.tasks.recheck-after:PT1M}") Duration recheckAfter) {
        this.recheckAfter = recheckAfter;
        this.tasks = tasks;
        this.engine = engine;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${etablering.tasks.reconcile-every:PT5S}")
    void reconcile() {
        List<Task> due = transaction.execute(status -> tasks.findOpenUncheckedSince(
                clock.instant().minus(recheckAfter), PageRequest.of(0, BATCH)));
        for (Task task : due) {
            try {
                boolean waiting = engine.stillWaiting(task.getJobKey());
                transaction.executeWithoutResult(status -> {
                    if (waiting) {
                        tasks.markChecked(task.getId(), clock.instant());
                    } else {
                        tasks.findById(task.getId()).ifPresent(current -> current.cancelled(clock.instant()));
                    }
                });
            } catch (RuntimeException engineUnavailable) {
                log.debug("Could not check task {} against the engine: {}", task.getId(), engineUnavailable.getMessage());
                return;
            }
        }
    }

    /** When a case closes, its process no longer waits for anyone. */
    @EventListener
    void onCaseClosed(CaseClosed closed) {
        UUID caseId = closed.caseId();
        tasks.findByCaseIdAndState(caseId, TaskState.OPEN).forEach(task -> task.cancelled(clock.instant()));
    }
}
