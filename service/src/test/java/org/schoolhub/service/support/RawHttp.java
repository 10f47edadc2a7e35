package org.schoolhub.service.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP/1.1 over a plain socket, for what a regular client will not send: a path exactly as
 * written (encoded slashes, NULs), a malformed request line, a chunked body of any size. The
 * body is written by a second thread while the answer is read, as a client streaming an upload
 * would; a server that answers early and closes the connection ends the writing, not the test.
 */
public final class RawHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int CHUNK = 64 * 1024;

    private final int port;

    public RawHttp(int port) {
        this.port = port;
    }

    /** A request head as given (request line and headers, without the blank line) and no body. */
    public Answer head(String requestLine, ApiClient.Credentials who, String... headers) {
        return exchange(requestLine, who, headers, -1, null);
    }

    /**
     * A request with a chunked body of {@code bytes} bytes: {@code prefix}, then {@code fill}
     * repeated. The body is generated as it is sent; nothing holds it whole.
     */
    public Answer chunked(String method, String path, ApiClient.Credentials who, String prefix, char fill, long bytes,
                          String... headers) {
        String[] all = Arrays.copyOf(headers, headers.length + 1);
        all[headers.length] = "Transfer-Encoding: chunked";
        return exchange(method + " " + path + " HTTP/1.1", who, all, bytes, body(prefix, fill));
    }

    private Answer exchange(String requestLine, ApiClient.Credentials who, String[] headers, long bytes, byte[][] body) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            StringBuilder head = new StringBuilder(requestLine).append("\r\nHost: 127.0.0.1:").append(port)
                    .append("\r\nConnection: close\r\n");
            if (who != null) {
                head.append("Authorization: Basic ").append(Base64.getEncoder().encodeToString(
                        (who.username() + ":" + who.password()).getBytes(StandardCharsets.UTF_8))).append("\r\n");
            }
            for (String header : headers) {
                head.append(header).append("\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            CompletableFuture<Long> written = body == null ? CompletableFuture.completedFuture(0L)
                    : CompletableFuture.supplyAsync(() -> writeChunked(out, body, bytes));
            Answer answer = read(socket.getInputStream());
            // the answer is in: a writer still blocked on a server that stopped reading ends here
            socket.close();
            return answer.withBytesWritten(written.join());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[][] body(String prefix, char fill) {
        byte[] filler = new byte[CHUNK];
        Arrays.fill(filler, (byte) fill);
        return new byte[][]{prefix.getBytes(StandardCharsets.UTF_8), filler};
    }

    /** Writes until done or until the server stops listening; returns how much went out. */
    private static long writeChunked(OutputStream out, byte[][] body, long bytes) {
        long sent = 0;
        try {
            byte[] prefix = body[0];
            writeChunk(out, prefix, Math.min(prefix.length, bytes));
            sent = Math.min(prefix.length, bytes);
            while (sent < bytes) {
                int n = (int) Math.min(CHUNK, bytes - sent);
                writeChunk(out, body[1], n);
                sent += n;
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        } catch (IOException closedByServer) {
            // the server answered and closed: what matters is its answer
        }
        return sent;
    }

    private static void writeChunk(OutputStream out, byte[] data, long length) throws IOException {
        if (length == 0) {
            return;
        }
        out.write((Long.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(data, 0, (int) length);
        out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; !complete(all.toByteArray()) && (n = in.read(buffer)) >= 0; ) {
                all.write(buffer, 0, n);
            }
        } catch (IOException resetAfterTheAnswer) {
            if (all.size() == 0) {
                throw resetAfterTheAnswer;
            }
        }
        byte[] bytes = all.toByteArray();
        int end = indexOf(bytes, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
        if (end < 0) {
            throw new IOException("no complete answer: " + all.toString(StandardCharsets.UTF_8));
        }
        String[] lines = new String(bytes, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        byte[] body = Arrays.copyOfRange(bytes, end + 4, bytes.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(body);
        }
        return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, new String(body, StandardCharsets.UTF_8), 0);
    }

    /** Head and body are in: by Content-Length, or by the last chunk (an answer may not close the connection). */
    private static boolean complete(byte[] bytes) {
        int end = indexOf(bytes, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
        if (end < 0) {
            return false;
        }
        String head = new String(bytes, 0, end, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        int length = head.indexOf("\r\ncontent-length:");
        if (length >= 0) {
            int lineEnd = head.indexOf("\r\n", length + 2);
            String value = head.substring(length + 17, lineEnd < 0 ? head.length() : lineEnd).trim();
            return bytes.length - end - 4 >= Long.parseLong(value);
        }
        if (head.contains("\r\ntransfer-encoding: chunked")) {
            return indexOf(bytes, "\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), end) >= 0;
        }
        return false;
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] crlf = "\r\n".getBytes(StandardCharsets.ISO_8859_1);
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOf(chunked, crlf, at);
            String sizeLine = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1);
            int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            body.write(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        return body.toByteArray();
    }

    private static int indexOf(byte[] bytes, byte[] wanted, int from) {
        outer:
        for (int i = from; i <= bytes.length - wanted.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (bytes[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Status, headers (names in lower case), body, and how many body bytes the client got out. */
    public record Answer(int status, Map<String, String> headers, String body, long bytesWritten) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String contentType() {
            return headers.getOrDefault("content-type", "");
        }

        Answer withBytesWritten(long written) {
            return new Answer(status, headers, body, written);
        }

        @Override
        public String toString() {
            return status + " " + headers + " " + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
        }
    }
}
