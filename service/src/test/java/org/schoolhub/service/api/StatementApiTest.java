package org.schoolhub.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.schoolhub.service.support.ApiClient.Response;
import org.schoolhub.service.support.ApiTest;
import tools.jackson.databind.JsonNode;

class StatementApiTest extends ApiTest {

    private static final ZoneId COMMUNITY = ZoneId.of("Europe/Brussels");

    /** Two families and two transfers today: Dupont pays 25, then is paid 10 back. */
    private record Scene(Family dupont, Family martin, LocalDate today) {
    }

    private Scene scene() {
        Family dupont = enrol("Dupont");
        Family martin = enrol("Martin");
        assertThat(api.post("/api/sel/transfers", SelApiTest.transfer(UUID.randomUUID(), dupont, martin, 25, "babysitting"),
                dupont.login()).status()).isEqualTo(201);
        assertThat(api.post("/api/sel/transfers", SelApiTest.transfer(UUID.randomUUID(), martin, dupont, 10, "=1+1"),
                martin.login()).status()).isEqualTo(201);
        eventually(() -> assertThat(api.get("/api/sel/transfers?familyId=" + dupont.id(), dupont.login()).json()).hasSize(2));
        return new Scene(dupont, martin, LocalDate.now(COMMUNITY));
    }

    private static String path(Family family, LocalDate from, LocalDate to) {
        return "/api/sel/statements/" + family.id() + "?from=" + from + "&to=" + to;
    }

    @Test
    void the_json_statement_agrees_with_the_point_in_time_balances() {
        Scene scene = scene();
        Family dupont = scene.dupont();
        Response today = api.get(path(dupont, scene.today(), scene.today()), dupont.login());
        assertThat(today.status()).as(today.toString()).isEqualTo(200);
        JsonNode statement = today.json();
        Instant startOfDay = scene.today().atStartOfDay(COMMUNITY).toInstant();
        long before = api.get("/api/sel/accounts/" + dupont.id() + "?at=" + startOfDay.minusMillis(1), dupont.login())
                .json().get("balance").asLong();
        long now = api.get("/api/sel/accounts/" + dupont.id(), dupont.login()).json().get("balance").asLong();
        assertThat(statement.get("openingBalance").asLong()).isEqualTo(before).isZero();
        assertThat(statement.get("closingBalance").asLong()).isEqualTo(now).isEqualTo(-15);
        JsonNode entries = statement.get("entries");
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).get("amount").asLong()).isEqualTo(-25);
        assertThat(entries.get(0).get("memo").asString()).isEqualTo("babysitting");
        assertThat(entries.get(0).get("counterparty").get("name").asString()).isEqualTo("Martin");
        assertThat(entries.get(1).get("amount").asLong()).isEqualTo(10);
        assertThat(entries.get(1).get("balanceAfter").asLong()).isEqualTo(-15);
        JsonNode later = api.get(path(dupont, scene.today().plusDays(1), scene.today().plusDays(2)), dupont.login()).json();
        assertThat(later.get("openingBalance").asLong()).isEqualTo(-15);
        assertThat(later.get("closingBalance").asLong()).isEqualTo(-15);
        assertThat(later.get("entries")).isEmpty();
        JsonNode earlier = api.get(path(dupont, scene.today().minusDays(3), scene.today().minusDays(1)), ADMIN).json();
        assertThat(earlier.get("closingBalance").asLong()).isZero();
    }

    @Test
    void the_csv_statement_holds_the_figures_in_the_readers_language() {
        Scene scene = scene();
        Response csv = api.getAs(path(scene.dupont(), scene.today(), scene.today()), scene.dupont().login(), "text/csv", "fr");
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        List<String> lines = Arrays.asList(csv.body().replace("\uFEFF", "").split("\r\n"));
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo("Date,Contrepartie,Mémo,Type,Montant,Solde");
        assertThat(lines.get(1)).endsWith(",Solde d'ouverture,,,0");
        assertThat(lines.get(2)).contains(",Martin,babysitting,Transfert,-25,-25");
        assertThat(lines.get(3)).as("a memo a spreadsheet would run is quoted").contains(",Martin,'=1+1,Transfert,10,-15");
        assertThat(lines.get(4)).isEqualTo(scene.today() + ",,Solde de clôture,,,-15");
    }

    @Test
    void the_pdf_statement_is_a_real_pdf_with_the_figures() throws IOException {
        Scene scene = scene();
        String statement = path(scene.dupont(), scene.today(), scene.today());
        Response head = api.getAs(statement, scene.dupont().login(), "application/pdf", "nl");
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.header("Content-Type")).isEqualTo("application/pdf");
        byte[] pdf = api.bytes(statement, scene.dupont().login(), "application/pdf", "nl");
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("SEL-afschrift", "Beginsaldo", "Eindsaldo", "Dupont", "Martin", "babysitting");
            assertThat(text.lines().filter(l -> l.contains("Beginsaldo")).findFirst().orElseThrow()).endsWith("0");
            assertThat(text.lines().filter(l -> l.contains("babysitting")).findFirst().orElseThrow()).contains("-25 -25");
            assertThat(text.lines().filter(l -> l.contains("Eindsaldo")).findFirst().orElseThrow()).endsWith("-15");
        }
    }

    @Test
    void a_member_never_reads_another_familys_statement_and_bad_periods_are_400() {
        Family own = enrol("Own");
        Family other = enrol("Other");
        LocalDate today = LocalDate.now(COMMUNITY);
        assertThat(api.get(path(own, today, today), other.login()).status()).isEqualTo(403);
        assertThat(api.getAs(path(own, today, today), other.login(), "application/pdf", "en").status()).isEqualTo(403);
        assertThat(api.getAs(path(own, today, today), other.login(), "text/csv", "en").status()).isEqualTo(403);
        assertThat(api.get(path(own, today, today.minusDays(1)), own.login()).status()).isEqualTo(400);
        assertThat(api.get(path(own, today.minusYears(2), today), own.login()).status()).isEqualTo(400);
        assertThat(api.get("/api/sel/statements/" + own.id() + "?from=yesterday&to=" + today, own.login()).status())
                .isEqualTo(400);
        assertThat(api.get("/api/sel/statements/" + own.id() + "?to=" + today, own.login()).status()).isEqualTo(400);
        assertThat(api.get(path(new Family(UUID.randomUUID(), own.login()), today, today), ADMIN).status()).isEqualTo(404);
        assertThat(api.getAs(path(own, today, today), own.login(), "image/png", "en").status()).isEqualTo(406);
    }
}
