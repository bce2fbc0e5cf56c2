package org.harmreductionworks.hub.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The Meeting Guide feed's meetings, written by hand, are the text Jackson writes for the record. */
class MeetingGuideJsonTest {

    private static final List<String> WORDS = List.of("Northampton", "Reducción de daños", "\"quoted\"", "back\\slash",
            "line\nbreak", "tab\there", "🌱", "東京", "</script>", "\u2028", "a,b;c", "");

    @Test
    void everyFieldPresentOrAbsentIsWrittenAsJacksonWritesTheRecord() throws IOException {
        Random random = new Random(19);
        List<MeetingGuideFeed.Meeting> meetings = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            Supplier<String> text = () -> random.nextInt(3) == 0 ? null
                    : WORDS.get(random.nextInt(WORDS.size())) + " " + random.nextInt(100);
            Supplier<Double> degrees = () -> random.nextInt(3) == 0 ? null
                    : random.nextInt(4) == 0 ? (double) random.nextInt(90) : (random.nextDouble() - 0.5) * 180;
            List<String> types = new ArrayList<>();
            for (int t = random.nextInt(4); t > 0; t--) {
                types.add(List.of("O", "HRW-F", "TC", "ONL", "es").get(random.nextInt(5)));
            }
            meetings.add(new MeetingGuideFeed.Meeting(text.get(), text.get(),
                    random.nextBoolean() ? null : random.nextInt(7), text.get(), text.get(), text.get(),
                    random.nextInt(10) == 0 ? null : types, text.get(), text.get(), text.get(), text.get(),
                    text.get(), text.get(), text.get(), text.get(), text.get(), text.get(), degrees.get(),
                    degrees.get(), text.get(), text.get(), text.get(), text.get(), text.get(), text.get(),
                    text.get(), text.get()));
        }
        ObjectMapper json = new ObjectMapper();
        StringWriter byHand = new StringWriter();
        try (JsonGenerator out = json.getFactory().createGenerator(byHand)) {
            out.writeStartArray();
            for (MeetingGuideFeed.Meeting meeting : meetings) {
                MeetingGuideFeed.write(meeting, out);
            }
            out.writeEndArray();
        }

        assertEquals(json.writeValueAsString(meetings), byHand.toString());
    }
}
