package org.harmreductionworks.hub.script.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.harmreductionworks.hub.common.Network;
import org.harmreductionworks.hub.script.Paper;
import org.harmreductionworks.hub.script.ScriptDocument;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

/**
 * The printable script typeset as PDF (openhtmltopdf on PDFBox) from the same markup as the HTML page, with page
 * numbers and the version and date in every page's footer.
 */
public final class PdfScriptWriter {

    static {
        // The typesetter logs every stylesheet it parses at INFO on its own handler; that is noise in our logs.
        XRLog.setLoggingEnabled(false);
    }

    private PdfScriptWriter() {
    }

    public static byte[] write(ScriptDocument document, Paper paper) {
        String html = HtmlScriptWriter.write(document, paper);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.withProducer(Network.NAME);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
