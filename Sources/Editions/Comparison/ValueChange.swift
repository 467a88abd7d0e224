/// A field's value in the older and the newer edition, as the content writes it (`roughly even`);
/// nil where the edition does not give it.
public struct ValueChange: Sendable, Codable, Equatable {
    /// The older edition's value.
    public var before: String?
    /// The newer edition's value.
    public var after: String?

    /// The change from `before` to `after`, or nil when they are equal.
    init?(_ before: String?, _ after: String?) {
        guard before != after else { return nil }
        self.before = before
        self.after = after
    }
}
