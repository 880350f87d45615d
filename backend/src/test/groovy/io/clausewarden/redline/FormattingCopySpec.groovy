package io.clausewarden.redline

import static io.clausewarden.redline.DocxFixtures.*

import org.docx4j.XmlUtils
import org.docx4j.wml.RPr
import spock.lang.Specification

class FormattingCopySpec extends Specification {

    def "a copy of #format marshals exactly like the original"() {
        given:
        RPr original = run(format, 'x').RPr

        when:
        def copy = FormattingCopy.of(original)

        then:
        !copy.is(original)
        XmlUtils.marshaltoString(copy, true, false) == XmlUtils.marshaltoString(original, true, false)

        where:
        format << [[bold: true], [italic: true, underline: true], [font: 'Garamond', size: 28, color: 'C00000']]
    }

    def "changing the copy leaves the original as it was"() {
        given:
        RPr original = run(bold: true, color: '1F4E79', 'x').RPr

        when:
        def copy = FormattingCopy.of(original)
        copy.color.val = 'FF0000'
        copy.b = null

        then:
        original.color.val == '1F4E79'
        original.b.val
    }
}
