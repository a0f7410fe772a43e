package org.segmenta.merge.word.tests;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.segmenta.core.merge.MergeFieldProvider;
import org.segmenta.core.store.StoreSession;

/** Merge-field providers as plug-ins write them, shared by the tests of plug-in fields. */
final class PluginProviders {
    private PluginProviders() {
    }

    /**
     * Loyalty points: one field {@code LoyaltyPoints}, caption "Loyalty Points", German synonym "Bonuspunkte"; its
     * values are empty (the tests that merge values put them into the record themselves).
     */
    static final MergeFieldProvider LOYALTY = new MergeFieldProvider() {
        @Override
        public List<Field> fields() {
            return List.of(new Field("LoyaltyPoints", "Loyalty Points", List.of("Bonuspunkte")));
        }

        @Override
        public Map<String, Map<String, String>> values(StoreSession session, Collection<String> contactNos) {
            return Map.of();
        }
    };
}
