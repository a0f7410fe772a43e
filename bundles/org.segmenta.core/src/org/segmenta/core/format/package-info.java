/**
 * How Segmenta shows dates, numbers and counts to people, in the user's locale, and how it fills a translated
 * message's placeholders: {@link org.segmenta.core.format.Formats}, used by the services' messages, the window and
 * the command line's human output alike, so all three show {@code 1.234,50} and {@code 06.12.2026} in German.
 * Machine output (JSON, CSV, Excel, vCard) never comes here: it stays locale-neutral.
 */
package org.segmenta.core.format;
