import Content
import Foundation
@testable import Templates
import Testing

@Suite struct TemplateScannerTests {
    @Test func tagsCarryTheirKindNameTransformsAndPosition() {
        let tags = TemplateScanner.tags(in: "<p>{{title}}</p>\n  {{#empty(leaders)}}{{{content}}}{{/empty(leaders)}}{{! note }}{{>partials/toc}}")
        #expect(tags == [
            TemplateTag(kind: .variable, name: "title", transforms: [], line: 1, column: 4),
            TemplateTag(kind: .section, name: "leaders", transforms: ["empty"], line: 2, column: 3),
            TemplateTag(kind: .variable, name: "content", transforms: [], line: 2, column: 22),
            TemplateTag(kind: .close, name: "leaders", transforms: ["empty"], line: 2, column: 35),
            TemplateTag(kind: .partial, name: "partials/toc", transforms: [], line: 2, column: 65),
        ])
    }

    @Test func setDelimiterTagsAreFollowed() {
        let tags = TemplateScanner.tags(in: "{{=<% %>=}}<%title%> {{not}}")
        #expect(tags.map(\.name) == ["title"])
        #expect(tags.first?.column == 12)
    }
}

@Suite struct TemplateCheckerTests {
    /// The problems of `templates` (by name), with `country` checked as the country page.
    func check(_ templates: [String: String]) -> [String] {
        let sources = Dictionary(uniqueKeysWithValues: templates.map { name, text in
            (name, TemplateChecker.Source(text: text, file: "Templates/\(name).mustache"))
        })
        return TemplateChecker(sources).check(roots: ["country": [PageView.self, CountryView.self]])
            .map { "\($0.location): \($0.code): \($0.message)" }
    }

    @Test func namesResolveThroughSectionsAndDottedPaths() {
        #expect(check(["country": "{{title}}{{site.title}}{{#leaders}}{{name}}{{title}}{{/leaders}}{{#memberships}}{{organization.url}}{{/memberships}}"]) == [])
    }

    @Test func anUnknownNameIsAWarningAtItsTag() {
        #expect(check(["country": "{{title}}\n{{#leaders}}{{nam}}{{/leaders}}{{organization.titel}}"]) == [
            "Templates/country.mustache:2:13: template-unknown-variable: no view model provides 'nam' here, so it renders as empty text",
            "Templates/country.mustache:2:32: template-unknown-variable: no view model provides 'organization.titel' here, so it renders as empty text",
        ])
    }

    @Test func partialsAreCheckedWithTheirCallersScope() {
        #expect(check(["country": "{{#leaders}}{{>row}}{{/leaders}}", "row": "{{name}} {{capitol}}"]) == [
            "Templates/row.mustache:1:10: template-unknown-variable: no view model provides 'capitol' here, so it renders as empty text",
        ])
    }

    @Test func aMissingPartialOrParentIsAnError() {
        #expect(check(["country": "{{<layot}}{{$main}}{{/main}}{{/layot}}\n{{>nowhere}}", "layout": "{{$main}}{{/main}}"]) == [
            "Templates/country.mustache:1:1: template-unknown-partial: parent template 'layot' does not exist",
            "Templates/country.mustache:2:1: template-unknown-partial: partial 'nowhere' does not exist",
        ])
    }
}
