package org.schoolhub.operations.imports;

import java.util.List;
import java.util.UUID;

import org.schoolhub.personal.ImportedPersonalData;
import org.schoolhub.shared.values.ImportedFamily;

/**
 * What an import will write, decided from the source alone before anything is written: the
 * families (with guardians and children) and staff to create, the ledger id each source row
 * becomes, every problem, the counts, and the canonical lines the source checksum is made of.
 */
record ImportPlan(TableCounts families, TableCounts users, TableCounts children, List<RowProblem> problems,
                  List<ImportedFamily> newFamilies, List<ImportedPersonalData.Staff> newStaff, List<MappedRow> rows,
                  List<String> canonical) {

    static final String FAMILIES = "families";
    static final String USERS = "users";
    static final String CHILDREN = "children";

    /** {@code read == imported + skipped}, always. */
    record TableCounts(int read, int imported, int skipped) {

        static TableCounts of(int read, int imported) {
            return new TableCounts(read, imported, read - imported);
        }
    }

    record RowProblem(String table, long rowId, String code, String detail) {
    }

    /** A source row and the ledger id it became (family, guardian, staff login or child). */
    record MappedRow(String table, long sourceId, UUID ledgerId) {
    }
}
