package org.schoolhub.service.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.junit.jupiter.api.Test;
import org.schoolhub.service.support.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Axon's units of work run in real database transactions, and the service's own SQL takes part
 * in them: a command group's events and registry rows, a projection batch's rows and token, commit
 * or roll back together. (Axon 4.13 under Spring Boot 4 silently fell back to no transactions.)
 */
class AxonTransactionsTest extends ApiTest {

    @Autowired
    TransactionManager axonTransactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void sql_written_in_a_unit_of_work_transaction_rolls_back_with_it() {
        UUID family = UUID.randomUUID();
        Transaction transaction = axonTransactions.startTransaction();
        jdbc.update("insert into metric_family (family_id) values (?)", family);
        assertThat(count(family)).as("visible inside the transaction").isEqualTo(1);
        transaction.rollback();
        assertThat(count(family)).as("gone with the rollback").isZero();

        transaction = axonTransactions.startTransaction();
        jdbc.update("insert into metric_family (family_id) values (?)", family);
        transaction.commit();
        assertThat(count(family)).isEqualTo(1);
    }

    private int count(UUID family) {
        return jdbc.queryForObject("select count(*) from metric_family where family_id = ?", Integer.class, family);
    }
}
