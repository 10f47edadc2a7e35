package org.schoolhub.operations.imports;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.schoolhub.personal.ImportedPersonalData;
import org.schoolhub.shared.commands.ErasePersonalData;
import org.schoolhub.shared.commands.WithdrawFamily;
import org.schoolhub.shared.values.Community;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.RejectedException;
import org.schoolhub.support.web.Caller;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Undoes one import by compensating events: every family it created is withdrawn and erased (its
 * guardians' logins with it), nothing deleted from the event log; the staff logins it created,
 * which have no events, are deleted. Running it again after a failure finishes it: a family
 * already withdrawn is only erased, one never created is passed over.
 */
@Component
class ImportRollback {

    private final JdbcTemplate jdbc;
    private final ImportRecords records;
    private final CommandGateway gateway;
    private final Community community;

    ImportRollback(JdbcTemplate jdbc, JsonMapper json, CommandGateway gateway, Community community) {
        this.jdbc = jdbc;
        this.records = new ImportRecords(jdbc, json);
        this.gateway = gateway;
        this.community = community;
    }

    synchronized RolledBack rollBack(UUID importId, Caller caller) {
        ImportReport report = records.report(importId)
                .orElseThrow(() -> new RejectedException(ErrorCode.NOT_FOUND));
        if (!report.status().equals(ImportRecords.IMPORTED) && !report.status().equals(ImportRecords.FAILED)) {
            throw new RejectedException(ErrorCode.CONFLICT, "import", report.status());
        }
        List<UUID> families = records.ledgerIds(importId, ImportPlan.FAMILIES);
        MetaData metaData = ImportCommands.metaData(importId, caller);
        List<String> failures = ImportCommands.sendAll(families, familyId -> withdrawAndErase(familyId, metaData),
                ImportCommands.IN_FLIGHT * 8);
        List<UUID> staff = jdbc.queryForList("""
                select r.ledger_id from stage0_import_row r join app_user a on a.user_id = r.ledger_id
                 where r.import_id = ? and r.source_table = 'users'""", UUID.class, importId);
        new ImportedPersonalData(jdbc).removeStaff(staff);
        if (failures.isEmpty()) {
            records.finish(report.withStatus(ImportRecords.ROLLED_BACK));
        }
        return new RolledBack(importId, failures.isEmpty() ? ImportRecords.ROLLED_BACK : report.status(),
                families.size() - failures.size(), staff.size(), failures);
    }

    private CompletableFuture<Object> withdrawAndErase(UUID familyId, MetaData metaData) {
        return gateway.send(new WithdrawFamily(familyId, community.communityId()), metaData)
                .handle((done, failure) -> failure == null || alreadyGone(failure) ? null : rethrow(failure))
                .thenCompose(x -> gateway.send(new ErasePersonalData(familyId), metaData))
                .handle((done, failure) -> failure == null || neverCreated(failure) ? null : rethrow(failure));
    }

    private static boolean alreadyGone(Throwable failure) {
        Throwable cause = unwrap(failure);
        return neverCreated(cause) || cause instanceof RejectedException r && r.code() == ErrorCode.FAMILY_WITHDRAWN;
    }

    private static boolean neverCreated(Throwable failure) {
        Throwable cause = unwrap(failure);
        return cause instanceof AggregateNotFoundException
                || cause instanceof RejectedException r && r.code() == ErrorCode.FAMILY_NOT_FOUND;
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    private static Object rethrow(Throwable failure) {
        Throwable cause = unwrap(failure);
        throw cause instanceof RuntimeException runtime ? runtime : new CompletionException(cause);
    }

    /** The answer of a rollback: how many families and staff logins it undid, and what it could not. */
    record RolledBack(UUID importId, String status, int familiesWithdrawnAndErased, int staffLoginsRemoved,
                      List<String> failures) {
    }
}
