package org.segmenta.core.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.segmenta.core.internal.InteractionServiceImpl;
import org.segmenta.core.merge.MergeService;
import org.segmenta.model.Attachment;
import org.segmenta.model.CorrespondenceType;
import org.segmenta.model.InformationFlow;
import org.segmenta.model.InteractionGroup;
import org.segmenta.model.InteractionTemplate;
import org.segmenta.model.InteractionTemplateLanguage;
import org.segmenta.model.Salesperson;
import org.segmenta.testing.Corpus;
import org.segmenta.testing.World;
import org.segmenta.testing.WorldFixture;

/**
 * The set-up of the tests of Log and the interaction service on a generated {@link World}: the real Word merge
 * service of the framework, the interaction service over the world with "today" fixed at {@link World#TODAY}, the
 * salespeople JO (Jo Hansen) and MARY (Mary Olsen) the world's contacts have, each with an e-mail address, and the
 * interaction group LETTERS; {@link #letterTemplate} adds a letter template with a real Word document of the corpus.
 * A test class extends it with a constructor that names the world's size and seed; its own {@code @BeforeEach}
 * methods run after all this is stored.
 */
abstract class InteractionFixture extends WorldFixture {

    /** The Word merge service running in the framework. */
    MergeService merge;

    /** The interaction service over the world. */
    InteractionServiceImpl interactions;

    private ServiceTracker<MergeService, MergeService> mergeTracker;

    /**
     * @param companies how many companies the world has
     * @param seed the world's random seed
     */
    InteractionFixture(int companies, long seed) {
        super(companies, seed);
    }

    @BeforeEach
    final void openInteractions() throws InterruptedException {
        mergeTracker = new ServiceTracker<>(FrameworkUtil.getBundle(getClass()).getBundleContext(), MergeService.class,
                null);
        mergeTracker.open();
        merge = mergeTracker.waitForService(10_000);
        assertNotNull(merge, "the Word merge service runs in the framework");
        interactions = new InteractionServiceImpl(w.store, w.segments, merge,
                Clock.fixed(World.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        w.store.write(s -> {
            for (String code : List.of("JO", "MARY")) {
                Salesperson sp = World.F.createSalesperson();
                sp.setCode(code);
                sp.setName(code.equals("JO") ? "Jo Hansen" : "Mary Olsen");
                sp.setEmail(code.toLowerCase(Locale.ROOT) + "@segmenta.test");
                s.salespeople().insert(sp);
            }
            InteractionGroup g = World.F.createInteractionGroup();
            g.setCode("LETTERS");
            s.interactionGroups().insert(g);
            return null;
        });
    }

    @AfterEach
    final void closeMerge() {
        mergeTracker.close();
    }

    /**
     * Stores a letter template LETTER in group LETTERS whose Word main document (for ENU, the default, and DAN) is a
     * real file of the corpus, stored as an attachment: outbound, unit cost 2.50, unit duration 15 minutes, its
     * correspondence type overruling the contacts'.
     *
     * @param docx the file's name in the corpus' {@code docx} folder, for example {@code bouke_macword2011.docx}
     * @param type the template's correspondence type
     * @return the stored template
     * @throws Exception if the file cannot be read
     */
    InteractionTemplate letterTemplate(String docx, CorrespondenceType type) throws Exception {
        byte[] bytes = Files.readAllBytes(Corpus.dir("docx").resolve(docx));
        return w.store.write(s -> {
            Attachment a = World.F.createAttachment();
            a.setFileName(docx);
            Attachment stored = s.attachments().create(a, new ByteArrayInputStream(bytes));
            InteractionTemplate t = World.F.createInteractionTemplate();
            t.setCode("LETTER");
            t.setInteractionGroupCode("LETTERS");
            t.setDescription("Letter");
            t.setUnitCost(new BigDecimal("2.50"));
            t.setUnitDuration(15);
            t.setInformationFlow(InformationFlow.OUTBOUND);
            t.setCorrespondenceType(type);
            t.setIgnoreContactCorrespondenceType(true);
            t.setLanguageCodeDefault("ENU");
            for (String lang : List.of("ENU", "DAN")) {
                InteractionTemplateLanguage row = World.F.createInteractionTemplateLanguage();
                row.setLanguageCode(lang);
                row.setWordTemplateNo(stored.getNo());
                t.getLanguages().add(row);
            }
            return s.interactionTemplates().insert(t);
        });
    }
}
