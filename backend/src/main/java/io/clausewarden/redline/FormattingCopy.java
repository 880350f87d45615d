package io.clausewarden.redline;

import jakarta.xml.bind.JAXBElement;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.datatype.XMLGregorianCalendar;
import javax.xml.namespace.QName;
import org.docx4j.XmlUtils;
import org.docx4j.wml.RPr;

/**
 * Deep copies of run formatting. docx4j's {@link XmlUtils#deepCopy} marshals and unmarshals (tens of
 * microseconds a copy); the formatting classes are plain JAXB beans, so their fields are copied directly.
 * Anything outside that shape falls back to {@link XmlUtils#deepCopy}.
 */
final class FormattingCopy {
    private static final Map<Class<?>, List<Field>> FIELDS = new ConcurrentHashMap<>();

    private FormattingCopy() {
    }

    static RPr of(RPr formatting) {
        if (formatting == null) {
            return null;
        }
        try {
            return (RPr) copy(formatting, null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return XmlUtils.deepCopy(formatting);
        }
    }

    private static Object copy(Object value, Object parent) throws ReflectiveOperationException {
        if (value == null || isImmutable(value)) {
            return value;
        }
        if (value instanceof JAXBElement<?> element) {
            return copyElement(element, parent);
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object item : list) {
                out.add(copy(item, parent));
            }
            return out;
        }
        Class<?> type = value.getClass();
        if (!type.getName().startsWith("org.docx4j.")) {
            throw new IllegalArgumentException("not a formatting bean");
        }
        Object out = type.getDeclaredConstructor().newInstance();
        for (Field field : fields(type)) {
            field.set(out, field.getName().equals("parent") ? parent : copy(field.get(value), out));
        }
        return out;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object copyElement(JAXBElement<?> element, Object parent) throws ReflectiveOperationException {
        JAXBElement copy = new JAXBElement(element.getName(), element.getDeclaredType(), element.getScope(),
                copy(element.getValue(), parent));
        copy.setNil(element.isNil());
        return copy;
    }

    private static boolean isImmutable(Object value) {
        return value instanceof String || value instanceof Boolean || value instanceof BigInteger
                || value instanceof BigDecimal || value instanceof Number || value instanceof Enum<?>
                || value instanceof QName || value instanceof Character;
    }

    private static List<Field> fields(Class<?> type) {
        return FIELDS.computeIfAbsent(type, t -> {
            List<Field> fields = new ArrayList<>();
            for (Class<?> c = t; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(f.getModifiers())) {
                        if (f.getType() == XMLGregorianCalendar.class) {
                            throw new IllegalArgumentException("dates are copied by docx4j");
                        }
                        f.setAccessible(true);
                        fields.add(f);
                    }
                }
            }
            return List.copyOf(fields);
        });
    }
}
