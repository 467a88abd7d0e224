extension Hyphenation {
    /// The soft hyphen: invisible unless a line breaks at it, where it prints as a hyphen.
    static let softHyphen: Character = "\u{AD}"

    /// The elements of running text, whose words are hyphenated.
    static let runningText: Set<String> = ["p", "li", "dd", "td", "blockquote", "figcaption"]
    /// Elements whose text is left as it is, inside running text or not: the cover and page
    /// headers, the contents and other navigation (their lines are looked up as they are written),
    /// headings (never hyphenated in print), code, the visuals' SVG (its text does not wrap), and
    /// what is not shown as running text.
    static let untouched: Set<String> = ["head", "script", "style", "header", "nav", "svg", "pre", "code", "kbd", "samp",
                                         "textarea", "h1", "h2", "h3", "h4", "h5", "h6"]

    /// `html` with a soft hyphen at every break the patterns allow in the words of its running
    /// text: never in tags, attribute values or character references, nor in the elements of
    /// ``untouched``, nor in words written with more than one capital (`NATO`, `McCain`), which
    /// are abbreviations and names the patterns do not know.
    public func hyphenating(html: String) -> String {
        var result = ""
        result.reserveCapacity(html.utf8.count + html.utf8.count / 8)
        // How deep the text is in elements of each set: counted by name, so one left unclosed
        // where HTML allows it (`<li>` before the next) keeps the count no lower than it should be.
        var depths: [String: Int] = [:]
        // A report repeats its words: each is worked out once.
        var done: [String: String] = [:]
        var index = html.startIndex
        while index < html.endIndex {
            if html[index] == "<" {
                let end = Self.endOfTag(in: html, from: index)
                let tag = html[index..<end]
                result += tag
                if let (name, closing, empty) = Self.element(of: tag), !empty,
                   Self.runningText.contains(name) || Self.untouched.contains(name) {
                    depths[name] = max(0, depths[name, default: 0] + (closing ? -1 : 1))
                }
                index = end
                continue
            }
            let end = html[index...].firstIndex(of: "<") ?? html.endIndex
            let text = html[index..<end]
            let running = Self.runningText.contains { depths[$0, default: 0] > 0 } && !Self.untouched.contains { depths[$0, default: 0] > 0 }
            result += running ? hyphenated(text: text, done: &done) : String(text)
            index = end
        }
        return result
    }

    /// A run of text between tags with its words hyphenated, but for the words of addresses
    /// (a stretch without spaces holding `/`, `@` or `www.`), whose hyphens would read as theirs.
    private func hyphenated(text: Substring, done: inout [String: String]) -> String {
        var result = ""
        var index = text.startIndex
        while index < text.endIndex {
            guard !text[index].isWhitespace else {
                result.append(text[index])
                index = text.index(after: index)
                continue
            }
            let end = text[index...].firstIndex(where: \.isWhitespace) ?? text.endIndex
            let token = text[index..<end]
            if token.contains("/") || token.contains("@") || token.contains("www.") {
                result += token
            } else {
                var word = ""
                var position = token.startIndex
                func flush() {
                    guard !word.isEmpty else { return }
                    if done[word] == nil { done[word] = hyphenated(word) }
                    result += done[word]!
                    word = ""
                }
                while position < token.endIndex {
                    let character = token[position]
                    if character.isLetter {
                        word.append(character)
                        position = token.index(after: position)
                        continue
                    }
                    flush()
                    if character == "&", let semicolon = token[position...].prefix(12).firstIndex(of: ";") {
                        // A character reference goes through whole: its name is not a word.
                        result += token[position...semicolon]
                        position = token.index(after: semicolon)
                    } else {
                        result.append(character)
                        position = token.index(after: position)
                    }
                }
                flush()
            }
            index = end
        }
        return result
    }

    /// `word` with soft hyphens at its breaks, or as it is when it is an abbreviation or a name in capitals.
    func hyphenated(_ word: String) -> String {
        guard word.count >= leftMinimum + rightMinimum, word.filter(\.isUppercase).count <= 1 else { return word }
        let breaks = breaks(in: word)
        guard !breaks.isEmpty else { return word }
        var result = ""
        for (offset, letter) in word.enumerated() {
            if breaks.contains(offset) { result.append(Self.softHyphen) }
            result.append(letter)
        }
        return result
    }

    /// Where the tag starting at `start` ends (after its `>`), passing over quoted attribute values.
    private static func endOfTag(in html: String, from start: String.Index) -> String.Index {
        var quote: Character? = nil
        var index = html.index(after: start)
        while index < html.endIndex {
            let character = html[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == ">" {
                return html.index(after: index)
            }
            index = html.index(after: index)
        }
        return html.endIndex
    }

    /// A tag's element name in lower case, whether it closes one and whether it is empty (`<br/>`);
    /// nil for comments, doctypes and the like.
    private static func element(of tag: Substring) -> (name: String, closing: Bool, empty: Bool)? {
        var body = tag.dropFirst()
        let closing = body.first == "/"
        if closing { body = body.dropFirst() }
        let name = body.prefix { $0.isLetter || $0.isNumber }
        guard !name.isEmpty else { return nil }
        return (name.lowercased(), closing, tag.hasSuffix("/>"))
    }
}
