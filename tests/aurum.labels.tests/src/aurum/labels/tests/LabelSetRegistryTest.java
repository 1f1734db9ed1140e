package aurum.labels.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import aurum.core.model.LabelSet;
import aurum.labels.registry.LabelSetRegistry;

/** The label-set registry as plugins meet it: an OSGi service over the extension point. */
class LabelSetRegistryTest {

    private static LabelSetRegistry registry() throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(LabelSetRegistryTest.class).getBundleContext();
        ServiceTracker<LabelSetRegistry, LabelSetRegistry> tracker = new ServiceTracker<>(context,
                LabelSetRegistry.class, null);
        tracker.open();
        try {
            LabelSetRegistry service = tracker.waitForService(10_000);
            assertNotNull(service, "the label-set registry is published as an OSGi service");
            return service;
        } finally {
            tracker.close();
        }
    }

    @Test
    void listsFileAndClassContributionsSortedById() throws Exception {
        List<String> ids = registry().labelSets().stream().map(s -> s.id() + " " + s.version()).toList();
        assertEquals(List.of("code 0.2.0", "demo 1.0.0", "news 1.0.0", "news 2.0.0"), ids);
    }

    @Test
    void skipsBrokenContributionsAndKeepsTheRest() throws Exception {
        assertTrue(registry().find("broken", "1.0.0").isEmpty(), "an inconsistent label set is skipped");
        assertEquals("Person", registry().find("demo", "1.0.0").orElseThrow().label("PERSON").orElseThrow()
                .displayName());
    }

    @Test
    void newsLabelSetComesFromTheNewsPlugin() throws Exception {
        LabelSet news = registry().find("news", "1.0.0").orElseThrow();
        assertTrue(news.contains("AMOUNT") && news.contains("OFFICIAL") && news.contains("WEAPON"));
    }

    @Test
    void theCurrentNewsVersionHasSubTopicsAsChildLabelsAndTheFirstVersionStaysInstalled() throws Exception {
        LabelSet current = registry().find("news", "2.0.0").orElseThrow();
        assertTrue(current.label("WEAPON").orElseThrow().attributes().isEmpty(), "no topic attribute beside the children");
        assertTrue(current.isA("WEAPON.SPACE", "WEAPON"));
        assertTrue(registry().find("news", "1.0.0").orElseThrow().label("WEAPON").orElseThrow().attribute("topic")
                .isPresent(), "corpora made with news 1.0.0 still open (and can be migrated)");
    }

    @Test
    void snapshotsAreImmutable() throws Exception {
        List<LabelSet> sets = registry().labelSets();
        assertThrows(UnsupportedOperationException.class, () -> sets.clear());
    }
}
