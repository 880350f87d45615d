package io.clausewarden.testing

import java.nio.charset.StandardCharsets
import java.nio.file.Files
import java.nio.file.Path
import java.time.Duration
import java.util.concurrent.TimeUnit
import java.util.zip.ZipInputStream
import javax.xml.XMLConstants
import javax.xml.parsers.DocumentBuilderFactory
import org.w3c.dom.Document
import org.w3c.dom.Element
import org.w3c.dom.Node

/**
 * Converts a .docx to ODT with LibreOffice ({@code soffice --headless --convert-to odt}) and reads what LibreOffice
 * made of it from {@code content.xml}: the tracked changes ({@code text:tracked-changes}) and the text with all
 * changes accepted and with all rejected.
 *
 * <p>In ODT an insertion stays inline between {@code text:change-start} and {@code text:change-end} markers, and
 * a deletion's text lives in its {@code text:changed-region}, with a {@code text:change} marker where it was; a
 * deletion holding several paragraphs carries paragraph breaks. Word's floating tables, which LibreOffice puts in
 * frames, are read where Word has them. Not read: footnotes ({@code text:note}), comments ({@code office:annotation};
 * see {@link #comments}), text boxes and shapes ({@code draw:*}).
 *
 * <p>soffice runs with a private user profile per JVM under {@code target/tmp} (never the home directory), one
 * conversion at a time, with a timeout.
 */
class LibreOfficeReader {

    static final String TEXT = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0'
    static final String TABLE = 'urn:oasis:names:tc:opendocument:xmlns:table:1.0'
    static final String OFFICE = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0'
    static final String STYLE = 'urn:oasis:names:tc:opendocument:xmlns:style:1.0'
    static final String DC = 'http://purl.org/dc/elements/1.1/'
    static final String DRAW = 'urn:oasis:names:tc:opendocument:xmlns:drawing:1.0'

    static final Duration TIMEOUT = Duration.ofSeconds(120)

    private static final Object LOCK = new Object()

    /** Tracked changes in the order of {@code text:tracked-changes}. */
    final List<TrackedChange> trackedChanges
    /** Paragraph texts (body, lists and table cells in document order) with all changes accepted. */
    final List<String> acceptedParagraphs
    /** Paragraph texts with all changes rejected. */
    final List<String> rejectedParagraphs
    /** Counts in the body (deleted content not included). */
    final int tableCount
    final int tableRowCount
    final int listCount
    final int headingCount
    /** Page headers defined in styles.xml ({@code style:header}, {@code style:header-left}, {@code style:header-first}). */
    final int pageHeaderCount
    /** The list nesting depth (1 = top) of every paragraph inside a {@code text:list}, in document order. */
    final List<Integer> listLevels
    /** Comments ({@code office:annotation}) in document order: {@code author}, {@code text}, and {@code anchor}, the
     *  body text the comment is attached to (up to its {@code office:annotation-end}; empty for a point comment). */
    final List<Map<String, String>> comments
    /** LibreOffice's content.xml, for assertions the accessors do not cover. */
    final String contentXml
    /** How long the conversion took (for a batch, the whole batch), or null when read from an ODT. */
    Duration conversionTime

    // parse state
    private TrackedText text = new TrackedText()
    /** Where the paragraph being read starts in {@link #text}: floating tables anchored in it go before it. */
    private int paragraphStart
    /** Changed regions by id: the changes in each, the latest first (a deletion of inserted text holds both). */
    private final Map<String, List<Element>> regions = [:]
    private final Set<String> openInsertions = new LinkedHashSet<>()
    private boolean inDeletion
    private boolean deletedWasInserted
    private int tables, rows, lists, headings
    private final List<Integer> levels = []
    private final List<Map<String, Object>> annotations = []
    private final Map<String, StringBuilder> openAnchors = [:]

    /** The soffice executable on the PATH, or null. */
    static String executable() {
        for (String dir : (System.getenv('PATH') ?: '').split(File.pathSeparator)) {
            for (String name : ['soffice', 'libreoffice']) {
                Path candidate = Path.of(dir).resolve(name)
                if (Files.isExecutable(candidate)) {
                    return candidate.toString()
                }
            }
        }
        null
    }

