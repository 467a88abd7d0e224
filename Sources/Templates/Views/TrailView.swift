/// Where an entity's page sits in its section: the way back up (the overview, then the section's
/// index) and the pages before and after it in the order the section lists them.
public struct TrailView: ViewModel {
    public var home: LinkView
    public var section: LinkView
    /// The page's own title, the trail's last step.
    public var current: String
    /// The neighbouring pages; nil for a section of one page.
    public var pager: PagerView?

    public static let fields: [String: any PartialKeyPath<TrailView> & Sendable] = [
        "home": \.home, "section": \.section, "current": \.current, "pager": \.pager,
    ]

    public init(home: LinkView, section: LinkView, current: String, previous: LinkView?, next: LinkView?) {
        self.home = home
        self.section = section
        self.current = current
        pager = previous == nil && next == nil ? nil : PagerView(previous: previous, next: next)
    }
}

/// The pages before and after one in its section.
public struct PagerView: ViewModel {
    public var previous: LinkView?
    public var next: LinkView?

    public static let fields: [String: any PartialKeyPath<PagerView> & Sendable] = ["previous": \.previous, "next": \.next]
}
