package org.allianceledger.agreement;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.allianceledger.agreement.AgreementRow.Signature;
import org.allianceledger.alliance.CorporationSole;
import org.allianceledger.alliance.PartialDate;
import org.allianceledger.readmodel.PointInTime;
import org.allianceledger.readmodel.PointInTimeParams;
import org.allianceledger.readmodel.ReadModels;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The agreements' API as a slice: the register's rows at the point in time asked, as JSON or CSV, with
 * no store behind it (so without the integrity module's page advice and download header, which read the log).
 */
@WebMvcTest(controllers = AgreementController.class,
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.allianceledger\\.integrity\\..*"))
class AgreementControllerTest {

    private static final PointInTime MID_2015 = new PointInTime(LocalDate.parse("2015-06-30"), Instant.parse("2019-01-01T00:00:00Z"), 41);
    private static final CorporationSole BED_PCC = CorporationSole.parse("BED-PCC");
    private static final CorporationSole CAM_PCC = CorporationSole.parse("CAM-PCC");
    private static final AgreementRow JOINT_PROTECTIVE_SERVICES = new AgreementRow("s22-jps", "jps", "Joint Protective Services",
            List.of(BED_PCC, CAM_PCC), "=armed policing and roads", "tabled", PartialDate.parse("2015-03"),
            List.of(new Signature(BED_PCC, "Olly Martins", PartialDate.parse("2015-04-02"))), null, List.of(), null);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ReadModels readModels;

    @MockitoBean
    AgreementRegister register;

    @Test
    void answersTheRowsTheRegisterHoldsAtThePointInTimeAsked() throws Exception {
        when(readModels.readAt(new PointInTimeParams("2015-06-30", "2019-01-01T00:00:00Z"))).thenReturn(MID_2015);
        when(register.agreements(MID_2015)).thenReturn(List.of(JOINT_PROTECTIVE_SERVICES));

        mvc.perform(get("/api/agreements").with(user("viewer").roles("VIEWER")).param("asOf", "2015-06-30").param("knownAt", "2019-01-01T00:00:00Z"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$[0].agreementId").value("s22-jps"))
                .andExpect(jsonPath("$[0].parties[1]").value("CAM-PCC"))
                .andExpect(jsonPath("$[0].tabledOn").value("2015-03"))
                .andExpect(jsonPath("$[0].signatures[0].signatory").value("Olly Martins"));
    }

    @Test
    void answersTheSameRowsAsCsvWithCellsASpreadsheetWouldRunNeutralised() throws Exception {
        when(readModels.readAt(any())).thenReturn(MID_2015);
        when(register.agreements(MID_2015)).thenReturn(List.of(JOINT_PROTECTIVE_SERVICES));

        mvc.perform(get("/api/agreements").with(user("viewer").roles("VIEWER")).param("format", "csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content().string(startsWith("agreementId,functionId,title,parties,scope,status,")))
                .andExpect(content().string(containsString("s22-jps,jps,Joint Protective Services,Bedfordshire PCC; Cambridgeshire PCC,")))
                .andExpect(content().string(containsString(",'=armed policing and roads,tabled,2015-03,")));
    }

    @Test
    void aFormatItCannotWriteIsRefusedBeforeAnythingIsRead() throws Exception {
        mvc.perform(get("/api/agreements").with(user("viewer").roles("VIEWER")).accept(MediaType.APPLICATION_PDF)).andExpect(status().isNotAcceptable());
        verifyNoInteractions(readModels, register);
    }
}