    static boolean isAvailable() {
        executable() != null
    }

    static LibreOfficeReader read(Path docx) {
        readAll([docx])[docx]
    }

    static LibreOfficeReader read(byte[] docx) {
        Path dir = Files.createTempDirectory(workRoot(), 'docx-')
        Path file = dir.resolve('document.docx')
        Files.write(file, docx)
        try {
            read(file)
        } finally {
            file.toFile().delete()
            dir.toFile().delete()
        }
    }

    /** Converts all files in one soffice run (start-up dominates the cost) and reads each. */
    static Map<Path, LibreOfficeReader> readAll(Collection<Path> docxFiles) {
        List<Path> files = docxFiles.toList()
        Path work = Files.createTempDirectory(workRoot(), 'convert-')
        Path input = Files.createDirectories(work.resolve('in'))
        Path output = Files.createDirectories(work.resolve('out'))
        List<Path> copies = files.withIndex().collect { Path file, int i ->
            Files.copy(file, input.resolve("document-${i}.docx"))
        }
        long started = System.nanoTime()
        convert(copies, output, work.resolve('soffice.log'))
        Duration took = Duration.ofNanos(System.nanoTime() - started)
        Map<Path, LibreOfficeReader> read = [:]
        files.eachWithIndex { Path file, int i ->
            LibreOfficeReader reader = fromOdt(Files.readAllBytes(output.resolve("document-${i}.odt")))
            reader.conversionTime = took
            read[file] = reader
        }
        work.toFile().deleteDir()
        read
    }

    private static Path workRoot() {
        Path userDir = Path.of(System.getProperty('user.dir'))
        Path root = Files.exists(userDir.resolve('pom.xml')) ? userDir.resolve('target').resolve('tmp')
                : Path.of(System.getProperty('java.io.tmpdir'))
        Files.createDirectories(root.resolve('libreoffice'))
    }

    private static Path profileDir

    /** This JVM's LibreOffice profile, removed when the JVM exits. */
    private static synchronized Path profile() {
        if (profileDir == null) {
            profileDir = workRoot().resolve("profile-${ProcessHandle.current().pid()}")
            Path dir = profileDir
            Runtime.runtime.addShutdownHook(new Thread({ dir.toFile().deleteDir() }))
        }
        profileDir
    }

