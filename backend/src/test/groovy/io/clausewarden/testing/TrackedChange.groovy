package io.clausewarden.testing

import groovy.transform.Immutable

/**
 * One tracked change as a reader reports it.
 *
 * <p>{@code type} is {@code insertion}, {@code deletion} or {@code format-change} for both readers; {@code element}
 * is what the change was in the file ({@code ins}, {@code del}, {@code moveFrom}, {@code moveTo}, {@code rPrChange},
 * ... for OOXML; {@code insertion}, {@code deletion}, {@code format-change} for ODT). {@code date} is the file's
 * text (Word writes {@code 2024-05-01T10:00:00Z}, LibreOffice {@code 2024-05-01T10:00:00}); {@code id} is the
 * revision id ({@code w:id}) or the ODT changed-region id.
 */
@Immutable
class TrackedChange {
    String type
    String author
    String date
    String id
    String element

    /** The date to the second without zone designator, so both readers' dates compare equal; null when absent. */
    String getDateToSecond() {
        date == null ? null : date.replaceFirst(/Z$/, '').replaceFirst(/\.\d+$/, '').take(19)
    }
}
