package org.etablering.task;

public enum TaskState {
    /** Waiting for someone in its candidate groups. */
    OPEN,
    /** Done; the process moved on with the submitted form data. */
    COMPLETED,
    /** The process no longer waits for it (a boundary event fired or the case ended). */
    CANCELLED
}
