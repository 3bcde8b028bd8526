import KinerjaCore

/// Help for editors of a new repository (docs/init.md): the content files' JSON Schemas in
/// `.vscode/schemas/`, `.vscode/settings.json` mapping them to the content files
/// (`yaml.schemas` of the YAML extension), and a pre-commit hook that runs `kinerja check`.
enum EditorHelp {
    static let schemaFolder = ".vscode/schemas"

    static func files() -> [(path: String, text: String)] {
        [(".vscode/settings.json", settings), (".pre-commit-config.yaml", preCommit)]
            + JSONSchema.files().map { ("\(schemaFolder)/\($0.name)", $0.text) }
    }

    /// `yaml.schemas`: each schema file → the globs of its kind (`ContentSchema.files`).
    static var settings: String {
        let entries = ContentSchema.all.map { schema in
            "    \(JSONWriter.quote("./\(schemaFolder)/\(JSONSchema.fileName(schema))")): ["
                + schema.files.map(JSONWriter.quote).joined(separator: ", ") + "]"
        }
        return "{\n  \"yaml.schemas\": {\n" + entries.joined(separator: ",\n") + "\n  }\n}\n"
    }

    static let preCommit = """
        # Pemeriksaan sebelum commit (https://pre-commit.com): `pre-commit install` sekali,
        # lalu setiap `git commit` menjalankan `kinerja check` atas folder content/.
        # Butuh program kinerja di PATH.
        repos:
          - repo: local
            hooks:
              - id: kinerja-check
                name: kinerja check
                entry: kinerja check
                language: system
                files: ^content/
                pass_filenames: false

        """
}
