package org.segmenta.example.loyalty.internal;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.segmenta.core.merge.MergeFieldProvider;
import org.segmenta.core.store.StoreSession;

/**
 * The merge fields «LoyaltyPoints» and «LoyaltyTier»: a letter can say "You have 5,200 points (Gold)". Values are
 * read for a page of contacts with one query per 500 contacts.
 */
@Component(service = MergeFieldProvider.class)
public final class LoyaltyMergeFields implements MergeFieldProvider {

    /** The points balance, as a whole number with grouping ({@code 5,200}). */
    public static final String POINTS = "LoyaltyPoints";
    /** The tier ({@code Gold}). */
    public static final String TIER = "LoyaltyTier";

    private static final List<Field> FIELDS = List.of(
            new Field(POINTS, "Loyalty Points", List.of("Points", "Bonus Points", "Bonuspunkte", "Point Balance")),
            new Field(TIER, "Loyalty Tier", List.of("Tier", "Loyalty Level", "Status Level")));

    private static final int CHUNK = 500;

    @Override
    public List<Field> fields() {
        return FIELDS;
    }

    @Override
    public Map<String, Map<String, String>> values(StoreSession session, Collection<String> contactNos) {
        Map<String, Map<String, String>> values = new HashMap<>();
        List<String> all = new ArrayList<>(contactNos);
        NumberFormat grouping = NumberFormat.getIntegerInstance(java.util.Locale.ENGLISH);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            String in = String.join(", ", Collections.nCopies(chunk.size(), "?"));
            session.extension(LoyaltyTables.ID).query(
                    "SELECT contact_no, tier, points FROM loyalty_member WHERE contact_no IN (" + in + ")", rs -> {
                        values.put(rs.getString(1), Map.of(TIER, rs.getString(2), POINTS, grouping.format(rs.getLong(3))));
                        return null;
                    }, chunk.toArray());
        }
        return values;
    }
}
