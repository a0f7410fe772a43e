package org.segmenta.example.loyalty.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.segmenta.core.store.ExtensionData;
import org.segmenta.core.store.Store;
import org.segmenta.core.store.StoreExtension;
import org.segmenta.core.store.StoreSession;
import org.segmenta.example.loyalty.LoyaltyService;
import org.segmenta.example.loyalty.Member;
import org.segmenta.example.loyalty.Tier;

/**
 * {@link LoyaltyService} on the plug-in's table {@code loyalty_member}, through Segmenta's store: each method is one
 * unit of work, and a change is announced with {@link StoreSession#changed}, which the store posts after the commit.
 */
@Component(service = LoyaltyService.class)
public final class LoyaltyServiceImpl implements LoyaltyService {

    /** the member's columns and the contact's name: a plug-in may read Segmenta's tables, never write them */
    private static final String SELECT = "SELECT m.contact_no, m.tier, m.points, m.joined, m.text_messages, c.name"
            + " FROM loyalty_member m JOIN contact c ON c.contact_no = m.contact_no";

    private final Store store;

    /**
     * @param store Segmenta's store
     * @param tables the plug-in's tables (referenced so that this service starts only after they exist)
     */
    @Activate
    public LoyaltyServiceImpl(@Reference Store store,
            @Reference(target = "(component.name=org.segmenta.example.loyalty.internal.LoyaltyTables)") StoreExtension tables) {
        this.store = store;
    }

    static Member read(ResultSet rs) throws SQLException {
        return new Member(rs.getString(1), rs.getString(6), Tier.of(rs.getString(2)), rs.getLong(3),
                rs.getDate(4).toLocalDate(), rs.getBoolean(5));
    }

    private static ExtensionData tables(StoreSession s) {
        return s.extension(LoyaltyTables.ID);
    }

    @Override
    public Member enrol(String contactNo, Tier tier, long points) {
        if (points < 0) {
            throw new IllegalArgumentException("Loyalty points cannot be negative (" + points + ").");
        }
        return store.write(s -> {
            if (!s.contacts().exists(contactNo)) {
                throw new IllegalArgumentException("Contact " + contactNo + " does not exist.");
            }
            ExtensionData t = tables(s);
            int n = t.update("UPDATE loyalty_member SET tier = ?, points = ? WHERE contact_no = ?", tier.label(), points,
                    contactNo);
            if (n == 0) {
                t.update("INSERT INTO loyalty_member (contact_no, tier, points, joined) VALUES (?, ?, ?, ?)", contactNo,
                        tier.label(), points, LocalDate.now());
            }
            s.changed(TOPIC_CHANGED, contactNo);
            return get(t, contactNo).orElseThrow();
        });
    }

    @Override
    public Member addPoints(String contactNo, long points) {
        return store.write(s -> {
            ExtensionData t = tables(s);
            Member m = get(t, contactNo).orElseThrow(() -> new IllegalArgumentException("Contact " + contactNo
                    + " is no loyalty member; enrol it first."));
            if (m.points() + points < 0) {
                throw new IllegalArgumentException("Contact " + contactNo + " has " + m.points() + " points; "
                        + -points + " cannot be taken away.");
            }
            t.update("UPDATE loyalty_member SET points = points + ? WHERE contact_no = ?", points, contactNo);
            s.changed(TOPIC_CHANGED, contactNo);
            return get(t, contactNo).orElseThrow();
        });
    }

    private static Optional<Member> get(ExtensionData t, String contactNo) {
        return t.queryOne(SELECT + " WHERE m.contact_no = ?", LoyaltyServiceImpl::read,
                contactNo);
    }

    @Override
    public Optional<Member> member(String contactNo) {
        return store.read(s -> get(tables(s), contactNo));
    }

    @Override
    public List<Member> members() {
        return store.read(s -> tables(s).query(SELECT + " ORDER BY m.contact_no",
                LoyaltyServiceImpl::read));
    }

    @Override
    public Map<Tier, Long> tierCounts() {
        return store.read(s -> {
            Map<Tier, Long> counts = new EnumMap<>(Tier.class);
            for (Tier t : Tier.values()) {
                counts.put(t, 0L);
            }
            tables(s).query("SELECT tier, COUNT(*) FROM loyalty_member GROUP BY tier",
                    rs -> counts.put(Tier.of(rs.getString(1)), rs.getLong(2)));
            return counts;
        });
    }
}
