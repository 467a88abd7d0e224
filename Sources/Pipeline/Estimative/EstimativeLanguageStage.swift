import Diagnostics
import Content
import Foundation
import Site

/// Checks the report's estimative language against ICD 203 (warnings, which `--strict` makes
/// failures): likelihood phrases on neither of its lists, words from the list `site.yaml` did not
/// choose, sentences that state a confidence level and a likelihood together, and scenario text
/// that judges the scenario otherwise than its `likelihood` field. Besides every text, it reads the
/// front matter's judgments (their text and basis: a judgment's text must agree with its own
/// `likelihood`) and scenarios' `confidence_basis`.
public struct EstimativeLanguageStage: BuildStage {
    public let name = "estimative language"

    public init() {}

    public func run(_ context: inout BuildContext) {
        let graph = context.graph
        let checker = EstimativeLanguage(list: graph.content.site.estimativeWords)
        var documents: [any AnyDocument] = graph.content.overview.map { [$0] } ?? []
        documents += graph.kinds.flatMap { graph.content.documents(of: $0) }
        let (inputs, cache, folder) = (context.inputs, context.cache, context.options.source)
        // A file's findings depend on its text and the word list alone, so a preview rebuild checks
        // only the files that changed.
        let findings = documents.concurrentMap(inParallel: context.options.parallel) { document in
            cache.memo("estimative:" + document.file, key: inputs.key([.frontMatter(document.file), .body(document.file), .site])) {
                Self.check(document, with: checker, in: folder)
            }
        }
        context.diagnostics += findings.flatMap { $0 }
    }

    /// What `checker` finds in a document's body and front-matter prose.
    static func check(_ document: any AnyDocument, with checker: EstimativeLanguage, in folder: URL) -> [Diagnostic] {
        let scenario = document as? Document<ScenarioFrontMatter>
        var found = checker.check(ProseText(markdown: document.body, firstLine: document.bodyLine),
                                  file: document.file, field: scenario?.meta.likelihood.map(LikelihoodField.scenario))
        let texts = frontMatterTexts(of: document, scenario: scenario?.meta)
        // The texts' columns are found in the file itself: decoding loses quotes and line breaks.
        guard !texts.isEmpty, let source = try? String(contentsOf: folder.appendingPathComponent(document.file), encoding: .utf8)
        else { return found }
        for (text, field) in texts {
            found += checker.check(ProseText(scalar: text, source: source), file: document.file, field: field)
        }
        return found
    }

    /// The prose of a document's front matter, each with the likelihood field it must agree with:
    /// its judgments' text and basis, and a scenario's `confidence_basis`.
    static func frontMatterTexts(of document: any AnyDocument, scenario: ScenarioFrontMatter?) -> [(Located<String>, LikelihoodField?)] {
        var texts: [(Located<String>, LikelihoodField?)] = []
        for judgment in document.common.judgments {
            texts.append((judgment.text, judgment.likelihood.map(LikelihoodField.judgment)))
            if let basis = judgment.basis { texts.append((basis, nil)) }
        }
        if let basis = scenario?.confidenceBasis { texts.append((basis, nil)) }
        return texts
    }
}

/// A `likelihood` field that a text must not contradict.
struct LikelihoodField {
    var likelihood: Likelihood
    /// Whether only the sentences in which the authors give their judgment ("we judge") count: a
    /// scenario's text also reports what others expect, a judgment's text is the judgment.
    var judgedOnly: Bool
    var code: DiagnosticCode
    /// The message for a text stating `stated` where the field says otherwise.
    var message: @Sendable (_ stated: String, _ field: String) -> String

    /// A scenario's `likelihood`, which its text must not judge otherwise.
    static func scenario(_ likelihood: Likelihood) -> LikelihoodField {
        LikelihoodField(likelihood: likelihood, judgedOnly: true, code: .scenarioLikelihoodMismatch) {
            "the text judges the scenario '\($0)', but its 'likelihood' is '\($1)'"
        }
    }

    /// A judgment's `likelihood`, which its text must not state otherwise.
    static func judgment(_ likelihood: Likelihood) -> LikelihoodField {
        LikelihoodField(likelihood: likelihood, judgedOnly: false, code: .judgmentLikelihoodMismatch) {
            "the judgment says '\($0)', but its 'likelihood' is '\($1)'"
        }
    }
}

