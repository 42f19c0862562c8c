package org.allianceledger.integrity;

/** An integrity report in lines a person reads at a terminal. */
final class Reports {

    private Reports() {
    }

    static String describe(IntegrityReport report) {
        StringBuilder text = new StringBuilder().append(report.ok() ? "OK: " : "BROKEN: ")
                .append(report.events()).append(" events in ").append(report.streams()).append(" streams, ")
                .append(report.seals()).append(" seals, ")
                .append(report.checkpoints()).append(" checkpoints; Merkle tree of ").append(report.treeSize()).append(" events, root ")
                .append(report.treeRoot());
        report.breaks().forEach(found -> text.append("\n  ").append(found.aggregateId()).append(" #").append(found.sequence())
                .append(" (event ").append(found.eventId()).append(", position ").append(found.position()).append("): ").append(found.problem())
                .append("; expected ").append(found.expected()).append(", found ").append(found.found()));
        return text.toString();
    }
}
