import Foundation
import Hummingbird

/// Answers the browser's requests from the site in memory, as a static host would — `index.html`
/// for folders, `/x` redirected to `/x/`, the site's `404.html` with status 404, MIME types,
/// `HEAD`, `ETag` and `304` — plus the live-reload event stream.
struct SiteResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let store: SiteStore
    let broadcaster: ReloadBroadcaster

    func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return Response(status: .methodNotAllowed, headers: [.allow: "GET, HEAD"])
        }
        let site = store.current
        if request.uri.path == LiveReloadPage.eventsPath {
            return request.method == .head ? Response(status: .ok, headers: [.contentType: "text/event-stream"]) : events(from: site)
        }
        switch SitePath.resolve(request.uri.path, in: site.paths) {
        case .refused:
            return text(.forbidden, "refused: the path leaves the site\n", request)
        case .redirect(let location):
            let query = request.uri.query.map { "?" + $0 } ?? ""
            return Response(status: .movedPermanently, headers: [.location: location + query, .cacheControl: "no-cache"])
        case .file(let path):
            return file(path, status: .ok, site: site, request)
        case .notFound:
            if site.paths.contains("404.html") { return file("404.html", status: .notFound, site: site, request) }
            if site.files.isEmpty, !site.errors.isEmpty {
                return send(LiveReloadPage.errorPage(version: site.version, errors: site.errors), status: .internalServerError,
                            type: "text/html; charset=utf-8", request)
            }
            return text(.notFound, "not found\n", request)
        }
    }

    /// A file of the site; HTML pages get the live-reload script and, while the build fails, the error overlay.
    private func file(_ path: String, status: HTTPResponse.Status, site: ServedSite, _ request: Request) -> Response {
        let type = Self.mediaType(of: path)
        var data = site.files[path] ?? Data()
        if type.hasPrefix("text/html") {
            data = LiveReloadPage.inject(into: data, version: site.version, errors: site.errors)
        }
        return send(data, status: status, type: type, request)
    }

    /// A response with validators: `304 Not Modified` when the browser already has these bytes, no
    /// body for `HEAD`.
    private func send(_ data: Data, status: HTTPResponse.Status, type: String, _ request: Request) -> Response {
        var hasher = Hasher()
        data.withUnsafeBytes { hasher.combine(bytes: $0) }
        let tag = "\"\(String(UInt64(bitPattern: Int64(hasher.finalize())), radix: 16))-\(data.count)\""
        var headers: HTTPFields = [.contentType: type, .eTag: tag, .cacheControl: "no-cache"]
        if status == .ok, Self.matches(request.headers[.ifNoneMatch], tag) {
            return Response(status: .notModified, headers: headers)
        }
        headers[.contentLength] = String(data.count)
        let body = request.method == .head ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: data))
        return Response(status: status, headers: headers, body: body)
    }

    private func text(_ status: HTTPResponse.Status, _ message: String, _ request: Request) -> Response {
        send(Data(message.utf8), status: status, type: "text/plain; charset=utf-8", request)
    }

    /// The live-reload stream: the current version at once, then each new one, until the server stops.
    private func events(from site: ServedSite) -> Response {
        let updates = broadcaster.listen()
        let headers: HTTPFields = [.contentType: "text/event-stream", .cacheControl: "no-store"]
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            try await writer.write(ByteBuffer(string: "retry: 500\nevent: version\ndata: \(site.version)\n\n"))
            for await version in updates {
                try await writer.write(ByteBuffer(string: "event: reload\ndata: \(version)\n\n"))
            }
            try await writer.finish(nil)
        })
    }

    /// Whether an `If-None-Match` header names `tag` (or `*`).
    static func matches(_ header: String?, _ tag: String) -> Bool {
        guard let header else { return false }
        return header.split(separator: ",").contains { candidate in
            let trimmed = candidate.trimmingCharacters(in: .whitespaces)
            return trimmed == "*" || trimmed == tag || trimmed == "W/" + tag
        }
    }

    /// The `Content-Type` for a file, by its extension; text in UTF-8.
    static func mediaType(of path: String) -> String {
        let fileExtension = URL(fileURLWithPath: path).pathExtension.lowercased()
        if fileExtension == "yaml" || fileExtension == "yml" { return "application/yaml; charset=utf-8" }
        guard let type = MediaType.getMediaType(forExtension: fileExtension) else { return "application/octet-stream" }
        let isText = type.type == .text || ["svg+xml", "xml", "json", "javascript"].contains(type.subType)
        return isText ? type.withParameter(name: "charset", value: "utf-8").description : type.description
    }
}
