package org.allianceledger.integrity;

import org.allianceledger.web.Page;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** For anyone who reads the record: what the log's checkpoints, receipts and proofs prove, and where to get them. */
@Page
class ProofsPage {

    private final LogTree tree;

    ProofsPage(LogTree tree) {
        this.tree = tree;
    }

    @GetMapping("/proofs")
    String proofs(Model model) {
        model.addAttribute("head", tree.head().size());
        model.addAttribute("root", tree.head().root());
        model.addAttribute("checkpoint", tree.latestCheckpoint().map(LogTree.Latest::checkpoint).orElse(null));
        return "proofs";
    }
}
