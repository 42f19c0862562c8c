package org.allianceledger;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.allianceledger.agreement.Section22AgreementCommand;
import org.allianceledger.agreement.Section22AgreementEvent;
import org.allianceledger.alliance.DecisionCommand;
import org.allianceledger.alliance.PublicName;
import org.allianceledger.alliance.RecordedDecision;
import org.allianceledger.businesscase.BusinessCaseCommand;
import org.allianceledger.businesscase.BusinessCaseEvent;
import org.allianceledger.disagreement.DisagreementCommand;
import org.allianceledger.disagreement.DisagreementEvent;
import org.allianceledger.function.CollaboratedFunctionCommand;
import org.allianceledger.function.CollaboratedFunctionEvent;
import org.allianceledger.governance.FinancialPrinciplesCommand;
import org.allianceledger.governance.FinancialPrinciplesEvent;
import org.allianceledger.governance.GovernanceBodyCommand;
import org.allianceledger.governance.GovernanceBodyEvent;
import org.allianceledger.integrity.IntegrityEvent;
import org.allianceledger.review.ReviewCommand;
import org.allianceledger.review.ReviewEvent;
import org.allianceledger.savings.SavingsLedgerCommand;
import org.allianceledger.savings.SavingsLedgerEvent;

/**
 * The one place that lists the ledger's features: each aggregate's sealed command and event
 * interfaces. Every command and event type is found from these by the compiler's list of permitted
 * subtypes, not by scanning the classpath, so what the API accepts and the store reads is what this
 * code says. (One sealed root cannot stand in for the list: outside a named module, a sealed
 * interface permits only types of its own package.)
 */
public final class Features {

    private record Feature(Class<? extends DecisionCommand> commands, Class<? extends RecordedDecision> events) {
    }

    private static final List<Feature> ALL = List.of(
            new Feature(GovernanceBodyCommand.class, GovernanceBodyEvent.class),
            new Feature(FinancialPrinciplesCommand.class, FinancialPrinciplesEvent.class),
            new Feature(CollaboratedFunctionCommand.class, CollaboratedFunctionEvent.class),
            new Feature(BusinessCaseCommand.class, BusinessCaseEvent.class),
            new Feature(Section22AgreementCommand.class, Section22AgreementEvent.class),
            new Feature(SavingsLedgerCommand.class, SavingsLedgerEvent.class),
            new Feature(ReviewCommand.class, ReviewEvent.class),
            new Feature(DisagreementCommand.class, DisagreementEvent.class));

    private Features() {
    }

    /** Every command record. */
    public static List<Class<? extends DecisionCommand>> commands() {
        return ALL.stream().<Class<? extends DecisionCommand>>flatMap(feature -> recordsOf(feature.commands())).toList();
    }

    /** Every event record the store keeps: the features' decisions and the ledger's own seals over its record. */
    public static List<Class<?>> events() {
        return Stream.<Class<?>>concat(ALL.stream().flatMap(feature -> recordsOf(feature.events())),
                recordsOf(IntegrityEvent.class)).toList();
    }

    /** A command's endpoint name or an event's register kind, as its {@link PublicName} gives it. */
    public static String publicName(Class<?> type) {
        PublicName name = type.getAnnotation(PublicName.class);
        if (name == null) {
            throw new IllegalStateException(type.getName() + " has no @PublicName");
        }
        return name.value();
    }

    /** The records a sealed interface permits, through its sealed sub-interfaces (a review's recommendation events). */
    private static <T> Stream<Class<? extends T>> recordsOf(Class<T> family) {
        return permitted(family).map(type -> type.asSubclass(family));
    }

    private static Stream<Class<?>> permitted(Class<?> sealed) {
        return Arrays.stream(sealed.getPermittedSubclasses()).flatMap(type -> type.isSealed() ? permitted(type) : Stream.of(type));
    }
}
