package org.segmenta.delivery.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A minimal SMTP server on loopback that accepts every message and only counts it (by Message-ID), for the
 * {@code bench} command's delivery figure: the bench bundle ships in the product, GreenMail must not, so this sink
 * stands in for it there. It speaks enough of RFC 5321 for Jakarta Mail without TLS or authentication: EHLO/HELO,
 * MAIL, RCPT, DATA (with dot-unstuffing), RSET, NOOP, QUIT. Not a mail server: it stores nothing.
 */
public final class SmtpSink implements AutoCloseable {

    private final ServerSocket server;
    private final Map<String, AtomicInteger> byMessageId = new ConcurrentHashMap<>();
    private final AtomicLong messages = new AtomicLong();
    private final Thread acceptor;

    /**
     * Starts the sink on a free port of 127.0.0.1.
     *
     * @throws IOException when no port can be opened
     */
    public SmtpSink() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::accept, "smtp-sink");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** @return the port it listens on */
    public int port() {
        return server.getLocalPort();
    }

    /** @return how many messages were accepted */
    public long messages() {
        return messages.get();
    }

    /** @return how many distinct Message-IDs were accepted more than once */
    public long duplicates() {
        return byMessageId.values().stream().filter(c -> c.get() > 1).count();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                Thread t = new Thread(() -> serve(s), "smtp-sink-connection");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket socket) {
        try (socket; BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                StandardCharsets.ISO_8859_1)); OutputStream out = socket.getOutputStream()) {
            reply(out, "220 segmenta-sink ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                String cmd = line.length() >= 4 ? line.substring(0, 4).toUpperCase(java.util.Locale.ROOT) : line;
                switch (cmd) {
                case "EHLO" -> reply(out, "250-segmenta-sink\r\n250-8BITMIME\r\n250 PIPELINING");
                case "HELO" -> reply(out, "250 segmenta-sink");
                case "MAIL", "RCPT", "RSET", "NOOP" -> reply(out, "250 OK");
                case "DATA" -> {
                    reply(out, "354 End data with <CR><LF>.<CR><LF>");
                    String id = null;
                    boolean headers = true;
                    while ((line = in.readLine()) != null && !line.equals(".")) {
                        if (headers && line.isEmpty()) {
                            headers = false;
                        } else if (headers && id == null && line.regionMatches(true, 0, "Message-ID:", 0, 11)) {
                            id = line.substring(11).trim();
                        }
                    }
                    messages.incrementAndGet();
                    if (id != null) {
                        byMessageId.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                    }
                    reply(out, "250 OK queued");
                }
                case "QUIT" -> {
                    reply(out, "221 Bye");
                    return;
                }
                default -> reply(out, "502 Command not implemented");
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
