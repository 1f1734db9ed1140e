/** File &gt; Connect to Team Server…: logging in to a team server and opening its corpus in the workbench. */
package aurum.editor.server;
