import Diagnostics

/// A decoded value together with where it was written, for diagnostics found after decoding
/// (an unknown slug, dates out of order).
public struct Located<Value> {
    /// The value.
    public var value: Value
    /// Where the value starts in its file.
    public var location: SourceLocation

    /// Wraps a value found at `location`.
    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

extension Located: Sendable where Value: Sendable {}
extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}

extension Located: Decodable where Value: Decodable {
    public init(from decoder: any Decoder) throws {
        location = decoder.sourceLocation
        value = try Value(from: decoder)
    }
}
