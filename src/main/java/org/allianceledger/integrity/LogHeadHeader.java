package org.allianceledger.integrity;

import java.io.IOException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A CSV or Markdown download names, in its {@value #HEADER} header, the state of the log it was read
 * at (tree size and root), as a page does in its footer; the file itself stays a plain table. A
 * download link's file ({@code ?format=csv}) keeps it in its name, since the header is gone once saved.
 */
@Component
class LogHeadHeader extends OncePerRequestFilter {

    static final String HEADER = "Log-Checkpoint";
    private static final int ROOT_IN_NAME = 12;

    private final LogTree tree;

    LogHeadHeader(LogTree tree) {
        this.tree = tree;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return true;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return !"csv".equals(request.getParameter("format"))
                && (accept == null || !accept.contains("text/csv") && !accept.contains("text/markdown"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        LogTree.Head head = tree.head();
        response.setHeader(HEADER, "treeSize=" + head.size() + "; rootHash=" + head.root());
        if ("csv".equals(request.getParameter("format"))) {
            String resource = request.getRequestURI().substring(request.getRequestURI().lastIndexOf('/') + 1);
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename(fileName(resource, head)).build().toString());
        }
        chain.doFilter(request, response);
    }

    /** {@code decisions-at-log-212-3f2a9c1b04d7.csv}: the log's size and the first characters of its root. */
    static String fileName(String resource, LogTree.Head head) {
        return resource + "-at-log-" + head.size() + "-" + head.root().substring(0, ROOT_IN_NAME) + ".csv";
    }
}
