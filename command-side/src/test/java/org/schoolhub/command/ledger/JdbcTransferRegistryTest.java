package org.schoolhub.command.ledger;

import org.schoolhub.personal.TransferMemos;
import org.schoolhub.testing.TestDatabase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.schoolhub.shared.commands.ReverseSelTransfer;
import org.schoolhub.shared.commands.TransferSelUnits;
import org.schoolhub.shared.values.Community;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * The registry against PostgreSQL: what a unit of work books is seen at once within it, stored in
 * one go when it commits and not at all when it rolls back; what a group's preparer loaded is not
 * asked for again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcTransferRegistryTest {

    private static final Instant BOOKED = Instant.now().truncatedTo(ChronoUnit.MICROS);

    private final TestDatabase database = new TestDatabase();
    private final JdbcTemplate jdbc = database.jdbc();
    private final SpringTransactionManager transactions =
            new SpringTransactionManager(new JdbcTransactionManager(database.dataSource()));
    private final Community community = new Community(UUID.randomUUID(), UUID.randomUUID(), ZoneId.of("UTC"));
    private final List<TransferMemos.Memo> memos = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final JdbcTransferRegistry registry = new JdbcTransferRegistry(jdbc, community, new TransferMemos() {
        @Override
        public void record(List<Memo> batch) {
            memos.addAll(batch);
        }

        @Override
        public Map<UUID, String> of(java.util.Collection<UUID> transferIds) {
            return Map.of();
        }
    });
    private final RegistryPreparer preparer = new RegistryPreparer(registry);
    private final UUID payer = UUID.randomUUID();
    private final UUID payee = UUID.randomUUID();

    @AfterAll
    void dropSchema() {
        database.close();
    }

    @Test
    void a_transfer_booked_in_a_unit_of_work_is_found_in_it_and_stored_when_it_commits() {
        RecordedTransfer transfer = transfer(UUID.randomUUID());

        Optional<RecordedTransfer> seenInside = inUnitOfWork(() -> {
            registry.record(transfer);
            assertThat(stored(transfer.transferId())).as("not written before the commit").isZero();
            return registry.find(transfer.transferId());
        });

        assertThat(seenInside).contains(transfer);
        assertThat(stored(transfer.transferId())).isOne();
        assertThat(inUnitOfWork(() -> registry.find(transfer.transferId()))).as("read back from the table")
                .contains(readBack(transfer));
        assertThat(memos).as("the memo's text goes to its owner, the personal-data module, at the commit")
                .contains(new TransferMemos.Memo(transfer.transferId(), community.communityId(), payer, payee, "m"));
    }

    @Test
    void a_unit_of_work_that_rolls_back_stores_nothing() {
        RecordedTransfer transfer = transfer(UUID.randomUUID());

        assertThatThrownBy(() -> inUnitOfWork(() -> {
            registry.record(transfer);
            throw new IllegalStateException("the group failed");
        })).hasMessage("the group failed");

        assertThat(stored(transfer.transferId())).isZero();
        assertThat(inUnitOfWork(() -> registry.find(transfer.transferId()))).isEmpty();
    }

    @Test
    void a_reversal_booked_with_its_original_in_one_unit_of_work_is_stored_after_it() {
        UUID originalId = UUID.randomUUID();
        UUID reversalId = UUID.randomUUID();

        inUnitOfWork(() -> {
            registry.record(transfer(originalId));
            registry.record(reversal(reversalId, originalId));
            registry.markReversed(originalId, reversalId);
            assertThat(registry.find(originalId)).hasValueSatisfying(t -> assertThat(t.reversedBy()).isEqualTo(reversalId));
            return null;
        });

        assertThat(reversedBy(originalId)).isEqualTo(reversalId);
        assertThat(jdbc.queryForObject("select reverses from sel_transfer_registry where transfer_id = ?", UUID.class,
                reversalId)).isEqualTo(originalId);
    }

    @Test
    void a_stored_transfer_marked_reversed_is_seen_reversed_at_once_and_stored_so_at_commit() {
        UUID originalId = UUID.randomUUID();
        UUID reversalId = UUID.randomUUID();
        inUnitOfWork(() -> {
            registry.record(transfer(originalId));
            return null;
        });

        inUnitOfWork(() -> {
            registry.record(reversal(reversalId, originalId));
            registry.markReversed(originalId, reversalId);
            assertThat(registry.find(originalId)).hasValueSatisfying(t -> assertThat(t.reversedBy()).isEqualTo(reversalId));
            return null;
        });

        assertThat(reversedBy(originalId)).isEqualTo(reversalId);
    }

    @Test
    void what_the_preparer_loaded_for_a_group_is_not_asked_for_again() {
        UUID storedId = UUID.randomUUID();
        UUID absentId = UUID.randomUUID();
        UUID reversedId = UUID.randomUUID();
        inUnitOfWork(() -> {
            registry.record(transfer(storedId));
            registry.record(transfer(reversedId));
            return null;
        });

        inUnitOfWork(() -> {
            preparer.prepare(List.of(
                    asCommandMessage(new TransferSelUnits(community.communityId(), storedId, payer, payee, 5, "m")),
                    asCommandMessage(new TransferSelUnits(community.communityId(), absentId, payer, payee, 5, "m")),
                    asCommandMessage(new ReverseSelTransfer(community.communityId(), reversedId, UUID.randomUUID(), "r"))));
            // changed behind the registry's back: a lookup now would see it
            jdbc.update("delete from sel_transfer_registry where transfer_id in (?, ?)", storedId, reversedId);

            assertThat(registry.find(storedId)).as("loaded by the preparer").isPresent();
            assertThat(registry.find(reversedId)).as("a reversal's original, loaded by the preparer").isPresent();
            assertThat(registry.find(absentId)).as("known absent by the preparer").isEmpty();
            return null;
        });
    }

    @Test
    void a_transfer_not_prepared_is_looked_up_when_asked_for() {
        UUID storedId = UUID.randomUUID();
        inUnitOfWork(() -> {
            registry.record(transfer(storedId));
            return null;
        });

        assertThat(inUnitOfWork(() -> {
            preparer.prepare(List.of(asCommandMessage("not a ledger command")));
            return registry.find(storedId);
        })).contains(readBack(transfer(storedId)));
    }

    private <T> T inUnitOfWork(Supplier<T> work) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(asCommandMessage("group"));
        unitOfWork.attachTransaction(transactions);
        try {
            T result = work.get();
            unitOfWork.commit();
            return result;
        } catch (RuntimeException | Error e) {
            unitOfWork.rollback(e);
            throw e;
        }
    }

    /** What the table gives back: the memo's digest, not its text. */
    private static RecordedTransfer readBack(RecordedTransfer booked) {
        return new RecordedTransfer(booked.transferId(), booked.kind(), booked.payer(), booked.payee(), booked.amount(),
                null, booked.bookedAt(), booked.payerBalance(), booked.payeeBalance(), booked.reverses(),
                booked.reversedBy(), MemoDigest.of(booked.memo()));
    }

    private RecordedTransfer transfer(UUID id) {
        return new RecordedTransfer(id, RecordedTransfer.Kind.TRANSFER, payer, payee, 5, "m", BOOKED, -5, 5, null, null);
    }

    private RecordedTransfer reversal(UUID id, UUID original) {
        return new RecordedTransfer(id, RecordedTransfer.Kind.REVERSAL, payee, payer, 5, null, BOOKED, 0, 0, original,
                null);
    }

    private int stored(UUID id) {
        return jdbc.queryForObject("select count(*) from sel_transfer_registry where transfer_id = ?", Integer.class, id);
    }

    private UUID reversedBy(UUID id) {
        return jdbc.queryForObject("select reversed_by from sel_transfer_registry where transfer_id = ?", UUID.class, id);
    }
}
