import Diagnostics
import Content
import Foundation
import Site

/// Adds the theme's assets (`Templates/assets/` → `assets/`, as the load step read them) and the
/// data files (`data/`) to the site, and names every file under `assets/` (the search index too)
/// after its content, before any page is rendered, so pages link the published names
/// (`AssetNames`; the fingerprint stage renames the files).
public struct AssetStage: BuildStage {
    public let name = "assets"

    public init() {}

    public func run(_ context: inout BuildContext) -> AssetNames {
        guard !context.failed else { return AssetNames([:], generated: []) }
        let generated = Set(context.files.keys.filter { $0.hasPrefix(AssetFingerprint.folder) })
        for (file, asset) in context.themeFiles.assets.sorted(by: { $0.key < $1.key }) {
            let location = SourceLocation(file: "Templates/assets/\(file)", line: 1, column: 1)
            switch asset {
            case .bytes(let data):
                context.files["assets/" + file] = data
            case .outside(let target):
                context.diagnostics.append(Diagnostic(.warning, at: location, code: .assetOutsideReport,
                                                      "the asset links to '\(target)', outside the report, and is left out",
                                                      hint: "copy the file into Templates/assets/"))
            case .unreadable(let reason):
                context.diagnostics.append(Diagnostic(.error, at: location, code: .unreadableFile, "cannot read the asset: \(reason)"))
            }
        }
        for table in context.content.dataTables {
            context.files[Route.dataFile(table.name, format: table.format)] = Data(table.rawText.utf8)
        }
        return AssetNames(context.files.filter { $0.key.hasPrefix(AssetFingerprint.folder) }, generated: generated)
    }
}
