package org.segmenta.cli.internal;

import org.eclipse.osgi.util.NLS;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.segmenta.core.ModelFields;
import org.segmenta.core.format.Formats;
import org.segmenta.core.setup.SetupService;
import org.segmenta.core.setup.SetupTable;
import org.segmenta.core.store.NotFoundException;
import org.segmenta.core.store.ReferenceRepository.Use;
import org.segmenta.core.store.Store;
import org.segmenta.model.Attachment;
import org.segmenta.model.InteractionTemplate;
import org.segmenta.model.InteractionTemplateLanguage;
import org.segmenta.model.ProfileAnswer;
import org.segmenta.model.ProfileQuestion;
import org.segmenta.model.ProfileQuestionnaire;
import org.segmenta.model.Salutation;
import org.segmenta.model.SalutationFormula;
import org.segmenta.model.SalutationType;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.model.rules.Captions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code setup TABLE list|show|add|set|delete}: the set-up tables through the set-up service. */
@Command(name = "setup", mixinStandardHelpOptions = true, sortOptions = false,
        description = { "Keep the set-up tables: list, show, add, change (set) or delete their rows.",
                "TABLE is one of: interaction-template, interaction-group, salesperson, language, salutation, "
                        + "mailing-group, industry-group, job-responsibility, questionnaire, campaign (plurals work too).",
                "Fields are set as FIELD=VALUE by the model's attribute name (see 'setup TABLE show KEY' or the list "
                        + "below); codes are stored in upper case; a code in use cannot be deleted." },
        footer = { "", "Examples:", "  segmenta cli setup interaction-group add NEWS description=Newsletters",
                "  segmenta cli setup interaction-template add NEWS interactionGroupCode=NEWS description=\"News letter\" "
                        + "correspondenceType=\"Hard Copy\" unitCost=1.50 --document ENU=letter.docx",
                "  segmenta cli setup salutation add DR description=Doctor --formula ENU:Formal=\"Dear Dr. %1\"",
                "  segmenta cli setup questionnaire add SIZE description=Size --question 10000=Employees "
                        + "--answer 10000:10000=1-9 --answer 10000:20000=10+",
                "  segmenta cli setup campaign add description=Spring startingDate=2027-03-01 salespersonCode=AB",
                "  segmenta cli setup salesperson delete AB       (refused while contacts or segments use AB)" })
final class SetupCommand implements Callable<Integer> {

    private final Cli.Env env;
    @Mixin
    Output.JsonOption json;
    @Parameters(index = "0", paramLabel = "TABLE", descriptionKey = "param.table", description = "The set-up table, for example salesperson.")
    String tableName;
    @Parameters(index = "1", paramLabel = "ACTION", descriptionKey = "param.action", description = "list, show, add, set or delete.")
    String action;
    @Parameters(index = "2..*", arity = "0..*", paramLabel = "KEY [FIELD=VALUE...]", descriptionKey = "param.key", description = "The row's code (a campaign's No. may be left out on add), then its fields.")
    List<String> rest = new ArrayList<>();
    @Option(names = "--document", paramLabel = "LANGUAGE=FILE", description = "Interaction templates: store FILE (.docx or .dotx) as the template's Word document for LANGUAGE; repeat for several languages.")
    List<String> documents = new ArrayList<>();
    @Option(names = "--remove-document", paramLabel = "LANGUAGE", description = "Interaction templates: remove the Word document of LANGUAGE.")
    List<String> removeDocuments = new ArrayList<>();
    @Option(names = "--language", paramLabel = "LANGUAGE[=DESCRIPTION]", description = "Interaction templates: add a language row without a document.")
    List<String> languages = new ArrayList<>();
    @Option(names = "--formula", paramLabel = "LANGUAGE:TYPE=TEXT", description = "Salutations: a formula, for example ENU:Formal=\"Dear Mr. %1\" (TYPE Formal or Informal; LANGUAGE may be empty for all).")
    List<String> formulas = new ArrayList<>();
    @Option(names = "--question", paramLabel = "LINE=TEXT", description = "Questionnaires: a question with its line No., for example 10000=Employees.")
    List<String> questions = new ArrayList<>();
    @Option(names = "--answer", paramLabel = "QUESTION:LINE=TEXT", description = "Questionnaires: an answer of the question with line No. QUESTION, for example 10000:10000=1-9.")
    List<String> answers = new ArrayList<>();

