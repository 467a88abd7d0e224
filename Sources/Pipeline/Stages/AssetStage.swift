import Diagnostics
import Content
import Foundation
import Site

/// Adds the theme's assets (`Templates/assets/` → `assets/`) and the data files (`data/`) to the site,
/// and names every file under `assets/` (the search index too) after its content, before any page is
/// rendered, so pages link the published names (`AssetNames`; the fingerprint stage renames the files).
public struct AssetStage: BuildStage {
    public let name = "assets"

    public init() {}

    public func run(_ context: inout BuildContext) {
        guard !context.failed else { return }
        let generated = Set(context.files.keys.filter { $0.hasPrefix(AssetFingerprint.folder) })
        let assets = context.options.source.appendingPathComponent("Templates/assets")
        let report = context.options.source.resolvingSymlinksInPath().path + "/"
        for file in Self.assetFiles(in: context.options.source) {
            // A link out of the report (a theme from elsewhere, a slip) would publish whatever it points at.
            let target = assets.appendingPathComponent(file).resolvingSymlinksInPath().path
            guard target.hasPrefix(report) else {
                context.diagnostics.append(Diagnostic(.warning, at: SourceLocation(file: "Templates/assets/\(file)", line: 1, column: 1),
                                                      code: .assetOutsideReport, "the asset links to '\(target)', outside the report, and is left out",
                                                      hint: "copy the file into Templates/assets/"))
                continue
            }
            do {
                context.files["assets/" + file] = try Data(contentsOf: assets.appendingPathComponent(file))
            } catch {
                context.diagnostics.append(Diagnostic(.error, at: SourceLocation(file: "Templates/assets/\(file)", line: 1, column: 1),
                                                      code: .unreadableFile, "cannot read the asset: \(error.localizedDescription)"))
            }
        }
        for table in context.content?.dataTables ?? [] {
            context.files[Route.dataFile(table.name, format: table.format)] = Data(table.rawText.utf8)
        }
        context.assets = AssetNames(context.files.filter { $0.key.hasPrefix(AssetFingerprint.folder) }, generated: generated)
    }

    /// The theme's asset files below `Templates/assets/` of the report in `source`, hidden ones left out, sorted.
    static func assetFiles(in source: URL) -> [String] {
        let assets = source.appendingPathComponent("Templates/assets")
        let manager = FileManager.default
        return (manager.enumerator(atPath: assets.path)?.allObjects as? [String] ?? []).sorted().filter { file in
            var isFolder: ObjCBool = false
            return manager.fileExists(atPath: assets.appendingPathComponent(file).path, isDirectory: &isFolder) && !isFolder.boolValue
                && !file.split(separator: "/").contains(where: { $0.hasPrefix(".") })
        }
    }
}
