package org.etablering.inquiry;

/** How an inquiry ended, for the statistics. */
public enum Outcome {
    ESTABLISHED, WITHDRAWN, DECLINED, ESTABLISHED_ELSEWHERE, NO_FURTHER_ACTION
}
