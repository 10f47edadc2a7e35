package org.schoolhub.support.projection;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Projections send their writes when a batch commits ({@link BatchedWrites}), so a write that
 * PostgreSQL refuses fails the whole batch there, after every handler has returned: the dead-letter
 * queue never sees which event it was, and the processor would retry the same batch for ever. When
 * that happens, the processor's next attempt at the batch runs carefully: every write at once,
 * inside its event handler, in a savepoint of its own. The refused write then fails its event only
 * (which goes to the dead-letter queue) and the transaction goes on with the next. The first
 * batch committed carefully ends the careful mode: it costs three round trips per write.
 */
@Component
public class CarefulWrites {

    private static final Logger log = LoggerFactory.getLogger(CarefulWrites.class);
    private static final String ENDS_AFTER_COMMIT = CarefulWrites.class.getName() + ".ends";

    private final Set<String> carefulProcessors = ConcurrentHashMap.newKeySet();
    private final TransactionTemplate savepoint;

    public CarefulWrites(PlatformTransactionManager transactionManager) {
        this.savepoint = new TransactionTemplate(transactionManager);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** Whether the processor of this unit of work writes carefully; if so, its commit ends the careful mode. */
    boolean isCareful(UnitOfWork<?> root) {
        String processor = ProcessorTag.of(root).orElse(null);
        if (processor == null || !carefulProcessors.contains(processor)) {
            return false;
        }
        root.getOrComputeResource(ENDS_AFTER_COMMIT, key -> {
            root.afterCommit(u -> {
                carefulProcessors.remove(processor);
                log.info("Projections processor {} committed a batch carefully; back to batched writes", processor);
            });
            return Boolean.TRUE;
        });
        return true;
    }

    /** A batch's writes were refused: unless the database is only unreachable, retry it carefully. */
    void batchRefused(UnitOfWork<?> root, RuntimeException failure) {
        if (DatabaseTrouble.isTransient(failure)) {
            return;
        }
        ProcessorTag.of(root).ifPresent(processor -> {
            if (carefulProcessors.add(processor)) {
                log.warn("Projections processor {}: a batch's writes were refused ({}); retrying it event by event "
                        + "so that only the faulty event is dead-lettered", processor, failure.toString());
            }
        });
    }

    /** Runs one write in a savepoint: if it fails, the transaction is as before it and can go on. */
    void inSavepoint(Runnable write) {
        savepoint.executeWithoutResult(status -> write.run());
    }
}
