package org.schoolhub.query.notification;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.schoolhub.support.web.ServesHttp;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open notification streams of this node. A stream holds no request thread: Spring's
 * SseEmitter answers asynchronously, and one scheduler thread feeds every stream. It looks for new
 * rows in the notification table rather than waiting for this node's projection, because with
 * several nodes another node's processor may be the one that writes a family's notifications;
 * one query serves every open stream. Heartbeats keep proxies from closing an idle stream and
 * find streams whose client went away; every stream ends after the configured timeout.
 */
@Component
@ServesHttp
class NotificationStreams implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationStreams.class);

    private final NotificationReader reader;
    private final NotificationSettings settings;
    private final Map<SseEmitter, Stream> streams = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "notification-streams");
        thread.setDaemon(true);
        return thread;
    });

    NotificationStreams(NotificationReader reader, NotificationSettings settings) {
        this.reader = reader;
        this.settings = settings;
        scheduler.scheduleWithFixedDelay(this::guarded, settings.pollInterval().toMillis(),
                settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Opens a stream of a family's notifications after {@code after}; those already there come first. */
    SseEmitter open(UUID familyId, long after) {
        SseEmitter emitter = new SseEmitter(settings.streamTimeout().toMillis());
        Stream stream = new Stream(familyId, after, System.nanoTime());
        emitter.onCompletion(() -> streams.remove(emitter));
        emitter.onTimeout(() -> streams.remove(emitter));
        emitter.onError(e -> streams.remove(emitter));
        // sent at once, so that the client has the answer's head without waiting for a notification
        send(emitter, SseEmitter.event().comment("open").reconnectTime(settings.pollInterval().toMillis() * 2));
        streams.put(emitter, stream);
        return emitter;
    }

    int open() {
        return streams.size();
    }

    private void guarded() {
        try {
            deliver();
        } catch (RuntimeException e) {
            LOG.warn("Notification streams could not be fed this time: {}", e.toString());
        }
    }

    private void deliver() {
        if (streams.isEmpty()) {
            return;
        }
        List<Map.Entry<SseEmitter, Stream>> open = new ArrayList<>(streams.entrySet());
        List<UUID> families = open.stream().map(e -> e.getValue().familyId).toList();
        List<Long> cursors = open.stream().map(e -> e.getValue().cursor).toList();
        List<NotificationReader.Addressed> found = reader.after(families, cursors);
        long now = System.nanoTime();
        for (Map.Entry<SseEmitter, Stream> entry : open) {
            Stream stream = entry.getValue();
            boolean sent = false;
            for (NotificationReader.Addressed item : found) {
                if (item.familyId().equals(stream.familyId) && item.notification().id() > stream.cursor) {
                    sent |= send(entry.getKey(), SseEmitter.event().id(Long.toString(item.notification().id()))
                            .name(item.notification().type().name())
                            .data(item.notification(), MediaType.APPLICATION_JSON));
                    stream.cursor = item.notification().id();
                }
            }
            if (sent) {
                stream.lastSent = now;
            } else if (now - stream.lastSent >= settings.heartbeatInterval().toNanos()) {
                send(entry.getKey(), SseEmitter.event().comment("heartbeat"));
                stream.lastSent = now;
            }
        }
    }

    /** A client gone away fails the write: its stream ends here. */
    private boolean send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
            return true;
        } catch (IOException | IllegalStateException e) {
            streams.remove(emitter);
            emitter.completeWithError(e);
            return false;
        }
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
        streams.keySet().forEach(SseEmitter::complete);
        streams.clear();
    }

    /** One open stream: whose, the last id it sent, and when it last sent anything. */
    private static final class Stream {
        final UUID familyId;
        volatile long cursor;
        volatile long lastSent;

        Stream(UUID familyId, long cursor, long lastSent) {
            this.familyId = familyId;
            this.cursor = cursor;
            this.lastSent = lastSent;
        }
    }
}
