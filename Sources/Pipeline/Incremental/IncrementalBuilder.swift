/// Builds a report again and again (for the preview), redoing only what changed since the last build:
/// files whose text changed are decoded again, bodies whose inputs changed are processed again, and
/// pages whose inputs changed are rendered again. The result is the same, byte for byte, as a full build.
///
/// It runs the standard stages without `write`; the site is in the result's `files`.
/// Builds must not overlap: call `build()` from one task at a time.
public struct IncrementalBuilder: Sendable {
    /// What every build reads.
    public let options: BuildOptions
    private let cache = BuildCache()
    private let builder = Builder()

    /// A builder for the report `options.source`.
    public init(options: BuildOptions) { self.options = options }

    /// Builds the report, reusing whatever earlier builds made that is still valid.
    public func build() -> BuildResult {
        builder.run(options, cache: cache)
    }
}
