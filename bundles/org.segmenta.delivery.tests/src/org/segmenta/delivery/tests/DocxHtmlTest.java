package org.segmenta.delivery.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.segmenta.delivery.internal.DocxHtml;

/** The letter-to-e-mail conversion on the tests' own letter. */
class DocxHtmlTest {

    @Test
    void theLetterBecomesHtmlTextAndOnePicture() throws IOException {
        DocxHtml.Body b = DocxHtml.convert(Letters.template(), "News & <more>");

        assertTrue(b.html().contains("<title>News &amp; &lt;more&gt;</title>"), b.html());
        assertTrue(b.html().contains("<h1>Autumn news</h1>"), b.html());
        assertTrue(b.html().contains("<p>Dear «Name»,</p>"), "the field result stays, its code goes: " + b.html());
        assertTrue(!b.html().contains("MERGEFIELD"), b.html());
        assertTrue(b.html().contains("This is <b>bold</b>, this is <i>italic</i> and this is <u>underlined</u>."), b.html());
        assertTrue(b.html().contains("<img src=\"cid:img1.logo.png@segmenta\" width=\"100\" height=\"100\""), b.html());
        assertEquals(1, b.images().size());
        assertEquals("image/png", b.images().get(0).mediaType());
        assertEquals(Letters.PNG.length, b.images().get(0).bytes().length);
        assertTrue(b.text().startsWith("Autumn news\nDear «Name»,\n"), b.text());
        assertTrue(b.text().contains("Product\tPrice\nCatalogue\tfree"), b.text());
    }

    @Test
    void notAWordDocumentSaysSo() {
        IOException e = assertThrows(IOException.class, () -> DocxHtml.convert("plain text".getBytes(), "x"));
        assertTrue(e.getMessage().contains("not a Word document"), e.getMessage());
    }
}
