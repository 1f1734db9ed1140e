/**
 * The built-in news recognizers and the news label set; this bundle doubles as the example for plugin
 * authors who contribute their own label sets and recognizers.
 * <p>
 * {@link aurum.labels.news.NewsRecognizers#all()} lists the recognizers: amounts of money and counted
 * quantities ({@code AMOUNT}), titled officials and their later mentions ({@code OFFICIAL}) and weapons
 * topics (the child labels of {@code WEAPON}, e.g. {@code WEAPON.HYPERSONIC}). The label set, with
 * guideline text for annotators, is the JSON resource {@link aurum.labels.news.NewsLabels#RESOURCE}; its
 * fields are explained in {@code labelsets/README.md}.
 */
package aurum.labels.news;
