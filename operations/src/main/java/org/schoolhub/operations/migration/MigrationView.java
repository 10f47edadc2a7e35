package org.schoolhub.operations.migration;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.schoolhub.shared.values.MigrationFeature;

/** A stage migration as GET /api/community/migrations/{id} shows it (API.md, Stage migrations). */
record MigrationView(UUID migrationId, int fromStage, int toStage, String status, Instant scheduledFor,
                     int downtimeMinutes, List<MigrationFeature> features, List<ChecklistItem> checklist,
                     List<StopSignal> stopSignals, AnnouncementView announcement, Watch watch, UUID snapshotId,
                     Boolean overridden, String overrideReason) {

    /** The announcement: when it was published (null: not yet) and its texts by language. */
    record AnnouncementView(Instant publishedAt, Map<String, String> texts) {
    }

    /** The watch after an executed migration; {@code degraded} when p95 or error rate got worse by more than 20 %. */
    record Watch(Instant until, Double p95BeforeMs, Double p95AfterMs, Double errorRateBefore, Double errorRateAfter,
                 boolean degraded) {
    }
}