/// The rules, for one report's chosen word list.
struct EstimativeLanguage {
    /// The list `site.yaml` chose.
    let list: EstimativeList
    /// Every phrase of either list, with its band (the chosen list's where both have it).
    private let bands: [String: Likelihood]
    /// The phrases on neither list, with the nearest standard band.
    private let nonstandard: [String: Likelihood]
    /// The other list's phrases.
    private let otherPhrases: Set<String>
    /// Every phrase the rules look for, longest first: made once for the report, not per text.
    private let phrases: PhraseTrie

    /// The rules for `list`.
    init(list: EstimativeList) {
        self.list = list
        let standard = Likelihood.allCases.flatMap { band in list.phrases(for: band).map { ($0, band) } }
        let others = Likelihood.allCases.flatMap { band in list.other.phrases(for: band).map { ($0, band) } }
        bands = Dictionary(standard + others, uniquingKeysWith: { first, _ in first })
        nonstandard = Dictionary(NonstandardLikelihood.phrases.map { ($0.phrase, $0.nearest) }, uniquingKeysWith: { first, _ in first })
        otherPhrases = Set(others.map(\.0))
        let all = standard.map(\.0) + others.map(\.0) + nonstandard.keys.sorted() + ConfidencePhrases.phrases + Self.judgingCues
        phrases = PhraseTrie(all.sorted { $0.count > $1.count })
    }

    /// Words that mark a sentence as the authors' judgment of the scenario.
    static let judgingCues = ["we judge", "we assess", "we place", "we estimate", "we rate", "we consider", "we regard"]

    /// Every problem in `prose`, from `file`; `field` is the likelihood field the text must agree with.
    func check(_ prose: ProseText, file: String, field: LikelihoodField?) -> [Diagnostic] {
        let (bands, nonstandard, otherPhrases) = (bands, nonstandard, otherPhrases)
        var problems: [Diagnostic] = []
        for paragraph in prose.paragraphs {
            let matches = phrases.matches(in: paragraph.units)
            guard !matches.isEmpty else { continue }
            func location(_ range: Range<Int>) -> SourceLocation {
                let position = paragraph.position(of: range.lowerBound)
                return SourceLocation(file: file, line: position.line, column: position.column)
            }
            func suggestion(_ band: Likelihood) -> String { "say '\(list.word(for: band))' (\(band.band))" }
            for (phrase, range) in matches {
                if let nearest = nonstandard[phrase] {
                    problems.append(Diagnostic(.warning, at: location(range), code: .nonstandardLikelihood,
                        "'\(phrase)' is not a likelihood word of ICD 203", hint: suggestion(nearest)))
                } else if otherPhrases.contains(phrase), let band = bands[phrase] {
                    problems.append(Diagnostic(.warning, at: location(range), code: .mixedEstimativeLists,
                        "'\(phrase)' is from ICD 203's other word list; this report uses the '\(list.rawValue)' list (site.yaml 'estimative_words')",
                        hint: suggestion(band)))
                }
            }
            for sentence in paragraph.sentences {
                let inside = matches.filter { sentence.contains($0.range.lowerBound) }
                let likelihoods = inside.filter { bands[$0.phrase] != nil || nonstandard[$0.phrase] != nil }
                if let confidence = inside.first(where: { ConfidencePhrases.phrases.contains($0.phrase) }), !likelihoods.isEmpty {
                    problems.append(Diagnostic(.warning, at: location(confidence.range), code: .confidenceWithLikelihood,
                        "the sentence states a confidence level ('\(confidence.phrase)') and a likelihood ('\(likelihoods[0].phrase)') together",
                        hint: "give the likelihood in one sentence and the confidence, with what it rests on, in another"))
                }
                if let field, !field.judgedOnly || inside.contains(where: { Self.judgingCues.contains($0.phrase) }),
                   let stated = likelihoods.first(where: { bands[$0.phrase] != nil }), let band = bands[stated.phrase], band != field.likelihood {
                    problems.append(Diagnostic(.warning, at: location(stated.range), code: field.code,
                        field.message(stated.phrase, field.likelihood.rawValue),
                        hint: "make the text and the field say the same, '\(list.word(for: field.likelihood))' (\(field.likelihood.band))"))
                }
            }
        }
        return problems
    }
}
