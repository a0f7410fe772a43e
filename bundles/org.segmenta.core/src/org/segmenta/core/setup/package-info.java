/**
 * The set-up tables as a service: {@link org.segmenta.core.setup.SetupService}, keyed by
 * {@link org.segmenta.core.setup.SetupTable} (interaction templates with their Word documents, interaction groups,
 * salespeople, languages, salutations, mailing groups, industry groups, job responsibilities, profile
 * questionnaires, campaigns).
 */
package org.segmenta.core.setup;
