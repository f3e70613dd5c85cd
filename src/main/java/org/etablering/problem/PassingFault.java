package org.etablering.problem;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Faults that pass by themselves: the database unreachable or restarting, a lock conflict, a time-out. */
public final class PassingFault {

    private PassingFault() {
    }

    public static boolean isDatabaseFault(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof TransientDataAccessException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof RecoverableDataAccessException
                    || cause instanceof CannotCreateTransactionException || cause instanceof JDBCConnectionException
                    || cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                    // a rollback or commit on a connection the database dropped; it hides the original fault
                    || cause instanceof org.hibernate.TransactionException) {
                return true;
            }
            if (cause instanceof SQLException sql && (passingSqlState(sql.getSQLState())
                    || "Connection is closed".equals(sql.getMessage()))) {
                return true;
            }
        }
        return false;
    }

    /** Connection lost (08), server shutting down (57P), out of resources (53), serialization or deadlock (40). */
    private static boolean passingSqlState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P") || state.startsWith("53")
                || state.startsWith("40"));
    }
}
