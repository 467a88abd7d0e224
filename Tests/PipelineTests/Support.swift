import TestSupport

/// The repository, which holds the bundled report.
let repositoryRoot = Repository.root
