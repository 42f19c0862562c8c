package org.allianceledger.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.UUID;

import org.allianceledger.alliance.InvalidInput;
import org.allianceledger.support.CommandFuzzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Errors say whose fault they are: a client's mistake answers 400 naming the field, and whatever
 * else a handler throws (a bug) answers 500 with a correlation id, logged at ERROR with its stack
 * trace, never 400 as if the request were to blame. A test-only controller stands in for a buggy handler.
 */
@ExtendWith(OutputCaptureExtension.class)
class ServiceFaultTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new FailingController(), new FailingPage())
            .setControllerAdvice(new PageErrorAdvice(), new ProblemDetailsAdvice(), new ServiceFaultAdvice(), new PageFaultAdvice(),
                    new ProblemDetailsInWords())
            .build();

    @Page
    static class FailingPage {

        @GetMapping("/failing-page")
        String fail() {
            throw new IllegalStateException("No streaming processor read-models");
        }
    }

    @RestController
    static class FailingController {

        @GetMapping("/api/failing/{how}")
        String fail(@PathVariable String how) {
            throw switch (how) {
                case "client-mistake" -> new InvalidInput("asOf", "asOf is a date written YYYY-MM-DD, not 'soon'");
                case "illegal-state" -> new IllegalStateException("No streaming processor read-models");
                case "illegal-argument" -> new IllegalArgumentException("Index -1 out of bounds for length 0");
                case "null-pointer" -> new NullPointerException("Cannot invoke \"String.length()\" because \"name\" is null");
                default -> new UnsupportedOperationException(how);
            };
        }
    }

    @Test
    void aClientsMistakeIsABadRequestNamingTheField() throws Exception {
        MockHttpServletResponse answer = send(get("/api/failing/client-mistake"));
        JsonNode problem = JSON.readTree(answer.getContentAsString());

        assertThat(answer.getStatus()).isEqualTo(400);
        assertThat(problem.path("field").asText()).isEqualTo("asOf");
        assertThat(problem.path("detail").asText()).contains("YYYY-MM-DD");
        assertThat(problem.has(ServiceFaultAdvice.CORRELATION_ID)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"illegal-state", "illegal-argument", "null-pointer"})
    void aBugIsTheServicesFaultWithACorrelationIdLoggedWithItsStackTrace(String how, CapturedOutput log) throws Exception {
        MockHttpServletResponse answer = send(get("/api/failing/" + how));
        JsonNode problem = JSON.readTree(answer.getContentAsString());

        assertThat(answer.getStatus()).isEqualTo(500);
        assertThat(answer.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        String correlationId = problem.path(ServiceFaultAdvice.CORRELATION_ID).asText();
        assertThat(UUID.fromString(correlationId)).as("a new correlation id").isNotNull();
        assertThat(problem.path("detail").asText()).contains("the service's, not the request's", "quote its correlationId");
        assertThat(CommandFuzzer.JAVA_NAME.matcher(problem.path("detail").asText()).find()).as("names a class").isFalse();
        assertThat(problem.has("field")).isFalse();
        assertThat(log.getOut()).containsPattern("ERROR .*" + correlationId).contains("\tat org.allianceledger.web.ServiceFaultTest");
    }

    @Test
    void theClientsCorrelationIdIsTheOneAnsweredAndLogged(CapturedOutput log) throws Exception {
        MockHttpServletResponse answer = send(get("/api/failing/illegal-state").header("X-Correlation-Id", "report-2019-06-30"));

        assertThat(answer.getStatus()).isEqualTo(500);
        assertThat(JSON.readTree(answer.getContentAsString()).path(ServiceFaultAdvice.CORRELATION_ID).asText())
                .isEqualTo("report-2019-06-30");
        assertThat(log.getOut()).containsPattern("ERROR .*report-2019-06-30");
    }

    @Test
    void aPagesFaultIsTheErrorPageWithTheCorrelationIdItIsLoggedUnder(CapturedOutput log) throws Exception {
        MvcResult answer = mvc.perform(get("/failing-page").accept(MediaType.TEXT_HTML).header("X-Correlation-Id", "page-report-1"))
                .andReturn();

        assertThat(answer.getResponse().getStatus()).isEqualTo(500);
        assertThat(answer.getModelAndView().getViewName()).isEqualTo(PageErrorAdvice.VIEW);
        assertThat(answer.getModelAndView().getModel()).containsEntry(ServiceFaultAdvice.CORRELATION_ID, "page-report-1")
                .containsEntry("status", 500);
        assertThat(log.getOut()).containsPattern("ERROR .*page-report-1").contains("\tat org.allianceledger.web.ServiceFaultTest");
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();
    }
}
