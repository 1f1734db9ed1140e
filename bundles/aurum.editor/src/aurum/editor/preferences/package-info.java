/** Aurum's user preferences: keys, defaults and the preference page. */
package aurum.editor.preferences;
