package org.allianceledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs here, so the compose file is checked as data: a three-member replica set
 * initialised by the file itself, and two service instances whose URI names every member.
 */
class ComposeFileTest {

    private static final Path COMPOSE = Path.of("docker", "compose.yaml");
    private static final Path DOCKERFILE = Path.of("docker", "Dockerfile");
    private static final List<String> MEMBERS = List.of("mongo1:27017", "mongo2:27017", "mongo3:27017");
    private static final List<String> LEDGERS = List.of("ledger1", "ledger2");

    private final Map<String, Map<String, Object>> services = services();

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() {
        try {
            Map<String, Object> compose = new Yaml().load(Files.readString(COMPOSE));
            return (Map<String, Map<String, Object>>) compose.get("services");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void declaresThreeMongoMembersTheirInitialiserAndTwoServiceInstances() {
        assertThat(services).containsKeys("mongo1", "mongo2", "mongo3", "mongo-init", "ledger1", "ledger2");
    }

    @Test
    void everyMongoMemberRunsInReplicaSetRs0() {
        for (String member : List.of("mongo1", "mongo2", "mongo3")) {
            List<Object> command = List.copyOf((List<?>) services.get(member).get("command"));
            assertThat(command).as(member).containsSubsequence((Object) "--replSet", "rs0");
        }
    }

    @Test
    void theInitialiserInitiatesRs0WithAllThreeMembers() {
        String script = String.join(" ", ((List<?>) services.get("mongo-init").get("command")).stream()
                .map(Object::toString).toList());
        assertThat(script).contains("rs.initiate").contains("_id: \"rs0\"");
        assertThat(MEMBERS).allSatisfy(member -> assertThat(script).contains("host: \"" + member + "\""));
    }

    @Test
    void serviceUriNamesAllThreeReplicaSetMembers() {
        for (String ledger : LEDGERS) {
            String uri = (String) ((Map<?, ?>) services.get(ledger).get("environment")).get("MONGODB_URI");
            assertThat(uri).as(ledger).startsWith("mongodb://");
            String afterScheme = uri.substring("mongodb://".length());
            List<String> hosts = Arrays.asList(afterScheme.substring(0, afterScheme.indexOf('/')).split(","));
            Map<String, String> query = Arrays.stream(URI.create("http://x/?" + uri.substring(uri.indexOf('?') + 1))
                            .getQuery().split("&"))
                    .map(pair -> pair.split("=", 2))
                    .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));

            assertThat(hosts).as(ledger + " hosts").containsExactlyInAnyOrderElementsOf(MEMBERS);
            assertThat(query).as(ledger + " options").containsEntry("replicaSet", "rs0");
        }
    }

    @Test
    void serviceInstancesBuildFromTheDockerfileAndWaitForTheReplicaSet() {
        for (String ledger : LEDGERS) {
            Map<?, ?> build = (Map<?, ?>) services.get(ledger).get("build");
            Map<?, ?> dependsOn = (Map<?, ?>) services.get(ledger).get("depends_on");
            assertThat(build.get("dockerfile")).as(ledger).isEqualTo("docker/Dockerfile");
            assertThat(((Map<?, ?>) dependsOn.get("mongo-init")).get("condition"))
                    .as(ledger).isEqualTo("service_completed_successfully");
        }
    }

    @Test
    void theImageIsBuiltWithMavenAndRunsOnAJreAsAnUnprivilegedUser() throws IOException {
        List<String> lines = Files.readAllLines(DOCKERFILE);
        List<String> stages = lines.stream().filter(line -> line.startsWith("FROM ")).toList();
        int lastStage = lines.indexOf(stages.get(stages.size() - 1));

        assertThat(stages).hasSize(2);
        assertThat(stages.get(0)).contains("maven");
        assertThat(stages.get(1)).contains("-jre");
        assertThat(lines.subList(lastStage, lines.size()))
                .anySatisfy(line -> assertThat(line).startsWith("USER ").doesNotContain("root"));
    }
}
