import Mustache

/// A typed value a template renders. Templates reach its fields by name through a table of key
/// paths, which is several times faster than swift-mustache's `Mirror` fallback and lets the
/// template checker know every name a view model provides.
public protocol ViewModel: MustacheParent, Sendable {
    /// The fields templates may use, by the name they use.
    static var fields: [String: any PartialKeyPath<Self> & Sendable] { get }
}

extension ViewModel {
    public func child(named name: String) -> Any? {
        guard let path = Self.fields[name] else { return nil }
        return Self.presentable(self[keyPath: path])
    }

    /// Empty text and empty lists count as absent, so `{{#summary}}` sections skip them.
    static func presentable(_ value: Any) -> Any? {
        switch value {
        case let text as String: text.isEmpty ? nil : text
        case let optional as String?: optional.flatMap { $0.isEmpty ? nil : $0 }
        default: value
        }
    }
}
