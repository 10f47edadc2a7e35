package org.schoolhub.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * N keep-alive HTTP/1.1 clients on one thread and a selector, each with one request in flight:
 * a closed loop, as N blocking clients, without N threads. The load generator shares the machine's
 * two cores with the service; a thread per client cost it a sleep and a wake-up per request, and
 * the service the CPU those took. Responses are read to their end (Content-Length or chunked); a
 * broken connection counts as a failed request and is opened again, no sooner than every 10 ms.
 */
final class SelectorClients {

    private static final long RECONNECT_DELAY_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    /** The next request to send, or null when this client is done. */
    interface Requests {
        Request next();
    }

    /** A request's outcome: its HTTP status, or -1 when the connection failed. */
    interface Results {
        void completed(Request request, int status, long micros);
    }

    record Request(String id, byte[] bytes) {
    }

    private final InetSocketAddress address;

    SelectorClients(String host, int port) {
        this.address = new InetSocketAddress(host, port);
    }

    /** Runs until no client has anything left to send and every answer is in. */
    void run(int clients, long deadlineNanos, Requests requests, Results results) throws IOException {
        try (Selector selector = Selector.open()) {
            List<Client> all = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                all.add(new Client(selector, deadlineNanos, requests, results));
            }
            all.forEach(Client::connect);
            while (all.stream().anyMatch(client -> !client.done)) {
                long now = System.nanoTime();
                long wakeAt = Long.MAX_VALUE;
                for (Client client : all) {
                    if (!client.done && client.channel == null) {
                        if (client.retryAt <= now) {
                            client.connect();
                        } else {
                            wakeAt = Math.min(wakeAt, client.retryAt);
                        }
                    }
                }
                long waitMs = wakeAt == Long.MAX_VALUE ? 100 : Math.max(1, (wakeAt - now) / 1_000_000);
                selector.select(waitMs);
                for (SelectionKey key : selector.selectedKeys()) {
                    Client client = (Client) key.attachment();
                    if (key.isValid() && key.isWritable()) {
                        client.write();
                    } else if (key.isValid() && key.isReadable()) {
                        client.read();
                    }
                }
                selector.selectedKeys().clear();
            }
        }
    }

    private final class Client {
        private final Selector selector;
        private final long deadlineNanos;
        private final Requests requests;
        private final Results results;
        private SocketChannel channel;
        private SelectionKey key;
        private ByteBuffer out;
        private byte[] in = new byte[16 * 1024];
        private int inLength;
        private Request current;
        private long sentAt;
        private long retryAt;
        private boolean done;

        private Client(Selector selector, long deadlineNanos, Requests requests, Results results) {
            this.selector = selector;
            this.deadlineNanos = deadlineNanos;
            this.requests = requests;
            this.results = results;
        }

        void connect() {
            try {
                channel = SocketChannel.open(address);
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                channel.configureBlocking(false);
                key = channel.register(selector, 0, this);
                sendNext();
            } catch (IOException e) {
                broken();
            }
        }

        private void sendNext() {
            current = System.nanoTime() < deadlineNanos ? requests.next() : null;
            if (current == null) {
                finish();
                return;
            }
            out = ByteBuffer.wrap(current.bytes());
            inLength = 0;
            sentAt = System.nanoTime();
            write();
        }

        void write() {
            try {
                channel.write(out);
                key.interestOps(out.hasRemaining() ? SelectionKey.OP_WRITE : SelectionKey.OP_READ);
            } catch (IOException e) {
                broken();
            }
        }

        void read() {
            try {
                if (inLength == in.length) {
                    in = Arrays.copyOf(in, in.length * 2);
                }
                int n = channel.read(ByteBuffer.wrap(in, inLength, in.length - inLength));
                if (n < 0) {
                    broken();
                    return;
                }
                inLength += n;
                HttpResponseEnd end = HttpResponseEnd.of(in, inLength);
                if (end == null) {
                    return;
                }
                results.completed(current, end.status(), (System.nanoTime() - sentAt) / 1_000);
                current = null;
                if (end.closeAfter()) {
                    close();
                    retryAt = System.nanoTime();
                } else {
                    sendNext();
                }
            } catch (IOException e) {
                broken();
            }
        }

        /** The request in flight failed; the connection is opened again a little later. */
        private void broken() {
            if (current != null) {
                results.completed(current, -1, (System.nanoTime() - sentAt) / 1_000);
                current = null;
            }
            close();
            retryAt = System.nanoTime() + RECONNECT_DELAY_NANOS;
            if (retryAt >= deadlineNanos) {
                finish();
            }
        }

        private void finish() {
            close();
            done = true;
        }

        private void close() {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // closing a broken connection: nothing left to do
                }
            }
            channel = null;
            key = null;
        }
    }

    /** Where a response read so far ends, if it is complete: its status and whether the server closes. */
    record HttpResponseEnd(int status, boolean closeAfter) {

        static HttpResponseEnd of(byte[] bytes, int length) {
            int headEnd = indexOf(bytes, length, 0, "\r\n\r\n");
            if (headEnd < 0) {
                return null;
            }
            String head = new String(bytes, 0, headEnd, StandardCharsets.ISO_8859_1);
            int status = Integer.parseInt(head.substring(9, 12));
            long contentLength = 0;
            boolean chunked = false;
            boolean close = false;
            for (String line : head.split("\r\n")) {
                String lower = line.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    contentLength = Long.parseLong(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    close = true;
                }
            }
            int bodyStart = headEnd + 4;
            boolean complete = chunked ? chunkedEnd(bytes, length, bodyStart) : length >= bodyStart + contentLength;
            return complete ? new HttpResponseEnd(status, close) : null;
        }

        private static boolean chunkedEnd(byte[] bytes, int length, int from) {
            int position = from;
            while (true) {
                int lineEnd = indexOf(bytes, length, position, "\r\n");
                if (lineEnd < 0) {
                    return false;
                }
                String sizeLine = new String(bytes, position, lineEnd - position, StandardCharsets.ISO_8859_1);
                int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
                if (size == 0) {
                    return indexOf(bytes, length, lineEnd + 2, "\r\n") >= 0;
                }
                position = lineEnd + 2 + size + 2;
                if (position > length) {
                    return false;
                }
            }
        }

        private static int indexOf(byte[] bytes, int length, int from, String ascii) {
            outer:
            for (int i = from; i <= length - ascii.length(); i++) {
                for (int j = 0; j < ascii.length(); j++) {
                    if (bytes[i + j] != ascii.charAt(j)) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }
}
