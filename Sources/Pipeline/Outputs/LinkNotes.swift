import Templates

/// The external links of one part of the one-page report, numbered as notes: the printed edition
/// shows a note number after each link and the addresses once, in a list at the end of the part,
/// rather than after every link (the screen hides both). A link to an address the part already
/// cited gets that address's number again.
struct LinkNotes {
    /// The part's id, which the notes' ids start with.
    let part: String
    /// The addresses in the order first cited.
    private(set) var addresses: [String] = []
    private var numbers: [String: Int] = [:]

    nonisolated(unsafe) private static let externalLink = /<a href="(https?:\/\/[^"]*)"[^>]*>.*?<\/a>/.dotMatchesNewlines()

    init(part: String) { self.part = part }

    /// The id of note `number`.
    func id(_ number: Int) -> String { "\(part)-note-\(number)" }

    /// `html` with a note number after each external link, numbering addresses not cited before.
    mutating func mark(_ html: String) -> String {
        html.replacing(Self.externalLink) { match in
            // The address as written in the attribute (escaped), which is how the list prints it too.
            let address = String(match.output.1)
            let number = numbers[address] ?? {
                addresses.append(address)
                numbers[address] = addresses.count
                return addresses.count
            }()
            return String(match.output.0) + ##"<sup class="link-note"><a href="#\##(id(number))">\##(number)</a></sup>"##
        }
    }

    /// The list at the end of the part.
    var views: [LinkNoteView] {
        addresses.enumerated().map { LinkNoteView(id: id($0.offset + 1), number: $0.offset + 1, address: $0.element) }
    }
}
