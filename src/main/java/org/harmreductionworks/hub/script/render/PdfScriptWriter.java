package org.harmreductionworks.hub.script.render;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.harmreductionworks.hub.common.Network;
import org.harmreductionworks.hub.script.Paper;
import org.harmreductionworks.hub.script.ScriptDocument;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;

/**
 * The printable script typeset as PDF (openhtmltopdf on PDFBox) from the same markup as the HTML page, with page
 * numbers and the version and date in every page's footer.
 * <p>
 * The PDF is accessible (PDF/UA-1) and archivable (PDF/A-2a): tagged with the page's headings, paragraphs and lists,
 * in the page's language, titled and showing that title, with every font embedded ({@link PdfFonts}). The page
 * footers are marked as artifacts, so a screen reader skips them. veraPDF checks every rendition in the tests.
 */
public final class PdfScriptWriter {

    static {
        // The typesetter logs every stylesheet it parses at INFO on its own handler; that is noise in our logs.
        XRLog.setLoggingEnabled(false);
    }

    /** PDF/A needs an output intent saying what the page's RGB colours mean: sRGB, whose profile the JDK ships. */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private PdfScriptWriter() {
    }

    public static byte[] write(ScriptDocument document, Paper paper) {
        String html = HtmlScriptWriter.write(document, paper);
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessbility(true);
        builder.usePdfAConformance(PdfAConformance.PDFA_2_A);
        builder.useColorProfile(SRGB);
        PdfFonts.register(builder);
        // Everything the PDF needs is in the markup or registered above. A section's Markdown may name an image
        // on another host: the PDF never fetches it (the HTML page's policy does not load it either).
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.withHtmlContent(html, null);
        builder.withProducer(Network.NAME);
        builder.toStream(out);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.setListener(new DescribeLinks());
            renderer.createPDF();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * PDF/UA asks every link annotation for an alternate description in /Contents (ISO 14289-1, 7.18.5), which
     * openhtmltopdf 1.1.31 does not write: the link's address is the description, added just before the file is saved.
     */
    private static final class DescribeLinks implements PDFCreationListener {

        @Override
        public void preOpen(PdfBoxRenderer renderer) {
        }

        @Override
        public void preWrite(PdfBoxRenderer renderer, int pageCount) {
        }

        @Override
        public void onClose(PdfBoxRenderer renderer) {
            PDDocument document = renderer.getPdfDocument();
            try {
                for (PDPage page : document.getPages()) {
                    for (PDAnnotation annotation : page.getAnnotations()) {
                        if (annotation instanceof PDAnnotationLink link
                                && (link.getContents() == null || link.getContents().isBlank())) {
                            link.setContents(describe(link.getAction()));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String describe(PDAction action) {
            return action instanceof PDActionURI uri && uri.getURI() != null ? uri.getURI() : "Link";
        }
    }
}
