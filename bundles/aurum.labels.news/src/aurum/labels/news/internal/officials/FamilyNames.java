package aurum.labels.news.internal.officials;

import java.util.Set;

/**
 * Common Chinese and Korean family names, which news writes first ("Wei Fenghe", "Suh Wook", "Wang
 * Wenbin"): a two-part name starting with one of them is later mentioned by its first part ("General
 * Wei", "Minister Suh"), as the OFFICIAL guideline says.
 */
final class FamilyNames {

    private static final Set<String> FIRST = Set.of(
            // Chinese (pinyin), the most frequent
            "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu",
            "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Zheng", "Liang", "Xie", "Tang", "Feng", "Deng", "Cao", "Peng",
            "Zeng", "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei", "Su",
            "Lu", "Ding", "Ren", "Shen", "Yao", "Xi", "Qin", "Fu", "Fang", "Bai", "Cui", "Kang", "Mao", "Qiu", "Qian",
            "Dai", "Xia", "Zou", "Xiong", "Jin", "Hao", "Kong", "Shao", "Meng", "Long", "Wan", "Duan", "Lei", "Tan",
            "Yin", "Yi", "Chang", "Qiao", "Lai", "Gong", "Wen", "Zhong", "Han",
            // Korean
            "Kim", "Lee", "Park", "Choi", "Jung", "Chung", "Cho", "Yoon", "Jang", "Lim", "Oh", "Seo", "Shin", "Kwon",
            "Hwang", "Ahn", "Song", "Yoo", "Hong", "Jeon", "Ko", "Moon", "Son", "Bae", "Baek", "Heo", "Nam", "Suh",
            "Roh", "Ban", "Yun", "Noh", "Ha", "Chun", "Rhee", "Ri", "Pak", "Choe");

    private FamilyNames() {
    }

    /**
     * Whether a name of these tokens is written family name first: two or three parts, the first a family
     * name of the list, the others short syllables as romanized given names are ("Fenghe", "Jong", "Un"),
     * so that "Lee Satterfield" stays a Western name.
     */
    static boolean writtenFirst(java.util.List<String> tokens) {
        if (tokens.size() < 2 || tokens.size() > 3 || !FIRST.contains(tokens.get(0))) {
            return false;
        }
        for (String given : tokens.subList(1, tokens.size())) {
            if (given.length() > 7 && given.indexOf('-') < 0 || given.endsWith(".")) {
                return false;
            }
        }
        return true;
    }
}
