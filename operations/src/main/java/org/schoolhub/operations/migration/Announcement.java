package org.schoolhub.operations.migration;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.schoolhub.shared.values.MigrationFeature;

/**
 * The announcement to families, in fr, nl and en, from the stage rules' template
 * ("📢 SchoolHub Stage X arrive !"): the features and what they bring, the date in the community's
 * time zone, the downtime, the promise about their data and whom to ask.
 */
final class Announcement {

    private Announcement() {
    }

    /** What an announcement says: the migration's own facts. */
    record Facts(int toStage, Instant scheduledFor, ZoneId zone, int downtimeMinutes, String contact,
                 List<MigrationFeature> features) {
    }

    /** The texts by language. */
    static Map<String, String> texts(Facts facts) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("fr", text(facts, Locale.FRENCH, new Words("📢 SchoolHub Stage %d arrive !", "Nouveautés :",
                "%s : %s", "Date : %s (%s)", "EEEE d MMMM yyyy 'à' HH:mm", "Interruption prévue : %d minutes",
                "Vos données : préservées à 100 %", "Questions : %s")));
        texts.put("nl", text(facts, Locale.forLanguageTag("nl"), new Words("📢 SchoolHub Stage %d komt eraan!",
                "Nieuw:", "%s: %s", "Datum: %s (%s)", "EEEE d MMMM yyyy 'om' HH:mm",
                "Verwachte onderbreking: %d minuten", "Uw gegevens: 100 % bewaard", "Vragen: %s")));
        texts.put("en", text(facts, Locale.ENGLISH, new Words("📢 SchoolHub Stage %d is coming!", "What's new:",
                "%s: %s", "Date: %s (%s)", "EEEE d MMMM yyyy 'at' HH:mm", "Expected downtime: %d minutes",
                "Your data: 100 % preserved", "Questions: %s")));
        return texts;
    }

    private static String text(Facts facts, Locale locale, Words words) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(locale, words.headline(), facts.toStage())).append("\n\n");
        text.append(words.features()).append('\n');
        for (MigrationFeature feature : facts.features()) {
            text.append("- ").append(String.format(locale, words.feature(), feature.name(), feature.benefit()))
                    .append('\n');
        }
        String date = DateTimeFormatter.ofPattern(words.datePattern(), locale)
                .format(facts.scheduledFor().atZone(facts.zone()));
        text.append('\n').append(String.format(locale, words.date(), date, facts.zone())).append('\n');
        text.append(String.format(locale, words.downtime(), facts.downtimeMinutes())).append('\n');
        text.append(words.data()).append('\n');
        text.append(String.format(locale, words.contact(), facts.contact()));
        return text.toString();
    }

    /** One language's words; {@code data} is taken as it is, its "%" is no format. */
    private record Words(String headline, String features, String feature, String date, String datePattern,
                         String downtime, String data, String contact) {
    }
}
