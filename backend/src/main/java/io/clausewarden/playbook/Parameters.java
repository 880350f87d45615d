package io.clausewarden.playbook;

import java.util.List;
import java.util.Map;

/** Helpers for writing check parameters: absent values and empty lists are left out. */
final class Parameters {
    private Parameters() {
    }

    static void put(Map<String, Object> parameters, String name, Object value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }

    static void putList(Map<String, Object> parameters, String name, List<String> values) {
        if (values != null && !values.isEmpty()) {
            parameters.put(name, values);
        }
    }

    /** Whole numbers are written without a decimal point: 30 rather than 30.0. */
    static Object number(Double value) {
        if (value == null) {
            return null;
        }
        return value == Math.rint(value) && Math.abs(value) < Long.MAX_VALUE ? (Object) value.longValue() : value;
    }
}
