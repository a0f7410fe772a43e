/**
 * Contacts as a service: {@link org.segmenta.core.contact.ContactService} (create, change, delete, likely
 * duplicates) and {@link org.segmenta.core.contact.ContactRules}, the one place of the Search Name, name-part and
 * company-field rules (reference design: NAV/BC table 5050 Contact).
 */
package org.segmenta.core.contact;
