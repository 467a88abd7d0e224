import Content
import Site
import Visuals

/// The map of the region with the report's countries shaded: by orientation on the overview and
/// the countries index, by any field or data column through the `map` directive.
public enum CountryMap {
    /// What the map says about one country: the key of its category (nil when it has no value)
    /// and the words of its tooltip after its name.
    public typealias Value = (category: String?, text: String)

    /// A map of the report's countries, each in the category `value` gives it.
    public static func svg(id: String, title: String, description: String, categories: [Category],
                           scale: RegionMap.Scale = .qualitative, legendTitle: String?, graph: ReportGraph, linker: Linker,
                           value: (Document<CountryFrontMatter>) -> Value) -> String {
        let regions = graph.countriesByTitle.compactMap { country -> RegionMap.Region? in
            guard let code = country.meta.iso3 else { return nil }
            let ref = EntityRef(.country, country.slug)
            let title = graph.title(of: ref)
            let (category, text) = value(country)
            return RegionMap.Region(code: code, label: title, link: linker.url(ref), category: category, text: "\(title): \(text)")
        }
        let words = linker.strings
        return RegionMap(id: id, title: title, description: description + " " + words[.mapLinks],
                         regions: regions, categories: categories, scale: scale, legendTitle: legendTitle,
                         noValueLabel: words[.visualNoValue], offMapLabel: words[.visualOffMap]).svg()
    }

    /// The countries shaded by where they lean relative to Moscow on the report date.
    static func orientation(graph: ReportGraph, linker: Linker) -> String {
        let words = linker.strings
        return svg(id: "region-map", title: words[.mapOrientationTitle, ["date": words.date(graph.asOf)]],
                   description: words[.mapOrientationDescription],
                   categories: Orientation.allCases.map { Category(key: $0.rawValue, label: words.word($0)) },
                   legendTitle: words[.visualLegend, ["name": words[.factOrientation]]], graph: graph, linker: linker) { country in
            (country.meta.orientation?.rawValue, country.meta.orientation.map(words.word) ?? words[.mapNoOrientation])
        }
    }
}
