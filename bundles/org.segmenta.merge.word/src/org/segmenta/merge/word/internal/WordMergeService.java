package org.segmenta.merge.word.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.segmenta.core.format.Formats;
import org.segmenta.core.merge.FieldMapping;
import org.segmenta.core.merge.MainDocument;
import org.segmenta.core.merge.MergeException;
import org.segmenta.core.merge.MergeFieldProvider;
import org.segmenta.core.merge.MergeProblem;
import org.segmenta.core.merge.MergeProblem.Severity;
import org.segmenta.core.merge.MergeService;
import org.segmenta.core.merge.PreparedMerge;

/**
 * The Word merge: reads .docx/.dotx/.docm main documents with Segmenta's own field engine over the package's
 * XML ({@link FieldScanner}, {@link Engine}), reading the package with the JDK's zip support, compiles each document
 * once ({@link WordTemplate}) and writes letters as zip packages with Apache Commons Compress, the untouched parts
 * copied already deflated.
 * No third-party .docx library: docx4j's MailMerger got 7 of the 18 corpus files right, and Apache POI would
 * only have served as the zip container.
 */
@Component(service = MergeService.class)
public final class WordMergeService implements MergeService {

    private final List<MergeFieldProvider> providers = new CopyOnWriteArrayList<>();

    /** @param provider a plug-in's merge fields: matched in documents from now on */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addProvider(MergeFieldProvider provider) {
        providers.add(provider);
    }

    /** @param provider a plug-in's merge fields that went away */
    public void removeProvider(MergeFieldProvider provider) {
        providers.remove(provider);
    }

    @Override
    public List<MergeFieldProvider.Field> pluginFields() {
        Map<String, MergeFieldProvider.Field> byName = new LinkedHashMap<>();
        for (MergeFieldProvider p : providers) {
            for (MergeFieldProvider.Field f : p.fields()) {
                byName.putIfAbsent(MergeFieldProvider.normalise(f.name()), f);
            }
        }
        return List.copyOf(byName.values());
    }

    @Override
    public MainDocument inspect(Path file) throws MergeException {
        WordTemplate t = new WordTemplate(file, null, pluginFields());
        return new MainDocument(file, t.uses, t.mapping, t.problems);
    }

    @Override
    public PreparedMerge prepare(Path file, FieldMapping mapping) throws MergeException {
        return new WordTemplate(file, mapping, pluginFields());
    }

    @Override
    public byte[] personalise(String fileName, byte[] edited) throws MergeException {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("segmenta-personalise");
            String safe = fileName.replaceAll("[\\\\/:*?\"<>|]", "_");
            Path f = Files.write(dir.resolve(safe.isBlank() ? "letter.docx" : safe), edited);
            WordTemplate t = new WordTemplate(f, null);
            List<MergeProblem> left = t.uses.stream()
                    .filter(u -> u.type().equals("MERGEFIELD") || u.type().equals("ADDRESSBLOCK") || u.type().equals("GREETINGLINE")
                            || u.type().equals("NEXT") || u.type().equals("NEXTIF") || u.type().equals("SKIPIF"))
                    .map(u -> new MergeProblem(fileName, u.instruction(), Messages.Service_fieldLeft, Severity.ERROR))
                    .toList();
            if (!left.isEmpty()) {
                throw new MergeException(fileName + ": " + Formats.bind(Messages.Service_fieldsLeft, left.get(0).field()), left,
                        null);
            }
            return t.preview(org.segmenta.merge.word.internal.Ctx.NO_RECORD);
        } catch (IOException e) {
            throw new MergeException(fileName + ": " + Formats.bind(Messages.Service_cannotReadBack, e.getMessage()), List.of(),
                    e);
        } finally {
            if (dir != null) {
                try (var s = Files.list(dir)) {
                    for (Path p : s.toList()) {
                        Files.deleteIfExists(p);
                    }
                    Files.deleteIfExists(dir);
                } catch (IOException e) {
                    // a temporary folder left behind is harmless
                }
            }
        }
    }
}
