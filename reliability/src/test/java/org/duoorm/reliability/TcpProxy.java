package org.duoorm.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP forwarder on 127.0.0.1 in front of a local database port, to play "the database went down and
 * came back" without touching the shared server: {@link #stop()} closes the listening socket and every
 * forwarded connection (as a server restart would), {@link #start()} listens again on the same port.
 * {@link #freeze()} plays a server or network that stops answering: connections stay open, nothing is
 * forwarded (new connections, such as a cancel request, are accepted and hang too) until {@link #thaw()}.
 * {@link #cutOnNextUse()} plays idle connections that the server side dropped without the client noticing yet.
 */
final class TcpProxy implements AutoCloseable {
    private final int targetPort;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket server;
    private volatile boolean frozen;
    private final Set<Socket> doomed = ConcurrentHashMap.newKeySet();
    private final Set<Socket> clients = ConcurrentHashMap.newKeySet();
    private int port;

    TcpProxy(int targetPort) {
        this.targetPort = targetPort;
    }

    synchronized TcpProxy start() throws IOException {
        ServerSocket s = bind();
        port = s.getLocalPort();
        server = s;
        Thread accept = new Thread(() -> acceptLoop(s), "rel-proxy-accept");
        accept.setDaemon(true);
        accept.start();
        return this;
    }

    /** Binds the same port again; the old listening socket may take a moment to go away. */
    private ServerSocket bind() throws IOException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            ServerSocket s = new ServerSocket();
            s.setReuseAddress(true);
            try {
                s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
                return s;
            } catch (java.net.BindException e) {
                s.close();
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    int port() {
        return port;
    }

    private void acceptLoop(ServerSocket s) {
        while (!s.isClosed()) {
            try {
                Socket client = s.accept();
                sockets.add(client);
                clients.add(client);
                if (s.isClosed()) {
                    closeQuietly(client);
                    return;
                }
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                sockets.add(upstream);
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException e) {
                // Closed by stop(), or the target refused: the client sees its connection fail.
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    if (doomed.remove(from)) {
                        return; // cut on its first use: nothing forwarded, both sides closed below
                    }
                    while (frozen && !to.isClosed()) {
                        Thread.sleep(10);
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // One side closed.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "rel-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    /** Stops forwarding, in both directions and on every connection, without closing any. */
    void freeze() {
        frozen = true;
    }

    /**
     * Plays connections whose server session ended while they sat idle, before the client saw it: each connection
     * open now is cut, both ways, when the client next sends something, and what it sent is not forwarded.
     * Connections opened later are forwarded as usual.
     */
    void cutOnNextUse() {
        doomed.addAll(clients);
    }

    /** Forwards again what was held. */
    void thaw() {
        frozen = false;
    }

    /** Down: nothing listens and every open connection is cut. */
    synchronized void stop() {
        frozen = false;
        closeQuietly(server);
        for (Socket s : sockets) {
            closeQuietly(s);
        }
        sockets.clear();
        clients.clear();
        doomed.clear();
    }

    @Override
    public void close() {
        stop();
    }

    private static void closeQuietly(java.io.Closeable c) {
        try {
            if (c != null) {
                c.close();
            }
        } catch (IOException ignored) {
            // Already closed.
        }
    }
}
