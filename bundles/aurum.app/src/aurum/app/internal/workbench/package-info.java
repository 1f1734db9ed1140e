/** The RCP workbench application: advisors, the Aurum perspective and start-up options. */
package aurum.app.internal.workbench;
