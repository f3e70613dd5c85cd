package org.etablering.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which database faults pass by themselves (503, retried) and which do not (a bug or bad data). */
class PassingFaultTest {

    @Test
    void aDatabaseThatCannotBeReachedOrDroppedTheConnectionIsPassing() {
        assertThat(PassingFault.isDatabaseFault(new CannotCreateTransactionException("no connection",
                new SQLException("Connection refused", "08001")))).isTrue();
        assertThat(PassingFault.isDatabaseFault(new JpaSystemException(new TransactionException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed"))))).isTrue();
        assertThat(PassingFault.isDatabaseFault(new RuntimeException(new SQLException("terminating connection due to "
                + "administrator command", "57P01")))).isTrue();
        assertThat(PassingFault.isDatabaseFault(new RuntimeException(new SQLException("deadlock detected", "40P01"))))
                .isTrue();
    }

    @Test
    void badDataAndBugsAreNot() {
        assertThat(PassingFault.isDatabaseFault(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value", "23505")))).isFalse();
        assertThat(PassingFault.isDatabaseFault(new RuntimeException(new SQLException("invalid byte sequence for "
                + "encoding UTF8: 0x00", "22021")))).isFalse();
        assertThat(PassingFault.isDatabaseFault(new IllegalStateException("a rule"))).isFalse();
    }
}