    SetupCommand(Cli.Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        SetupTable<?> table = SetupTable.byName(tableName).orElseThrow(() -> new Commands.BadUsage(
                NLS.bind(Messages.SetupCommand_thereIsNoSetUp, tableName, nearestTable(tableName), String.join(", ", SetupTable.all().stream().map(SetupTable::name).toList()))));
        return run(table);
    }

    private <T extends EObject> int run(SetupTable<T> table) {
        SetupService setup = env.services().get(SetupService.class);
        switch (action.toLowerCase(Locale.ROOT)) {
        case "list" -> {
            new Output(env, json).rows(setup.list(table).stream().map(r -> summary(table, r)).toList(),
                    NLS.bind(Messages.SetupCommand_noRowsYetAddOne, table.caption().toLowerCase(Locale.ROOT), table.name()));
        }
        case "show" -> {
            T row = require(setup, table, key(table, true));
            show(table, row, setup);
        }
        case "add" -> {
            String key = key(table, table != SetupTable.CAMPAIGNS);
            T row = table.create();
            if (key != null) {
                row.eSet(table.key(), key);
            }
            fill(row, fields(key));
            T saved = setup.create(table, row);
            saved = documents(setup, table, saved);
            done(table, saved, Messages.SetupCommand_created);
        }
        case "set" -> {
            String key = key(table, true);
            T row = require(setup, table, key);
            fill(row, fields(key));
            T saved = setup.change(table, row);
            saved = documents(setup, table, saved);
            done(table, saved, Messages.SetupCommand_saved);
        }
        case "delete" -> {
            String key = key(table, true);
            T row = require(setup, table, key);
            setup.delete(table, key);
            new Output(env, json).result(Output.map("table", table.name(), "key", table.keyOf(row), "deleted", true),
                    NLS.bind(Messages.SetupCommand_deleted, table.caption().toLowerCase(Locale.ROOT), table.keyOf(row)));
        }
        default -> throw new Commands.BadUsage(NLS.bind(Messages.SetupCommand_isNotAnActionUse, action));
        }
        return Cli.OK;
    }

