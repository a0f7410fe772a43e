/**
 * Delivery of logged interactions: the outbox, e-mail through SMTP and Hard Copy print documents, and their
 * settings. Implemented by the {@code org.segmenta.delivery} bundle.
 */
package org.segmenta.core.delivery;
