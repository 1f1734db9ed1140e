/** The headless command line: {@code aurum <command> …}, usable without a display. */
package aurum.app.internal.cli;
