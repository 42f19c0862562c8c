package org.allianceledger;

import java.util.List;

import org.allianceledger.agreement.Section22AgreementCommand;
import org.allianceledger.agreement.Section22AgreementEvent;
import org.allianceledger.alliance.Features;
import org.allianceledger.alliance.Features.Feature;
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
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one place that lists the ledger's features, handed as {@link Features} to the modules that need every type. */
@Configuration(proxyBeanMethods = false)
public class LedgerFeatures {

    public static final Features ALL = new Features(List.of(
            new Feature(GovernanceBodyCommand.class, GovernanceBodyEvent.class),
            new Feature(FinancialPrinciplesCommand.class, FinancialPrinciplesEvent.class),
            new Feature(CollaboratedFunctionCommand.class, CollaboratedFunctionEvent.class),
            new Feature(BusinessCaseCommand.class, BusinessCaseEvent.class),
            new Feature(Section22AgreementCommand.class, Section22AgreementEvent.class),
            new Feature(SavingsLedgerCommand.class, SavingsLedgerEvent.class),
            new Feature(ReviewCommand.class, ReviewEvent.class),
            new Feature(DisagreementCommand.class, DisagreementEvent.class)),
            List.of(IntegrityEvent.class));

    @Bean
    Features features() {
        return ALL;
    }
}
