package io.clausewarden.addin;

import java.util.List;

/**
 * The content security policy of the task pane's files: no inline script, scripts only from this server and
 * the Office.js origin, calls only to this server, and framing only by the Office hosts that run add-ins in
 * Word on the web (see docs/addin.md for the sources of that list).
 */
public final class TaskpaneContentPolicy {
    /** The hosts that frame a task pane in Word on the web, Microsoft 365 and SharePoint/OneDrive documents. */
    public static final List<String> OFFICE_FRAME_ANCESTORS = List.of(
            "https://*.officeapps.live.com",
            "https://*.office.com",
            "https://*.office365.com",
            "https://*.sharepoint.com",
            "https://*.microsoft365.com",
            "https://*.cloud.microsoft",
            "https://onedrive.live.com");

    private TaskpaneContentPolicy() {
    }

    public static String forPane(OfficeJs officeJs) {
        String scripts = "'self'" + officeJs.scriptOrigin().map(origin -> " " + origin).orElse("");
        return "default-src 'none'; script-src " + scripts + "; style-src 'self'; img-src 'self' data:;"
                + " connect-src 'self'; font-src 'self'; frame-ancestors " + String.join(" ", OFFICE_FRAME_ANCESTORS)
                + "; base-uri 'none'; form-action 'none'";
    }
}
