package org.allianceledger.businesscase;

import static org.allianceledger.alliance.Decisions.on;

import java.util.List;
import java.util.Map;

import org.allianceledger.alliance.FiscalYear;
import org.allianceledger.alliance.ForecastLine;
import org.allianceledger.alliance.Force;
import org.allianceledger.alliance.Money;
import org.allianceledger.businesscase.BusinessCaseCommand.ApproveBusinessCase;
import org.allianceledger.businesscase.BusinessCaseCommand.ChangeBusinessCaseOption;
import org.allianceledger.businesscase.BusinessCaseCommand.SupersedeBusinessCase;
import org.allianceledger.businesscase.BusinessCaseCommand.WithdrawBusinessCase;
import org.allianceledger.businesscase.BusinessCaseEvent.BusinessCaseApproved;
import org.allianceledger.businesscase.BusinessCaseEvent.BusinessCaseOptionChanged;
import org.allianceledger.businesscase.BusinessCaseEvent.BusinessCaseSuperseded;
import org.allianceledger.businesscase.BusinessCaseEvent.BusinessCaseWithdrawn;
import org.allianceledger.command.FeatureSamples;

public class BusinessCaseSamples implements FeatureSamples {

    private static final List<ForecastLine> ICT = List.of(new ForecastLine(Force.CAM, null, Money.ofThousands(2202)),
            new ForecastLine(Force.BED, FiscalYear.parse("2016/17"), Money.ofThousands(100)));

    @Override
    public Map<String, Object> commandsByEndpoint() {
        return Map.of(
                "/api/commands/approve-business-case",
                new ApproveBusinessCase("bc-ict", "ict", "ICT", "converged ICT", ICT, on("2015-10")),
                "/api/commands/change-business-case-option",
                new ChangeBusinessCaseOption("bc-ict", "phased convergence", ICT, on("2016")),
                "/api/commands/supersede-business-case", new SupersedeBusinessCase("bc-ict", "bc-ict-2", on("2017")),
                "/api/commands/withdraw-business-case", new WithdrawBusinessCase("bc-ict", on("2017")));
    }

    @Override
    public List<Object> events() {
        return List.of(
                new BusinessCaseApproved("bc-ict", "ict", "ICT", "converged ICT", ICT, 1, on("2015-10")),
                new BusinessCaseOptionChanged("bc-ict", "converged ICT", "phased", ICT, 2, on("2016")),
                new BusinessCaseSuperseded("bc-ict", "bc-ict-2", on("2017")),
                new BusinessCaseWithdrawn("bc-ict", on("2017")));
    }
}