    private static void convert(List<Path> docx, Path outDir, Path log) {
        String soffice = executable()
        if (soffice == null) {
            throw new IllegalStateException('LibreOffice is not installed: no soffice on the PATH ' +
                    '(Debian: apt-get install -y libreoffice-writer-nogui)')
        }
        List<String> command = [soffice, "-env:UserInstallation=${profile().toUri()}".toString(), '--headless',
                                '--norestore', '--convert-to', 'odt', '--outdir', outDir.toString()] +
                docx*.toString()
        synchronized (LOCK) {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
            builder.environment().put('HOME', profile().toString())
            Process process = builder.start()
            boolean finished = process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)
            if (!finished) {
                process.descendants().forEach { it.destroyForcibly() }
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS)
                throw new IllegalStateException("soffice did not finish within ${TIMEOUT.toSeconds()} s: " +
                        "${command.join(' ')}\n${output(log)}")
            }
            List<Path> missing = docx.collect { outDir.resolve(it.fileName.toString().replaceFirst(/\.docx$/, '.odt')) }
                    .findAll { !Files.isRegularFile(it) }
            if (process.exitValue() != 0 || missing) {
                throw new IllegalStateException("soffice failed (exit ${process.exitValue()}" +
                        (missing ? ", no ${missing*.fileName.join(', ')}" : '') + "): ${command.join(' ')}\n${output(log)}")
            }
        }
    }

    private static String output(Path log) {
        Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : '(no output)'
    }

    /** Reads an ODT document (content.xml, and styles.xml for page headers). */
    static LibreOfficeReader fromOdt(byte[] odt) {
        Map<String, String> parts = [:]
        new ZipInputStream(new ByteArrayInputStream(odt)).withCloseable { zip ->
            for (def entry = zip.nextEntry; entry != null; entry = zip.nextEntry) {
                if (entry.name in ['content.xml', 'styles.xml']) {
                    parts[entry.name] = new String(zip.readAllBytes(), StandardCharsets.UTF_8)
                }
            }
        }
        if (!parts['content.xml']) {
            throw new IllegalArgumentException('not an ODT document: no content.xml')
        }
        new LibreOfficeReader(parts['content.xml'], parts['styles.xml'])
    }

    LibreOfficeReader(String contentXml, String stylesXml = null) {
        this.contentXml = contentXml
        Document content = parse(contentXml)
        Element body = first(first(content.documentElement, OFFICE, 'body'), OFFICE, 'text')
        List<TrackedChange> changes = []
        Element tracked = body == null ? null : first(body, TEXT, 'tracked-changes')
        for (Element region : elements(tracked, TEXT, 'changed-region')) {
            String id = region.getAttributeNS(TEXT, 'id') ?: region.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'id')
            regions[id] = elements(region)
            for (Element change : regions[id]) {
                Element info = first(change, OFFICE, 'change-info')
                changes << new TrackedChange(type: change.localName, author: first(info, DC, 'creator')?.textContent,
                        date: first(info, DC, 'date')?.textContent, id: id, element: change.localName)
            }
        }
        if (body != null) {
            blocks(body, 0)
        }
        trackedChanges = changes.asImmutable()
        acceptedParagraphs = text.paragraphs(true).asImmutable()
        rejectedParagraphs = text.paragraphs(false).asImmutable()
        tableCount = tables
        tableRowCount = rows
        listCount = lists
        headingCount = headings
        listLevels = levels.asImmutable()
        comments = annotations.collect { Map<String, Object> a ->
            [author: a.author, text: a.text, anchor: a.anchor.toString()] as Map<String, String>
        }.asImmutable()
        pageHeaderCount = stylesXml == null ? 0 : countHeaders(parse(stylesXml))
    }

    String getAcceptedText() {
        acceptedParagraphs.join('\n')
    }

    String getRejectedText() {
        rejectedParagraphs.join('\n')
    }

    boolean hasChangesBy(String author) {
        trackedChanges.any { it.author == author }
    }

    private void blocks(Element container, int listDepth) {
        for (Element child : elements(container)) {
            String ns = child.namespaceURI
            String name = child.localName
            if (ns == TEXT && (name == 'p' || name == 'h')) {
                if (!inDeletion) {
                    headings += name == 'h' ? 1 : 0
                    if (listDepth > 0) {
                        levels << listDepth
                    }
                }
                int outer = paragraphStart
                paragraphStart = text.size()
                inline(child)
                text.paragraphEnd(inserted(), inDeletion)
                paragraphStart = outer
            } else if (ns == TEXT && name == 'list') {
                lists += inDeletion ? 0 : 1
                blocks(child, listDepth + 1)
            } else if (ns == TEXT && name == 'tracked-changes') {
                // read above; deleted text is placed at its text:change marker
            } else if (ns == TEXT && name in ['change', 'change-start', 'change-end']) {
                marker(child)
            } else if (ns == TABLE && name == 'table') {
                tables += inDeletion ? 0 : 1
                blocks(child, listDepth)
            } else if (ns == TABLE && name == 'table-row') {
                rows += inDeletion ? 0 : 1
                blocks(child, listDepth)
            } else if (ns == TEXT || ns == TABLE) {
                blocks(child, listDepth) // list items, sections, table cells and row groups, index bodies
            }
            // office:forms, draw:*, ...: no document text
        }
    }

    private void inline(Element element) {
        for (Node node = element.firstChild; node != null; node = node.nextSibling) {
            if (node.nodeType == Node.TEXT_NODE || node.nodeType == Node.CDATA_SECTION_NODE) {
                emit(node.nodeValue)
                continue
            }
            if (node.nodeType != Node.ELEMENT_NODE) {
                continue
            }
            Element child = (Element) node
            if (child.namespaceURI == OFFICE && !inDeletion) {
                annotation(child)
            }
            if (child.namespaceURI == DRAW && child.localName == 'frame') {
                floatingTable(child)
            }
            if (child.namespaceURI != TEXT) {
                continue // office:annotation, draw:frame, ...
            }
            switch (child.localName) {
                case 's':
                    String count = child.getAttributeNS(TEXT, 'c')
                    emit(' ' * (count ? Integer.parseInt(count) : 1))
                    break
                case 'tab':
                    emit('\t')
                    break
                case 'line-break':
                    emit('\n')
                    break
                case 'change':
                case 'change-start':
                case 'change-end':
                    marker(child)
                    break
                case 'note':
                case 'soft-page-break':
                    break
                default:
                    inline(child) // spans, links, fields, bookmarks
            }
        }
    }

    /**
     * Word's floating tables ({@code w:tblpPr}) become frames holding the table, anchored in the next paragraph; their
     * text goes before that paragraph, where Word has it. Other frames (text boxes, shapes) are skipped.
     */
    private void floatingTable(Element frame) {
        Element box = first(frame, DRAW, 'text-box')
        if (box == null || first(box, TABLE, 'table') == null) {
            return
        }
        TrackedText outer = text
        text = new TrackedText()
        try {
            blocks(box, 0)
            outer.insertAll(paragraphStart, text)
        } finally {
            text = outer
        }
    }

    private void emit(String value) {
        text.text(value, inserted(), inDeletion)
        if (!inDeletion) {
            openAnchors.values().each { it.append(value) }
        }
    }

    private void annotation(Element element) {
        String name = element.getAttributeNS(OFFICE, 'name')
        if (element.localName == 'annotation') {
            StringBuilder anchor = new StringBuilder()
            annotations << [author: first(element, DC, 'creator')?.textContent,
                            text  : elements(element, TEXT, 'p').collect { it.textContent }.join('\n'),
                            anchor: anchor]
            if (name) {
                openAnchors[name] = anchor
            }
        } else if (element.localName == 'annotation-end') {
            openAnchors.remove(name)
        }
    }

    private boolean inserted() {
        inDeletion ? deletedWasInserted : !openInsertions.isEmpty()
    }

    private void marker(Element marker) {
        String id = marker.getAttributeNS(TEXT, 'change-id')
        List<Element> changes = regions[id]
        if (changes == null || inDeletion) {
            return
        }
        switch (marker.localName) {
            case 'change-start':
                if (changes[0].localName == 'insertion') {
                    openInsertions << id
                }
                break
            case 'change-end':
                openInsertions.remove(id)
                break
            default:
                Element deletion = changes.find { it.localName == 'deletion' }
                if (deletion != null) {
                    int from = text.size()
                    inDeletion = true
                    deletedWasInserted = changes.any { it.localName == 'insertion' } || !openInsertions.isEmpty()
                    try {
                        blocks(deletion, 0)
                    } finally {
                        inDeletion = false
                    }
                    text.dropLastParagraphEndSince(from)
                }
        }
    }

    @Override
    String toString() {
        "LibreOfficeReader(${trackedChanges.size()} tracked changes, ${acceptedParagraphs.size()} paragraphs accepted, " +
                "${rejectedParagraphs.size()} rejected)"
    }

    private static int countHeaders(Document styles) {
        int count = 0
        def all = styles.getElementsByTagNameNS(STYLE, '*')
        for (int i = 0; i < all.length; i++) {
            if (all.item(i).localName in ['header', 'header-left', 'header-first']) {
                count++
            }
        }
        count
    }

    private static Document parse(String xml) {
        def factory = DocumentBuilderFactory.newInstance()
        factory.namespaceAware = true
        factory.setFeature('http://apache.org/xml/features/disallow-doctype-decl', true)
        factory.setFeature('http://xml.org/sax/features/external-general-entities', false)
        factory.setFeature('http://xml.org/sax/features/external-parameter-entities', false)
        factory.setFeature('http://apache.org/xml/features/nonvalidating/load-external-dtd', false)
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true)
        factory.XIncludeAware = false
        factory.expandEntityReferences = false
        factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
    }

    private static List<Element> elements(Element parent, String ns = null, String name = null) {
        List<Element> found = []
        for (Node node = parent?.firstChild; node != null; node = node.nextSibling) {
            if (node.nodeType == Node.ELEMENT_NODE && (ns == null || (node.namespaceURI == ns && node.localName == name))) {
                found << (Element) node
            }
        }
        found
    }

    private static Element first(Element parent, String ns, String name) {
        elements(parent, ns, name).find()
    }
}
