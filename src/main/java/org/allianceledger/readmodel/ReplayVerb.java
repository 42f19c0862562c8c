package org.allianceledger.readmodel;

import java.io.PrintStream;

import org.allianceledger.cli.StoreWideVerb;
import org.allianceledger.cli.VerbFailure;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code replay all}: rebuilds every read model from the event store, as the admin endpoint does, and
 * says how long it took. The read models live in each serving instance's memory, so this changes
 * nothing stored: it checks that every stored event folds into them, and times a start's rebuild.
 */
public final class ReplayVerb extends StoreWideVerb {

    @Override
    public String name() {
        return "replay";
    }

    @Override
    public int run(ConfigurableApplicationContext context, String argument, PrintStream out) {
        ReadModels.Replay replay = context.getBean(ReadModels.class).replay();
        if (!replay.complete()) {
            throw new VerbFailure("The replay did not catch up within ledger.read-models.replay-wait");
        }
        out.println("Replayed " + replay.events() + " events into the read models in " + replay.millis()
                + " ms (each serving instance rebuilds its own at its start).");
        return 0;
    }
}
