package aurum.corpus.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Key terms: the documented weights, only terms another document has, at most {@link KeyTerms#MAX}. */
class KeyTermsTest {

    private static ContentTerms.Counts counts(int[] terms, int[] counts) {
        return new ContentTerms.Counts(terms, counts);
    }

    @Test
    void weightsAreTfIdfOverTheNormOfTheKeysAndTermsOfOneDocumentAreNoKeys() {
        DocumentFrequencies df = new DocumentFrequencies();
        ContentTerms.Counts a = counts(new int[] {1, 2, 3}, new int[] {3, 1, 1});
        df.add(a);
        df.add(counts(new int[] {1, 2}, new int[] {1, 1}));
        df.add(counts(new int[] {1, 4}, new int[] {1, 1}));
        df.add(counts(new int[] {5}, new int[] {1}));
        KeyTerms keys = KeyTerms.of(a, df);
        // term 3 is in document a only: no key; term 1 in 3 of 4 documents, term 2 in 2 of 4
        assertArrayEquals(new int[] {1, 2}, keys.terms());
        double w1 = (1 + Math.log(3)) * Math.log(4.0 / 3);
        double w2 = Math.log(4.0 / 2);
        double norm = Math.sqrt(w1 * w1 + w2 * w2);
        assertEquals(w1 / norm, keys.weights()[0], 1e-6);
        assertEquals(w2 / norm, keys.weights()[1], 1e-6);
        assertEquals(1.0, keys.dot(keys), 1e-6);
    }

    @Test
    void atMostMaxKeysTheHeaviestKept() {
        DocumentFrequencies df = new DocumentFrequencies();
        int n = KeyTerms.MAX + 10;
        int[] terms = new int[n];
        int[] tf = new int[n];
        for (int i = 0; i < n; i++) {
            terms[i] = 100 + i;
            tf[i] = 1 + i; // later terms occur more often: heavier
        }
        ContentTerms.Counts doc = counts(terms, tf);
        df.add(doc);
        df.add(doc);
        df.add(counts(new int[] {7}, new int[] {1}));
        KeyTerms keys = KeyTerms.of(doc, df);
        assertEquals(KeyTerms.MAX, keys.size());
        assertArrayEquals(Arrays.copyOfRange(terms, 10, n), keys.terms());
    }

    @Test
    void dotCountsSharedTermsOnly() {
        KeyTerms a = new KeyTerms(new int[] {1, 5, 9}, new float[] {0.6f, 0.8f, 0f});
        KeyTerms b = new KeyTerms(new int[] {5, 7}, new float[] {0.5f, 0.5f});
        assertEquals(0.4, a.dot(b), 1e-6);
        assertEquals(a.dot(b), b.dot(a));
        assertEquals(0.0, a.dot(KeyTerms.NONE));
    }

    @Test
    void documentFrequenciesAreExactAndKeepTheSharedTermsWhenWritten() throws IOException {
        DocumentFrequencies df = new DocumentFrequencies();
        // many more terms than any fixed table would keep apart: every count stays exact
        for (int d = 0; d < 200; d++) {
            int[] terms = new int[1000];
            for (int t = 0; t < terms.length; t++) {
                terms[t] = d * 1000 + t + 1; // every term in one document only...
            }
            terms[0] = -7; // ...but one in all
            java.util.Arrays.sort(terms);
            df.add(counts(terms, new int[terms.length]));
        }
        df.add(counts(new int[] {0, 5}, new int[] {1, 1}));
        df.add(counts(new int[] {0}, new int[] {1}));
        assertEquals(202, df.documents());
        assertEquals(200, df.get(-7));
        assertEquals(2, df.get(5), "term 5 is in document 0 and in the one added last");
        assertEquals(1, df.get(6));
        assertEquals(0, df.get(999_999_999));
        assertEquals(2, df.get(0), "term hash 0 too");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        df.write(new DataOutputStream(bytes));
        assertEquals(8 + 4 + 3 * 8, bytes.size(), "only the three shared terms are written");
        DocumentFrequencies back = DocumentFrequencies.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertEquals(202, back.documents());
        assertEquals(200, back.get(-7));
        assertEquals(2, back.get(5));
        assertEquals(2, back.get(0));
        assertEquals(0, back.get(6), "a term of one document is not kept");
    }
}
