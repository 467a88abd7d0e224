/// Every code a diagnostic can carry: the one table of them. The authors' guide
/// (`docs/writing-a-brief.md`, "Diagnostic codes") lists exactly these, each under its group and
/// marked "(warning)" when it is one, and the tests plant each one at a known position; a test
/// fails when a code is added here without both.
public enum DiagnosticCode: String, CaseIterable, Sendable, Codable, CustomStringConvertible {
    // Files and YAML
    case frontMatterMissing = "front-matter-missing"
    case frontMatterUnclosed = "front-matter-unclosed"
    case yamlSyntax = "yaml-syntax"
    case duplicateKey = "duplicate-key"
    case byteOrderMark = "byte-order-mark"
    case crlfLineEndings = "crlf-line-endings"
    case invalidUTF8 = "invalid-utf8"
    case binaryFile = "binary-file"
    case fileTooLarge = "file-too-large"
    case unreadableFile = "unreadable-file"
    case contentOutsideReport = "content-outside-report"
    case invalidSlug = "invalid-slug"
    case yamlDecode = "yaml-decode"
    // Fields
    case missingField = "missing-field"
    case wrongType = "wrong-type"
    case invalidValue = "invalid-value"
    case invalidDate = "invalid-date"
    case invalidISOCode = "invalid-iso-code"
    case invalidURL = "invalid-url"
    case unknownField = "unknown-field"
    // References
    case unknownReference = "unknown-reference"
    case linkToDraft = "link-to-draft"
    case unknownAnchor = "unknown-anchor"
    case brokenLink = "broken-link"
    case unknownColumn = "unknown-column"
    case imageMissingAlt = "image-missing-alt"
    case rawHTMLOmitted = "raw-html-omitted"
    case orphanPage = "orphan-page"
    case unknownSource = "unknown-source"
    case uncitedSource = "uncited-source"
    case duplicateSourceID = "duplicate-source-id"
    // The report as a whole
    case datesOutOfOrder = "dates-out-of-order"
    case dateOutsideLifetime = "date-outside-lifetime"
    case duplicateRelation = "duplicate-relation"
    case relationFileName = "relation-file-name"
    case relationParties = "relation-parties"
    case duplicateSlug = "duplicate-slug"
    case csvSyntax = "csv-syntax"
    case csvRowWidth = "csv-row-width"
    // Estimative language
    case nonstandardLikelihood = "nonstandard-likelihood"
    case mixedEstimativeLists = "mixed-estimative-lists"
    case confidenceWithLikelihood = "confidence-with-likelihood"
    case scenarioLikelihoodMismatch = "scenario-likelihood-mismatch"
    case judgmentLikelihoodMismatch = "judgment-likelihood-mismatch"
    // Site and publishing
    case missingBaseURL = "missing-base-url"
    case invalidDeployTarget = "invalid-deploy-target"
    case writeFailed = "write-failed"
    case unknownEditionRef = "unknown-edition-ref"
    case editionsUnavailable = "editions-unavailable"
    // Templates
    case templateSyntax = "template-syntax"
    case templateUnknownPartial = "template-unknown-partial"
    case templateUnknownVariable = "template-unknown-variable"
    case templateMissing = "template-missing"
    case templateUnreadable = "template-unreadable"
    case templateRecursion = "template-recursion"
    case templateUnknownString = "template-unknown-string"
    case stringsMissing = "strings-missing"
    case stringsMissingKey = "strings-missing-key"
    case stringsUnknownKey = "strings-unknown-key"
    case stringsInvalidEntry = "strings-invalid-entry"
    case assetOutsideReport = "asset-outside-report"

    /// The code as printed: `unknown-reference`.
    public var description: String { rawValue }

    /// How serious a problem with this code is: every diagnostic with the code has this severity.
    public var severity: Severity {
        switch self {
        case .byteOrderMark, .crlfLineEndings, .unknownField, .imageMissingAlt, .rawHTMLOmitted, .orphanPage, .uncitedSource,
             .dateOutsideLifetime, .missingBaseURL, .editionsUnavailable, .templateUnknownVariable, .stringsUnknownKey, .assetOutsideReport,
             .nonstandardLikelihood, .mixedEstimativeLists, .confidenceWithLikelihood, .scenarioLikelihoodMismatch,
             .judgmentLikelihoodMismatch:
            .warning
        default:
            .error
        }
    }

    /// The guide's sections of codes, in its order.
    public enum Group: String, CaseIterable, Sendable {
        case files = "Files and YAML"
        case fields = "Fields"
        case references = "References"
        case report = "The report as a whole"
        case estimative = "Estimative language"
        case site = "Site and publishing"
        case templates = "Templates"
    }

    /// The section of the guide that explains the code.
    public var group: Group {
        switch self {
        case .frontMatterMissing, .frontMatterUnclosed, .yamlSyntax, .duplicateKey, .byteOrderMark, .crlfLineEndings,
             .invalidUTF8, .binaryFile, .fileTooLarge, .unreadableFile, .contentOutsideReport, .invalidSlug, .yamlDecode:
            .files
        case .missingField, .wrongType, .invalidValue, .invalidDate, .invalidISOCode, .invalidURL, .unknownField:
            .fields
        case .unknownReference, .linkToDraft, .unknownAnchor, .brokenLink, .unknownColumn, .imageMissingAlt,
             .rawHTMLOmitted, .orphanPage, .unknownSource, .uncitedSource, .duplicateSourceID:
            .references
        case .datesOutOfOrder, .dateOutsideLifetime, .duplicateRelation, .relationFileName, .relationParties,
             .duplicateSlug, .csvSyntax, .csvRowWidth:
            .report
        case .nonstandardLikelihood, .mixedEstimativeLists, .confidenceWithLikelihood, .scenarioLikelihoodMismatch, .judgmentLikelihoodMismatch:
            .estimative
        case .missingBaseURL, .invalidDeployTarget, .writeFailed, .unknownEditionRef, .editionsUnavailable:
            .site
        case .templateSyntax, .templateUnknownPartial, .templateUnknownVariable, .templateMissing, .templateUnreadable,
             .templateRecursion, .templateUnknownString, .stringsMissing, .stringsMissingKey, .stringsUnknownKey,
             .stringsInvalidEntry, .assetOutsideReport:
            .templates
        }
    }
}
