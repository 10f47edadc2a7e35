package org.schoolhub.service.seed;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.schoolhub.shared.commands.CloseGroupOrder;
import org.schoolhub.shared.commands.OpenGroupOrder;
import org.schoolhub.shared.commands.PlaceGroupOrderLine;
import org.schoolhub.shared.values.Community;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One group order a month: opened on the 3rd, lines placed until the 18th (a few withdrawn on
 * the 19th), closed on the 20th. Skipped altogether when this build has no group-order handler.
 */
final class SeedOrders {

    private static final Logger log = LoggerFactory.getLogger(SeedOrders.class);

    private final SeedCommands commands;
    private final Community community;
    private final UUID admin;
    private final Random random;
    private UUID open;
    private boolean unsupported;
    private int linesPlaced;

    SeedOrders(SeedCommands commands, Community community, UUID admin, Random random) {
        this.commands = commands;
        this.community = community;
        this.admin = admin;
        this.random = random;
    }

    int linesPlaced() {
        return linesPlaced;
    }

    void onDay(LocalDate day, List<UUID> members, SeedDay moments, Instant now) {
        if (unsupported || members.isEmpty()) {
            return;
        }
        int date = day.getDayOfMonth();
        if (date == 3) {
            open(day, moments.next(), now);
        } else if (open != null && date > 3 && date <= 18) {
            for (int i = 0; i < 1 + random.nextInt(3); i++) {
                UUID family = members.get(random.nextInt(members.size()));
                if (send(new PlaceGroupOrderLine(open, family, 1 + random.nextInt(3)), family, moments.next())) {
                    linesPlaced++;
                }
            }
        } else if (open != null && date == 19 && random.nextBoolean()) {
            UUID family = members.get(random.nextInt(members.size()));
            send(new PlaceGroupOrderLine(open, family, 0), family, moments.next());
        } else if (open != null && date == 20) {
            send(new CloseGroupOrder(open), admin, moments.next());
            open = null;
        }
    }

    private void open(LocalDate day, Instant at, Instant now) {
        UUID id = UUID.randomUUID();
        // the deadline lies ahead in real time too, so no deadline fires while the history is written
        Instant deadline = now.plus(Duration.ofDays(30));
        if (send(new OpenGroupOrder(id, community.communityId(), "Group order " + day.getMonth(),
                1500 + random.nextInt(2000), 10, deadline), admin, at)) {
            open = id;
        }
    }

    /** Nothing is sent for a moment still to come (null). */
    private boolean send(Object command, UUID actor, Instant at) {
        if (at == null) {
            return false;
        }
        SeedCommands.Outcome outcome = commands.send(command, actor, at);
        if (outcome == SeedCommands.Outcome.UNSUPPORTED) {
            log.warn("No group-order handler in this build: the seeding run places no orders");
            unsupported = true;
        }
        return outcome == SeedCommands.Outcome.DONE;
    }
}
