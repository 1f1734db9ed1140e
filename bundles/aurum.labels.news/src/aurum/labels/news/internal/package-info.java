/**
 * Implementation shared by the news recognizers; not API.
 */
package aurum.labels.news.internal;
