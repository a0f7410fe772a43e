package org.segmenta.core.internal;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.segmenta.core.format.Formats;
import org.segmenta.core.setup.SetupService;
import org.segmenta.core.setup.SetupTable;
import org.segmenta.core.store.InUseException;
import org.segmenta.core.store.NotFoundException;
import org.segmenta.core.store.Reference.Target;
import org.segmenta.core.store.ReferenceRepository.Use;
import org.segmenta.core.store.Store;
import org.segmenta.core.store.StoreSession;
import org.segmenta.model.Attachment;
import org.segmenta.model.Campaign;
import org.segmenta.model.InteractionTemplate;
import org.segmenta.model.InteractionTemplateLanguage;
import org.segmenta.model.NumberSeries;
import org.segmenta.model.Salutation;
import org.segmenta.model.SalutationFormula;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.model.SegmentaPackage.Literals;
import org.segmenta.model.rules.SegmentaValidator;

/** {@link SetupService} over the store: each call is one unit of work. */
@Component(service = SetupService.class)
public final class SetupServiceImpl implements SetupService {

    /** The number series campaigns are numbered from when created without a No. */
    public static final String CAMPAIGN_SERIES = "CAMPAIGN";

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String DOTX = "application/vnd.openxmlformats-officedocument.wordprocessingml.template";
    private static final String DOCM = "application/vnd.ms-word.document.macroEnabled.12";
    private static final String DOTM = "application/vnd.ms-word.template.macroEnabled.12";

    private final Store store;
    private final Clock clock;

    /**
     * @param store the store
     * @param clock when documents are stored; {@code null} (no clock service, as in the product): the system clock
     */
    @Activate
    public SetupServiceImpl(@Reference Store store, @Reference(cardinality = ReferenceCardinality.OPTIONAL) Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = clock == null ? Clock.systemDefaultZone() : clock;
    }

    @Override
    public <T extends EObject> List<T> list(SetupTable<T> table) {
        return store.read(s -> table.repository(s).list());
    }

    @Override
    public List<org.segmenta.core.rules.CodeChoice> codeChoices(org.eclipse.emf.ecore.EAttribute field) {
        return store.read(s -> org.segmenta.core.rules.CodeCheck.choices(s, field));
    }

    @Override
    public Optional<String> checkCode(org.eclipse.emf.ecore.EAttribute field, String code) {
        String normalised = KnownCodes.normalize(code);
        return normalised == null ? Optional.empty()
                : store.read(s -> org.segmenta.core.rules.CodeCheck.problem(s, field, normalised));
    }

    @Override
    public <T extends EObject> List<T> list(SetupTable<T> table, String text) {
        List<T> all = list(table);
        if (text == null || text.isBlank()) {
            return all;
        }
        return all.stream().filter(row -> org.segmenta.core.rules.QuickFilter.matches(text, row.eClass()
                .getEAllAttributes().stream().filter(a -> !a.isMany()
                        && a.getEAttributeType().getInstanceClass() == String.class).map(row::eGet).toArray()))
                .toList();
    }

    @Override
    public <T extends EObject> Optional<T> get(SetupTable<T> table, String key) {
        String k = KnownCodes.normalize(key);
        return k == null ? Optional.empty() : store.read(s -> table.repository(s).get(k));
    }

    @Override
    public <T extends EObject> T create(SetupTable<T> table, T row) {
        table.cast(row);
        KnownCodes.normalizeAll(row);
        return store.write(s -> {
            s.changed(org.segmenta.core.SegmentaEvents.SETUP_CHANGED, table.name());
            if (row instanceof Campaign c && c.getNo() == null) {
                c.setNo(nextCampaignNo(s));
            }
            check(s, row, null);
            return table.repository(s).insert(row);
        });
    }

    @Override
    public <T extends EObject> T change(SetupTable<T> table, T row) {
        table.cast(row);
        KnownCodes.normalizeAll(row);
        return store.write(s -> {
            s.changed(org.segmenta.core.SegmentaEvents.SETUP_CHANGED, table.name());
            check(s, row, table.repository(s).get(table.keyOf(row)).orElse(null));
            return table.repository(s).update(row);
        });
    }

