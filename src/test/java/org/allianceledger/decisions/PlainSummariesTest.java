package org.allianceledger.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.allianceledger.LedgerFeatures;
import org.allianceledger.alliance.CorporationSole;
import org.allianceledger.alliance.DecisionContext;
import org.allianceledger.alliance.Names;
import org.allianceledger.alliance.RecordedDecision;
import org.allianceledger.support.AllFeatureSamples;
import org.junit.jupiter.api.Test;

/**
 * Every event's one-line summary reads as a person would write it: things by name, codes in words,
 * and nothing printed for a value the event does not have. Walks every event type of every sealed
 * family, with its sample and with each optional value of the sample left out in turn.
 */
class PlainSummariesTest {

    /** A name that no id or code resembles, so that an id printed in its place stands out. */
    private static final Names NAMES = subject -> "The Named " + Character.toUpperCase(subject.type().charAt(0));

    /** Values that the commands require, so that no event lacks them. */
    private static final Set<String> REQUIRED = Set.of("name", "title", "number", "text", "status", "to", "stage", "party",
            "kind", "amount", "owner");

    private static final Pattern ENUM_CODE = Pattern.compile("\\b[A-Z]+_[A-Z_]+\\b");
    private static final Pattern CORPORATION_SOLE_CODE = Pattern.compile("\\b[A-Z]{3}-(PCC|CC)\\b");
    private static final Pattern NULL = Pattern.compile("\\bnull\\b", Pattern.CASE_INSENSITIVE);

    private final List<RecordedDecision> samples = AllFeatureSamples.events().stream()
            .filter(RecordedDecision.class::isInstance).map(RecordedDecision.class::cast).toList();

    @Test
    void everyEventTypeOfEveryFamilyHasASample() {
        List<Class<?>> sampled = samples.stream().<Class<?>>map(Object::getClass).toList();
        assertThat(LedgerFeatures.ALL.events().stream().filter(RecordedDecision.class::isAssignableFrom).toList())
                .isNotEmpty().allSatisfy(type -> assertThat(sampled).as("a sample of " + type.getSimpleName()).contains(type));
    }

    @Test
    void summariesNameThingsAndSayCodesInWordsAndPrintNothingForAnAbsentValue() {
        List<RecordedDecision> events = samples.stream().flatMap(PlainSummariesTest::withEachOptionalValueLeftOut).toList();
        assertThat(events).hasSizeGreaterThan(samples.size());
        assertThat(events).allSatisfy(event -> {
            String summary = event.summary(NAMES);
            assertThat(summary).as(event.toString()).isNotBlank()
                    .doesNotContainPattern(NULL).doesNotContainPattern(ENUM_CODE).doesNotContainPattern(CORPORATION_SOLE_CODE);
            for (RecordComponent component : event.getClass().getRecordComponents()) {
                Object value = component.getAccessor().invoke(event);
                if (value instanceof String id && isId(component)) {
                    assertThat(summary).as(event + ": no id " + component.getName()).doesNotContainPattern(word(id));
                }
                if (value instanceof Enum<?> code) {
                    assertThat(summary).as(event + ": no code " + code).doesNotContainPattern(word(code.name()));
                }
                if (value instanceof CorporationSole party) {
                    assertThat(summary).as(event + ": the party by name").contains(party.displayName());
                }
            }
        });
    }

    @Test
    void anEventThatNamesItsSubjectGivesThatName() {
        assertThat(samples).filteredOn(event -> event.nameGiven(NAMES).isPresent()).extracting(Object::getClass)
                .extracting(Class::getSimpleName).contains("CollaboratedFunctionProposed", "BusinessCaseApproved",
                        "Section22AgreementDrafted", "GovernanceBodyEstablished", "FinancialPrinciplesAgreed",
                        "ReviewCommissioned", "RecommendationRaised", "SavingsLedgerOpened");
    }

    private static boolean isId(RecordComponent component) {
        return component.getName().endsWith("Id") || component.getName().equals("supersededBy");
    }

    private static Pattern word(String text) {
        return Pattern.compile("(?<![\\w-])" + Pattern.quote(text) + "(?![\\w-])");
    }

    /** The sample, and a copy of it for each value that may be absent (any but an id, a list, the decision or a required value). */
    private static Stream<RecordedDecision> withEachOptionalValueLeftOut(RecordedDecision sample) {
        RecordComponent[] components = sample.getClass().getRecordComponents();
        List<RecordedDecision> variants = new ArrayList<>(List.of(sample));
        for (int left = 0; left < components.length; left++) {
            Class<?> type = components[left].getType();
            if (type.isPrimitive() || List.class.isAssignableFrom(type) || type == DecisionContext.class
                    || components[left].getName().endsWith("Id") || REQUIRED.contains(components[left].getName())) {
                continue;
            }
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = i == left ? null : value(components[i], sample);
            }
            variants.add(construct(sample, components, values));
        }
        return variants.stream();
    }

    private static Object value(RecordComponent component, Object event) {
        try {
            return component.getAccessor().invoke(event);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RecordedDecision construct(RecordedDecision sample, RecordComponent[] components, Object[] values) {
        try {
            Constructor<?> canonical = sample.getClass().getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return (RecordedDecision) canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot copy " + sample, e);
        }
    }
}
