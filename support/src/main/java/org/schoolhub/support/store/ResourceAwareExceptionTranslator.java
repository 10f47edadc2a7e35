package org.schoolhub.support.store;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;

/**
 * Spring's translation of SQL errors for every JdbcTemplate (registry, projections, read models),
 * that also tells {@link DatabaseResources} when PostgreSQL is out of a resource.
 */
public class ResourceAwareExceptionTranslator implements SQLExceptionTranslator {

    private final SQLExceptionTranslator translator;
    private final DatabaseResources resources;

    public ResourceAwareExceptionTranslator(DataSource dataSource, DatabaseResources resources) {
        this.translator = new SQLErrorCodeSQLExceptionTranslator(dataSource);
        this.resources = resources;
    }

    @Override
    public DataAccessException translate(String task, String sql, SQLException ex) {
        resources.failed(ex);
        return translator.translate(task, sql, ex);
    }
}
