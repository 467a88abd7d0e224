import Content
import Site
import Templates

/// Free pages such as the methodology: `Content/pages/<slug>.md` → `<slug>/`, in the navigation by
/// `order`, and at the end of the one-page report.
enum FreePageKind: PageKind {
    typealias Meta = PageFrontMatter
    static let kind = ContentKind.page
    static let viewModels: [any ViewModel.Type] = []
    static let reportSection = "about"

    static let sectionPages: [SectionPage] = []

    static func view(_ document: Document<Meta>, graph: ReportGraph, linker: Linker) -> (any ViewModel)? { nil }

    static func reads(_ document: Document<Meta>, graph: ReportGraph) -> [BuildInput] { [] }

    /// By `order`, then title: the navigation's order.
    static func reportOrder(of graph: ReportGraph) -> [Document<Meta>] {
        documents(in: graph).sorted {
            ($0.meta.order ?? Int.max, title(of: $0, graph: graph)) < ($1.meta.order ?? Int.max, title(of: $1, graph: graph))
        }
    }
}
