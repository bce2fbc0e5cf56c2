package org.harmreductionworks.hub.script;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores languages as their lower-case codes ("en"), as everywhere else in the API. */
@Converter
public class ScriptLanguageConverter implements AttributeConverter<ScriptLanguage, String> {

    @Override
    public String convertToDatabaseColumn(ScriptLanguage language) {
        return language == null ? null : language.code();
    }

    @Override
    public ScriptLanguage convertToEntityAttribute(String code) {
        return code == null ? null : ScriptLanguage.valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
