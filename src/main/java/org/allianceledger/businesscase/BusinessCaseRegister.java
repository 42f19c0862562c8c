package org.allianceledger.businesscase;

import java.util.List;

import org.allianceledger.alliance.ForecastLine;
import org.allianceledger.businesscase.BusinessCaseEvent.BusinessCaseApproved;
import org.allianceledger.businesscase.BusinessCaseEvent.BusinessCaseOptionChanged;
import org.allianceledger.businesscase.BusinessCaseEvent.BusinessCaseSuperseded;
import org.allianceledger.businesscase.BusinessCaseEvent.BusinessCaseWithdrawn;
import org.allianceledger.readmodel.Change;
import org.allianceledger.readmodel.PointInTime;
import org.allianceledger.readmodel.Projection;
import org.allianceledger.readmodel.ChangeLog;
import org.allianceledger.readmodel.ChangeLogProjection;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;

import com.mongodb.client.MongoDatabase;

/** The register of business cases: versions, forecasts and standing, on any date. */
@Projection
public class BusinessCaseRegister extends ChangeLogProjection {

    private static final String VERSION = "version";

    BusinessCaseRegister(MongoDatabase database) {
        super(database, "business_case_register");
    }

    @EventHandler
    void on(BusinessCaseApproved event, EventMessage<?> message) {
        changeLog.record(version(message, event, event.option(), event.forecast(), event.caseVersion())
                .set("caseId", event.caseId())
                .set("functionId", event.functionId())
                .set("title", event.title())
                .set("status", "approved")
                .set("approvedOn", event.decision().decidedOn()));
    }

    @EventHandler
    void on(BusinessCaseOptionChanged event, EventMessage<?> message) {
        changeLog.record(version(message, event, event.option(), event.forecast(), event.caseVersion()));
    }

    @EventHandler
    void on(BusinessCaseSuperseded event, EventMessage<?> message) {
        changeLog.record(change(message, event).set("status", "superseded").set("supersededBy", event.supersededBy()));
    }

    @EventHandler
    void on(BusinessCaseWithdrawn event, EventMessage<?> message) {
        changeLog.record(change(message, event).set("status", "withdrawn"));
    }

    public List<BusinessCaseRow> businessCases(PointInTime at) {
        return changeLog.states(at, ChangeLog.ALL, BusinessCaseRow.class);
    }


    private static Change change(EventMessage<?> message, BusinessCaseEvent event) {
        return Change.of(message, event.caseId(), event.decision());
    }

    private static Change version(EventMessage<?> message, BusinessCaseEvent event, String option,
                                  List<ForecastLine> forecast, int version) {
        return change(message, event)
                .set("option", option)
                .set("forecast", forecast)
                .set(VERSION, version)
                .append("versions", new BusinessCaseRow.Version(version, option, forecast, event.decision().decidedOn()));
    }
}