    @Override
    public void delete(SetupTable<?> table, String key) {
        String k = KnownCodes.normalize(key);
        store.write(s -> {
            s.changed(org.segmenta.core.SegmentaEvents.SETUP_CHANGED, table.name());
            EObject row = table.repository(s).require(k);
            List<Use> uses = s.references().usesOf(table.target(), k, 3);
            if (!uses.isEmpty()) {
                throw new InUseException(SegmentaValidator.label(row), uses, fix(table));
            }
            List<Long> documents = new ArrayList<>();
            if (row instanceof InteractionTemplate t) {
                for (InteractionTemplateLanguage l : t.getLanguages()) {
                    documents.add(l.getWordTemplateNo());
                    documents.add(l.getAttachmentNo());
                }
            }
            table.repository(s).delete(k);
            documents.forEach(no -> dropDocument(s, no));
            return null;
        });
    }

    private static String fix(SetupTable<?> table) {
        return switch (table.target()) {
        case SALESPERSON -> Messages.Core_fixSalesperson;
        case CAMPAIGN -> Messages.Core_fixCampaign;
        default -> Formats.bind(Messages.Core_fixOther, KnownCodes.noun(table));
        };
    }

    @Override
    public List<Use> uses(SetupTable<?> table, String key) {
        String k = KnownCodes.normalize(key);
        return k == null ? List.of() : store.read(s -> s.references().usesOf(table.target(), k, 3));
    }

    @Override
    public InteractionTemplate attachWordDocument(String templateCode, String languageCode, String fileName,
            InputStream content) {
        String code = KnownCodes.normalize(templateCode);
        String language = KnownCodes.normalize(languageCode);
        return store.write(s -> {
            s.changed(org.segmenta.core.SegmentaEvents.SETUP_CHANGED, "interactionTemplate");
            InteractionTemplate t = s.interactionTemplates().require(code);
            KnownCodes codes = new KnownCodes(s);
            String mediaType = wordMediaType(fileName);
            if (mediaType == null) {
                codes.problem(t, Formats.bind(Messages.Core_notAWordDocument, SegmentaValidator.label(t), fileName));
            }
            if (language == null) {
                codes.problem(t, Formats.bind(Messages.Core_documentNeedsALanguage, SegmentaValidator.label(t)));
            } else if (!s.languages().exists(language)) {
                codes.problem(t, Formats.bind(Messages.Core_notALanguage, SegmentaValidator.label(t), language));
            }
            codes.throwIfAny();
            Attachment a = SegmentaFactory.eINSTANCE.createAttachment();
            a.setFileName(fileName.replaceAll(".*[/\\\\]", ""));
            a.setMediaType(mediaType);
            a.setCreated(Instant.now(clock));
            a = s.attachments().create(a, content);
            InteractionTemplateLanguage row = row(t, language);
            if (row == null) {
                row = SegmentaFactory.eINSTANCE.createInteractionTemplateLanguage();
                row.setLanguageCode(language);
                row.setDescription(t.getDescription());
                t.getLanguages().add(row);
            }
            Long oldWord = row.getWordTemplateNo();
            Long oldAttachment = row.getAttachmentNo();
            row.setWordTemplateNo(a.getNo());
            row.setAttachmentNo(null);
            if (t.getLanguageCodeDefault() == null || t.getLanguageCodeDefault().isBlank()) {
                t.setLanguageCodeDefault(language);
            }
            InteractionTemplate saved = s.interactionTemplates().update(t);
            dropDocument(s, oldWord);
            dropDocument(s, oldAttachment);
            return saved;
        });
    }

    @Override
    public InteractionTemplate removeDocument(String templateCode, String languageCode) {
        String code = KnownCodes.normalize(templateCode);
        String language = KnownCodes.normalize(languageCode);
        return store.write(s -> {
            s.changed(org.segmenta.core.SegmentaEvents.SETUP_CHANGED, "interactionTemplate");
            InteractionTemplate t = s.interactionTemplates().require(code);
            InteractionTemplateLanguage row = row(t, language);
            if (row == null) {
                throw new NotFoundException(Formats.bind(Messages.Core_noLanguageRow, SegmentaValidator.label(t), language,
                        String.join(", ",
                                t.getLanguages().stream().map(InteractionTemplateLanguage::getLanguageCode).toList())));
            }
            Long oldWord = row.getWordTemplateNo();
            Long oldAttachment = row.getAttachmentNo();
            row.setWordTemplateNo(null);
            row.setAttachmentNo(null);
            InteractionTemplate saved = s.interactionTemplates().update(t);
            dropDocument(s, oldWord);
            dropDocument(s, oldAttachment);
            return saved;
        });
    }

