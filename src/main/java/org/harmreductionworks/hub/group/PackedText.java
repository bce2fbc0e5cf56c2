package org.harmreductionworks.hub.group;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A few texts, any of them null, kept as one array of UTF-8 bytes. The directory holds its groups' descriptions,
 * addresses and notes this way: a String costs about 40 bytes beyond its text, an array 16, and a listing has ten
 * such texts that only pages and feeds read. Each text is its length plus one (0 for null) as a variable-length
 * number, then its bytes.
 */
final class PackedText {

    private static final byte[] ALL_NULL = new byte[0];

    private PackedText() {
    }

    static byte[] pack(String... texts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int nulls = 0;
        for (String text : texts) {
            if (text == null) {
                nulls++;
                continue;
            }
            // Nulls are written only when a text follows them, so trailing ones cost nothing.
            for (; nulls > 0; nulls--) {
                out.write(0);
            }
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            writeLength(out, bytes.length + 1);
            out.write(bytes, 0, bytes.length);
        }
        return out.size() == 0 ? ALL_NULL : out.toByteArray();
    }

    /** All {@code count} texts, in the order they were packed. */
    static String[] unpack(byte[] packed, int count) {
        return unpack(packed, count, -1);
    }

    /**
     * The texts whose bits are set in {@code wanted} (bit i for the i-th text), in their places among {@code count};
     * the others are left null and never made.
     */
    static String[] unpack(byte[] packed, int count, int wanted) {
        String[] texts = new String[count];
        int at = 0;
        for (int i = 0; i < count && at < packed.length && (wanted >>> i) != 0; i++) {
            int length = 0;
            int shift = 0;
            byte b;
            do {
                b = packed[at++];
                length |= (b & 0x7f) << shift;
                shift += 7;
            } while (b < 0);
            if (length > 0) {
                if ((wanted & 1 << i) != 0) {
                    texts[i] = new String(packed, at, length - 1, StandardCharsets.UTF_8);
                }
                at += length - 1;
            }
        }
        return texts;
    }

    /** The first text alone, without making the others. */
    static String first(byte[] packed) {
        return unpack(packed, 1, 1)[0];
    }

    private static void writeLength(ByteArrayOutputStream out, int value) {
        while ((value & ~0x7f) != 0) {
            out.write((value & 0x7f) | 0x80);
            value >>>= 7;
        }
        out.write(value);
    }
}
