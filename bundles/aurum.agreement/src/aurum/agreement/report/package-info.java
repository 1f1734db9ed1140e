/**
 * Writes an {@link aurum.agreement.AgreementReport} as an aligned text table, JSON or CSV, for
 * {@code aurum agree} and for exporting from the workbench. Undefined coefficients are {@code n/a}
 * in the table, empty in CSV and {@code null} in JSON.
 */
package aurum.agreement.report;
