package org.schoolhub.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Prints how many events the event store holds: the bench tops the history up to the size the
 * replay is measured on.
 *
 * <p>Usage: EventCount jdbcUrl user
 */
public final class EventCount {

    public static void main(String[] args) throws Exception {
        System.out.println(count(args[0], args[1]));
    }

    static long count(String url, String user) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from domain_event_entry")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private EventCount() {
    }
}
