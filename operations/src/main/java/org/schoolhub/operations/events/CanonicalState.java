package org.schoolhub.operations.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * The canonical text of a folded state and its SHA-256. Canonical means: compact JSON, keys in
 * a fixed order, every list sorted by id, no whitespace, so equal states always give the same
 * bytes, whatever the order the maps were filled in. The position is deliberately not part of
 * it: the same state reached again (after a replay, or a rollback) has the same checksum.
 */
public final class CanonicalState {

    private CanonicalState() {
    }

    /** Accounts, roster and open group orders. */
    public static String of(EventFold.View view) {
        StringBuilder json = new StringBuilder("{\"accounts\":[");
        each(view.accounts(), (id, account) -> json.append("{\"familyId\":\"").append(id)
                .append("\",\"balance\":").append(account.balance())
                .append(",\"closed\":").append(account.closed()).append("},"));
        close(json).append(",\"families\":[");
        each(view.families(), (id, member) -> json.append("{\"familyId\":\"").append(id)
                .append("\",\"status\":\"").append(member.status())
                .append("\",\"erased\":").append(member.erased()).append("},"));
        close(json).append(",\"openGroupOrders\":[");
        each(view.orders(), (id, order) -> {
            if (order.open()) {
                json.append("{\"groupOrderId\":\"").append(id).append("\",\"lines\":[");
                each(order.lines(), (family, quantity) -> json.append("{\"familyId\":\"").append(family)
                        .append("\",\"quantity\":").append(quantity).append("},"));
                close(json).append("},");
            }
        });
        return close(json).append('}').toString();
    }

    /** Only the non-zero balances: equal exactly when every balance is equal (absent means 0). */
    public static String balancesOf(EventFold.View view) {
        Map<UUID, Long> balances = new TreeMap<>();
        view.accounts().forEach((id, account) -> balances.put(id, account.balance()));
        return balancesOf(balances);
    }

    public static String balancesOf(Map<UUID, Long> balances) {
        StringBuilder json = new StringBuilder("{\"balances\":[");
        each(balances, (id, balance) -> {
            if (balance != 0) {
                json.append("{\"familyId\":\"").append(id).append("\",\"balance\":").append(balance).append("},");
            }
        });
        return close(json).append('}').toString();
    }

    public static String sha256(String canonical) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Visits the entries sorted by the text of their UUID, the order the checksum is defined in. */
    private static <V> void each(Map<UUID, V> map, BiConsumer<UUID, V> visitor) {
        Map<String, UUID> sorted = new TreeMap<>();
        map.keySet().forEach(id -> sorted.put(id.toString(), id));
        sorted.values().forEach(id -> visitor.accept(id, map.get(id)));
    }

    /** Ends a list: drops the trailing comma, if any, and closes the bracket. */
    private static StringBuilder close(StringBuilder json) {
        if (json.charAt(json.length() - 1) == ',') {
            json.setLength(json.length() - 1);
        }
        return json.append(']');
    }
}
