package org.allianceledger.integrity;

import java.util.Map;

import org.allianceledger.web.Page;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page says which state of the log it was read at, in its footer (printed with it): the size
 * of the log's Merkle tree and the first characters of its root. A receipt or a consistency proof
 * later shows whether the log has only grown since.
 */
@ControllerAdvice(annotations = Page.class)
class LogHeadAdvice {

    static final int ROOT_SHOWN = 16;

    private final LogTree tree;

    LogHeadAdvice(LogTree tree) {
        this.tree = tree;
    }

    /** The tree's size as {@code events} and the start of its root as {@code root}, read together. */
    @ModelAttribute("logHead")
    Map<String, Object> logHead() {
        LogTree.Head head = tree.head();
        return Map.of("events", head.size(), "root", head.root().substring(0, ROOT_SHOWN));
    }
}
