package org.schoolhub.personal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class JdbcFamilyRecords implements FamilyRecords {

    private static final String FAMILIES = "select family_id, name, email from family_personal_data";
    private static final String CHILDREN = """
            select child_id, family_id, first_name, birth_year, class_name from child_personal_data""";
    private static final String GUARDIANS = """
            select guardian_id, family_id, name, email, password_hash is not null as password_set from guardian""";
    private static final String GUARDIAN_ORDER = " order by added_at, email_key";

    private final JdbcTemplate jdbc;

    JdbcFamilyRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<FamilyRecord> of(UUID familyId) {
        List<Child> children = jdbc.query(CHILDREN + " where family_id = ? order by first_name",
                (rs, row) -> child(rs), familyId);
        List<Guardian> guardians = jdbc.query(GUARDIANS + " where family_id = ?" + GUARDIAN_ORDER,
                (rs, row) -> guardian(rs), familyId);
        return jdbc.query(FAMILIES + " where family_id = ?",
                (rs, row) -> new FamilyRecord(familyId, rs.getString("name"), rs.getString("email"), guardians, children),
                familyId).stream().findFirst();
    }

    @Override
    public Map<UUID, FamilyRecord> all() {
        Map<UUID, List<Child>> children = new HashMap<>();
        jdbc.query(CHILDREN + " order by first_name", rs -> {
            children.computeIfAbsent(rs.getObject("family_id", UUID.class), id -> new ArrayList<>()).add(child(rs));
        });
        Map<UUID, List<Guardian>> guardians = new HashMap<>();
        jdbc.query(GUARDIANS + GUARDIAN_ORDER, rs -> {
            guardians.computeIfAbsent(rs.getObject("family_id", UUID.class), id -> new ArrayList<>()).add(guardian(rs));
        });
        Map<UUID, FamilyRecord> families = new LinkedHashMap<>();
        jdbc.query(FAMILIES, rs -> {
            UUID id = rs.getObject("family_id", UUID.class);
            families.put(id, new FamilyRecord(id, rs.getString("name"), rs.getString("email"),
                    List.copyOf(guardians.getOrDefault(id, List.of())), List.copyOf(children.getOrDefault(id, List.of()))));
        });
        return families;
    }

    @Override
    public Map<UUID, String> listedNames() {
        Map<UUID, String> names = new HashMap<>();
        jdbc.query("select family_id, name from family_personal_data where listed",
                rs -> { names.put(rs.getObject("family_id", UUID.class), rs.getString("name")); });
        return names;
    }

    @Override
    public Map<UUID, String> names(Collection<UUID> familyIds) {
        Map<UUID, String> names = new HashMap<>();
        if (familyIds.isEmpty()) {
            return names;
        }
        jdbc.query(con -> {
            var statement = con.prepareStatement("select family_id, name from family_personal_data where family_id = any (?)");
            statement.setArray(1, con.createArrayOf("uuid", familyIds.stream().distinct().toArray()));
            return statement;
        }, rs -> { names.put(rs.getObject("family_id", UUID.class), rs.getString("name")); });
        return names;
    }

    @Override
    public int countWithEmailPrefix(String prefix) {
        Integer count = jdbc.queryForObject("select count(*) from family_personal_data where email like ?",
                Integer.class, prefix.replace("%", "\\%").replace("_", "\\_") + "%");
        return count == null ? 0 : count;
    }

    private static Child child(ResultSet rs) throws SQLException {
        return new Child(rs.getObject("child_id", UUID.class), rs.getString("first_name"),
                rs.getObject("birth_year", Integer.class), rs.getString("class_name"));
    }

    private static Guardian guardian(ResultSet rs) throws SQLException {
        return new Guardian(rs.getObject("guardian_id", UUID.class), rs.getString("name"), rs.getString("email"),
                rs.getBoolean("password_set"));
    }
}
