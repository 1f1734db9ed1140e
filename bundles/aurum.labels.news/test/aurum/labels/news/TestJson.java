package aurum.labels.news;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.ToNumberPolicy;

/** Parses test JSON into maps, lists, strings, booleans and exact {@code BigDecimal} numbers. */
final class TestJson {

    private static final Gson GSON = new GsonBuilder().setObjectToNumberStrategy(ToNumberPolicy.BIG_DECIMAL).create();

    private TestJson() {
    }

    static Object parse(String json) {
        return GSON.fromJson(json, Object.class);
    }
}