    private static String nearestTable(String name) {
        String best = "";
        int bestScore = Integer.MAX_VALUE;
        for (SetupTable<?> t : SetupTable.all()) {
            int d = distance(name.toLowerCase(Locale.ROOT), t.name());
            if (d < bestScore) {
                bestScore = d;
                best = t.name();
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
                        d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
        }
        return d[a.length()][b.length()];
    }

    /** @return the KEY word, or null when optional and absent (the first word is a FIELD=VALUE) */
    private String key(SetupTable<?> table, boolean required) {
        if (rest.isEmpty() || rest.get(0).contains("=")) {
            if (required) {
                throw new Commands.BadUsage(NLS.bind(Messages.SetupCommand_setupNeedsTheRowS, table.name(), action, table.key().getName(), table.name(), action));
            }
            return null;
        }
        return rest.get(0);
    }

    private List<String> fields(String key) {
        return key == null ? rest : rest.subList(1, rest.size());
    }

    private <T extends EObject> T require(SetupService setup, SetupTable<T> table, String key) {
        return setup.get(table, key).orElseThrow(() -> new NotFoundException(NLS.bind(Messages.SetupCommand_thereIsNoListThem,
                Locale.getDefault().getLanguage().equals("de") ? Captions.shownClass(table.eClass().getName())
                        : table.caption().toLowerCase(Locale.ROOT), key, table.name())));
    }

    private void fill(EObject row, List<String> words) {
        for (String word : words) {
            int eq = word.indexOf('=');
            if (eq <= 0) {
                throw new Commands.BadUsage(NLS.bind(Messages.SetupCommand_isNotFIELDVALUEFor, word));
            }
            try {
                ModelFields.set(row, word.substring(0, eq), word.substring(eq + 1));
            } catch (IllegalArgumentException e) {
                throw new Commands.BadUsage(e.getMessage());
            }
        }
        if (row instanceof InteractionTemplate t) {
            for (String l : languages) {
                String[] p = l.split("=", 2);
                InteractionTemplateLanguage r = t.getLanguages().stream()
                        .filter(x -> p[0].strip().equalsIgnoreCase(x.getLanguageCode())).findFirst().orElse(null);
                if (r == null) {
                    r = SegmentaFactory.eINSTANCE.createInteractionTemplateLanguage();
                    r.setLanguageCode(p[0]);
                    t.getLanguages().add(r);
                }
                r.setDescription(p.length > 1 ? p[1] : r.getDescription() != null ? r.getDescription() : t.getDescription());
            }
        } else if (!languages.isEmpty()) {
            throw new Commands.BadUsage(Messages.SetupCommand_languageIsForInteractionTemplates);
        }
        if (row instanceof Salutation s) {
            for (String f : formulas) {
                int colon = f.indexOf(':');
                int eq = f.indexOf('=');
                if (colon < 0 || eq < colon) {
                    throw new Commands.BadUsage(NLS.bind(Messages.SetupCommand_formulaIsNotLANGUAGETYPE, f));
                }
                SalutationFormula formula = SegmentaFactory.eINSTANCE.createSalutationFormula();
                formula.setLanguageCode(f.substring(0, colon).isBlank() ? null : f.substring(0, colon));
                formula.setSalutationType(salutationType(f.substring(colon + 1, eq)));
                formula.setText(f.substring(eq + 1));
                s.getFormulas().removeIf(old -> java.util.Objects.equals(old.getLanguageCode() == null ? null
                        : old.getLanguageCode().toUpperCase(Locale.ROOT), formula.getLanguageCode() == null ? null
                                : formula.getLanguageCode().toUpperCase(Locale.ROOT))
                        && old.getSalutationType() == formula.getSalutationType());
                s.getFormulas().add(formula);
            }
        } else if (!formulas.isEmpty()) {
            throw new Commands.BadUsage(Messages.SetupCommand_formulaIsForSalutationsOnly);
        }
        if (row instanceof ProfileQuestionnaire q) {
            for (String text : questions) {
                String[] p = text.split("=", 2);
                ProfileQuestion question = SegmentaFactory.eINSTANCE.createProfileQuestion();
                question.setLineNo(lineNo(p[0], "--question", text));
                question.setDescription(p.length > 1 ? p[1] : null);
                q.getQuestions().removeIf(old -> old.getLineNo() == question.getLineNo());
                q.getQuestions().add(question);
            }
            for (String text : answers) {
                String[] p = text.split("=", 2);
                String[] lines = p[0].split(":", 2);
                if (lines.length < 2) {
                    throw new Commands.BadUsage(NLS.bind(Messages.SetupCommand_answerIsNotQUESTIONLINE, text));
                }
                int qLine = lineNo(lines[0], "--answer", text);
                ProfileQuestion question = q.getQuestions().stream().filter(x -> x.getLineNo() == qLine).findFirst()
                        .orElseThrow(() -> new Commands.BadUsage(NLS.bind(Messages.SetupCommand_answerQuestionnaireHasNoQuestion, text, qLine, qLine)));
                ProfileAnswer answer = SegmentaFactory.eINSTANCE.createProfileAnswer();
                answer.setLineNo(lineNo(lines[1], "--answer", text));
                answer.setDescription(p.length > 1 ? p[1] : null);
                question.getAnswers().removeIf(old -> old.getLineNo() == answer.getLineNo());
                question.getAnswers().add(answer);
            }
        } else if (!questions.isEmpty() || !answers.isEmpty()) {
            throw new Commands.BadUsage(Messages.SetupCommand_questionAndAnswerAreFor);
        }
        if (!(row instanceof InteractionTemplate) && (!documents.isEmpty() || !removeDocuments.isEmpty())) {
            throw new Commands.BadUsage(Messages.SetupCommand_documentAndRemoveDocumentAre);
        }
    }

    private static int lineNo(String text, String option, String word) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new Commands.BadUsage(NLS.bind(Messages.SetupCommand_isNotALineNo, option, word, text));
        }
    }

    private static SalutationType salutationType(String text) {
        for (SalutationType t : SalutationType.VALUES) {
            if (t.getLiteral().equalsIgnoreCase(text.strip()) || t.getName().equalsIgnoreCase(text.strip())) {
                return t;
            }
        }
        throw new Commands.BadUsage(NLS.bind(Messages.SetupCommand_isNotASalutationType, text));
    }

    @SuppressWarnings("unchecked")
    private <T extends EObject> T documents(SetupService setup, SetupTable<T> table, T row) {
        if (!(row instanceof InteractionTemplate t)) {
            return row;
        }
        InteractionTemplate result = t;
        for (String d : documents) {
            int eq = d.indexOf('=');
            if (eq <= 0) {
                throw new Commands.BadUsage(NLS.bind(Messages.SetupCommand_documentIsNotLANGUAGEFILE, d));
            }
            Path file = Path.of(d.substring(eq + 1));
            try (InputStream in = Files.newInputStream(file)) {
                result = setup.attachWordDocument(t.getCode(), d.substring(0, eq), file.getFileName().toString(), in);
            } catch (NoSuchFileException e) {
                throw new IllegalArgumentException(NLS.bind(Messages.SetupCommand_documentThereIsNoFile, d, file.toAbsolutePath(), table.name(), t.getCode()));
            } catch (IOException e) {
                throw new UncheckedIOException(NLS.bind(Messages.SetupCommand_documentCannotRead, d, file, e.getMessage()), e);
            }
        }
        for (String language : removeDocuments) {
            result = setup.removeDocument(t.getCode(), language);
        }
        return (T) result;
    }

    private <T extends EObject> void done(SetupTable<T> table, T row, String verb) {
        Output out = new Output(env, json);
        out.result(full(table, row), verb + " " + table.caption().toLowerCase(Locale.ROOT) + " " + table.keyOf(row)
                + ".");
    }

    private <T extends EObject> void show(SetupTable<T> table, T row, SetupService setup) {
        Map<String, Object> m = full(table, row);
        List<Use> uses = setup.uses(table, table.keyOf(row));
        m.put("usedBy", uses.stream().map(Use::toString).toList());
        Output out = new Output(env, json);
        if (out.json()) {
            out.result(m, "");
        } else {
            ContactCommand.fieldLines(env, m);
        }
    }

    /** @return a list row: the key, then the fields that say what the row is */
    private <T extends EObject> Map<String, Object> summary(SetupTable<T> table, T row) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (EAttribute a : ModelFields.fields(table.eClass())) {
            m.put(a.getName(), row.eGet(a));
        }
        if (row instanceof InteractionTemplate t) {
            m.put("languages", String.join(" ", t.getLanguages().stream()
                    .map(l -> l.getLanguageCode() + (l.getWordTemplateNo() != null || l.getAttachmentNo() != null ? "*" : ""))
                    .toList()));
        } else if (row instanceof Salutation s) {
            m.put("formulas", s.getFormulas().size());
        } else if (row instanceof ProfileQuestionnaire q) {
            m.put("questions", q.getQuestions().size());
        }
        return m;
    }

    /** @return every field, and what the row contains */
    private <T extends EObject> Map<String, Object> full(SetupTable<T> table, T row) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("table", table.name());
        for (EAttribute a : ModelFields.fields(table.eClass())) {
            m.put(a.getName(), row.eGet(a));
        }
        if (row instanceof InteractionTemplate t) {
            Store store = env.services().get(Store.class);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (InteractionTemplateLanguage l : t.getLanguages()) {
                Long doc = l.getWordTemplateNo() != null ? l.getWordTemplateNo() : l.getAttachmentNo();
                Attachment a = doc == null ? null : store.read(s -> s.attachments().get(doc)).orElse(null);
                rows.add(Output.map("languageCode", l.getLanguageCode(), "description", l.getDescription(),
                        "wordTemplateNo", l.getWordTemplateNo(), "attachmentNo", l.getAttachmentNo(), "document",
                        a == null ? null : NLS.bind(Messages.SetupCommand_bytes, a.getFileName(),
                                Formats.plural(a.getSize(), Messages.Count_byteOne, Messages.Count_byteOther))));
            }
            m.put("languages", rows);
        } else if (row instanceof Salutation s) {
            m.put("formulas", s.getFormulas().stream().map(f -> Output.map("languageCode", f.getLanguageCode(),
                    "salutationType", f.getSalutationType(), "text", f.getText())).toList());
        } else if (row instanceof ProfileQuestionnaire q) {
            m.put("questions", q.getQuestions().stream().map(x -> Output.map("lineNo", x.getLineNo(), "description",
                    x.getDescription(), "answers", x.getAnswers().stream().map(a -> Output.map("lineNo", a.getLineNo(),
                            "description", a.getDescription())).toList())).toList());
        }
        return m;
    }
}
