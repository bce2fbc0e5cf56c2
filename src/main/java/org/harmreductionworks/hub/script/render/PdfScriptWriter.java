package org.harmreductionworks.hub.script.render;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.harmreductionworks.hub.common.Network;
import org.harmreductionworks.hub.script.Paper;
import org.harmreductionworks.hub.script.ScriptDocument;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;

/**
 * The printable script typeset as PDF (openhtmltopdf on PDFBox) from the same markup as the HTML page, with page
 * numbers and the version and date in every page's footer.
 * <p>
 * The PDF is accessible (PDF/UA-1) and archivable (PDF/A-2): tagged with the page's headings, paragraphs and lists,
 * in the page's language, titled and showing that title, with every font embedded. The page footers are marked as
 * artifacts, so a screen reader skips them. veraPDF checks every rendition in the tests.
 */
public final class PdfScriptWriter {

    static {
        // The typesetter logs every stylesheet it parses at INFO on its own handler; that is noise in our logs.
        XRLog.setLoggingEnabled(false);
    }

    /**
     * PDF/A needs an output intent saying what the page's RGB colours mean: sRGB, whose profile the JDK ships.
     */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private PdfScriptWriter() {
    }

    public static byte[] write(ScriptDocument document, Paper paper) {
        String html = HtmlScriptWriter.write(document, paper);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessbility(true);
            builder.usePdfAConformance(PdfAConformance.PDFA_2_A);
            builder.useColorProfile(SRGB);
            PdfFonts.register(builder);
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