    private static InteractionTemplateLanguage row(InteractionTemplate t, String language) {
        for (InteractionTemplateLanguage l : t.getLanguages()) {
            if (language != null && language.equals(l.getLanguageCode())) {
                return l;
            }
        }
        return null;
    }

    /** Deletes a stored document nothing refers to any more (segments and the log may share a template's). */
    private static void dropDocument(StoreSession s, Long no) {
        if (no == null) {
            return;
        }
        Optional<Attachment> a = s.attachments().get(no);
        if (a.isEmpty() || a.get().isReadOnly()
                || !s.references().usesOf(Target.ATTACHMENT, Long.toString(no), 0).isEmpty()) {
            return;
        }
        s.attachments().delete(no);
    }

    static String wordMediaType(String fileName) {
        String n = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".docx")) {
            return DOCX;
        }
        if (n.endsWith(".dotx")) {
            return DOTX;
        }
        if (n.endsWith(".docm")) {
            return DOCM;
        }
        if (n.endsWith(".dotm")) {
            return DOTM;
        }
        return null;
    }

    /**
     * The code fields of set-up rows must name stored rows (the reference design's TableRelation); on a change only
     * the codes that changed are checked (a campaign of a salesperson blocked since keeps working).
     */
    private static void check(StoreSession s, EObject row, EObject before) {
        KnownCodes codes = new KnownCodes(s);
        if (row instanceof InteractionTemplate t) {
            InteractionTemplate old = before instanceof InteractionTemplate b ? b : null;
            for (var a : List.of(Literals.INTERACTION_TEMPLATE__INTERACTION_GROUP_CODE,
                    Literals.INTERACTION_TEMPLATE__CAMPAIGN_NO, Literals.INTERACTION_TEMPLATE__LANGUAGE_CODE_DEFAULT)) {
                if (old == null || !java.util.Objects.equals(old.eGet(a), t.eGet(a))) {
                    codes.require(t, a, a == Literals.INTERACTION_TEMPLATE__INTERACTION_GROUP_CODE
                            ? Target.INTERACTION_GROUP
                            : a == Literals.INTERACTION_TEMPLATE__CAMPAIGN_NO ? Target.CAMPAIGN : Target.LANGUAGE);
                }
            }
            for (InteractionTemplateLanguage l : t.getLanguages()) {
                if (old == null || old.getLanguages().stream()
                        .noneMatch(x -> java.util.Objects.equals(x.getLanguageCode(), l.getLanguageCode()))) {
                    codes.require(l, Literals.INTERACTION_TEMPLATE_LANGUAGE__LANGUAGE_CODE, Target.LANGUAGE);
                }
            }
        } else if (row instanceof Salutation sal) {
            Salutation old = before instanceof Salutation b ? b : null;
            for (SalutationFormula f : sal.getFormulas()) {
                if (old == null || old.getFormulas().stream()
                        .noneMatch(x -> java.util.Objects.equals(x.getLanguageCode(), f.getLanguageCode()))) {
                    codes.require(f, Literals.SALUTATION_FORMULA__LANGUAGE_CODE, Target.LANGUAGE);
                }
            }
        } else if (row instanceof Campaign c) {
            if (!(before instanceof Campaign old)
                    || !java.util.Objects.equals(old.getSalespersonCode(), c.getSalespersonCode())) {
                codes.require(c, Literals.CAMPAIGN__SALESPERSON_CODE, Target.SALESPERSON);
            }
        }
        codes.throwIfAny();
    }

    private static String nextCampaignNo(StoreSession s) {
        if (!s.numberSeries().exists(CAMPAIGN_SERIES)) {
            NumberSeries series = SegmentaFactory.eINSTANCE.createNumberSeries();
            series.setCode(CAMPAIGN_SERIES);
            series.setDescription("Campaigns");
            series.setStartingNo("CP00001");
            s.numberSeries().insert(series);
        }
        String no = s.numberSeries().next(CAMPAIGN_SERIES);
        while (s.campaigns().exists(no)) {
            no = s.numberSeries().next(CAMPAIGN_SERIES);
        }
        return no;
    }
}
