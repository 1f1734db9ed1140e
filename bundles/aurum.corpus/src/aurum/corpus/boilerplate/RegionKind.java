package aurum.corpus.boilerplate;

/** Why a region was proposed as boilerplate; the editor can show it and the user can filter by it. */
public enum RegionKind {
    NAVIGATION, AD, RELATED_STORIES, COMMENT_FORM, SHARE, FOOTER, OTHER
}
