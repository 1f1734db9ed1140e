/** The Help menu of the workbench: the user guide shipped with the product, and About with versions. */
package aurum.app.internal.help;
