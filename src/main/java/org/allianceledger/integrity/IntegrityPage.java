package org.allianceledger.integrity;

import java.security.Principal;
import java.util.List;
import java.util.Optional;

import org.allianceledger.web.Page;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** For auditors: whether the record verifies now, its latest seal, the export and the key that signs it. */
@Page
class IntegrityPage {

    private final StoredChain chain;
    private final LogTree tree;
    private final IntegritySeals seals;
    private final ObjectProvider<SigningKey> signingKey;

    IntegrityPage(StoredChain chain, LogTree tree, IntegritySeals seals, ObjectProvider<SigningKey> signingKey) {
        this.chain = chain;
        this.tree = tree;
        this.seals = seals;
        this.signingKey = signingKey;
    }

    @GetMapping("/integrity")
    String integrity(Model model) {
        LogTree.Head served = tree.head();
        StoredChain.Contents stored = chain.all();
        model.addAttribute("report", stored.verify(served));
        model.addAttribute("latestSeal", latestSeal(stored.events()).orElse(null));
        model.addAttribute("keyFingerprint", signingKey.getObject().fingerprint());
        return "integrity";
    }

    /** A form post (with its CSRF token) from the page; answers by showing the page again. */
    @PostMapping("/integrity/seal")
    String seal(Principal auditor) {
        seals.seal(auditor.getName());
        return "redirect:/integrity";
    }

    private static Optional<ChainedEvent> latestSeal(List<ChainedEvent> events) {
        return events.stream().filter(event -> IntegritySealed.TYPE.equals(event.type())).reduce((first, second) -> second);
    }
}
