package org.harmreductionworks.hub.common.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import org.harmreductionworks.hub.common.error.ProblemText;
import org.harmreductionworks.hub.common.error.InvalidInput;

/**
 * Reads numbers, booleans, dates and enums from parameters so that a bad value is a 400 naming the parameter and
 * what it accepts. (JAX-RS would otherwise answer a bad query parameter with a 404.) Enum values are matched
 * case-insensitively against their API spelling, lower-case with hyphens: {@code IN_PERSON} is {@code in-person}.
 */
@Provider
public class NamedParameterConverters implements ParamConverterProvider {

    @Override
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = parameterName(annotations);
        return name == null ? null : converterFor(name, rawType);
    }

    /**
     * Reads a parameter's text as the REST layer reads a query parameter of that type, for code that gets
     * parameters some other way; null stays null. A bad value is an {@link InvalidInput} naming the parameter.
     */
    public static <T> T parse(String name, Class<T> type, String value) {
        ParamConverter<T> converter = converterFor(name, type);
        if (converter == null) {
            throw new IllegalArgumentException("no converter for " + type.getName());
        }
        return converter.fromString(value);
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static <T> ParamConverter<T> converterFor(String name, Class<T> rawType) {
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) converter(name, Integer::valueOf, ProblemText.PARAMETER_WHOLE_NUMBER);
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) converter(name, Long::valueOf, ProblemText.PARAMETER_WHOLE_NUMBER);
        }
        if (rawType == Double.class || rawType == double.class) {
            return (ParamConverter<T>) converter(name, NamedParameterConverters::finiteDouble, ProblemText.PARAMETER_NUMBER);
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) converter(name, NamedParameterConverters::strictBoolean, ProblemText.PARAMETER_TRUE_OR_FALSE);
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(name, NamedParameterConverters::calendarDate,
                    ProblemText.PARAMETER_DATE);
        }
        if (rawType.isEnum()) {
            return (ParamConverter<T>) enumConverter(name, (Class) rawType);
        }
        return null;
    }

    /** The API spelling of an enum constant. */
    public static String apiName(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static <E extends Enum<E>> ParamConverter<E> enumConverter(String name, Class<E> type) {
        E[] constants = type.getEnumConstants();
        String allowed = Arrays.stream(constants).map(NamedParameterConverters::apiName)
                .collect(Collectors.joining(", "));
        return new ParamConverter<>() {
            @Override
            public E fromString(String value) {
                if (value == null) {
                    return null;
                }
                String wanted = value.trim().toLowerCase(Locale.ROOT).replace('_', '-');
                for (E constant : constants) {
                    if (apiName(constant).equals(wanted)) {
                        return constant;
                    }
                }
                throw new InvalidInput(name, ProblemText.PARAMETER_ONE_OF, allowed);
            }

            @Override
            public String toString(E value) {
                return apiName(value);
            }
        };
    }

    /**
     * A date in years 1 to 9999. java.time reads years up to +-999,999,999, which PostgreSQL cannot store or compare
     * ("date out of range", a 500 deep in a query); no meeting is outside these years.
     */
    private static LocalDate calendarDate(String text) {
        LocalDate date = LocalDate.parse(text);
        if (date.getYear() < 1 || date.getYear() > 9999) {
            throw new IllegalArgumentException("year out of range");
        }
        return date;
    }

    private static <V> ParamConverter<V> converter(String name, Function<String, V> parse, ProblemText expected) {
        return new ParamConverter<>() {
            @Override
            public V fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return parse.apply(value.trim());
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    throw new InvalidInput(name, expected);
                }
            }

            @Override
            public String toString(V value) {
                return String.valueOf(value);
            }
        };
    }

    private static Double finiteDouble(String value) {
        double parsed = Double.parseDouble(value);
        if (!Double.isFinite(parsed)) {
            throw new NumberFormatException("not finite");
        }
        return parsed;
    }

    private static Boolean strictBoolean(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("not a boolean");
        };
    }

    private static String parameterName(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
        }
        return null;
    }
}
