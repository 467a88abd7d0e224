import Foundation
import Mustache
@testable import Templates
import Testing

/// A view model that nests itself, as a tree of sections would.
struct NodeView: ViewModel {
    var name: String
    var children: [NodeView]
    static let fields: [String: any PartialKeyPath<NodeView> & Sendable] = ["name": \NodeView.name, "children": \NodeView.children]
}

/// The root of a tree.
struct TreeView: ViewModel {
    var nodes: [NodeView]
    static let fields: [String: any PartialKeyPath<TreeView> & Sendable] = ["nodes": \TreeView.nodes]
}

/// A template that includes itself is an error at the include unless each level goes down into the data.
@Suite struct TemplateRecursionTests {
    func problems(_ templates: [String: String], roots: [String: [any ViewModel.Type]]) -> [String] {
        let sources = Dictionary(uniqueKeysWithValues: templates.map { name, text in
            (name, TemplateChecker.Source(text: text, file: "Templates/\(name).mustache"))
        })
        return TemplateChecker(sources).check(roots: roots).filter { $0.code == .templateRecursion }
            .map { "\($0.location): \($0.message)" }
    }

    @Test func aPartialIncludingItselfOutsideAnySectionIsAnErrorAtTheInclude() {
        #expect(problems(["country": "{{>toc}}", "toc": "{{title}}\n  {{> toc}}"], roots: ["country": [PageView.self, CountryView.self]]) == [
            "Templates/toc.mustache:2:3: 'toc' includes itself ('toc' → 'toc') without going down into the data, so rendering it would never end",
        ])
    }

    @Test func aLoopThroughTwoPartialsIsReportedWhereItCloses() {
        #expect(problems(["country": "{{>a}}", "a": "{{>b}}", "b": "x {{>a}}"], roots: ["country": [PageView.self, CountryView.self]]) == [
            "Templates/b.mustache:1:3: 'a' includes itself ('a' → 'b' → 'a') without going down into the data, so rendering it would never end",
        ])
    }

    /// Inside a leader, `leaders` is found again on the country, so each level would list the same leaders again.
    @Test func aSectionOverAnOuterListDoesNotGoDown() {
        #expect(problems(["country": "{{>list}}", "list": "{{#leaders}}{{name}}{{>list}}{{/leaders}}"],
                         roots: ["country": [PageView.self, CountryView.self]]) == [
            "Templates/list.mustache:1:21: 'list' includes itself ('list' → 'list') without going down into the data, so rendering it would never end",
        ])
    }

    @Test func recursionIntoNestedDataIsAllowedAndRendersEveryLevel() throws {
        let templates = ["tree": "{{#nodes}}{{>node}}{{/nodes}}", "node": "<li>{{name}}<ul>{{#children}}{{>node}}{{/children}}</ul></li>"]
        #expect(problems(templates, roots: ["tree": [TreeView.self]]) == [])
        var library = MustacheLibrary()
        for (name, text) in templates { library.register(try MustacheTemplate(string: text), named: name) }
        let tree = TreeView(nodes: [NodeView(name: "a", children: [NodeView(name: "b", children: [NodeView(name: "c", children: [])])])])
        #expect(library.render(tree, withTemplate: "tree") == "<li>a<ul><li>b<ul><li>c<ul></ul></li></ul></li></ul></li>")
    }
}
