package io.clausewarden.addin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code taskpane/taskpane.html} from the jar, its Office.js {@code <script src>} replaced by the configured
 * source. The page must name the CDN exactly ({@link #SCRIPT}); when another source is configured and the page
 * does not, loading fails rather than serve a page whose Office.js the policy then blocks.
 */
public final class TaskpanePage {
    static final String RESOURCE = "/taskpane/taskpane.html";
    static final String SCRIPT = "<script src=\"" + OfficeJs.CDN + "\"></script>";

    private final String html;

    private TaskpanePage(String html) {
        this.html = html;
    }

    public static TaskpanePage load(OfficeJs officeJs) {
        try (InputStream in = TaskpanePage.class.getResourceAsStream(RESOURCE)) {
            return new TaskpanePage(in == null ? null : rewrite(new String(in.readAllBytes(), StandardCharsets.UTF_8), officeJs));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String rewrite(String html, OfficeJs officeJs) {
        if (officeJs.isCdn()) {
            return html;
        }
        if (!html.contains(SCRIPT)) {
            throw new IllegalStateException("taskpane.html does not load Office.js with " + SCRIPT
                    + ", so clausewarden.addin.office-js-url cannot be applied");
        }
        return html.replace(SCRIPT, "<script src=\"" + officeJs.src() + "\"></script>");
    }

    /** Empty when the jar was built without the pane. */
    public Optional<String> html() {
        return Optional.ofNullable(html);
    }
}
