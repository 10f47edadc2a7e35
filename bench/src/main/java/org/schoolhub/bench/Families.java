package org.schoolhub.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The families the load moves units between: those already enrolled, topped up to the number asked. */
final class Families {

    private Families() {
    }

    static List<String> ensure(Http http, int count) {
        List<String> ids = new ArrayList<>();
        String list = http.get("/api/sel/accounts").body();
        int at = 0;
        while ((at = list.indexOf("\"familyId\":\"", at)) >= 0) {
            at += 12;
            ids.add(list.substring(at, list.indexOf('"', at)));
        }
        while (ids.size() < count) {
            String email = "bench-" + UUID.randomUUID() + "@example.org";
            Http.Answer answer = http.post("/api/families", "{\"name\":\"Bench\",\"email\":\"" + email
                    + "\",\"password\":\"bench-password\"}");
            if (answer.status() != 201) {
                throw new IllegalStateException("enrolment failed: " + answer);
            }
            ids.add(Http.field(answer.body(), "familyId"));
        }
        return ids.subList(0, count);
    }
}
