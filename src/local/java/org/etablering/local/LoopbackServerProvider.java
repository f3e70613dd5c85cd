package org.etablering.local;

import io.grpc.ServerBuilder;
import io.grpc.ServerProvider;
import io.grpc.netty.NettyServerBuilder;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * Makes every gRPC server this process opens listen on the loopback interface only. The embedded engine's
 * gateway takes commands without credentials, which would bypass every check of the application; in local
 * mode and tests nothing but this machine may reach it. Registered as a service of a higher priority than
 * Netty's own provider, so the engine's {@code ServerBuilder.forPort} comes here. Local mode only: the
 * production artefact has no embedded engine and no such provider.
 */
public final class LoopbackServerProvider extends ServerProvider {

    @Override
    protected boolean isAvailable() {
        return true;
    }

    @Override
    protected int priority() {
        return 10;
    }

    @Override
    protected ServerBuilder<?> builderForPort(int port) {
        return NettyServerBuilder.forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    }
}
