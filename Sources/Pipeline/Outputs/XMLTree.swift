import Foundation

/// An element of a small XML file (the Atom feed, the sitemap), written the way FoundationXML's
/// `XMLDocument.xmlData(options: .nodePrettyPrint)` writes it, byte for byte.
///
/// Not FoundationXML itself: its `XMLNode` never frees an attribute node it makes (384 bytes each,
/// measured with malloc's statistics over 200 documents), and every preview rebuild that changed
/// a brief made the feed again, with some 300 attributes: 55 KiB lost per rebuild, the whole of
/// `dossier serve`'s remaining growth.
struct XMLTree {
    var name: String
    /// In the order written.
    var attributes: [(name: String, value: String)] = []
    var text: String?
    var children: [XMLTree] = []

    init(_ name: String, _ attributes: [(name: String, value: String)] = [], text: String? = nil, children: [XMLTree] = []) {
        self.name = name
        self.attributes = attributes
        self.text = text
        self.children = children
    }

    /// The file: the declaration FoundationXML wrote, the tree indented by two spaces a level, a final newline.
    var document: Data {
        var out = "<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"no\"?>\n"
        write(into: &out, depth: 0)
        out += "\n"
        return Data(out.utf8)
    }

    private func write(into out: inout String, depth: Int) {
        let indent = String(repeating: "  ", count: depth)
        out += "<" + name
        for (name, value) in attributes { out += " \(name)=\"\(Self.escape(value, attribute: true))\"" }
        out += ">"
        if children.isEmpty {
            out += Self.escape(text ?? "", attribute: false)
        } else {
            for child in children {
                out += "\n" + indent + "  "
                child.write(into: &out, depth: depth + 1)
            }
            out += "\n" + indent
        }
        out += "</\(name)>"
    }

    /// libxml2's escapes: `&`, `<`, `>` and carriage returns in text; in attributes also `"`, tabs and newlines.
    static func escape(_ text: String, attribute: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\r": out += "&#13;"
            case "\"" where attribute: out += "&quot;"
            case "\n" where attribute: out += "&#10;"
            case "\t" where attribute: out += "&#9;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
