package org.etablering.local;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The SMTP server of local mode (GreenMail, in this JVM): it keeps every mail the application sends, and serves them
 * over IMAP, where any mail client reads a recipient's mail with the address as user name and any password.
 */
final class LocalMailServer {

    private final GreenMail server;
    private final int smtpPort;
    private final int imapPort;

    private LocalMailServer(GreenMail server, int smtpPort, int imapPort) {
        this.server = server;
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
    }

    static LocalMailServer start(int smtpPort, int imapPort) {
        GreenMail server = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
        LocalStack.notice("Local mail: SMTP on localhost:" + smtpPort + "; read what was sent over IMAP on localhost:"
                + imapPort + " (user name: the recipient's address, any password)");
        return new LocalMailServer(server, smtpPort, imapPort);
    }

    GreenMail server() {
        return server;
    }

    int smtpPort() {
        return smtpPort;
    }

    int imapPort() {
        return imapPort;
    }

    void stop() {
        server.stop();
    }
}
