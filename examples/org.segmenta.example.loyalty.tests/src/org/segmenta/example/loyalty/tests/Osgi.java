package org.segmenta.example.loyalty.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.segmenta.core.demo.DemoData;

/**
 * What the tests share: services from the framework, as the product's Declarative Services publish them (the
 * store is the real one, embedded in the test run's instance folder), the demo data, and a small Word main document.
 */
final class Osgi {

    private Osgi() {
    }

    /**
     * @param <T> the service type
     * @param type the service interface
     * @return the service, waiting up to 30 s for it
     */
    static <T> T service(Class<T> type) {
        BundleContext context = FrameworkUtil.getBundle(Osgi.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(30_000);
            if (service == null) {
                throw new AssertionError("no " + type.getSimpleName() + " service within 30 s");
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Loads the demo data (150 contacts, templates, salespeople) once per test run. */
    static synchronized void demoData() {
        DemoData demo = service(DemoData.class);
        if (demo.isEmpty()) {
            demo.load();
        }
    }

    /**
     * Writes a minimal Word main document: a paragraph with the contact's name and one with its loyalty points.
     *
     * @param file where
     * @return the file
     */
    static Path letter(Path file) throws IOException {
        String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        String body = "<w:p><w:r><w:t xml:space=\"preserve\">Dear </w:t></w:r><w:fldSimple w:instr=\" MERGEFIELD Name \">"
                + "<w:r><w:t>«Name»</w:t></w:r></w:fldSimple></w:p><w:p><w:r><w:t xml:space=\"preserve\">You have </w:t>"
                + "</w:r><w:fldSimple w:instr=\" MERGEFIELD LoyaltyPoints \"><w:r><w:t>«LoyaltyPoints»</w:t></w:r>"
                + "</w:fldSimple><w:r><w:t xml:space=\"preserve\"> points (</w:t></w:r><w:fldSimple w:instr=\" MERGEFIELD "
                + "Loyalty_Tier \"><w:r><w:t>«Loyalty_Tier»</w:t></w:r></w:fldSimple><w:r><w:t>).</w:t></w:r></w:p>";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            put(z, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.wordprocessingml.document.main+xml\"/></Types>");
            put(z, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            put(z, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document "
                    + "xmlns:w=\"" + w + "\"><w:body>" + body + "</w:body></w:document>");
        }
        return Files.write(file, bytes.toByteArray());
    }

    private static void put(ZipOutputStream z, String name, String text) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(text.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }

    /**
     * @param docx a .docx file
     * @return the text of its main part (the XML with the tags taken out)
     */
    static String text(Path docx) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(docx.toFile())) {
            ZipEntry e = zip.getEntry("word/document.xml");
            String xml = new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
            return xml.replaceAll("<[^>]+>", "");
        }
    }
}
