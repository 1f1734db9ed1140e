package aurum.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The importers' fuzz targets ({@link ImporterFuzzTarget}) as JUnit tests: {@code ./build.sh verify} runs each on
 * its seed corpus in {@code src/test/resources/aurum/fuzz/ImporterFuzzTestInputs/<target>/} (Jazzer's regression
 * mode); with {@code JAZZER_FUZZ=1} Jazzer fuzzes the selected one for {@code maxDuration}. Long runs: fuzz/run.sh.
 */
class ImporterFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void plainText(byte[] data) {
        ImporterFuzzTarget.run("plainText", data);
    }

    @FuzzTest(maxDuration = "10s")
    void zip(byte[] data) {
        ImporterFuzzTarget.run("zip", data);
    }

    @FuzzTest(maxDuration = "10s")
    void jsonl(byte[] data) {
        ImporterFuzzTarget.run("jsonl", data);
    }

    @FuzzTest(maxDuration = "10s")
    void jsonlCodePoints(byte[] data) {
        ImporterFuzzTarget.run("jsonlCodePoints", data);
    }

    @FuzzTest(maxDuration = "10s")
    void conll(byte[] data) {
        ImporterFuzzTarget.run("conll", data);
    }

    @FuzzTest(maxDuration = "10s")
    void webAnnoTsv(byte[] data) {
        ImporterFuzzTarget.run("webAnnoTsv", data);
    }

    @FuzzTest(maxDuration = "10s")
    void brat(byte[] data) {
        ImporterFuzzTarget.run("brat", data);
    }
}
