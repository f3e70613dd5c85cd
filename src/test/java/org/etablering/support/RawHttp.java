package org.etablering.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** HTTP/1.1 written by hand, for what a well-behaved client refuses to send: raw bytes in headers, huge headers. */
public final class RawHttp {

    private RawHttp() {
    }

    public static String post(int port, String path, String token, String contentType, String body, String extraHeader) {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        return exchange(port, "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + content.length + "\r\n" + extraHeader
                + "\r\nConnection: close\r\n\r\n", content);
    }

    public static String get(int port, String path, String extraHeader) {
        return exchange(port, "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n" + extraHeader
                + "\r\nConnection: close\r\n\r\n", new byte[0]);
    }

    /** Headers go out as UTF-8 bytes, so non-ASCII characters arrive as the bytes they are. */
    private static String exchange(int port, String head, byte[] body) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.UTF_8));
            out.write(body);
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
