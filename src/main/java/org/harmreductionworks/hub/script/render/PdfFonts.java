package org.harmreductionworks.hub.script.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The fonts the script PDF embeds: DejaVu Serif for the text, DejaVu Sans for headings and page furniture, DejaVu Sans
 * Mono for code (version 2.37, Bitstream Vera licence, in {@code fonts/LICENSE} beside them). They cover Spanish, the
 * typographic punctuation scripts use, and much more. Only the glyphs a PDF uses are embedded (subsets).
 * <p>
 * PDF/UA and PDF/A allow no font that is not embedded, so openhtmltopdf offers none of the PDF base fonts: a family
 * the style sheet does not name here (say a browser's {@code monospace}) or a character these faces lack would have
 * no font at all and fail the whole PDF. DejaVu Sans is therefore also the last-resort fallback.
 */
final class PdfFonts {

    static final String SERIF = "DejaVu Serif";
    static final String SANS = "DejaVu Sans";
    static final String MONO = "DejaVu Sans Mono";

    /** One face: the file on the classpath, and how CSS asks for it. */
    record Face(String file, String family, int weight, FontStyle style) {
    }

    static final List<Face> FACES = List.of(
            new Face("DejaVuSerif.ttf", SERIF, 400, FontStyle.NORMAL),
            new Face("DejaVuSerif-Bold.ttf", SERIF, 700, FontStyle.NORMAL),
            new Face("DejaVuSerif-Italic.ttf", SERIF, 400, FontStyle.ITALIC),
            new Face("DejaVuSerif-BoldItalic.ttf", SERIF, 700, FontStyle.ITALIC),
            new Face("DejaVuSans.ttf", SANS, 400, FontStyle.NORMAL),
            new Face("DejaVuSans-Bold.ttf", SANS, 700, FontStyle.NORMAL),
            new Face("DejaVuSansMono.ttf", MONO, 400, FontStyle.NORMAL));

    private static final String FALLBACK = "DejaVuSans.ttf";

    private PdfFonts() {
    }

    /** Registers every face, to be subset into the PDF; a face is read only if the document uses it. */
    static void register(PdfRendererBuilder builder) {
        for (Face face : FACES) {
            builder.useFont(() -> open(face.file()), face.family(), face.weight(), face.style(), true,
                    EnumSet.of(FSFontUseCase.DOCUMENT));
        }
        builder.useFont(() -> open(FALLBACK), SANS, 400, FontStyle.NORMAL, true,
                EnumSet.of(FSFontUseCase.FALLBACK_FINAL));
    }

    static InputStream open(String file) {
        return new ByteArrayInputStream(Loaded.bytes(file));
    }

    /** The files are read once, on first use (about 3.2 MB for all seven), rather than for every PDF. */
    private static final class Loaded {
        private static final Map<String, byte[]> BYTES = new ConcurrentHashMap<>();

        static byte[] bytes(String file) {
            return BYTES.computeIfAbsent(file, Loaded::read);
        }

        private static byte[] read(String file) {
            try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("The PDF font /fonts/" + file + " is not on the classpath; the "
                            + "build copies it there in generate-resources");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
