/// A visual a directive draws: its SVG, which the partial places in a figure.
public struct VisualView: ViewModel {
    /// The `<svg>` element.
    public var svg: String

    public static let fields: [String: any PartialKeyPath<VisualView> & Sendable] = ["svg": \.svg]

    /// The view of `svg`.
    public init(svg: String) {
        self.svg = svg
    }
}
