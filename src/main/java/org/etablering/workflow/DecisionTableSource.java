package org.etablering.workflow;

/**
 * Which version of a decision table the engine is to hold: the one the municipality put into service, else the one
 * that ships with the application. Deploying at start-up asks this, so that a restart never puts the shipped file
 * back over a newer version.
 */
public interface DecisionTableSource {

    /** The content to deploy for a shipped decision table file. */
    byte[] inService(String fileName, byte[] shipped);

    /** The engine holds the decision now, at this version. */
    void deployed(String decisionId, int engineVersion, long engineKey);
}
