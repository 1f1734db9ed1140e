package aurum.core.internal.columns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalUuidTest {

    @Test
    void canonicalIdsRoundTripThroughTheirBits() {
        Random random = new Random(5);
        for (int i = 0; i < 1_000; i++) {
            UUID uuid = new UUID(random.nextLong(), random.nextLong());
            String id = uuid.toString();
            assertTrue(CanonicalUuid.isCanonical(id), id);
            assertEquals(id, new UUID(CanonicalUuid.mostSignificantBits(id), CanonicalUuid.leastSignificantBits(id)).toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"T12", "", "123E4567-E89B-12D3-A456-426614174000", "123e4567e89b-12d3-a456-4266141740000",
            "123e4567-e89b-12d3-a456-42661417400g", "123e4567-e89b-12d3-a456-42661417400"})
    void otherSpellingsAreNotCanonical(String id) {
        assertFalse(CanonicalUuid.isCanonical(id));
    }
}
