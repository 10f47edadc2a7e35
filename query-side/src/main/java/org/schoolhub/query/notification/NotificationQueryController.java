package org.schoolhub.query.notification;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.RejectedException;
import org.schoolhub.support.web.Caller;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The caller's family's notifications (API.md, Families' own features): a list, and a live stream. */
@RestController
@RequestMapping("/api/me/notifications")
@Tag(name = "Notifications")
class NotificationQueryController {

    private final NotificationReader reader;
    private final NotificationStreams streams;

    NotificationQueryController(NotificationReader reader, NotificationStreams streams) {
        this.reader = reader;
        this.streams = streams;
    }

    @GetMapping
    @Operation(summary = "The caller's family's notifications after an id, oldest first (MEMBER)")
    List<NotificationView> list(@RequestParam(defaultValue = "0") long after, Caller caller) {
        return reader.after(familyOf(caller), checked(after));
    }

    @GetMapping(value = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ApiResponse(responseCode = "200", description = "A stream of events, each one's data a notification",
            content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE,
                    schema = @Schema(implementation = NotificationView.class)))
    @Operation(summary = "The same notifications as Server-Sent Events, live: each event's id is the notification's, "
            + "its name the type, its data the notification; a reconnecting client sends Last-Event-ID (MEMBER)")
    SseEmitter stream(@RequestParam(defaultValue = "0") long after,
                      @Parameter(description = "the last id received, as browsers send it when they reconnect")
                      @RequestHeader(value = "Last-Event-ID", required = false) Long lastEventId, Caller caller) {
        return streams.open(familyOf(caller), checked(lastEventId != null ? Math.max(lastEventId, after) : after));
    }

    private static long checked(long after) {
        if (after < 0) {
            throw new RejectedException(ErrorCode.VALIDATION_FAILED, "after", "must be 0 or more");
        }
        return after;
    }

    /** Notifications are a family's own: staff without a family have none to read. */
    private static java.util.UUID familyOf(Caller caller) {
        if (caller.familyId() == null) {
            throw new RejectedException(ErrorCode.FORBIDDEN);
        }
        return caller.familyId();
    }
}
