import Diagnostics
import Foundation

extension ContentLoader {
    /// Reads a file as UTF-8 text, refusing binary, oversized and non-UTF-8 files with a diagnostic;
    /// a byte-order mark or CRLF line endings add a warning to `warnings`.
    func readText(_ file: String, warnings: inout [Diagnostic]) throws(DiagnosticError) -> String {
        let url = root.appendingPathComponent(file)
        let start = SourceLocation(file: file, line: 1, column: 1)
        // A link out of the report would build (and publish) whatever it points at.
        let target = Self.realPath(url)
        guard target.hasPrefix(realRoot + "/") else {
            throw DiagnosticError(Diagnostic(.error, at: start, code: .contentOutsideReport,
                                             "the file links to '\(target)', outside the report, and is not read",
                                             hint: "copy the file into the report; links within the report are fine"))
        }
        let data: Data
        do {
            // Reading one byte past the limit tells an oversized file without a separate (and, in
            // Foundation, costly) attributes call for every file of every build.
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            data = try handle.read(upToCount: Self.maximumFileSize + 1) ?? Data()
            guard data.count <= Self.maximumFileSize else {
                let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? data.count
                throw DiagnosticError(Diagnostic(.error, at: start, code: .fileTooLarge,
                    "the file is \(String(format: "%.1f", Double(size) / 1_048_576)) MiB; content files are limited to \(Self.maximumFileSize / 1_048_576) MiB"))
            }
        } catch let error as DiagnosticError {
            throw error
        } catch {
            throw DiagnosticError(Diagnostic(.error, at: start, code: .unreadableFile, "cannot read the file: \(error.localizedDescription)"))
        }
        if data.withUnsafeBytes({ buffer in buffer.baseAddress.map { memchr($0, 0, buffer.count) != nil } ?? false }) {
            throw DiagnosticError(Diagnostic(.error, at: start, code: .binaryFile, "the file is binary, not text"))
        }
        warnings += TextHygiene.problems(in: data, file: file)
        guard let text = String(data: data, encoding: .utf8) else {
            throw DiagnosticError(Diagnostic(.error, at: Self.firstInvalidUTF8(in: data, file: file), code: .invalidUTF8,
                                             "the file is not valid UTF-8 text", hint: "save it as UTF-8"))
        }
        return text
    }

    /// The real path of `url`, symbolic links followed, or its path when it cannot be resolved
    /// (reading it then reports why).
    static func realPath(_ url: URL) -> String {
        guard let resolved = realpath(url.path, nil) else { return url.path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Whether a file exists below the report folder.
    func fileExists(_ file: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(file).path)
    }

    /// The `.md` files of a folder, relative to the report folder, sorted.
    func markdownFiles(in folder: String) -> [String] {
        files(in: folder, extensions: ["md"])
    }

    /// The files of a folder (not its subfolders) with one of `extensions`, relative and sorted.
    func files(in folder: String, extensions: Set<String>) -> [String] {
        let url = root.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && extensions.contains(URL(fileURLWithPath: $0).pathExtension.lowercased()) }
            .sorted()
            .map { folder.isEmpty ? $0 : "\(folder)/\($0)" }
    }

    /// The line and column of the first byte that breaks UTF-8 (a stray byte, a cut sequence, an
    /// overlong form or a surrogate, as Swift's own decoder judges), so the editor can jump there.
    static func firstInvalidUTF8(in data: Data, file: String) -> SourceLocation {
        var parser = Unicode.UTF8.ForwardParser()
        var bytes = data.makeIterator()
        var line = 1, column = 1
        while true {
            switch parser.parseScalar(from: &bytes) {
            case .valid(let encoded):
                if encoded.count == 1, encoded.first == 0x0A { line += 1; column = 1 } else { column += 1 }
            case .error:
                return SourceLocation(file: file, line: line, column: column)
            case .emptyInput:
                return SourceLocation(file: file, line: 1, column: 1)
            }
        }
    }
}
