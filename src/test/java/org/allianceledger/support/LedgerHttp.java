package org.allianceledger.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/** A plain HTTP client for tests that talk to the service as any client would. */
public final class LedgerHttp {

    public static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** Generous: a benchmark's first read of a large record takes its rows into memory. */
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String authorization;
    private final Map<String, String> headers;

    /** A client signed in as {@link TestUsers#CLERK}, who may record, read and audit. */
    public LedgerHttp(String baseUrl) {
        this(baseUrl, TestUsers.CLERK);
    }

    public LedgerHttp(String baseUrl, TestUsers user) {
        this(baseUrl, user == null ? null : basic(user.username(), user.password()), Map.of());
    }

    private LedgerHttp(String baseUrl, String authorization, Map<String, String> headers) {
        this.baseUrl = baseUrl;
        this.authorization = authorization;
        this.headers = headers;
    }

    /** The same client without credentials. */
    public static LedgerHttp anonymous(String baseUrl) {
        return new LedgerHttp(baseUrl, (TestUsers) null);
    }

    /** The same client signed in with these credentials. */
    public static LedgerHttp as(String baseUrl, String username, String password) {
        return new LedgerHttp(baseUrl, basic(username, password), Map.of());
    }

    /** The same client, sending this header with every request too. */
    public LedgerHttp withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new LedgerHttp(baseUrl, authorization, more);
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public record Response(int status, String body, HttpHeaders headers) {

        /** The body as CSV rows, the header row first: a quoted cell may hold a line break. */
        public List<List<String>> csv() {
            try (MappingIterator<List<String>> rows = CSV.readerForListOf(String.class).readValues(body)) {
                return rows.readAll();
            }
        }

        /** The answer's value of this header, if it has one. */
        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("Not JSON: " + body, e);
            }
        }
    }

    public Response post(String path, Object command) throws IOException, InterruptedException {
        return postRaw(path, JSON.writeValueAsString(command));
    }

    public Response postRaw(String path, String body) throws IOException, InterruptedException {
        return post(path, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    }

    /** Bytes as they are, which need not be UTF-8. */
    public Response postBytes(String path, byte[] body) throws IOException, InterruptedException {
        return post(path, HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private Response post(String path, HttpRequest.BodyPublisher body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT)
                .header("Content-Type", "application/json").POST(body).build());
    }

    public Response get(String path) throws IOException, InterruptedException {
        return get(path, "application/json");
    }

    /** A download, as bytes; fails unless it answers 200. */
    public byte[] getBytes(String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return response.body();
    }

    public Response get(String path, String accept) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT)
                .header("Accept", accept).GET().build());
    }

    private Response send(HttpRequest request) throws IOException, InterruptedException {
        HttpRequest.Builder signed = HttpRequest.newBuilder(request, (name, value) -> true);
        if (authorization != null) {
            signed.header("Authorization", authorization);
        }
        headers.forEach(signed::header);
        HttpResponse<String> response = client.send(signed.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body(), response.headers());
    }
}
