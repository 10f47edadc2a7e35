package org.schoolhub.service.seed;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.schoolhub.service.config.properties.SchoolhubProperties;
import org.schoolhub.shared.commands.EnrolFamily;
import org.schoolhub.shared.commands.RecordIndicator;
import org.schoolhub.shared.commands.TransferSelUnits;
import org.schoolhub.shared.values.ChildDetails;
import org.schoolhub.shared.values.Community;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.schoolhub.personal.FamilyRecords;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Generates a community's history over the last {@code schoolhub.seed.months} months: families
 * joining over time, SEL transfers day by day (more as the community grows), a group order each
 * month, and the reported indicators. Every command goes through the aggregates at a pinned
 * past moment, so the events, and the metrics built from them, land in the right months.
 * A database that was already seeded is left alone.
 */
@Component
@ConditionalOnProperty("schoolhub.seed.months")
class DemoSeeder implements ApplicationRunner {

    static final String EMAIL_PREFIX = "seed-family-";
    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final SeedCommands commands;
    private final SeedClock clock;
    private final Community community;
    private final JdbcTemplate jdbc;
    private final FamilyRecords familyRecords;
    private final PasswordEncoder passwords;
    private final ConfigurableApplicationContext context;
    private final SchoolhubProperties.Seed settings;

    DemoSeeder(CommandGateway gateway, SeedClock clock, Community community, JdbcTemplate jdbc,
               FamilyRecords familyRecords, PasswordEncoder passwords, ConfigurableApplicationContext context,
               SchoolhubProperties properties) {
        this.commands = new SeedCommands(gateway, clock);
        this.clock = clock;
        this.community = community;
        this.jdbc = jdbc;
        this.familyRecords = familyRecords;
        this.passwords = passwords;
        this.context = context;
        this.settings = properties.seed();
    }

    @Override
    public void run(ApplicationArguments args) {
        int seeded = familyRecords.countWithEmailPrefix(EMAIL_PREFIX);
        if (seeded > 0) {
            log.info("Seeding skipped: this database was already seeded ({} families)", seeded);
        } else {
            seed();
        }
        if (settings.exit()) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }

    private void seed() {
        Random random = new Random(settings.randomSeed());
        UUID admin = jdbc.queryForObject("select user_id from app_user where username = 'admin'", UUID.class);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, community.zone());
        LocalDate first = today.withDayOfMonth(1).minusMonths(settings.months());
        long days = Duration.between(first.atStartOfDay(), today.atStartOfDay()).toDays() + 1;
        log.info("Seeding {} families and {} days of history from {}", settings.families(), days, first);

        String hash = passwords.encode(settings.password());
        Map<UUID, LocalDate> joined = new HashMap<>();
        Map<UUID, Long> balances = new HashMap<>();
        List<UUID> members = new ArrayList<>();
        SeedOrders orders = new SeedOrders(commands, community, admin, random);
        int transfers = 0;
        for (int i = 0; i < settings.families(); i++) {
            // most families join in the first weeks, the others over the whole period
            long offset = i < settings.families() * 0.6 ? random.nextInt(21) : random.nextLong(days);
            joined.put(UUID.randomUUID(), first.plusDays(offset));
        }
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            SeedDay moments = new SeedDay(day, community.zone(), now, random);
            for (Map.Entry<UUID, LocalDate> family : joined.entrySet()) {
                Instant at = family.getValue().equals(day) ? moments.next() : null;
                if (at != null) {
                    enrol(family.getKey(), members.size() + 1, hash, admin, at);
                    members.add(family.getKey());
                    balances.put(family.getKey(), 0L);
                }
            }
            double growth = 0.4 + 0.8 * (day.toEpochDay() - first.toEpochDay()) / (double) days;
            int count = members.size() < 2 ? 0
                    : (int) Math.round(members.size() * 0.12 * growth * (0.5 + random.nextDouble()));
            for (int k = 0; k < count; k++) {
                Instant at = moments.next();
                transfers += at != null && transfer(members, balances, random, at) ? 1 : 0;
            }
            orders.onDay(day, members, moments, now);
        }
        commands.send(new RecordIndicator(community.communityId(), "criticalBugs", 0), admin, now);
        commands.send(new RecordIndicator(community.communityId(), "messagesPerDay", 40 + random.nextInt(80)), admin, now);
        commands.send(new RecordIndicator(community.communityId(), "eventsPerMonth", 4 + random.nextInt(10)), admin, now);
        commands.send(new RecordIndicator(community.communityId(), "educationalUsePercent", 20 + random.nextInt(40)),
                admin, now);
        log.info("Seeded {} families, {} transfers and {} group-order lines; they log in as {}NN@example.org",
                members.size(), transfers, orders.linesPlaced(), EMAIL_PREFIX);
    }

    private void enrol(UUID familyId, int number, String hash, UUID admin, Instant at) {
        String label = String.format("%02d", number);
        ChildDetails child = new ChildDetails(UUID.randomUUID(), "Child " + label, 2015 + number % 8,
                "P" + (1 + number % 6));
        commands.send(new EnrolFamily(familyId, community.communityId(), UUID.randomUUID(), "Seed family " + label,
                EMAIL_PREFIX + label + "@example.org", hash, List.of(child)), admin, at);
    }

    /** A transfer the ledger will accept: the payer stays above -300 and the payee below 600. */
    private boolean transfer(List<UUID> members, Map<UUID, Long> balances, Random random, Instant at) {
        UUID from = members.get(random.nextInt(members.size()));
        UUID to = members.get(random.nextInt(members.size()));
        long amount = 5 + random.nextInt(56);
        if (from.equals(to) || balances.get(from) - amount < -250 || balances.get(to) + amount > 550) {
            return false;
        }
        SeedCommands.Outcome outcome = commands.send(new TransferSelUnits(community.communityId(), UUID.randomUUID(),
                from, to, amount, "seed"), from, at);
        if (outcome != SeedCommands.Outcome.DONE) {
            return false;
        }
        balances.merge(from, -amount, Long::sum);
        balances.merge(to, amount, Long::sum);
        return true;
    }
}
