package io.clausewarden.redline

import static io.clausewarden.redline.DocxFixtures.*

import javax.xml.parsers.DocumentBuilderFactory
import org.w3c.dom.Document
import org.w3c.dom.Element
import spock.lang.Specification

class FindingPackagesSpec extends Specification {
    static final String W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
    static final String PKG = 'http://schemas.microsoft.com/office/2006/xmlPackage'

    private static Document parse(String xml) {
        def factory = DocumentBuilderFactory.newInstance()
        factory.namespaceAware = true
        factory.setFeature('http://apache.org/xml/features/disallow-doctype-decl', true)
        factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes('UTF-8')))
    }

    private static List<Element> elements(def node, String ns, String name) {
        def list = node.getElementsByTagNameNS(ns, name)
        (0..<list.length).collect { list.item(it) as Element }
    }

    private static Element pkgPart(Document xml, String name) {
        elements(xml, PKG, 'part').find { it.getAttributeNS(PKG, 'name') == name }
    }

    def "the package parses as XML and holds one paragraph with exactly the changed tokens"() {
        when:
        def xml = parse(FindingPackages.flatOpc('within three (3) days', 'within twelve (12) days', OPTIONS))
        def document = pkgPart(xml, '/word/document.xml')

        then:
        elements(xml, PKG, 'part').collect { it.getAttributeNS(PKG, 'name') } == ['/_rels/.rels', '/word/document.xml']
        elements(document, W, 'p').size() == 1
        elements(document, W, 'del')*.textContent == ['three', '3']
        elements(document, W, 'ins')*.textContent == ['twelve', '12']
        (elements(document, W, 'ins') + elements(document, W, 'del')).every { it.getAttributeNS(W, 'author') == OURS }
        elements(document, W, 'p')[0].textContent == 'within threetwelve (312) days'
    }

    def "a comment adds the comments part and its relationship"() {
        when:
        def xml = parse(FindingPackages.flatOpc('in 30 days', 'in 60 days', 'Our standard term is 60 days.', OPTIONS))
        def comments = pkgPart(xml, '/word/comments.xml')
        def rels = pkgPart(xml, '/word/_rels/document.xml.rels')

        then:
        comments.textContent == 'Our standard term is 60 days.'
        elements(comments, W, 'comment')[0].getAttributeNS(W, 'author') == OURS
        rels.getElementsByTagName('Relationship').item(0).getAttribute('Target') == 'comments.xml'
        elements(pkgPart(xml, '/word/document.xml'), W, 'commentReference').size() == 1
    }

    def "a suggestion for an empty span is a single insertion"() {
        when:
        def xml = parse(FindingPackages.flatOpc('', 'New clause.', OPTIONS))

        then:
        elements(xml, W, 'ins')*.textContent == ['New clause.']
        elements(xml, W, 'del').isEmpty()
    }

    def "an empty suggestion is a single deletion"() {
        when:
        def xml = parse(FindingPackages.flatOpc('Delete me.', '', OPTIONS))

        then:
        elements(xml, W, 'del')*.textContent == ['Delete me.']
        elements(xml, W, 'ins').isEmpty()
    }
}
