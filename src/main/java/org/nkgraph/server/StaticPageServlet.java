package org.nkgraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * Serves one HTML page read once from the classpath. Only GET and HEAD are answered; the servlet base class
 * replies 405 to other methods.
 */
final class StaticPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String HTML = "text/html; charset=utf-8";

    private final byte[] page;

    private StaticPageServlet(byte[] page) {
        this.page = page;
    }

    /** Loads the resource now so a missing page fails when the server is built, not on the first request. */
    static StaticPageServlet fromResource(String resourceName) {
        try (InputStream in = StaticPageServlet.class.getResourceAsStream(resourceName)) {
            if (in == null) {
                throw new ServerConfigException("Page resource missing from the classpath: "
                        + StaticPageServlet.class.getPackageName().replace('.', '/') + "/" + resourceName);
            }
            return new StaticPageServlet(in.readAllBytes());
        } catch (IOException ex) {
            throw new ServerConfigException("Cannot read page resource " + resourceName + ": " + ex.getMessage(), ex);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(HTML);
        response.setContentLength(page.length);
        // The pages are tiny and change with the jar; never let a browser show a stale copy.
        response.setHeader("Cache-Control", "no-cache");
        response.getOutputStream().write(page);
    }
}
