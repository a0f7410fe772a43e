package org.segmenta.example.loyalty.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.segmenta.core.store.StoreExtension;

/**
 * The plug-in's own tables in Segmenta's database, with their versioned migrations (a {@link StoreExtension}). The
 * store applies what a database lacks when it opens or when this service appears, and records the versions under
 * {@link #ID}. Migration 2 shows a later change: never edit migration 1 once released, add one.
 */
@Component(service = StoreExtension.class)
public final class LoyaltyTables implements StoreExtension {

    /** The extension id: the plug-in's bundle symbolic name. */
    public static final String ID = "org.segmenta.example.loyalty";

    private static final List<Migration> MIGRATIONS = List.of(
            new Migration(1, "Loyalty members: tier and points per contact", List.of("""
                    CREATE TABLE loyalty_member (
                        contact_no VARCHAR(20) NOT NULL,
                        tier VARCHAR(10) NOT NULL,
                        points BIGINT NOT NULL DEFAULT 0,
                        joined DATE NOT NULL,
                        PRIMARY KEY (contact_no),
                        FOREIGN KEY (contact_no) REFERENCES contact (contact_no) ON DELETE CASCADE)""",
                    "CREATE INDEX loyalty_member_by_tier ON loyalty_member (tier, points)")),
            new Migration(2, "Consent to text messages", List.of(
                    "ALTER TABLE loyalty_member ADD COLUMN text_messages BOOLEAN NOT NULL DEFAULT TRUE")));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Migration> migrations() {
        return MIGRATIONS;
    }
}
