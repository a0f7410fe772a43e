package org.segmenta.example.loyalty.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.segmenta.core.segment.SegmentService;
import org.segmenta.core.store.ContactQuery;
import org.segmenta.core.store.Store;
import org.segmenta.example.loyalty.LoyaltyService;
import org.segmenta.example.loyalty.Member;
import org.segmenta.example.loyalty.Tier;
import org.segmenta.model.Contact;
import org.segmenta.model.ContactType;
import org.segmenta.model.SegmentLine;

/**
 * {@code segmenta cli} with the plug-in installed beside Segmenta's bundles: the command line's own application
 * ({@code org.segmenta.cli.cli}, the class the product's {@code segmenta cli} starts) runs in this framework, finds the
 * plug-in's criteria source and merge fields through the services, and knows nothing else of it.
 */
class LoyaltyCommandLineTest {

    private String out;
    private String err;

    @BeforeAll
    static void demo() {
        Osgi.demoData();
    }

    /** Runs the command line's application as {@code segmenta cli ARGS...} does; keeps what it printed. */
    private int cli(String... args) throws Exception {
        Bundle cli = null;
        for (Bundle b : FrameworkUtil.getBundle(getClass()).getBundleContext().getBundles()) {
            if (b.getSymbolicName().equals("org.segmenta.cli")) {
                cli = b;
            }
        }
        // the class named by the org.eclipse.core.runtime.applications extension "org.segmenta.cli.cli"
        IApplication app = (IApplication) cli.loadClass("org.segmenta.cli.internal.CliApplication").getConstructor()
                .newInstance();
        Map<String, Object> arguments = Map.of(IApplicationContext.APPLICATION_ARGS, args);
        IApplicationContext context = (IApplicationContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { IApplicationContext.class }, (proxy, method, a) -> switch (method.getName()) {
                case "getArguments" -> arguments;
                case "toString" -> "cli " + String.join(" ", args);
                default -> null;
                });
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            return (Integer) app.start(context);
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
            out = o.toString(StandardCharsets.UTF_8);
            err = e.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void segmentAddFiltersByLoyaltyTier(@TempDir Path tmp) throws Exception {
        LoyaltyService loyalty = Osgi.service(LoyaltyService.class);
        List<Contact> persons = Osgi.service(Store.class).read(s -> s.contacts().find(ContactQuery.all())).stream()
                .filter(c -> c.getType() == ContactType.PERSON).toList();
        loyalty.enrol(persons.get(10).getNo(), Tier.GOLD, 5100);
        loyalty.enrol(persons.get(11).getNo(), Tier.GOLD, 9100);
        loyalty.enrol(persons.get(12).getNo(), Tier.SILVER, 2000);

        assertEquals(0, cli("segment", "new", "--description", "Gold members from the command line"), err);
        Matcher no = Pattern.compile("SEG\\d+").matcher(out);
        assertTrue(no.find(), out);
        String seg = no.group();

        assertEquals(0, cli("segment", "add", seg, "--filter", "loyalty.tier=GOLD", "--count-only"), err);
        assertEquals(0, cli("segment", "add", seg, "--filter", "loyalty.tier=GOLD"), err);
        Set<String> gold = loyalty.members().stream().filter(m -> m.tier() == Tier.GOLD).map(Member::contactNo)
                .collect(Collectors.toSet());
        Set<String> lines = Osgi.service(SegmentService.class).lines(seg, 0, 10_000).stream()
                .map(SegmentLine::getContactNo).collect(Collectors.toSet());
        assertEquals(gold, lines);
        assertTrue(lines.contains(persons.get(11).getNo()));

        assertEquals(0, cli("segment", "refine", seg, "--filter", "loyalty.points=9000.."), err);
        assertTrue(Osgi.service(SegmentService.class).lines(seg, 0, 100).stream()
                .allMatch(l -> loyalty.member(l.getContactNo()).orElseThrow().points() >= 9000));

        // a tier that does not exist: bad usage, the message lists the tiers
        assertEquals(2, cli("segment", "add", seg, "--filter", "loyalty.tier=TIN"));
        assertTrue(err.contains("Bronze, Silver, Gold, Platinum") && err.contains("Loyalty"), err);

        // the merge lists the plug-in's field beside Segmenta's own, and merges it
        Path main = Osgi.letter(tmp.resolve("points.docx"));
        assertEquals(0, cli("merge", seg, "--template", main.toString(), "--out", tmp.resolve("letters").toString()),
                err);
        assertTrue(out.contains("LoyaltyPoints -> LoyaltyPoints (plug-in field LoyaltyPoints)"), out);
    }
}
