import Foundation
import Publish
import Testing

/// Something a test needs beyond the package itself (a program, a file), whether this machine
/// has it, and exactly how to get it.
public struct Need: Sendable, CustomStringConvertible {
    /// What is needed, for messages: `rsync`, `the CommonMark spec`.
    public var description: String
    /// Whether this machine has it; looked at once, when the need is first used.
    public var isMet: Bool
    /// How to get it, in a command this project provides where there is one.
    public var howToGet: String

    /// A need with its check and its advice.
    public init(_ description: String, isMet: Bool, howToGet: String) {
        self.description = description
        self.isMet = isMet
        self.howToGet = howToGet
    }

    /// A program on `PATH`.
    public static func program(_ name: String, howToGet: String) -> Need {
        Need(name, isMet: ExternalTool.find(name) != nil, howToGet: howToGet)
    }

    public static let git = program("git", howToGet: "run ./scripts/setup-deploy-tools (it installs git with apt-get)")
    public static let rsync = program("rsync", howToGet: "run ./scripts/setup-deploy-tools (it installs rsync with apt-get)")
    public static let node = program("node", howToGet: "run ./scripts/setup-deploy-tools (it installs nodejs with apt-get)")
    public static let aws = program("aws", howToGet: "run ./scripts/setup-deploy-tools (it installs awscli with pip)")
    public static let sha256sum = program("sha256sum", howToGet: "install coreutils (apt-get install coreutils)")

    /// moto's S3 server, run with python3.
    public static let moto = Need("moto's S3 server (python3 -m moto.server)", isMet: {
        guard let python = ExternalTool.find("python3") else { return false }
        return (try? python.run(["-c", "import moto.server, flask"]))?.status == 0
    }(), howToGet: "run ./scripts/setup-deploy-tools (it installs moto[server] with pip)")

    /// A Chromium for `dossier pdf`.
    public static let chromium = Need("Chromium", isMet: PDFPrinter().browser != nil,
                                      howToGet: "run ./scripts/setup-pdf-tools (it installs chromium with apt-get)")
    /// Debian's English and Russian hyphenation dictionaries, which the printed edition hyphenates with.
    public static let hyphenation = Need("the hyphenation dictionaries hyph_en_US.dic and hyph_ru_RU.dic",
                                         isMet: Hyphenation.installed(for: "en") != nil && Hyphenation.installed(for: "ru") != nil,
                                         howToGet: "run ./scripts/setup-pdf-tools (it installs hyphen-en-us and hyphen-ru with apt-get)")
    /// poppler's tools, which the PDF tests read the printed report with.
    public static let poppler = Need("poppler-utils (pdfinfo, pdftotext, pdftohtml)",
                                     isMet: ["pdfinfo", "pdftotext", "pdftohtml"].allSatisfy { ExternalTool.find($0) != nil },
                                     howToGet: "run ./scripts/setup-pdf-tools (it installs poppler-utils with apt-get)")

    /// The CommonMark specification, which lives beside the repository rather than in it.
    public static let commonMarkSpec = Need(
        "the CommonMark spec", isMet: FileManager.default.fileExists(atPath: commonMarkSpecFile.path),
        howToGet: "put the CommonMark 0.31.2 spec (test/spec.txt of github.com/commonmark/cmark at tag 0.31.2) at \(commonMarkSpecFile.path), in a folder 'shared/commonmark' beside the repository's own folder")

    /// Where the CommonMark spec is read from: `../shared/commonmark/spec.txt` beside the repository.
    public static let commonMarkSpecFile = Repository.shared.appendingPathComponent("commonmark/spec.txt")

    /// The `dossier` executable, built with the package.
    public static let dossierExecutable = Need("the dossier executable", isMet: FileManager.default.isExecutableFile(atPath: DossierExecutable.url.path),
                                               howToGet: "run 'swift build' before 'swift test'")
}

/// Runs a test (or a suite) only where its needs are met. Elsewhere it is skipped with what to
/// install, or, when `DOSSIER_REQUIRE_TOOLS=1` is set (as CI sets it), it fails: a skip there
/// would let a green run hide a test that never ran.
public struct Requirement: TestTrait, SuiteTrait, TestScoping {
    /// What the test needs.
    public var needs: [Need]
    /// Whether a missing need fails the test instead of skipping it: `isStrict` unless told.
    public var strict: Bool

    /// Whether `DOSSIER_REQUIRE_TOOLS=1` is set, as CI sets it.
    public static let isStrict = ProcessInfo.processInfo.environment["DOSSIER_REQUIRE_TOOLS"] == "1"

    /// A requirement of `needs`, failing (`strict`) or skipping when one is missing.
    public init(needs: [Need], strict: Bool = Requirement.isStrict) {
        self.needs = needs
        self.strict = strict
    }

    public var isRecursive: Bool { false }

    public func provideScope(for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void) async throws {
        let missing = needs.filter { !$0.isMet }
        guard !missing.isEmpty else { return try await function() }
        let advice = missing.map { "\($0) is missing: \($0.howToGet)" }.joined(separator: "; ")
        if strict {
            Issue.record("\(advice) (DOSSIER_REQUIRE_TOOLS=1: a missing tool fails instead of skipping)")
            return
        }
        try Test.cancel("skipped: \(advice)")
    }
}

extension Trait where Self == Requirement {
    /// Runs the test only where `needs` are met; see `Requirement`.
    public static func requires(_ needs: Need...) -> Self { Requirement(needs: needs) }
}
