/** How the figures of one scope are computed from tokens and spans; not API. */
package aurum.agreement.internal;
