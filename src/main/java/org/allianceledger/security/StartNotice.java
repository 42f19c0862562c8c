package org.allianceledger.security;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * One block in the log once the ledger answers, after the start-up's own lines: where to open it
 * and, on the embedded store with no users configured, the users generated for this run.
 */
@Component
class StartNotice {

    private static final Logger log = LoggerFactory.getLogger(StartNotice.class);
    private static final String RULE = "=".repeat(78);

    private List<GeneratedUser> generated = List.of();

    /** A user made for this run only, with its password in clear: it is printed once and stored nowhere. */
    record GeneratedUser(String username, String password, String may) {
    }

    void generatedUsers(List<GeneratedUser> users) {
        generated = List.copyOf(users);
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return; // a verb of the jar: nothing to open, nobody to sign in
        }
        StringBuilder block = new StringBuilder("\n").append(RULE).append('\n')
                .append("  Alliance Ledger is ready: http://localhost:").append(web.getWebServer().getPort()).append("/\n");
        if (!generated.isEmpty()) {
            block.append("  No users are configured (ledger.security.users). Sign in with one of these,\n")
                    .append("  made for this run on the embedded store only (not stored; new ones at every start):\n");
            generated.forEach(user -> block.append(String.format("      %-8s / %s   (%s)%n", user.username(), user.password(), user.may())));
        }
        log.info(block.append(RULE).toString());
    }
}
