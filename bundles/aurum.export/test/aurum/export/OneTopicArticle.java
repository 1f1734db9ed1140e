package aurum.export;

/** A news article of some length, and other articles on the same topic, for split tests. */
final class OneTopicArticle {

    static final String TEXT = "Japan and the United States agreed on Thursday to expand joint production of"
            + " interceptor missiles, officials said after talks in Tokyo that also covered the cost of basing"
            + " American troops on Okinawa. The agreement follows months of negotiations over how the two allies"
            + " would share a defence budget that critics say has grown too quickly. Defense Minister Hayashi told"
            + " reporters that the plan would be reviewed by parliament next month, while the embassy declined to"
            + " comment on the figures. Analysts in Seoul and Canberra said the deal could reshape the regional"
            + " balance, since the new missiles would be deployed near bases that already host destroyers and"
            + " fighter jets. Residents near the bases have long objected to noise and traffic, and local officials"
            + " said they had not been consulted about the expansion.";

    private static final String[] WORDS = ("navy coast guard frigate ministry budget court runway island drone"
            + " chip export satellite airfield fishing boat veteran training ground summit diplomat lawmaker vote"
            + " purchase patrol vessel estimate exercise shoal port spring supplier control ruling landfill image"
            + " construction median line rule group report harbour radar treaty pilot cadet alliance cabinet").split(" ");

    private OneTopicArticle() {
    }

    /** An article on the same topic in other words, different for each {@code i}. */
    static String other(int i) {
        java.util.Random r = new java.util.Random(1000 + i);
        StringBuilder sb = new StringBuilder();
        for (int sentence = 0; sentence < 12; sentence++) {
            for (int w = 0; w < 12; w++) {
                sb.append(WORDS[r.nextInt(WORDS.length)]).append(w == 11 ? ". " : " ");
            }
        }
        return sb.toString();
    }
}
