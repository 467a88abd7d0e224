import Diagnostics
import Foundation

/// What the preview adds to the pages it serves (never to `Public/`): a small script that reloads
/// the page when the site changes, and, while the build is failing, an overlay listing the problems.
enum LiveReloadPage {
    /// The path of the Server-Sent Events stream the script listens to.
    static let eventsPath = "/_dossier/events"

    /// `html` with the script, and the overlay when there are `errors`, added before `</body>`.
    static func inject(into html: Data, version: Int, errors: [Diagnostic]) -> Data {
        let addition = Data((overlay(errors) + script(version: version)).utf8)
        guard let end = html.range(of: Data("</body>".utf8), options: .backwards) else { return html + addition }
        var page = html
        page.insert(contentsOf: addition, at: end.lowerBound)
        return page
    }

    /// A page of its own for when the site has never built: the overlay and the script.
    static func errorPage(version: Int, errors: [Diagnostic]) -> Data {
        Data(("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\" /><title>Build failed</title></head><body>\n"
              + overlay(errors) + script(version: version) + "</body></html>\n").utf8)
    }

    /// Reloads when the server's version differs from the one this page was served at: on a
    /// `reload` event, and on connecting, in case a build finished between the page and the stream.
    static func script(version: Int) -> String {
        """
        <script data-dossier-live-reload="\(version)">
        (() => {
          const served = "\(version)";
          const events = new EventSource("\(eventsPath)");
          const check = (event) => { if (event.data !== served) { events.close(); location.reload(); } };
          events.addEventListener("version", check);
          events.addEventListener("reload", check);
        })();
        </script>

        """
    }

    /// The list of problems over the page; empty when there are none.
    static func overlay(_ errors: [Diagnostic]) -> String {
        guard !errors.isEmpty else { return "" }
        let items = errors.map { "<li><code>\(escape($0.description))</code></li>" }.joined(separator: "\n")
        return """
        <div id="dossier-build-errors" role="alertdialog" aria-modal="true" aria-labelledby="dossier-build-errors-title" \
        style="position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;padding:2rem;\
        background:#161616;color:#f5f5f5;font:15px/1.5 system-ui,sans-serif">
        <h2 id="dossier-build-errors-title" style="margin:0 0 1rem;border:0;color:#ff8a80;font:bold 1.5rem system-ui,sans-serif">The build failed</h2>
        <p>Fix these and the page reloads by itself.</p>
        <ol style="font-family:ui-monospace,monospace;white-space:pre-wrap">
        \(items)
        </ol>
        </div>

        """
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
