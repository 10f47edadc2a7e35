package org.schoolhub.operations.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.schoolhub.shared.values.MigrationFeature;

class AnnouncementTest {

    private static final Announcement.Facts FACTS = new Announcement.Facts(2, Instant.parse("2026-03-14T09:00:00Z"),
            ZoneId.of("Europe/Brussels"), 45, "ecole@example.org",
            List.of(new MigrationFeature("Messagerie", "écrire aux familles"), new MigrationFeature("Agenda", "voir les sorties")));

    @Test
    void the_french_text_follows_the_template_with_the_migrations_facts() {
        assertThat(Announcement.texts(FACTS).get("fr")).isEqualTo("""
                📢 SchoolHub Stage 2 arrive !

                Nouveautés :
                - Messagerie : écrire aux familles
                - Agenda : voir les sorties

                Date : samedi 14 mars 2026 à 10:00 (Europe/Brussels)
                Interruption prévue : 45 minutes
                Vos données : préservées à 100 %
                Questions : ecole@example.org""");
    }

    @Test
    void the_dutch_and_english_texts_say_the_same() {
        Map<String, String> texts = Announcement.texts(FACTS);
        assertThat(texts).containsOnlyKeys("fr", "nl", "en");
        assertThat(texts.get("nl")).startsWith("📢 SchoolHub Stage 2 komt eraan!")
                .contains("- Messagerie: écrire aux familles", "zaterdag 14 maart 2026 om 10:00",
                        "Verwachte onderbreking: 45 minuten", "Uw gegevens: 100 % bewaard", "Vragen: ecole@example.org");
        assertThat(texts.get("en")).startsWith("📢 SchoolHub Stage 2 is coming!")
                .contains("- Agenda: voir les sorties", "Saturday 14 March 2026 at 10:00",
                        "Expected downtime: 45 minutes", "Your data: 100 % preserved", "Questions: ecole@example.org");
    }
}
